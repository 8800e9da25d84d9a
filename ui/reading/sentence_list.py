"""The summary's sentences as the pane lists them: each paragraph a link to its place in the
article, followed on a click (anywhere on the paragraph, not only on a word), with the
actions a feature offers over a sentence in its context menu."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QAction, QContextMenuEvent, QMouseEvent, QTextBlock
from PySide6.QtWidgets import QApplication, QMenu, QTextBrowser, QWidget

SENTENCE_SCHEME = "sentence"


class SentenceList(QTextBrowser):
    """The summary's sentences, each paragraph a target as a whole: a click between its lines
    or past its last word follows it as a click on a word does, under a pointing cursor."""

    sentence_clicked = Signal(int)  # position in the summary

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.is_clicking = False  # a mouse release is being handled: its link is followed here
        self._pressed_at: QPoint | None = None
        self._sentence_actions: list[QAction] = []
        self.menu: QMenu | None = None  # the context menu last shown

    def add_sentence_action(self, action: QAction) -> None:
        """An action the context menu offers over a sentence; the sentence is followed first,
        so the action takes it (as after a click)."""
        self._sentence_actions.append(action)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if self.menu is not None:
            self.menu.deleteLater()
        self.menu = self.createStandardContextMenu(event.pos())
        position = self.sentence_at(event.pos())
        if position is not None and self._sentence_actions:
            self.sentence_clicked.emit(position)
            standard = self.menu.actions()  # Copy, Select All: the sentence's own come first
            if standard:
                self.menu.insertActions(standard[0], self._sentence_actions)
                self.menu.insertSeparator(standard[0])
            else:
                self.menu.addActions(self._sentence_actions)
        self.menu.popup(event.globalPos())

    def sentence_at(self, point: QPoint) -> int | None:
        """The summary position of the sentence whose paragraph holds this viewport point."""
        document = self.document()
        layout = document.documentLayout()
        offset = QPoint(self.horizontalScrollBar().value(), self.verticalScrollBar().value())
        at = (point + offset).toPointF()
        block = document.begin()
        while block.isValid():
            if layout.blockBoundingRect(block).contains(at):
                return _block_sentence(block.begin())
            block = block.next()
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._pressed_at = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)  # sets the text cursor or, over a word of a link, a hand
        if self.sentence_at(event.position().toPoint()) is not None:
            self.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
        else:
            self.viewport().unsetCursor()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        position = self._clicked_sentence(event)
        self.is_clicking = position is not None
        try:
            super().mouseReleaseEvent(event)
        finally:
            self.is_clicking = False
        if position is not None:
            self.sentence_clicked.emit(position)

    def _clicked_sentence(self, event: QMouseEvent) -> int | None:
        """The sentence under a left click that did not drag (a drag selects text)."""
        pressed, self._pressed_at = self._pressed_at, None
        point = event.position().toPoint()
        if event.button() != Qt.MouseButton.LeftButton or pressed is None:
            return None
        if (point - pressed).manhattanLength() >= QApplication.startDragDistance():
            return None
        return self.sentence_at(point)


def sentence_position(href: str) -> int | None:
    """The summary position a sentence link names ("sentence:3"), None for any other link."""
    scheme, _, path = href.partition(":")
    return int(path) if scheme == SENTENCE_SCHEME and path.isdigit() else None


def _block_sentence(fragments: QTextBlock.iterator) -> int | None:
    """The sentence a paragraph links to: the link of its first linked piece of text."""
    while not fragments.atEnd():
        href = fragments.fragment().charFormat().anchorHref()
        if href:
            return sentence_position(href)
        fragments += 1
    return None
