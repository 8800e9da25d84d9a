"""The View menu's TL;DR line: the setting, and which rows ask the TldrService for a line.

Off by default: it makes every row a line taller (fewer articles per screen) and keeps a CPU
core busy summarizing in the background, which a reader on battery should opt into. The
choice is remembered.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPersistentModelIndex, QPoint, QTimer, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QListView

from app.library import Library
from app.queries import ListQuery
from ui.i18n import tr
from ui.jobs.runner import JobRunner
from ui.list.article_model import TLDR_SETTING, ArticleListModel
from ui.list.tldr_service import TldrService
from ui.window.settings import WindowSettings

if TYPE_CHECKING:
    from ui.window.main_window import MainWindow

SCROLL_SETTLE_MS = 120
UNREAD_AHEAD = 300


class TldrLine(QObject):
    """Turns the line on and off and keeps the service fed with what the reader sees."""

    def __init__(
        self, library: Library, model: ArticleListModel, list_view: QListView, runner: JobRunner
    ) -> None:
        super().__init__(list_view)
        self._library = library
        self._model = model
        self._view = list_view
        self.service = TldrService(library, runner, self)
        self.service.tldr_ready.connect(model.set_tldr)
        self._unread: list[int] | None = None
        self._settle = QTimer(self, singleShot=True, interval=SCROLL_SETTLE_MS)
        self._settle.timeout.connect(self.schedule)
        list_view.verticalScrollBar().valueChanged.connect(self._on_scrolled)
        model.modelReset.connect(self._on_list_changed)
        self.enabled = False
        self.action: QAction | None = None

    @Slot(bool)
    def set_enabled(self, enabled: bool) -> None:
        self.enabled = enabled
        if enabled != self._model.show_tldr:  # every row changes height: a new layout
            top = QPersistentModelIndex(self._view.indexAt(QPoint(1, 1)))
            self._model.set_show_tldr(enabled)
            QTimer.singleShot(0, self, lambda: self._back_to(top))
        if enabled:
            self.schedule()
        else:
            self.service.cancel()

    def visible_positions(self) -> range:
        """The rows on screen now; empty when the list is empty or not laid out yet."""
        count = self._model.rowCount()
        top = self._view.indexAt(QPoint(1, 1)).row() if count else -1
        if top < 0:
            return range(0)
        bottom = self._view.indexAt(QPoint(1, self._view.viewport().height() - 2)).row()
        bottom = count - 1 if bottom < 0 else bottom  # the list ends above the bottom edge
        return range(top, bottom + 1)

    def _back_to(self, top: QPersistentModelIndex) -> None:
        """Keep the row that was at the top there, once the new layout has begun."""
        if top.isValid():
            self._view.scrollTo(top, QAbstractItemView.ScrollHint.PositionAtTop)

    @Slot()
    def schedule(self) -> None:
        """Queue the visible rows first, then unread articles, newest first."""
        if not self.enabled:
            return
        positions = self.visible_positions()
        if not positions and self._model.rowCount() and self._view.isVisible():
            self._settle.start()  # still being laid out: look again in a moment
        visible = [self._model.article_id(position) for position in positions]
        if self._unread is None:
            self._unread = self._library.query_ids(ListQuery(filter="unread"), UNREAD_AHEAD)
        wanted = [article_id for article_id in visible if article_id is not None]
        self.service.request(wanted + self._unread)

    def stop(self) -> None:
        """Ask for no more lines (the window closes; its runner drops the line in hand)."""
        self._settle.stop()
        self.service.cancel()

    @Slot()
    def _on_scrolled(self) -> None:
        if self.enabled:
            self._settle.start()

    @Slot()
    def _on_list_changed(self) -> None:
        self.service.cancel()
        self._unread = None
        if self.enabled:
            self._settle.start()


def install_tldr_line(window: MainWindow, settings: WindowSettings) -> TldrLine:
    """Add View > TL;DR line under titles, restoring the reader's last choice (the window read
    it before its first paint, to give the rows their height)."""
    tldr = TldrLine(window.library, window.model, window.list_view, window.jobs)
    action = QAction(tr("TldrLine", "&TL;DR line under titles"), window)
    action.setCheckable(True)
    action.setShortcut(QKeySequence("Ctrl+Shift+D"))
    action.setToolTip(
        tr("TldrLine", "Show a one-sentence summary under each title, computed in the background")
    )
    action.toggled.connect(tldr.set_enabled)
    action.toggled.connect(lambda on: settings.set(TLDR_SETTING, on))
    window.menus["view"].addAction(action)
    action.setChecked(window.model.show_tldr)
    tldr.action = action
    return tldr
