"""TL;DR lines: one line per article, computed in the background, cached, cancelled with the list."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app import summary as engine
from app.articles import ArticleDraft
from app.library import Library
from app.queries import ListQuery
from app.store.summary_cache import TLDR_KEY
from app.tldr import (
    MAX_CHARACTERS,
    SOURCE_CHARACTERS,
    gist_line,
    one_line_summary,
    opening,
    shorten,
    tldr_for_article,
)
from ui.jobs.runner import JobRunner
from ui.list.article_model import ArticleListModel, TldrRole
from ui.list.tldr_service import TldrService
from ui.window.main_window import MainWindow

LONG_TEXT = (
    "Lighthouses guide ships along dangerous coasts at night. "
    "Each lighthouse flashes its own pattern so sailors know which one they see. "
    "The lens concentrates a small lamp into a beam visible for many miles. "
    "Keepers once wound clockwork every few hours to keep the lens turning. "
    "Today most lights run automatically and are checked by engineers. "
    "Some old towers are now museums that visitors can climb. "
)


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    with Library(tmp_path / "library.db") as opened:
        for number in range(12):
            opened.add_article(
                ArticleDraft(
                    title=f"Lights {number}",
                    markdown=f"Article {number} begins here. {LONG_TEXT}",
                    language="en",
                )
            )
        yield opened


def test_one_line_summary_is_a_sentence_of_the_article() -> None:
    line = one_line_summary(LONG_TEXT, "en", "Lighthouses")
    assert line and "\n" not in line
    assert line in " ".join(LONG_TEXT.split())
    assert len(line) <= MAX_CHARACTERS


def test_short_texts_get_their_first_sentence_and_empty_ones_nothing() -> None:
    assert one_line_summary("Just one sentence here. And another.") == "Just one sentence here."
    assert one_line_summary("   \n ") == ""


def test_a_book_length_article_is_summarized_from_its_opening(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    paragraph = " ".join(f"Sentence {n} is about the harbour and its boats." for n in range(10))
    book = "\n\n".join([paragraph] * 5000)  # about 2.4 million characters
    seen: list[str] = []
    summarize = engine.summarize
    monkeypatch.setattr(
        engine, "summarize", lambda text, **kw: seen.append(text) or summarize(text, **kw)
    )
    assert one_line_summary(book, "en").startswith("Sentence")
    assert len(seen[0]) <= SOURCE_CHARACTERS
    assert seen[0].endswith("boats.") and book.startswith(seen[0])  # whole paragraphs


def test_the_opening_is_cut_after_a_paragraph_or_at_the_limit() -> None:
    assert opening("short text") == "short text"
    assert opening("first part.\n\nsecond part.", limit=16) == "first part."
    assert opening("x" * 50, limit=20) == "x" * 20  # no paragraph break to cut at


def test_long_lines_are_cut_at_a_word() -> None:
    line = shorten("word " * 100)
    assert len(line) <= MAX_CHARACTERS and line.endswith("word…")
    assert shorten("short") == "short"


def test_a_worker_reads_the_article_itself(library: Library) -> None:
    first = library.query_ids(ListQuery())[0]
    assert tldr_for_article(str(library.path), first)
    assert tldr_for_article(str(library.path), 987654) is None


@pytest.mark.gui
def test_the_service_computes_in_the_background_and_caches(
    qtbot, library: Library, runner: JobRunner
) -> None:  # type: ignore[no-untyped-def]
    service = TldrService(library, runner)
    ids = library.query_ids(ListQuery())[:2]
    ready: list[tuple[int, str]] = []
    service.tldr_ready.connect(lambda article_id, line: ready.append((article_id, line)))
    service.request(ids)
    assert service.busy
    qtbot.waitUntil(lambda: len(ready) == 2, timeout=60_000)
    assert [article_id for article_id, _ in ready] == ids
    for article_id, line in ready:
        assert line and library.cached_summary(article_id, TLDR_KEY) == line
    service.request(ids)
    assert not service.busy  # both are cached: nothing left to do


@pytest.mark.gui
def test_cancel_drops_the_queue(qtbot, library: Library, runner: JobRunner) -> None:  # type: ignore[no-untyped-def]
    service = TldrService(library, runner)
    ids = library.query_ids(ListQuery())
    service.request(ids)
    assert service.pending == ids[1:]
    service.cancel()
    assert service.pending == []
    with qtbot.waitSignal(service.idle, timeout=60_000):
        pass
    stored = library.cached_summaries(ids, TLDR_KEY)
    assert set(stored) == {ids[0]}


@pytest.fixture
def window_library(lede_env: Path) -> Iterator[Library]:
    with Library(lede_env / "library.sqlite3") as library:
        for number in range(40):
            library.add_article(
                ArticleDraft(title=f"Lights {number:02d}", markdown=f"{number}. {LONG_TEXT}")
            )
        yield library


@pytest.mark.gui
def test_the_view_menu_turns_the_line_on_and_rows_fill_in(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    action = window.tldr_line.action
    assert action is not None and not action.isChecked()
    assert action in window.menus["view"].actions()
    height = window.list_view.visualRect(window.model.index(0)).height()
    action.trigger()
    assert window.model.show_tldr
    qtbot.waitUntil(lambda: window.list_view.visualRect(window.model.index(0)).height() > height)
    visible = window.tldr_line.visible_positions()
    assert 0 in visible
    qtbot.waitUntil(lambda: window.model.index(0).data(TldrRole) != "", timeout=60_000)
    article_id = window.model.article_id(0)
    assert article_id is not None
    assert window.library.cached_summary(article_id, TLDR_KEY) == window.model.tldr(0)
    action.trigger()
    assert not window.model.show_tldr
    assert window.tldr_line.service.pending == []


@pytest.mark.gui
def test_the_choice_is_remembered_by_the_next_window(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    assert window.tldr_line.action is not None
    window.tldr_line.action.trigger()
    window.save_state()
    again = MainWindow(window.library)
    qtbot.addWidget(again)
    assert again.model.show_tldr
    assert again.tldr_line.action is not None and again.tldr_line.action.isChecked()
    again.close()


@pytest.mark.gui
def test_visible_rows_come_first_then_unread_ones(window: MainWindow) -> None:
    ids = window.model.article_ids()
    for article_id in ids[:-3]:
        window.library.set_read(article_id)
    window.tldr_line.set_enabled(True)
    queue = window.tldr_line.service.queued
    visible = [window.model.article_id(p) for p in window.tldr_line.visible_positions()]
    assert 0 < len(visible) < len(ids) - 3
    assert queue == visible + ids[-3:]


@pytest.mark.gui
def test_changing_the_filter_cancels_work_for_the_old_list(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    library = window.library
    ids = window.model.article_ids()
    for article_id in ids:
        library.set_read(article_id)
    library.set_starred(ids[-1])
    service = window.tldr_line.service
    window.tldr_line.set_enabled(True)
    qtbot.waitUntil(lambda: len(service.pending) > 3)
    box = window.list_panel.filter_bar.filter_box
    with qtbot.waitSignal(window.model.modelReset, timeout=5000):
        box.setCurrentIndex(box.findData("starred"))
    assert service.pending == []
    assert window.model.article_ids() == [ids[-1]]
    # The new list is queued once the list settles; the worker may finish the old line first.
    qtbot.waitUntil(
        lambda: ids[-1] in library.cached_summaries([ids[-1]], TLDR_KEY), timeout=60_000
    )
    qtbot.waitUntil(lambda: not service.busy, timeout=60_000)
    computed = set(library.cached_summaries(ids, TLDR_KEY))
    assert len(computed) <= 3  # at most the one running at the switch, plus the starred one


@pytest.mark.gui
def test_the_model_shows_lines_from_the_cache_at_once(library: Library) -> None:
    first = library.query_ids(ListQuery())[0]
    library.store_summary(first, TLDR_KEY, "Already known.")
    model = ArticleListModel(library)
    model.set_show_tldr(True)
    assert model.index(0).data(TldrRole) == "Already known."


@pytest.mark.gui
def test_turning_the_line_on_keeps_the_place_and_asks_only_for_rows_on_screen(
    qtbot, lede_env: Path
) -> None:  # type: ignore[no-untyped-def]
    with Library(lede_env / "library.sqlite3") as library:
        for number in range(120):
            library.add_article(
                ArticleDraft(title=f"Row {number:03d}", markdown=f"{number}. {LONG_TEXT}")
            )
        for article_id in library.query_ids(ListQuery()):
            library.set_read(article_id)  # no unread articles to queue: only rows on screen
        window = MainWindow(library)
        qtbot.addWidget(window)
        with qtbot.waitExposed(window):
            window.show()
        qtbot.waitUntil(lambda: window.article is not None)
        line = window.tldr_line
        window.list_view.scrollToBottom()
        qtbot.waitUntil(lambda: line.visible_positions().start > 20)
        top = line.visible_positions().start
        requested: list[int] = []
        asked = line.service.request
        line.service.request = lambda ids: (requested.extend(ids), asked(ids))  # type: ignore[method-assign]
        line.set_enabled(True)
        qtbot.waitUntil(lambda: line.visible_positions().start == top, timeout=10_000)
        qtbot.waitUntil(lambda: bool(requested), timeout=10_000)
        positions = {window.model.position_of(article_id) for article_id in requested}
        assert all(position is not None and position >= top for position in positions)
        window.close()


GIST_CASES = [
    # the best sentence, when it reads whole
    ([("Tides rise twice a day along this coast.", 1.0), ("Boats wait.", 0.9)], 0),
    # too long to show uncut: a near-best sentence that fits wins
    (
        [
            ("word " * 50 + "end.", 1.0),
            ("The harbour reopens in May after two years of work.", 0.8),
        ],
        1,
    ),
    # a question and a fragment are no gist
    (
        [
            ("Why do the lights flash at all?", 1.0),
            ("Too short.", 0.95),
            ("Each light flashes its own pattern so sailors know it.", 0.7),
        ],
        2,
    ),
    # far below the best: the best, shortened, rather than a weak sentence
    ([("word " * 50 + "end.", 1.0), ("A weak but short sentence of some words.", 0.3)], 0),
]


@pytest.mark.parametrize(("scored", "chosen"), GIST_CASES)
def test_the_gist_is_the_best_sentence_a_reader_takes_in_whole(scored, chosen) -> None:
    cleaned = [(" ".join(text.split()), score) for text, score in scored]
    assert gist_line(cleaned) == cleaned[chosen][0]


def test_a_line_is_never_longer_than_the_limit() -> None:
    long_sentences = " ".join(f"Sentence {n} " + "goes on and on " * 20 + "." for n in range(5))
    assert len(one_line_summary(long_sentences, "en")) <= MAX_CHARACTERS


def test_the_line_wraps_onto_two_lines_of_the_row(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QFont, QFontMetrics

    from ui.list.article_delegate import wrap_lines

    metrics = QFontMetrics(QFont())
    width = metrics.horizontalAdvance("x" * 36)
    text = "TL;DR " + " ".join(GIST_CASES[1][0][1][0].split())
    lines = wrap_lines(text, metrics, width, 2)
    assert len(lines) == 2
    assert all(metrics.horizontalAdvance(line) <= width for line in lines)
    assert " ".join(lines).replace("…", "") in text
    assert lines[0].startswith("TL;DR The harbour")
    assert wrap_lines("Short.", metrics, width, 2) == ["Short."]
    assert wrap_lines("", metrics, width, 2) == []
    assert len(wrap_lines("word " * 200, metrics, width, 2)) == 2
    assert wrap_lines("x" * 500, metrics, width, 2)[0].endswith("…")


def test_rows_with_the_line_are_two_lines_taller(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    view = window.list_view
    plain = view.sizeHintForRow(0)
    window.tldr_line.action.setChecked(True)
    line = view.fontMetrics().height()
    qtbot.waitUntil(lambda: view.sizeHintForRow(0) > plain)
    assert view.sizeHintForRow(0) - plain >= 2 * line
