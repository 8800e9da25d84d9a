"""Next and previous chapter (or section) in the open article: a book's chapters are its `#`
and `##` headings, and so are a long report's sections.

The steps read the headings from the reader's own document, so they follow what is on
screen (a long book shown part by part offers the chapters shown so far).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QTextBlock
from PySide6.QtWidgets import QMenu, QTextBrowser, QWidget

from ui.window.actions import window_action

CHAPTER_LEVELS = (1, 2)  # the heading levels a step stops at
SLACK_PX = 4  # a heading this close below the top counts as the one being read


class ChapterSteps(QObject):
    """Go > Next chapter (Ctrl+PgDown) and Previous chapter (Ctrl+PgUp)."""

    def __init__(self, reader: QTextBrowser, go_menu: QMenu, parent: QWidget) -> None:
        super().__init__(parent)
        self._reader = reader
        self.next_action = window_action(parent, "Next &chapter", self.next_chapter, "Ctrl+PgDown")
        self.previous_action = window_action(
            parent, "Previous c&hapter", self.previous_chapter, "Ctrl+PgUp"
        )
        go_menu.addSeparator()
        go_menu.addActions([self.previous_action, self.next_action])

    def chapter_tops(self) -> list[int]:
        """Where each chapter heading starts, in pixels from the top of the document. The
        first block is the article's own title, in the header above its text: not a chapter."""
        layout = self._reader.document().documentLayout()
        tops = []
        block: QTextBlock = self._reader.document().begin().next()
        while block.isValid():
            if block.blockFormat().headingLevel() in CHAPTER_LEVELS:
                tops.append(int(layout.blockBoundingRect(block).top()))
            block = block.next()
        return tops

    @Slot()
    def next_chapter(self) -> bool:
        """Scroll the next heading to the top; False when there is none further down."""
        bar = self._reader.verticalScrollBar()
        later = [top for top in self.chapter_tops() if top > bar.value() + SLACK_PX]
        if not later or bar.value() >= bar.maximum():
            return False
        bar.setValue(later[0])
        return True

    @Slot()
    def previous_chapter(self) -> bool:
        """Scroll to the heading above the one being read (or to its start, if read part way)."""
        bar = self._reader.verticalScrollBar()
        earlier = [top for top in self.chapter_tops() if top < bar.value() - SLACK_PX]
        if not earlier:
            if bar.value() == 0:
                return False
            bar.setValue(0)
            return True
        bar.setValue(earlier[-1])
        return True


def install_chapter_steps(reader: QTextBrowser, go_menu: QMenu, parent: QWidget) -> ChapterSteps:
    return ChapterSteps(reader, go_menu, parent)
