"""The article list lays long lists out in batches; scrolling to a row it has not reached yet
happens once it has, unless the reader scrolls in the meantime."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractSlider

from app.articles import ArticleDraft
from app.library import Library
from ui.article_model import ArticleListModel
from ui.list_panel import ArticleListView

ROWS = 150


@pytest.fixture
def view(qtbot, tmp_path: Path) -> Iterator[ArticleListView]:  # type: ignore[no-untyped-def]
    with Library(tmp_path / "library.sqlite3") as library:
        for number in range(ROWS):
            library.add_article(ArticleDraft(title=f"Row {number}", markdown=f"Text {number}."))
        list_view = ArticleListView()
        list_view.setBatchSize(5)
        list_view.setModel(ArticleListModel(library))
        list_view.resize(300, 200)
        qtbot.addWidget(list_view)
        with qtbot.waitExposed(list_view):
            list_view.show()
        yield list_view


def _shows(view: ArticleListView, row: int) -> bool:
    return view.viewport().rect().intersects(view.visualRect(view.model().index(row, 0)))


def _laid_out(view: ArticleListView) -> bool:
    return view.visualRect(view.model().index(ROWS - 1, 0)).isValid()


@pytest.mark.gui
def test_a_row_beyond_the_laid_out_batches_is_scrolled_to_once_they_reach_it(
    qtbot, view: ArticleListView
) -> None:
    view.model().reload()  # a new list: laid out anew, a batch per event-loop turn
    view.scrollTo(view.model().index(ROWS - 1, 0))
    assert not _laid_out(view)
    qtbot.waitUntil(lambda: _shows(view, ROWS - 1))
    assert not _shows(view, 0)


@pytest.mark.gui
def test_scrolling_by_the_reader_meanwhile_wins(qtbot, view: ArticleListView) -> None:
    view.model().reload()
    view.scrollTo(view.model().index(ROWS - 1, 0))
    view.verticalScrollBar().triggerAction(QAbstractSlider.SliderAction.SliderToMinimum)
    qtbot.waitUntil(lambda: _laid_out(view))
    qtbot.wait(50)
    assert _shows(view, 0)
    assert not _shows(view, ROWS - 1)
