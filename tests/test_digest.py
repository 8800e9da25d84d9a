"""The digest: unread or listed articles in a few sentences each, filled in as summaries come."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QPalette

from app.digest import (
    DIGEST_SENTENCES,
    cached_batches,
    digest_settings,
    gather_entries,
    opening_sentences,
    summary_sentences,
)
from app.library import Library
from app.reader_summary import summarize_article
from app.settings import SummarySettings
from app.store.summary_cache import cache_key, summary_to_json
from app.summary import Summary, SummarySentence
from ui.features import digest_view
from ui.features.digest_service import DigestService
from ui.features.digest_view import DigestView
from ui.jobs.runner import JobRunner
from ui.reading.themes import DARK
from ui.window.main_window import MainWindow

from reading_helpers import menu_action


def sentence(index: int, score: float) -> SummarySentence:
    return SummarySentence(
        start=index * 10, end=index * 10 + 9, text=f"S{index}.", score=score, index=index
    )


def test_digest_keeps_the_best_three_in_reading_order() -> None:
    summary = Summary(
        sentences=tuple(sentence(i, score) for i, score in enumerate([0.2, 0.9, 0.5, 0.8, 0.7])),
        algorithm="default",
        language="en",
        sentence_count=30,
        too_short=False,
    )
    assert summary_sentences(summary, "", "en") == ("S1.", "S3.", "S4.")


def test_a_too_short_article_gives_its_opening() -> None:
    summary = Summary((), "default", "en", 2, True)
    text = "The ferry leaves at six. It returns at nine. Tickets cost two euros."
    assert summary_sentences(summary, text, "en") == (
        "The ferry leaves at six.",
        "It returns at nine.",
    )
    assert opening_sentences("", "en") == ()


def test_digest_settings_ask_for_three_sentences_with_the_readers_algorithm() -> None:
    settings = digest_settings(SummarySettings(algorithm="lexrank", length_mode="percent"))
    assert (settings.algorithm, settings.length_mode, settings.sentences) == (
        "lexrank",
        "sentences",
        DIGEST_SENTENCES,
    )


def test_entries_are_newest_first(sample_library: Library) -> None:
    ids = sample_library.article_ids()
    entries = gather_entries(sample_library.path, ids)
    assert sorted(entry.article_id for entry in entries) == sorted(ids)
    dates = [entry.date for entry in entries]
    assert dates == sorted(dates, reverse=True)
    assert all(len(date) == 10 for date in dates)
    assert not any(entry.ready for entry in entries)


def test_without_ids_the_digest_gathers_the_unread(sample_library: Library) -> None:
    ids = sample_library.article_ids()
    sample_library.set_read(ids[0])
    sample_library.set_read(ids[1])
    entries = gather_entries(sample_library.path, None)
    assert sorted(entry.article_id for entry in entries) == sorted(ids[2:])


def test_cached_summaries_serve_the_digest(sample_library: Library) -> None:
    article = sample_library.article(sample_library.article_ids()[5])
    reader = SummarySettings(length_mode="sentences", sentences=8)
    summary = summarize_article(article.body, reader, article.row.language, article.title)
    sample_library.store_summary(article.id, cache_key(reader), summary_to_json(summary))
    ids = sample_library.article_ids()
    batches = list(cached_batches(sample_library.path, ids, reader))
    assert len(batches) == 1  # thirteen articles fit one batch
    cached, missing = batches[0]
    assert list(cached) == [article.id]
    assert sorted(missing) == sorted(set(ids) - {article.id})
    assert len(cached[article.id]) == DIGEST_SENTENCES
    assert cached[article.id] == summary_sentences(summary, article.body, "en")


def test_a_newer_digest_run_drops_the_older_results(
    qtbot, sample_library: Library, runner: JobRunner
) -> None:
    service = DigestService(runner)
    arrived: list[int] = []
    service.sentences_ready.connect(lambda article_id, _s, _l: arrived.append(article_id))
    ids = sample_library.article_ids()
    service.request(sample_library.path, ids[:6], SummarySettings())
    service.request(sample_library.path, ids[6:8], SummarySettings())
    qtbot.waitUntil(lambda: len(arrived) == 2, timeout=20_000)
    assert service.wait_for_idle()
    QCoreApplication.processEvents()  # what the ended jobs reported arrives now
    assert arrived == ids[6:8]


# -- the window --------------------------------------------------------------------------------


def open_digest(qtbot, window: MainWindow) -> DigestView:
    qtbot.keyClick(window, Qt.Key.Key_D)
    qtbot.waitUntil(lambda: window.digest.view is not None and window.digest.view.isVisible())
    qtbot.waitUntil(lambda: window.digest.view.loaded)
    return window.digest.view


def test_the_digest_lists_every_unread_article_and_fills_in(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown_first: list[str] = []
    gathered = DigestView._on_gathered

    def spy(view: DigestView, entries) -> None:
        gathered(view, entries)
        shown_first.append(view.view.toPlainText())

    monkeypatch.setattr(DigestView, "_on_gathered", spy)
    digest = open_digest(qtbot, window)
    unread = [
        i for i, row in window.library.rows(window.library.article_ids()).items() if not row.is_read
    ]
    assert sorted(entry.article_id for entry in digest.entries) == sorted(unread)
    assert window.article.id not in unread  # opening an article reads it
    assert shown_first[0].count("Summarizing…") == len(unread)  # nothing cached yet
    qtbot.waitUntil(lambda: digest.complete, timeout=30_000)
    qtbot.waitUntil(lambda: "Summarizing…" not in digest.view.toPlainText())
    assert digest.count_label.text() == f"{len(unread)} articles"
    text = digest.view.toPlainText()
    for entry in digest.entries:
        assert 1 <= len(entry.sentences) <= DIGEST_SENTENCES
        assert entry.title in text and entry.sentences[0] in text
    dates = [entry.date for entry in digest.entries]
    assert dates == sorted(dates, reverse=True)


def test_a_second_digest_comes_from_the_cache(qtbot, window: MainWindow) -> None:
    digest = open_digest(qtbot, window)
    qtbot.waitUntil(lambda: digest.complete, timeout=30_000)
    digest.close()
    summarized: list[int] = []
    digest.service.sentences_ready.connect(lambda article_id, _s, _l: summarized.append(article_id))
    digest.load()
    qtbot.waitUntil(lambda: digest.complete, timeout=30_000)
    too_short = [e.article_id for e in digest.entries if e.title.startswith("Winter Ferry")]
    assert summarized == too_short  # only the brief the summarizer declines is made again


def test_the_listed_scope_follows_the_list(qtbot, window: MainWindow) -> None:
    digest = open_digest(qtbot, window)
    digest.set_scope("listed")
    qtbot.waitUntil(lambda: digest.loaded)
    assert len(digest.entries) == window.model.rowCount()
    assert window.article.id in {entry.article_id for entry in digest.entries}


def test_an_entry_opens_the_full_article_by_keyboard(qtbot, window: MainWindow) -> None:
    digest = open_digest(qtbot, window)
    digest.view.setFocus()
    qtbot.keyClick(digest.view, Qt.Key.Key_Tab)
    first = digest.entries[0]
    assert digest.view.textCursor().charFormat().anchorHref() == f"article:{first.article_id}"
    qtbot.keyClick(digest.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.reading_progress.opened_id == first.article_id)
    assert first.title in window.reader.toPlainText()


def test_the_digest_is_in_the_view_menu(qtbot, window: MainWindow) -> None:
    menu_action(window.menus["view"], "Digest").trigger()
    qtbot.waitUntil(lambda: window.digest.view is not None and window.digest.view.isVisible())


@pytest.mark.parametrize(
    ("button", "suffix"), [("markdown_button", ".md"), ("html_button", ".html")]
)
def test_export_the_digest(
    qtbot,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    button: str,
    suffix: str,
) -> None:
    digest = open_digest(qtbot, window)
    qtbot.waitUntil(lambda: digest.complete, timeout=30_000)
    monkeypatch.setattr(digest_view, "choose_save_path", lambda *_args: tmp_path / "digest")
    qtbot.mouseClick(getattr(digest, button), Qt.MouseButton.LeftButton)
    written = tmp_path / f"digest{suffix}"
    text = written.read_text(encoding="utf-8")
    for entry in digest.entries:
        assert entry.sentences[0].split()[0] in text
    if suffix == ".html":
        assert text.startswith("<!DOCTYPE html>")
        assert "http:" not in text and "https:" not in text and "src=" not in text
    else:
        assert text.startswith("# Digest of unread articles")
    assert digest.count_label.text() == f"Saved {written.name}"


def test_a_long_digest_shows_a_page_at_a_time_and_summarizes_that_page_first(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(digest_view, "PAGE_SIZE", 4)
    digest = open_digest(qtbot, window)
    assert digest.page_count == 3  # twelve unread articles
    assert not digest.newer_button.isEnabled() and digest.older_button.isEnabled()
    assert digest.count_label.text().startswith("1–4 of 12 articles")
    arrived: list[int] = []
    digest.service.sentences_ready.connect(lambda article_id, _s, _l: arrived.append(article_id))
    qtbot.mouseClick(digest.older_button, Qt.MouseButton.LeftButton)
    assert digest.page == 1
    page_ids = [entry.article_id for entry in digest.page_entries]
    assert digest.entries[4].title in digest.view.toPlainText()
    assert digest.entries[0].title not in digest.view.toPlainText()
    qtbot.waitUntil(lambda: len(arrived) >= len(page_ids), timeout=30_000)
    assert sorted(arrived[: len(page_ids)]) == sorted(page_ids)
    qtbot.waitUntil(lambda: all(entry.ready for entry in digest.page_entries))
    qtbot.waitUntil(lambda: "Summarizing…" not in digest.view.toPlainText())


def test_the_digest_follows_the_theme(qtbot, window: MainWindow) -> None:
    digest = open_digest(qtbot, window)
    menu_action(window.menus["view"], "Dark").trigger()
    assert f"color: {DARK.text}" in digest.view.document().defaultStyleSheet()
    qtbot.waitUntil(
        lambda: digest.view.palette().color(QPalette.ColorRole.Base) == QColor(DARK.base)
    )


def test_the_digest_shows_the_readers_highlights_under_an_articles_summary(
    qtbot, window: MainWindow
) -> None:
    from app.highlights.anchoring import anchor_for

    library = window.library
    article = next(
        a
        for a in map(library.article, library.article_ids())
        if a is not None and not a.row.is_read and a.id != getattr(window.article, "id", None)
    )
    article_id = article.id
    words = article.body.split()
    quotes = [" ".join(words[n * 6 : n * 6 + 4]) for n in range(4)]
    for colour, quote in zip(("yellow", "green", "blue", "pink"), quotes, strict=True):
        start = article.body.index(quote)
        library.add_highlight(
            article_id, anchor_for(article.body, start, start + len(quote)), colour
        )
    digest = open_digest(qtbot, window)
    text = " ".join(digest.view.toPlainText().split())
    assert "Your highlights:" in text
    assert (
        all(quote in text for quote in quotes[:3])
        and quotes[3] not in text.split("Your highlights:")[1][:400]
    )
    assert "and 1 more" in text
    assert "background-color" in digest.view.toHtml()  # in the highlight's own colour
