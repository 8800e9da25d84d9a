"""A window that defers its start paints the list first, then installs the rest and reopens
the article last read, even when that article is beyond the rows listed for the first paint."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, QSettings
from PySide6.QtWidgets import QListView

from app.articles import ArticleDraft
from app.library import Library
from app.paths import config_dir
from app.queries import ListQuery
from app.settings import SummarySettings
from app.summary import Summary
from ui.reading.summary_service import SummaryRequest
from ui.window.main_window import FIRST_ROWS, MainWindow

from reading_helpers import menu_action

ARTICLES = FIRST_ROWS + 40


@pytest.fixture
def big_library(lede_env: Path) -> Iterator[Library]:
    with Library(lede_env / "library.sqlite3") as library:
        _add_stories(library, ARTICLES)
        yield library


def _add_stories(library: Library, count: int) -> None:
    for number in range(count):
        body = f"Article number {number} tells one short story. It ends here."
        library.add_article(ArticleDraft(title=f"Story {number}", markdown=body))


def _set_window_setting(key: str, value: object) -> None:
    settings = QSettings(str(config_dir() / "window.ini"), QSettings.Format.IniFormat)
    settings.setValue(key, value)
    settings.sync()


def _remember_selected(article_id: int) -> None:
    _set_window_setting("article/selected", article_id)


def _deferred_window(qtbot, library: Library) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(library, defer_start=True)
    qtbot.addWidget(window)
    return window


def _on_screen(view: QListView, index: QModelIndex) -> bool:
    return view.viewport().rect().intersects(view.visualRect(index))


def test_before_its_first_paint_the_window_lists_only_the_first_rows(qtbot, big_library) -> None:
    window = _deferred_window(qtbot, big_library)
    assert window.model.rowCount() == FIRST_ROWS
    assert window.model.is_partial
    assert not window.is_started
    assert window.list_panel.status.text() == ""  # no count until the whole list is known
    with pytest.raises(LookupError):
        menu_action(window.menus["file"], "Import")


def test_after_its_first_paint_it_lists_everything_and_reopens_the_last_article(
    qtbot, big_library
) -> None:
    last_listed = big_library.query_ids(ListQuery())[-1]
    _remember_selected(last_listed)
    window = _deferred_window(qtbot, big_library)
    with qtbot.waitSignal(window.article_opened, timeout=10_000) as opened:
        window.show()
    assert opened.args == [last_listed]
    assert window.is_started
    assert window.model.rowCount() == ARTICLES
    assert not window.model.is_partial
    assert window.list_panel.status.text() == f"{ARTICLES} articles"
    assert window.model.article_id(window.current_row) == last_listed
    assert menu_action(window.menus["file"], "Import").isEnabled()
    window.close()


def test_without_a_remembered_article_the_first_row_opens(qtbot, big_library) -> None:
    window = _deferred_window(qtbot, big_library)
    with qtbot.waitSignal(window.started, timeout=10_000):
        window.show()
    qtbot.waitUntil(lambda: window.article is not None)
    assert window.current_row == 0
    qtbot.waitUntil(lambda: not window.model.is_partial)
    window.close()


def test_a_window_closed_before_its_start_finished_installs_nothing_more(
    qtbot, big_library
) -> None:
    window = _deferred_window(qtbot, big_library)
    window.show()
    window.close()
    window.finish_start()  # what the timer set at the first paint would run, now too late
    assert not window.is_started
    with pytest.raises(LookupError):
        menu_action(window.menus["file"], "Import")


def test_a_row_chosen_before_the_whole_list_arrives_stays_chosen(qtbot, big_library) -> None:
    _remember_selected(big_library.query_ids(ListQuery())[-1])
    window = _deferred_window(qtbot, big_library)
    window.show()
    window.finish_start()  # as after the first paint; the whole list is still on its way
    assert window.model.is_partial
    window.select_row(3)
    chosen = window.model.article_id(3)
    qtbot.waitUntil(lambda: not window.model.is_partial, timeout=10_000)
    QCoreApplication.processEvents()  # what the whole list's arrival set off has happened
    assert window.model.article_id(window.current_row) == chosen
    assert window.article is not None and window.article.id == chosen
    window.close()


@pytest.mark.parametrize("remembered", ["not a number", "-3", "999999999"])
def test_a_remembered_article_that_is_garbage_or_gone_opens_the_first_row(
    qtbot, big_library, remembered: str
) -> None:
    _set_window_setting("article/selected", remembered)
    window = _deferred_window(qtbot, big_library)
    with qtbot.waitSignal(window.article_opened, timeout=10_000):
        window.show()
    qtbot.waitUntil(lambda: not window.model.is_partial, timeout=10_000)
    assert window.current_row == 0
    window.close()


def test_the_reopened_article_is_scrolled_into_view_once_the_list_is_laid_out(
    qtbot, big_library
) -> None:
    last_listed = big_library.query_ids(ListQuery())[-1]
    _remember_selected(last_listed)
    window = _deferred_window(qtbot, big_library)
    with qtbot.waitSignal(window.article_opened, timeout=10_000):
        window.show()
    view = window.list_view
    current = view.currentIndex()
    assert window.model.article_id(current.row()) == last_listed
    qtbot.waitUntil(lambda: _on_screen(view, current))
    window.close()


def test_showing_the_summary_pane_starts_the_worker_but_not_before_the_first_paint(
    qtbot, big_library, monkeypatch: pytest.MonkeyPatch
) -> None:
    started: list[str] = []
    monkeypatch.setattr("ui.window.main_window.start_worker", lambda: started.append("pane"))
    monkeypatch.setattr("ui.window.window_start.start_worker", lambda: started.append("start"))
    window = _deferred_window(qtbot, big_library)
    window.set_summary_visible(False)
    window.set_summary_visible(True)
    assert started == []  # a process spawned now would delay the first paint
    with qtbot.waitSignal(window.started, timeout=10_000):
        window.show()
    assert started == ["start"]
    window.set_summary_visible(False)
    window.set_summary_visible(True)
    assert started == ["start", "pane"]
    window.close()


def test_a_closed_window_opens_nothing_and_stores_no_late_summary(qtbot, big_library) -> None:
    window = _deferred_window(qtbot, big_library)
    with qtbot.waitSignal(window.started, timeout=10_000):
        window.show()
    window.close()
    QCoreApplication.processEvents()  # the first row would be opened now, had it stayed open
    assert window.article is None
    first = big_library.query_ids(ListQuery())[0]
    settings = SummarySettings()
    request = SummaryRequest(first, "Text. " * 20, settings)
    summary = Summary((), "default", "en", 20, too_short=False)
    window.summaries.summary_ready.emit(request, summary)
    assert big_library.summaries.cached(first, settings) is None


def test_with_the_tldr_line_on_its_rows_are_painted_first_and_the_reopened_row_stays_in_view(
    qtbot, lede_env: Path
) -> None:
    _set_window_setting("view/tldr", True)
    with Library(lede_env / "small.sqlite3") as library:  # all of it in the first rows read
        _add_stories(library, FIRST_ROWS // 2)
        below_the_first_screen = library.query_ids(ListQuery())[80]
        _remember_selected(below_the_first_screen)
        window = _deferred_window(qtbot, library)
        assert window.model.show_tldr  # the first paint has the rows at their final height
        with qtbot.waitSignal(window.article_opened, timeout=10_000):
            window.show()
        qtbot.wait(100)
        view = window.list_view
        assert window.model.article_id(view.currentIndex().row()) == below_the_first_screen
        assert _on_screen(view, view.currentIndex())
        window.close()
