"""Reading progress: each article's scroll position is saved on leaving and restored on opening.

The list shows it too: a thin bar under each article read part-way, and the share read in its
tooltip. That is done by wrapping whatever delegate the list already has, so the list's own
drawing stays with its owner.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Slot,
)
from PySide6.QtGui import QColor, QFontMetrics, QHelpEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
)

from app.library import ArticleRow
from ui.i18n import filled, tr
from ui.list.article_model import ArticleIdRole, RowRole

if TYPE_CHECKING:
    from ui.operations import LibraryOperations
    from ui.reading.reader_view import ReaderView
    from ui.reading.session import ReadingSession
    from ui.window.main_window import MainWindow

BAR_HEIGHT = 3
STAR = "★"
STAR_COLOUR = QColor("#d89b12")
STAR_TOP = 10  # the list's top padding plus the gap between its lines
STAR_WIDTH = 20
BAR_INSET = 8
_Index = QModelIndex | QPersistentModelIndex


class ReadingProgress(QObject):
    """Tracks the open article's scroll fraction and keeps every article's in the library."""

    def __init__(
        self,
        session: ReadingSession,
        reader: ReaderView,
        operations: LibraryOperations,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._session, self._reader, self._operations = session, reader, operations
        self.positions = operations.library.reading_positions()
        self._current: int | None = None
        self._fraction = 0.0
        self._pending: float | None = None
        reader.verticalScrollBar().valueChanged.connect(self._on_scrolled)
        session.article_opened.connect(self._on_opened)
        reader.installEventFilter(self)
        if session.article is not None:
            self._on_opened(session.article.id)

    @property
    def opened_id(self) -> int | None:
        """The article on screen (its reading position is the one being tracked)."""
        return self._current

    def fraction(self, article_id: int) -> float:
        if article_id == self._current:
            return self._fraction
        return self.positions.get(article_id, 0.0)

    @Slot(int)
    def _on_opened(self, article_id: int) -> None:
        if article_id == self._current:
            return
        self.save()
        self._current = article_id
        self._fraction = self.positions.get(article_id, 0.0)
        self._pending = self._fraction
        self._restore()

    def save(self) -> None:
        """Write the open article's position, if it moved since it was opened."""
        article_id = self._current
        if article_id is None or self._fraction == self.positions.get(article_id, 0.0):
            return
        self.positions[article_id] = self._fraction
        self._operations.set_position(article_id, self._fraction)

    def _restore(self) -> None:
        """Scroll to the saved place; while the reader is hidden the place stays pending."""
        if self._pending is None:
            return
        self._reader.scroll_to_fraction(self._pending)
        if self._reader.isVisible():
            self._pending = None

    def _restore_when_shown(self) -> None:
        self._restore()
        self._pending = None

    @Slot(int)
    def _on_scrolled(self, value: int) -> None:
        article = self._session.article
        if article is None or article.id != self._current or self._pending is not None:
            return
        maximum = self._reader.verticalScrollBar().maximum()
        self._fraction = value / maximum if maximum else 0.0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._reader and event.type() == QEvent.Type.Show:
            # after the reader's own first show, which scrolls to its text cursor at the top
            QTimer.singleShot(0, self._restore_when_shown)
        return False


class ProgressDelegate(QStyledItemDelegate):
    """Draws the list row with the delegate it wraps, then a progress bar along its foot and,
    for a starred article, a star in the left margin under the unread dot."""

    def __init__(self, inner: QAbstractItemDelegate, progress: Callable[[int], float]) -> None:
        super().__init__(inner.parent())
        self._inner = inner
        self._progress = progress

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        return self._inner.sizeHint(option, index)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        self._inner.paint(painter, option, index)
        row = index.data(RowRole)
        if isinstance(row, ArticleRow) and row.starred:
            _paint_star(painter, option)
        fraction = self._fraction(index)
        if fraction <= 0:
            return
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        fill = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Highlight
        )
        track = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        track.setAlpha(70)
        rect = option.rect
        width = rect.width() - 2 * BAR_INSET
        top = rect.bottom() - BAR_HEIGHT - 1
        painter.save()
        painter.fillRect(QRect(rect.left() + BAR_INSET, top, width, BAR_HEIGHT), track)
        filled = QRect(rect.left() + BAR_INSET, top, round(width * fraction), BAR_HEIGHT)
        painter.fillRect(filled, fill)
        painter.restore()

    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: _Index,
    ) -> bool:
        tip = self.tooltip(index)
        if event.type() != QEvent.Type.ToolTip or tip is None:
            return self._inner.helpEvent(event, view, option, index)
        QToolTip.showText(event.globalPos(), tip, view)
        return True

    def tooltip(self, index: _Index) -> str | None:
        """The row's own tooltip with the share read below it; None for unopened articles."""
        fraction = self._fraction(index)
        if fraction <= 0 or not index.isValid():
            return None
        tip = str(index.data(Qt.ItemDataRole.ToolTipRole) or "")
        return f"{tip}\n{progress_text(fraction)}".strip()

    def _fraction(self, index: _Index) -> float:
        article_id = index.data(ArticleIdRole)
        return self._progress(article_id) if isinstance(article_id, int) else 0.0


def _paint_star(painter: QPainter, option: QStyleOptionViewItem) -> None:
    selected = bool(option.state & QStyle.StateFlag.State_Selected)
    colour = option.palette.color(QPalette.ColorRole.HighlightedText) if selected else STAR_COLOUR
    line = QFontMetrics(option.font).height()
    area = QRect(option.rect.left() + 2, option.rect.top() + STAR_TOP + line, STAR_WIDTH, line)
    painter.save()
    painter.setPen(colour)
    painter.setFont(option.font)
    painter.drawText(area, Qt.AlignmentFlag.AlignCenter, STAR)
    painter.restore()


def progress_text(fraction: float) -> str:
    if fraction >= 0.99:
        return tr("ReadingProgress", "Finished")
    return filled(tr("ReadingProgress", "%1% read"), str(round(fraction * 100)))


def install_reading_progress(window: MainWindow) -> ReadingProgress:
    return ReadingProgress(window.session, window.reader, window.operations, window)
