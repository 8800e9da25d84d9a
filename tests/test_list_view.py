"""The article list lays a new list out at once: its rows are on screen, and any row can be
scrolled to, as soon as the model is reset; a changed row repaints without a new layout."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.articles import ArticleDraft
from app.library import Library
from ui.list.article_model import ArticleListModel, RowRole
from ui.list.list_panel import ArticleListView
from ui.window.main_window import MainWindow

ROWS = 150


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    with Library(tmp_path / "library.sqlite3") as library:
        for number in range(ROWS):
            library.add_article(ArticleDraft(title=f"Row {number}", markdown=f"Text {number}."))
        yield library


@pytest.fixture
def view(qtbot, library: Library) -> ArticleListView:  # type: ignore[no-untyped-def]
    list_view = ArticleListView()
    list_view.setModel(ArticleListModel(library))
    list_view.resize(300, 200)
    qtbot.addWidget(list_view)
    with qtbot.waitExposed(list_view):
        list_view.show()
    return list_view


def _shows(view: ArticleListView, row: int) -> bool:
    return view.viewport().rect().intersects(view.visualRect(view.model().index(row, 0)))


@pytest.mark.gui
def test_a_new_list_can_be_scrolled_to_its_last_row_at_once(view: ArticleListView) -> None:
    view.model().reload()
    view.scrollTo(view.model().index(ROWS - 1, 0))
    assert _shows(view, ROWS - 1)
    assert not _shows(view, 0)
    bar = view.verticalScrollBar()
    assert bar.maximum() + bar.pageStep() >= ROWS  # the range covers every row


@pytest.mark.gui
def test_a_row_marked_read_repaints_in_place(
    qtbot, view: ArticleListView, library: Library
) -> None:
    model = view.model()
    assert isinstance(model, ArticleListModel)
    view.scrollTo(model.index(ROWS - 1, 0))
    value = view.verticalScrollBar().value()
    article_id = model.article_id(ROWS - 1)
    assert article_id is not None
    library.set_read(article_id)
    model.refresh_article(article_id)
    assert model.index(ROWS - 1, 0).data(RowRole).is_read
    qtbot.wait(50)
    assert view.verticalScrollBar().value() == value
    assert _shows(view, ROWS - 1)


def test_the_choosers_show_their_labels_whole_at_the_default_size(
    qtbot, window: MainWindow
) -> None:
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: window.list_panel.width() > 0)
    bar = window.list_panel.filter_bar
    for box in (bar.source_box, bar.language_box, bar.tag_box, bar.filter_box, bar.sort_box):
        assert box.shown_text() == box.currentText()
        assert box.toolTip() == ""


def test_a_chooser_too_narrow_for_its_label_ends_it_with_an_ellipsis_and_tells_it_whole(
    qtbot, window: MainWindow
) -> None:
    box = window.list_panel.filter_bar.source_box
    box.setItemText(0, "Toutes les sources de la bibliothèque")
    box.setFixedWidth(90)
    qtbot.waitUntil(lambda: box.width() == 90)
    assert box.shown_text().endswith("…")
    assert box.toolTip() == "Toutes les sources de la bibliothèque"
    box.setFixedWidth(600)
    qtbot.waitUntil(lambda: box.width() == 600)
    assert box.shown_text() == box.currentText() and box.toolTip() == ""
