"""Reading ahead: with the summary pane open, Next shows an article rendered and summarized
while the reader was on the one before."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication

from app.articles import ArticleDraft
from app.document import render_markdown
from app.library import Library
from app.prepared_article import fingerprint, prepare_article
from app.queries import ListQuery
from app.reader_summary import summarize_article
from app.settings import SummarySettings
from app.store.summary_cache import cache_key
from ui.jobs.summary_worker import call_in_worker_at_low_priority
from ui.window.main_window import MainWindow

SETTINGS = SummarySettings()


def _story(number: int) -> str:
    return "\n\n".join(
        f"Paragraph {p} of story {number}. The harbour master counted {p + number} boats. "
        f"Fishermen talked about the weather and the price of fuel in port {p}."
        for p in range(8)
    )


@pytest.fixture
def library(lede_env: Path) -> Iterator[Library]:
    with Library(lede_env / "library.sqlite3") as library:
        for number in range(3):
            library.add_article(ArticleDraft(title=f"Story {number}", markdown=_story(number)))
        yield library


@pytest.fixture
def window_library(library: Library) -> Library:
    return library


def _count_renders(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Markdown rendered in the window's process from now on."""
    rendered: list[str] = []
    real: Callable[..., object] = render_markdown

    def counting(markdown: str, *arguments: object) -> object:
        rendered.append(markdown)
        return real(markdown, *arguments)

    monkeypatch.setattr("ui.reading.renderer.render_markdown", counting)
    return rendered


def _open_first_and_wait_for_the_next(qtbot, window: MainWindow) -> int:  # type: ignore[no-untyped-def]
    window.select_row(0)
    next_id = window.model.article_id(1)
    assert next_id is not None and window.read_ahead is not None
    with qtbot.waitSignal(window.read_ahead.prepared, timeout=60_000) as prepared:
        window.set_summary_visible(True)
    assert prepared.args == [next_id]
    return next_id


def test_an_article_is_prepared_as_the_window_would_render_and_summarize_it(
    library: Library,
) -> None:
    article_id = _first_id(library)
    article = library.article(article_id)
    assert article is not None
    prepared = prepare_article(str(library.path), article_id, SETTINGS)
    assert prepared is not None
    expected = render_markdown(article.markdown, article.asset_keys)
    assert prepared.rendered == expected
    assert prepared.fingerprint == fingerprint(article.markdown)
    assert prepared.summary == summarize_article(
        expected.text, SETTINGS, article.row.language, article.title
    )


def test_without_settings_only_the_rendering_is_prepared(library: Library) -> None:
    prepared = prepare_article(str(library.path), _first_id(library), None)
    assert prepared is not None and prepared.summary is None


def test_an_article_no_longer_stored_prepares_nothing(library: Library) -> None:
    assert prepare_article(str(library.path), 987654, SETTINGS) is None


def test_a_changed_article_has_another_fingerprint() -> None:
    assert fingerprint(_story(1)) != fingerprint(_story(1) + " One more sentence.")


def test_next_shows_the_article_read_ahead_with_its_summary_at_once(
    qtbot, window: MainWindow, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    next_id = _open_first_and_wait_for_the_next(qtbot, window)
    assert library.cached_summary(next_id, cache_key(window.summary_pane.settings))
    rendered = _count_renders(monkeypatch)
    window.next_article()
    assert window.article is not None and window.article.id == next_id
    assert rendered == []  # not rendered again on the window's thread
    assert window.summary is not None  # from the cache, without waiting for the worker
    assert "Paragraph 7 of story" in window.reader.toPlainText()


def test_an_article_changed_after_it_was_read_ahead_is_rendered_again(
    qtbot, window: MainWindow, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    next_id = _open_first_and_wait_for_the_next(qtbot, window)
    with library.transaction() as db:
        db.execute(
            "UPDATE articles SET markdown = ? WHERE id = ?", ("A new text, edited.", next_id)
        )
    rendered = _count_renders(monkeypatch)
    window.next_article()
    assert rendered == ["A new text, edited."]
    assert "A new text, edited." in window.reader.toPlainText()


def test_with_the_summary_pane_closed_nothing_is_read_ahead(
    qtbot, window: MainWindow, library: Library
) -> None:
    assert window.read_ahead is not None
    window.select_row(0)
    with qtbot.assertNotEmitted(window.read_ahead.prepared, wait=1500):
        window.select_row(1)
    assert window.read_ahead.wait_for_idle(0)  # no job was started


def test_a_result_arriving_after_the_window_closed_is_not_stored(
    qtbot, window: MainWindow, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    started, release = threading.Event(), threading.Event()
    real = call_in_worker_at_low_priority

    def held_back(function: Callable[..., object], *arguments: object, **options: Any) -> object:
        started.set()
        release.wait(60)
        return real(function, *arguments, **options)

    monkeypatch.setattr("ui.reading.read_ahead.call_in_worker_at_low_priority", held_back)
    read_ahead = window.read_ahead
    assert read_ahead is not None
    window.select_row(0)
    window.set_summary_visible(True)
    next_id = window.model.article_id(1)
    assert next_id is not None
    qtbot.waitUntil(started.is_set, timeout=60_000)  # the next article is being prepared
    key = cache_key(window.summary_pane.settings)
    threading.Timer(0.2, release.set).start()  # the job finishes while the window closes
    window.close()
    assert read_ahead.wait_for_idle(0)  # closing waited for it
    QCoreApplication.processEvents()  # the job's result reaches the window's thread
    assert library.cached_summary(next_id, key) is None


def _first_id(library: Library) -> int:
    return library.query_ids(ListQuery())[0]


@pytest.mark.parametrize(
    "markdown",
    ["", "\x00\x01\ufffd" * 500, "<script>alert(1)</script>\n\n" + "# " * 5000, "word " * 200_000],
)
def test_an_odd_article_is_prepared_without_an_error(library: Library, markdown: str) -> None:
    with library.transaction() as db:
        db.execute("UPDATE articles SET markdown = ? WHERE id = ?", (markdown, _first_id(library)))
    prepared = prepare_article(str(library.path), _first_id(library), SETTINGS)
    assert prepared is not None
    assert prepared.rendered == render_markdown(markdown)
    assert "<script" not in prepared.rendered.html()
