"""Next and previous chapter (or section) in the open article: a book's chapters are its `#`
and `##` headings, and so are a long report's sections.

The steps read the headings from the reader's own document, so they follow what is on
screen (a long book shown part by part offers the chapters shown so far).
"""

from __future__ import annotations

from collections.abc import Container

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtGui import QTextBlock, QTextDocument
from PySide6.QtWidgets import QMenu, QTextBrowser, QWidget

from ui.i18n import tr
from ui.window.actions import window_action

CHAPTER_LEVELS = (1, 2)  # the heading levels a step stops at
SLACK_PX = 4  # a heading this close below the top counts as the one being read
FOLLOW_DELAY_MS = 150  # the summary follows once scrolling pauses this long


class ChapterSteps(QObject):
    """Go > Next chapter (Ctrl+PgDown) and Previous chapter (Ctrl+PgUp)."""

    follower: SummaryFollowsChapter | None = None

    def __init__(self, reader: QTextBrowser, go_menu: QMenu, parent: QWidget) -> None:
        super().__init__(parent)
        self._reader = reader
        self.next_action = window_action(
            parent, tr("ChapterSteps", "Next &chapter"), self.next_chapter, "Ctrl+PgDown"
        )
        self.previous_action = window_action(
            parent, tr("ChapterSteps", "Previous c&hapter"), self.previous_chapter, "Ctrl+PgUp"
        )
        go_menu.addSeparator()
        go_menu.addActions([self.previous_action, self.next_action])

    def chapter_tops(self) -> list[int]:
        """Where each chapter heading starts, in pixels from the top of the document."""
        return [top for top, _ in chapter_headings(self._reader.document())]

    def current_chapter(self) -> str:
        """The heading of the chapter being read ('' before the first one)."""
        value = self._reader.verticalScrollBar().value() + SLACK_PX
        above = [text for top, text in chapter_headings(self._reader.document()) if top <= value]
        return above[-1] if above else ""

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


def chapter_headings(document: QTextDocument) -> list[tuple[int, str]]:
    """(top in pixels, text) of each chapter heading. The first block is the article's own
    title, in the header above its text: not a chapter."""
    return headings_in(document, CHAPTER_LEVELS, document.begin().next())


def headings_in(
    document: QTextDocument, levels: Container[int], first: QTextBlock
) -> list[tuple[int, str]]:
    """(top in pixels, text) of each heading of one of `levels`, from the block `first` on."""
    layout = document.documentLayout()
    found = []
    block = first
    while block.isValid():
        if block.blockFormat().headingLevel() in levels:
            text = " ".join(block.text().split())
            found.append((int(layout.blockBoundingRect(block).top()), text))
        block = block.next()
    return found


class SummaryFollowsChapter(QObject):
    """With a summary by section on screen, the summary pane keeps the section of the chapter
    being read at its top, so the reader of a book sees that chapter's summary as they go."""

    def __init__(self, steps: ChapterSteps, reader: QTextBrowser, sentences: QTextBrowser) -> None:
        super().__init__(steps)
        self._steps = steps
        self._sentences = sentences
        self._timer = QTimer(self, singleShot=True, interval=FOLLOW_DELAY_MS)
        self._timer.timeout.connect(self.follow)
        # A slot of this object, not a lambda: the connection ends when the object does.
        reader.verticalScrollBar().valueChanged.connect(self._scrolled)

    @Slot(int)
    def _scrolled(self, _value: int) -> None:
        self._timer.start()

    @Slot()
    def follow(self) -> bool:
        """Scroll the pane to the reader's chapter; False if the pane has no such section."""
        chapter = self._steps.current_chapter()
        if not chapter:
            return False
        document = self._sentences.document()
        for top, text in headings_in(document, range(1, 7), document.begin()):
            if text == chapter:
                self._sentences.verticalScrollBar().setValue(top)
                return True
        return False


def install_chapter_steps(
    reader: QTextBrowser, go_menu: QMenu, summary_sentences: QTextBrowser, parent: QWidget
) -> ChapterSteps:
    steps = ChapterSteps(reader, go_menu, parent)
    steps.follower = SummaryFollowsChapter(steps, reader, summary_sentences)
    return steps
