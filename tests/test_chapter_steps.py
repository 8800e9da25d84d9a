"""Next and previous chapter inside a book open in the real window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.importing.files import import_paths
from app.library import Library
from ui.window.main_window import MainWindow

from book_fixtures import PARAGRAPHS, EpubBook

BOOK_TITLE = "The Lighthouse Keeper"


@pytest.fixture
def window_library(sample_library: Library, tmp_path: Path) -> Library:
    book = EpubBook.sample("3")
    for chapter in list(book.chapters):  # long chapters, so each has its own screen
        book.chapters[chapter] = book.chapters[chapter].replace(
            "</p>", "</p>" * 1 + "<p>" + "A line of the chapter that goes on. " * 60 + "</p>", 1
        )
    report = import_paths(sample_library, [book.write(tmp_path / "book.epub")])
    assert report.added_ids
    return sample_library


def heading_at_top(window: MainWindow) -> str:
    """The text of the first chapter heading at or below the top of the reader's view."""
    reader = window.reader
    cursor = reader.cursorForPosition(reader.viewport().rect().topLeft())
    block = cursor.block()
    while block.isValid() and block.blockFormat().headingLevel() not in (1, 2):
        block = block.next()
    return block.text()


def test_next_and_previous_chapter_step_through_the_books_headings(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
) -> None:
    window.resize(900, 500)
    [book_id] = [
        i for i in window.library.article_ids() if window.library.article(i).title == BOOK_TITLE
    ]  # type: ignore[union-attr]
    window.select_article(book_id)
    qtbot.waitUntil(lambda: window.article is not None and window.article.id == book_id)
    qtbot.waitUntil(lambda: not window.reader.is_loading())
    steps = window.chapter_steps
    titles = list(PARAGRAPHS)
    assert len(steps.chapter_tops()) == len(titles)
    seen = []
    while steps.next_chapter():
        seen.append(heading_at_top(window))
    assert seen == titles  # each step brings the next chapter up, and the last one ends it
    bar = window.reader.verticalScrollBar()
    bar.setValue(steps.chapter_tops()[1] + 200)  # part way into the second chapter
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert bar.value() == steps.chapter_tops()[1]  # back to the start of the one being read
    qtbot.keyClick(window.reader, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert bar.value() == steps.chapter_tops()[0]
    qtbot.keyClick(window.reader, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert bar.value() == steps.chapter_tops()[1]


def test_a_summary_by_section_follows_the_chapter_being_read(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
) -> None:
    window.resize(1100, 500)
    [book_id] = [
        i
        for i in window.library.article_ids()
        if window.library.article(i).title == BOOK_TITLE  # type: ignore[union-attr]
    ]
    window.select_article(book_id)
    pane = window.summary_pane
    pane.mode_box.setCurrentIndex(pane.mode_box.findData("sections"))
    window.set_summary_visible(True)
    qtbot.waitUntil(
        lambda: window.summary is not None and len(window.summary.headings) >= 3, timeout=30_000
    )
    qtbot.waitUntil(lambda: not window.reader.is_loading())
    steps = window.chapter_steps
    sentences = pane.sentences_view
    sentences.setFixedHeight(120)  # shorter than the three sections, so following must scroll
    titles = list(PARAGRAPHS)
    steps.next_chapter()
    steps.next_chapter()
    steps.next_chapter()
    assert steps.current_chapter() == titles[2]
    qtbot.waitUntil(lambda: sentences.verticalScrollBar().value() > 0, timeout=2_000)
    top_block = sentences.cursorForPosition(sentences.viewport().rect().topLeft()).block()
    assert " ".join(top_block.text().split()) == titles[2]
    window.reader.verticalScrollBar().setValue(0)
    qtbot.waitUntil(lambda: steps.current_chapter() == "")
