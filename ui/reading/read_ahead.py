"""Reading ahead: with the summary pane open, the next article is made ready in the background.

Once an article and its summary are on screen and the reader stays on them for a moment,
the next one in the list is rendered and summarized in the summary worker, at the low priority of the TL;DR
lines (app/prepared_article.py does the work). Its summary goes into the library's cache; its
rendering is kept here for the one next open. Next then shows text and summary at once
instead of rendering on the window's thread and waiting for the summarizer.

Only while the pane is open: then the worker runs anyway, and summaries are what the reader
is reading by. A reader who only reads the text starts no process for this.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from app.document import RenderedArticle
from app.library import Article
from app.prepared_article import PreparedArticle, fingerprint, prepare_article
from app.settings import SummarySettings
from ui.jobs.runner import JobContext, JobRunner, Lane
from ui.jobs.summary_worker import call_in_worker_at_low_priority

if TYPE_CHECKING:
    from ui.reading.session import ReadingSession
    from ui.reading.summary_pane import SummaryPane
    from ui.window.main_window import MainWindow

# A reader paging through with J does not set the worker rendering every article passed.
SETTLE_MS = 400


READ_AHEAD_LANE = Lane("read ahead", low_priority=True)


class ReadAhead(QObject):
    """Prepares the article after the one on screen; hands its rendering to the next open."""

    prepared = Signal(int)  # article id, once its rendering (and summary) are ready

    def __init__(
        self,
        session: ReadingSession,
        summary_pane: SummaryPane,
        next_article_id: Callable[[], int | None],
        runner: JobRunner,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._session, self._pane, self._runner = session, summary_pane, runner
        self._next_article_id = next_article_id
        self._library = session.library
        self._settle = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self._settle.timeout.connect(self._prepare_next)
        self._working_on: int | None = None
        self._ready: PreparedArticle | None = None
        session.article_opened.connect(self._settle.start)
        session.summary_shown.connect(self._settle.start)  # also: the pane opened

    def rendered_for(self, article: Article) -> RenderedArticle | None:
        """The article's rendering if it was made ahead from the Markdown it has now."""
        ready = self._ready
        if ready is None or ready.article_id != article.id:
            return None
        self._ready = None
        return ready.rendered if ready.fingerprint == fingerprint(article.markdown) else None

    def wait_for_idle(self, milliseconds: int = 30_000) -> bool:
        return self._runner.wait_for_idle(milliseconds)

    def stop(self) -> None:
        """Prepare nothing more (the window closes; its runner drops the article in hand)."""
        self._settle.stop()

    @Slot()
    def _prepare_next(self) -> None:
        session = self._session
        if self._runner.is_shut_down or not session.summary_visible() or session.article is None:
            return
        next_id = self._next_article_id()
        if next_id is None or next_id in (self._working_on, self._ready_id()):
            return
        settings = self._pane.settings
        cached = self._library.summaries.cached(next_id, settings) is not None
        self._working_on = next_id
        arguments = (str(self._library.path), next_id, None if cached else settings)

        def work(context: JobContext) -> PreparedArticle | None:
            return call_in_worker_at_low_priority(
                prepare_article, *arguments, cancelled=context.is_cancelled
            )

        # An article passed by before its turn came is not wanted now (latest wins); a failure
        # costs nothing but the convenience: Next works as without reading ahead.
        self._runner.submit(
            READ_AHEAD_LANE,
            work,
            lambda prepared: self._on_finished(prepared, settings),
            lambda _message: self._on_finished(None, settings),
            latest_wins=True,
        )

    def _ready_id(self) -> int | None:
        return self._ready.article_id if self._ready is not None else None

    def _on_finished(self, prepared: PreparedArticle | None, settings: SummarySettings) -> None:
        self._working_on = None
        if prepared is None:  # (after the window closed the runner reports nothing)
            return
        cache = self._library.summaries
        if prepared.summary and cache.cached(prepared.article_id, settings) is None:
            cache.store(prepared.article_id, settings, prepared.summary)
        self._ready = prepared
        self.prepared.emit(prepared.article_id)


def install_read_ahead(window: MainWindow, runner: JobRunner) -> ReadAhead:
    """Read the next article ahead while the summary pane is open."""

    def next_article_id() -> int | None:
        return window.model.article_id(window.current_row + 1)

    return ReadAhead(window.session, window.summary_pane, next_article_id, runner, window)
