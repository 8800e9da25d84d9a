"""Long articles are rendered in a worker, shown a part at a time and summarized in a child
process, so the GUI thread never waits on them.

These tests check behaviour (what the person sees, which result wins), not speed: the stall
figures come from bench/responsiveness.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

import ui.importing.import_jobs
from app.articles import ArticleDraft
from app.document import Highlight, render_markdown
from app.importing.report import ImportReport
from app.library import Library
from app.settings import SummarySettings
from app.store.summary_cache import cache_key, summary_to_json
from app.summary import Summary, SummarySentence
from ui.importing.import_jobs import ImportJobs
from ui.importing.import_tasks import import_files_task
from ui.jobs.runner import JobRunner
from ui.reading.progressive_html import html_parts, part_ranges
from ui.reading.reader_view import PROGRESSIVE_LIMIT
from ui.reading.renderer import SYNC_LIMIT
from ui.reading.summary_service import SummaryRequest, SummaryService
from ui.window.main_window import MainWindow

from gui_helpers import background_at, is_visible_in, text_point

pytestmark = pytest.mark.gui

LAST_WORDS = "the very last sentence of the long article"
FIRST_SENTENCE = "Sentence 0 tells of the harbour, the tide and boat number 0."


def long_markdown(characters: int) -> str:
    paragraph = " ".join(
        f"Sentence {n} tells of the harbour, the tide and boat number {n % 41}." for n in range(40)
    )
    count = characters // (len(paragraph) + 2) + 1
    return "\n\n".join([paragraph] * count) + f"\n\nHere is {LAST_WORDS}.\n"


@pytest.fixture
def long_id(sample_library: Library) -> int:
    draft = ArticleDraft(title="The long one", markdown=long_markdown(SYNC_LIMIT * 3))
    article_id = sample_library.add_article(draft)
    assert article_id is not None
    return article_id


@pytest.fixture
def window(qtbot, long_id: int, window: MainWindow) -> MainWindow:
    """The shared window (made after the long article was added), on a short article."""
    qtbot.waitUntil(lambda: window.session.rendered is not None, timeout=30_000)
    window.select_article(next(i for i in window.library.article_ids() if i != long_id))
    assert window.session.rendered is not None, "a short article renders in the same call"
    return window


def test_a_long_article_says_it_is_opening_then_shows_all_its_text(
    qtbot, window: MainWindow, long_id: int
) -> None:
    with qtbot.waitSignal(window.article_opened, timeout=30_000) as opened:
        window.select_article(long_id)
        assert "Opening “The long one”" in window.reader.toPlainText()
    assert opened.args == [long_id]
    qtbot.waitUntil(lambda: not window.reader.is_loading(), timeout=30_000)
    assert LAST_WORDS in window.reader.toPlainText()


def test_a_long_article_is_shown_a_part_at_a_time_until_all_of_it_is_there(
    qtbot, window: MainWindow, long_id: int
) -> None:
    with qtbot.waitSignal(window.article_opened, timeout=30_000):
        window.select_article(long_id)
    assert (
        window.session.rendered is not None
        and len(window.session.rendered.text) >= PROGRESSIVE_LIMIT
    )
    assert len(part_ranges(window.session.rendered.pieces)) > 3
    assert window.reader.is_loading()
    assert LAST_WORDS not in window.reader.toPlainText()
    qtbot.waitUntil(lambda: not window.reader.is_loading(), timeout=30_000)
    shown = window.reader.toPlainText()
    assert LAST_WORDS in shown
    paragraphs = window.session.rendered.text.count("Sentence 39 tells")
    assert shown.count("Sentence 39 tells") == paragraphs
    assert shown.count("\nSentence 0 tells") == paragraphs  # no paragraph ran into another


def test_a_summary_sentence_in_the_last_part_can_be_clicked_to_and_is_marked(
    qtbot, window: MainWindow, sample_library: Library, long_id: int
) -> None:
    text = render_markdown(long_markdown(SYNC_LIMIT * 3)).text
    last = f"Here is {LAST_WORDS}."
    sentences = [
        SummarySentence(0, len(FIRST_SENTENCE), FIRST_SENTENCE, 1.0, 0),
        SummarySentence(text.index(last), text.index(last) + len(last), last, 0.9, 1),
    ]
    summary = Summary(tuple(sentences), "lede", "en", text.count("."), too_short=False)
    key = cache_key(window.summary_pane.settings)
    sample_library.store_summary(long_id, key, summary_to_json(summary))
    window.set_summary_visible(True)
    with qtbot.waitSignal(window.article_opened, timeout=30_000):
        window.select_article(long_id)
    assert window.summary == summary
    view = window.summary_pane.sentences_view
    qtbot.waitUntil(lambda: LAST_WORDS in view.toPlainText())
    with qtbot.waitSignal(window.summary_pane.sentence_activated):
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=text_point(view, "Here"))
    qtbot.waitUntil(lambda: not window.reader.is_loading(), timeout=30_000)
    qtbot.waitUntil(lambda: is_visible_in(window.reader, LAST_WORDS))
    assert window.reader.verticalScrollBar().value() > 0
    assert background_at(window.reader, LAST_WORDS) == "#ffc94d"


def test_scrolling_while_a_long_article_is_shown_keeps_the_readers_place(
    qtbot, window: MainWindow, long_id: int
) -> None:
    with qtbot.waitSignal(window.article_opened, timeout=30_000):
        window.select_article(long_id)
    assert window.reader.is_loading()
    qtbot.keyClick(window.reader, Qt.Key.Key_Space)
    scrolled_to = window.reader.verticalScrollBar().value()
    assert scrolled_to > 0
    qtbot.waitUntil(lambda: not window.reader.is_loading(), timeout=30_000)
    qtbot.wait(100)
    assert window.reader.verticalScrollBar().value() == scrolled_to


def test_a_long_articles_reading_position_is_restored_once_all_of_it_is_shown(
    qtbot, window: MainWindow, sample_library: Library, long_id: int
) -> None:
    with qtbot.waitSignal(window.article_opened, timeout=30_000):
        window.select_article(long_id)
    qtbot.waitUntil(lambda: not window.reader.is_loading(), timeout=30_000)
    bar = window.reader.verticalScrollBar()
    bar.setValue(round(bar.maximum() * 0.7))
    window.next_article()
    assert sample_library.reading_positions()[long_id] == pytest.approx(0.7, abs=0.01)
    with qtbot.waitSignal(window.article_opened, timeout=30_000):
        window.select_article(long_id)
    assert window.reader.is_loading()
    qtbot.waitUntil(lambda: not window.reader.is_loading(), timeout=30_000)
    qtbot.wait(200)
    assert bar.value() / bar.maximum() == pytest.approx(0.7, abs=0.01)
    assert "Sentence 39 tells" in window.reader.toPlainText()


def test_moving_on_while_a_long_article_is_shown_drops_its_remaining_parts(
    qtbot, window: MainWindow, long_id: int
) -> None:
    with qtbot.waitSignal(window.article_opened, timeout=30_000):
        window.select_article(long_id)
    assert window.reader.is_loading()
    window.next_article()
    assert window.article is not None and window.article.id != long_id
    assert not window.reader.is_loading()
    qtbot.wait(300)
    shown = window.reader.toPlainText()
    assert window.article.title in shown
    assert LAST_WORDS not in shown and "Sentence 39 tells" not in shown


def test_moving_on_before_a_long_article_is_rendered_keeps_the_next_one(
    qtbot, window: MainWindow, long_id: int
) -> None:
    window.select_article(long_id)
    window.next_article()
    qtbot.waitUntil(lambda: not window.renderer.is_busy() and window.session.rendered is not None)
    window.renderer.wait_for_idle()
    qtbot.wait(100)
    assert window.article is not None and window.article.id != long_id
    assert window.article.title in window.reader.toPlainText()
    assert LAST_WORDS not in window.reader.toPlainText()


def test_a_long_article_is_summarized_in_the_worker_process(qtbot, runner: JobRunner) -> None:
    text = long_markdown(200_000)
    service = SummaryService(runner)
    request = SummaryRequest(article_id=1, text=text, settings=SummarySettings())
    with qtbot.waitSignal(service.summary_ready, timeout=120_000) as ready:
        service.request(request)
    returned, summary = ready.args
    assert returned is request
    assert summary.sentences
    for sentence in summary.sentences:
        assert text[sentence.start : sentence.end] == sentence.text
    assert service.wait_for_idle()


def test_a_file_import_opens_no_network_client(
    qtbot, monkeypatch, tmp_path: Path, sample_library: Library, runner: JobRunner
) -> None:
    """Building one loads TLS certificates, holding the GIL against the window."""

    def no_fetcher(*_args: object) -> None:
        raise AssertionError("a file import opened a network client")

    monkeypatch.setattr(ui.importing.import_jobs, "Fetcher", no_fetcher)
    for n in range(3):
        (tmp_path / f"note-{n}.md").write_text(f"# Note {n}\n\nThe harbour at dawn, take {n}.\n")
    parent = QWidget()
    qtbot.addWidget(parent)
    jobs = ImportJobs(sample_library.path, runner, parent)
    reports: list[ImportReport] = []
    jobs.start(import_files_task([tmp_path]), reports.append, pytest.fail)
    qtbot.waitUntil(lambda: bool(reports), timeout=30_000)
    assert reports[0].added == 3
    assert not jobs.is_busy()


MIXED_MARKDOWN = "\n\n".join(
    [
        "# Title",
        "A paragraph with *emphasis* and a [link](https://example.org).",
        "- one\n- two\n    - nested a\n    - nested b\n- three",
        "> quoted\n>\n> - inside a quote",
        "| a | b |\n|---|---|\n| 1 | 2 |",
        "```\ncode line\n```",
        "---",
        "![missing](nowhere.png)",
        "Last paragraph.[^1]\n\n[^1]: A footnote.",
    ]
)


@pytest.mark.parametrize("size", [1, 40, 200, 10_000])
def test_parts_join_into_the_whole_highlighted_article(size: int) -> None:
    rendered = render_markdown(MIXED_MARKDOWN * 3)
    start = rendered.text.index("Last paragraph")
    marks = [Highlight(start, start + 4, "s-0", "focus"), Highlight(0, 5, "s-1")]
    parts = list(html_parts(rendered, marks, size))
    assert "".join(parts) == rendered.html(marks)
    if size == 10_000:
        assert len(parts) == 1


def test_parts_are_cut_only_between_top_level_blocks() -> None:
    rendered = render_markdown(MIXED_MARKDOWN * 3)
    for start, end in part_ranges(rendered.pieces, size=1):
        part = "".join(p for p in rendered.pieces[start:end] if isinstance(p, str))
        assert part.count("<ul>") == part.count("</ul>")
        assert part.count("<blockquote>") == part.count("</blockquote>")
        assert part.count("<table>") == part.count("</table>")
        assert part.count("<div") == part.count("</div>")


def test_one_long_list_stays_one_part() -> None:
    rendered = render_markdown("\n".join(f"- item {n} of a long list" for n in range(2000)))
    assert part_ranges(rendered.pieces, size=100) == [(0, len(rendered.pieces))]
