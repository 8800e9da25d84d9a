"""Markdown to RenderedArticle: at once for ordinary articles, in a worker for long ones.

Rendering costs about 1.5 s per 1,000,000 characters of Markdown; on the GUI thread that would
freeze the window. Articles under SYNC_LIMIT characters (a few tens of milliseconds) render at
once, so opening one shows it in the same call; longer ones render in a child process (a pool
thread waits for it) and arrive through `rendered`, the latest request winning.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from app.document import RenderedArticle, render_markdown
from app.library import Article
from ui.jobs.processes import LatestJobs, run_in_child

SYNC_LIMIT = 100_000


class _JobSignals(QObject):
    finished = Signal(int, object)  # job id, RenderedArticle


class _RenderJob(QRunnable):
    def __init__(self, job_id: int, markdown: str, assets: frozenset[str], signals: _JobSignals):
        super().__init__()
        self._job_id = job_id
        self._markdown = markdown
        self._assets = assets
        self._signals = signals

    def run(self) -> None:
        try:
            rendered = _render_in_child(self._markdown, self._assets)
        except Exception as error:  # a rendering bug must not leave the reader waiting forever
            rendered = render_markdown(f"The article cannot be shown: {error!r}")
        self._signals.finished.emit(self._job_id, rendered)


def _render_in_child(markdown: str, assets: frozenset[str]) -> RenderedArticle:
    """A render thread competes with the GUI thread for the GIL for the whole second or two that
    Markdown takes; a child process has a GIL of its own (docs/benchmarks.md, Responsiveness)."""
    return run_in_child(render_markdown, markdown, assets)


class ArticleRenderer(QObject):
    """Renders the article being opened; only the latest request is delivered."""

    rendered = Signal(int, object)  # article id, RenderedArticle

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = _JobSignals(self)
        self._signals.finished.connect(self._on_finished)
        self._jobs: LatestJobs[int] = LatestJobs()  # job id -> article id

    def request(self, article: Article, prepared: RenderedArticle | None = None) -> None:
        """Render now and emit `rendered` before returning, or start a job for a long article.
        An article already rendered ahead (`prepared`) is emitted as it is."""
        job_id = self._jobs.start(article.id)
        self._pool.clear()
        if prepared is not None:
            self._on_finished(job_id, prepared)
            return
        if len(article.markdown) < SYNC_LIMIT:
            self._on_finished(job_id, render_markdown(article.markdown, article.asset_keys))
            return
        self._pool.start(_RenderJob(job_id, article.markdown, article.asset_keys, self._signals))

    def is_busy(self) -> bool:
        return self._jobs.is_pending()

    def wait_for_idle(self, milliseconds: int = 10_000) -> bool:
        return self._pool.waitForDone(milliseconds)

    @Slot(int, object)
    def _on_finished(self, job_id: int, rendered: RenderedArticle) -> None:
        article_id = self._jobs.finish(job_id)
        if article_id is not None:
            self.rendered.emit(article_id, rendered)
