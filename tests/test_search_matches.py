"""A search result opens at its first match; F3 / Shift+F3 and Enter / Shift+Enter step on."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from app.articles import ArticleDraft
from app.library import Library
from ui.window.main_window import MainWindow

from gui_helpers import is_visible_in
from reading_helpers import open_row, shown_window

FILLER = "An ordinary paragraph about weather, tides and the price of bread in the harbour town."
MATCHES = ("first zeppelin sighting", "second zeppelin sighting", "third zeppelin sighting")


def long_article() -> str:
    paragraphs = [f"{FILLER} Line {number}." for number in range(120)]
    for position, text in zip((40, 75, 110), MATCHES, strict=True):
        paragraphs[position] = f"Then came the {text}, told here."
    return "\n\n".join(paragraphs)


@pytest.fixture
def window(qtbot, sample_library: Library) -> Iterator[MainWindow]:
    sample_library.add_article(ArticleDraft(title="Harbour Notes", markdown=long_article()))
    main_window = shown_window(qtbot, sample_library)
    yield main_window
    main_window.close()


def open_result_of(qtbot, window: MainWindow, text: str) -> None:
    """Search from another article, then open the one result."""
    open_row(qtbot, window, 1)
    bar = window.list_panel.search_bar
    with qtbot.waitSignal(window.list_panel.query_applied, timeout=5000):
        bar.setFocus()
        qtbot.keyClicks(bar, text)
    qtbot.waitUntil(lambda: window.list_panel.query.search == text)
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    window.select_row(0)
    qtbot.waitUntil(lambda: window.article is not None and window.article.title == "Harbour Notes")


def shown(window: MainWindow) -> list[bool]:
    return [is_visible_in(window.reader, text) for text in MATCHES]


def test_a_search_result_opens_at_its_first_match(qtbot, window: MainWindow) -> None:
    open_result_of(qtbot, window, "zeppelin")
    qtbot.waitUntil(lambda: shown(window)[0])
    assert window.reader.verticalScrollBar().value() > 0
    assert not shown(window)[2]


def test_f3_and_shift_f3_step_through_the_matches(qtbot, window: MainWindow) -> None:
    open_result_of(qtbot, window, "zeppelin")
    qtbot.waitUntil(lambda: shown(window)[0])
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_F3)
    qtbot.waitUntil(lambda: shown(window)[1] and not shown(window)[0])
    assert "2 of 3" in window.statusBar().currentMessage()
    qtbot.keyClick(window.reader, Qt.Key.Key_F3)
    qtbot.waitUntil(lambda: shown(window)[2])
    qtbot.keyClick(window.reader, Qt.Key.Key_F3)  # past the last match: back to the first
    qtbot.waitUntil(lambda: shown(window)[0])
    qtbot.keyClick(window.reader, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: shown(window)[2])
    assert "3 of 3" in window.statusBar().currentMessage()


def test_enter_and_shift_enter_in_the_search_field_step_through_the_matches(
    qtbot, window: MainWindow
) -> None:
    open_result_of(qtbot, window, "zeppelin")
    qtbot.waitUntil(lambda: shown(window)[0])
    bar = window.list_panel.search_bar
    bar.setFocus()
    qtbot.keyClick(bar, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: shown(window)[1])
    assert bar.hasFocus()
    qtbot.keyClick(bar, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: shown(window)[0] and not shown(window)[1])
    qtbot.keyClick(bar, Qt.Key.Key_Down)
    assert window.list_view.hasFocus()


def test_f3_without_a_search_says_so_and_keeps_the_place(qtbot, window: MainWindow) -> None:
    bar = window.reader.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    place = bar.value()
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_F3)
    assert "No search" in window.statusBar().currentMessage()
    assert bar.value() == place
