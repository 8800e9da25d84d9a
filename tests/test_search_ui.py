"""Search, filters and sort in the real window, driven from the keyboard and the choosers."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from app.articles import ArticleDraft
from app.fts import SNIPPET_START
from app.library import Library
from ui.list.article_model import ArticleIdRole, SnippetRole
from ui.list.filter_bar import FilterBar
from ui.reading.reader_view import SEARCH_CSS
from ui.window.main_window import MainWindow

from gui_helpers import background_at
from reading_helpers import shown_window

pytestmark = pytest.mark.gui
SEARCH_COLOUR = SEARCH_CSS.split("background-color:")[1].split(";")[0].strip()


def listed_titles(window: MainWindow) -> list[str]:
    return [str(window.model.index(row).data()) for row in range(window.model.rowCount())]


def listed_ids(window: MainWindow) -> list[int]:
    return [window.model.article_id(row) or 0 for row in range(window.model.rowCount())]


def search(qtbot, window: MainWindow, text: str) -> None:  # type: ignore[no-untyped-def]
    bar = window.list_panel.search_bar
    with qtbot.waitSignal(window.list_panel.query_applied, timeout=5000):
        bar.setFocus()
        bar.selectAll()
        qtbot.keyClicks(bar, text)
    qtbot.waitUntil(lambda: window.list_panel.query.search == text)


def choose(qtbot, window: MainWindow, box_name: str, value: object) -> None:  # type: ignore[no-untyped-def]
    bar: FilterBar = window.list_panel.filter_bar
    box = getattr(bar, box_name)
    with qtbot.waitSignal(window.list_panel.query_applied, timeout=5000):
        found = box.choose(value) if hasattr(box, "choose") else None
        if found is None:
            box.setCurrentIndex(box.findData(value))
        else:
            assert found, f"{value!r} is not offered in {box_name}"


def test_ctrl_f_and_slash_focus_the_search_field(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    bar = window.list_panel.search_bar
    window.list_view.setFocus()
    qtbot.keyClick(window.list_view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(bar.hasFocus)
    window.reader.setFocus()
    qtbot.waitUntil(lambda: not bar.hasFocus())
    qtbot.keyClick(window.reader, Qt.Key.Key_Slash)
    qtbot.waitUntil(bar.hasFocus)
    qtbot.keyClicks(bar, "a/b")
    assert bar.text() == "a/b"


def test_typing_a_word_lists_the_matches_best_first_with_snippets(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow
) -> None:
    search(qtbot, window, "lighthouse")
    assert listed_titles(window)[0].startswith("How a Lighthouse Speaks")
    assert window.list_panel.filter_bar.sort_box.currentData() == "relevance"
    snippet = window.model.index(0).data(SnippetRole)
    assert SNIPPET_START in snippet
    assert window.list_panel.status.text().endswith("found")
    window.list_view.viewport().repaint()


def test_escape_clears_the_search_and_brings_every_article_back(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow
) -> None:
    everything = window.model.rowCount()
    search(qtbot, window, "lighthouse")
    assert window.model.rowCount() < everything
    with qtbot.waitSignal(window.list_panel.query_applied):
        qtbot.keyClick(window.list_panel.search_bar, Qt.Key.Key_Escape)
    assert window.list_panel.search_bar.text() == ""
    assert window.model.rowCount() == everything
    assert window.list_panel.filter_bar.sort_box.currentData() == "added"
    qtbot.keyClick(window.list_panel.search_bar, Qt.Key.Key_Escape)
    assert window.list_view.hasFocus()


def test_nothing_found_says_so(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    search(qtbot, window, "xylophonist ")
    assert window.model.rowCount() == 0
    assert window.list_panel.status.text() == "Nothing found"


def test_the_opened_result_shows_the_search_terms_marked(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow
) -> None:
    search(qtbot, window, "keepers")
    window.list_view.setFocus()
    qtbot.mouseClick(
        window.list_view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=window.list_view.visualRect(window.model.index(0)).center(),
    )
    qtbot.waitUntil(lambda: window.article is not None and "Lighthouse" in window.article.title)
    qtbot.waitUntil(lambda: background_at(window.reader, "keepers") == SEARCH_COLOUR)
    assert background_at(window.reader, "the horizon") != SEARCH_COLOUR
    with qtbot.waitSignal(window.list_panel.search_terms_changed, timeout=3000):
        qtbot.keyClick(window.list_panel.search_bar, Qt.Key.Key_Escape)
    assert background_at(window.reader, "keepers") != SEARCH_COLOUR


def test_the_open_article_stays_selected_when_the_list_changes(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow
) -> None:
    search(qtbot, window, "lighthouse")
    window.select_row(0)
    qtbot.waitUntil(lambda: window.article is not None and "Lighthouse" in window.article.title)
    opened = window.article
    choose(qtbot, window, "sort_box", "title")
    assert window.article is opened
    assert window.list_view.currentIndex().data(ArticleIdRole) == opened.id


def test_filters_show_unread_starred_and_archived(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    library = window.library
    ids = listed_ids(window)
    library.set_starred(ids[3])
    library.set_archived(ids[4])
    choose(qtbot, window, "filter_box", "starred")
    assert listed_ids(window) == [ids[3]]
    choose(qtbot, window, "filter_box", "archived")
    assert listed_ids(window) == [ids[4]]
    choose(qtbot, window, "filter_box", "unread")
    unread = listed_ids(window)
    assert window.article is not None and window.article.id not in unread
    assert len(unread) == len(ids) - 1
    choose(qtbot, window, "filter_box", "all")
    assert sorted(listed_ids(window)) == sorted(ids)


def test_source_language_and_tag_choosers_narrow_the_list(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow
) -> None:
    library = window.library
    first = listed_ids(window)[0]
    source = library.rows([first])[first].source
    choose(qtbot, window, "source_box", f"source:{source}")
    assert first in listed_ids(window)
    assert {row.source for row in library.rows(listed_ids(window)).values()} == {source}
    choose(qtbot, window, "source_box", None)
    choose(qtbot, window, "language_box", "de")
    assert {row.language for row in library.rows(listed_ids(window)).values()} == {"de"}
    choose(qtbot, window, "language_box", None)
    library.add_tag(first, "keep")
    window.list_panel.filter_bar.tag_box.load_choices()
    choose(qtbot, window, "tag_box", "keep")
    assert listed_ids(window) == [first]


def test_feeds_are_offered_with_the_sources(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    library = window.library
    feed_id, _ = library.add_feed("https://example.org/feed.xml", "Example feed")
    article = listed_ids(window)[1]
    with library.transaction() as db:
        db.execute("UPDATE articles SET feed_id = ? WHERE id = ?", (feed_id, article))
    choose(qtbot, window, "source_box", f"feed:{feed_id}")
    assert listed_ids(window) == [article]
    source_box = window.list_panel.filter_bar.source_box
    assert source_box.currentText() == "Feed: Example feed · 1 unread"
    library.set_read(article)
    source_box.load_choices()
    assert source_box.currentText() == "Feed: Example feed"


@pytest.mark.parametrize(
    ("sort", "key"),
    [
        ("title", lambda row: row.title.casefold()),
        ("reading_time", lambda row: row.word_count),
        ("published", lambda row: row.published),
    ],
)
def test_sorts_order_the_list_and_reverse(qtbot, window: MainWindow, sort, key) -> None:  # type: ignore[no-untyped-def]
    choose(qtbot, window, "sort_box", sort)
    rows = window.library.rows(listed_ids(window))
    values = [key(rows[article_id]) for article_id in listed_ids(window)]
    descending = window.list_panel.filter_bar.direction_button.isChecked()
    assert values == sorted(values, reverse=descending)
    with qtbot.waitSignal(window.list_panel.query_applied):
        qtbot.mouseClick(window.list_panel.filter_bar.direction_button, Qt.MouseButton.LeftButton)
    values = [key(rows[article_id]) for article_id in listed_ids(window)]
    assert values == sorted(values, reverse=not descending)


def test_next_and_previous_follow_the_filter_and_sort(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    choose(qtbot, window, "sort_box", "title")
    window.select_row(0)
    order = listed_ids(window)
    qtbot.waitUntil(lambda: window.article is not None and window.article.id == order[0])
    window.list_view.setFocus()
    for expected in order[1:4]:
        qtbot.keyClick(window.list_view, Qt.Key.Key_J)
        qtbot.waitUntil(lambda expected=expected: window.article.id == expected)
    qtbot.keyClick(window.list_view, Qt.Key.Key_K)
    qtbot.waitUntil(lambda: window.article.id == order[2])
    search(qtbot, window, "the ")
    found = listed_ids(window)
    window.list_view.setFocus()
    position = found.index(window.article.id) if window.article.id in found else -1
    qtbot.keyClick(window.list_view, Qt.Key.Key_J)
    qtbot.waitUntil(lambda: window.article.id == found[position + 1])


def test_imports_and_deletions_reach_the_search(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    search(qtbot, window, "marsupial ")
    assert window.model.rowCount() == 0
    added = window.library.add_article(
        ArticleDraft(title="Kangaroos", markdown="A marsupial that hops.")
    )
    with qtbot.waitSignal(window.list_panel.query_applied):
        window.list_panel.refresh()
    assert listed_ids(window) == [added]
    assert added is not None
    window.library.delete_article(added)
    with qtbot.waitSignal(window.list_panel.query_applied):
        window.list_panel.refresh()
    assert listed_ids(window) == []
    QApplication.processEvents()


def test_a_search_shows_its_best_match_at_the_top_of_the_list(qtbot, lede_env) -> None:  # type: ignore[no-untyped-def]
    with Library(lede_env / "many.sqlite3") as library:
        for number in range(120):
            word = "lighthouse" if number % 2 else "harbour"
            library.add_article(
                ArticleDraft(
                    title=f"Story {number}", markdown=f"Story {number} is about the {word}."
                )
            )
        window = shown_window(qtbot, library)
        view = window.list_view
        opened = window.article
        assert opened is not None
        other = "lighthouse" if "harbour" in opened.markdown else "harbour"  # not listing it
        bar = view.verticalScrollBar()
        qtbot.waitUntil(lambda: bar.maximum() > 0)  # laid out
        bar.setValue(bar.maximum())
        assert view.indexAt(QPoint(1, 1)).row() > 60
        search(qtbot, window, f"{other} ")
        assert window.model.rowCount() == 60
        qtbot.waitUntil(lambda: view.indexAt(QPoint(1, 1)).row() == 0)
        window.close()
