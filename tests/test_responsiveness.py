"""Long articles are rendered in a worker and summarized in a child process, off the GUI thread.

These tests check behaviour (what the person sees, which result wins), not speed: the stall
figures come from bench/responsiveness.py.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.articles import ArticleDraft
from app.library import Library
from app.settings import SummarySettings
from ui.article_renderer import SYNC_LIMIT
from ui.main_window import MainWindow
from ui.summary_service import PROCESS_LIMIT, SummaryRequest, SummaryService

pytestmark = pytest.mark.gui

LAST_WORDS = "the very last sentence of the long article"


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
def window(qtbot, sample_library: Library, long_id: int) -> Iterator[MainWindow]:
    main_window = MainWindow(sample_library)
    qtbot.addWidget(main_window)
    with qtbot.waitExposed(main_window):
        main_window.show()
    qtbot.waitUntil(lambda: main_window._rendered is not None, timeout=30_000)
    main_window.select_article(next(i for i in sample_library.article_ids() if i != long_id))
    assert main_window._rendered is not None, "a short article renders in the same call"
    yield main_window
    main_window.renderer.wait_for_idle()
    main_window.summaries.wait_for_idle(60_000)


def test_a_long_article_says_it_is_opening_then_shows_all_its_text(
    qtbot, window: MainWindow, long_id: int
) -> None:
    with qtbot.waitSignal(window.article_opened, timeout=30_000) as opened:
        window.select_article(long_id)
        assert "Opening “The long one”" in window.reader.toPlainText()
    assert opened.args == [long_id]
    assert LAST_WORDS in window.reader.toPlainText()


def test_moving_on_before_a_long_article_is_rendered_keeps_the_next_one(
    qtbot, window: MainWindow, long_id: int
) -> None:
    window.select_article(long_id)
    window.next_article()
    qtbot.waitUntil(lambda: not window.renderer.is_busy() and window._rendered is not None)
    window.renderer.wait_for_idle()
    qtbot.wait(100)
    assert window.article is not None and window.article.id != long_id
    assert window.article.title in window.reader.toPlainText()
    assert LAST_WORDS not in window.reader.toPlainText()


def test_a_long_article_is_summarized_in_a_child_process(qtbot) -> None:
    text = long_markdown(PROCESS_LIMIT * 2)
    service = SummaryService()
    request = SummaryRequest(article_id=1, cache_key="k", text=text, settings=SummarySettings())
    with qtbot.waitSignal(service.summary_ready, timeout=120_000) as ready:
        service.request(request)
    returned, summary = ready.args
    assert returned is request
    assert summary.sentences
    for sentence in summary.sentences:
        assert text[sentence.start : sentence.end] == sentence.text
    assert service.wait_for_idle()
