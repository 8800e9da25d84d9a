"""Markdown to RenderedArticle: at once for ordinary articles, as a job for long ones.

Rendering costs about 1.5 s per 1,000,000 characters of Markdown; on the GUI thread that would
freeze the window. Articles under SYNC_LIMIT characters (a few tens of milliseconds) render at
once, so opening one shows it in the same call; longer ones render in a child process (a pool
thread of the job runner waits for it) and arrive through `rendered`, the latest request
winning.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app.document import RenderedArticle, render_markdown
from app.library import Article
from ui.i18n import filled, tr
from ui.jobs.latest import LatestRequest
from ui.jobs.processes import run_in_child
from ui.jobs.runner import JobContext, JobRunner, Lane

SYNC_LIMIT = 100_000
RENDER_LANE = Lane("render")


class ArticleRenderer(QObject):
    """Renders the article being opened; only the latest request is delivered."""

    rendered = Signal(int, object)  # article id, RenderedArticle

    def __init__(self, runner: JobRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._latest: LatestRequest[int, RenderedArticle] = LatestRequest(
            runner,
            RENDER_LANE,
            self.rendered.emit,
            self._on_failed,
            failure_text=tr("ArticleRenderer", "rendering failed"),
        )

    def request(self, article: Article, prepared: RenderedArticle | None = None) -> None:
        """Render now and emit `rendered` before returning, or start a job for a long article.
        An article already rendered ahead (`prepared`) is emitted as it is."""
        self._latest.cancel()
        if prepared is not None:
            self.rendered.emit(article.id, prepared)
            return
        if len(article.markdown) < SYNC_LIMIT:
            self.rendered.emit(article.id, render_markdown(article.markdown, article.asset_keys))
            return
        markdown, assets = article.markdown, article.asset_keys

        def work(context: JobContext) -> RenderedArticle:
            # A render thread would compete with the GUI thread for the GIL for the second or
            # two that Markdown takes; a child has a GIL of its own (docs/benchmarks.md).
            return run_in_child(render_markdown, markdown, assets, cancelled=context.is_cancelled)

        self._latest.submit(article.id, work)

    def _on_failed(self, article_id: int, message: str) -> None:
        """The reader must not be left waiting forever."""
        told = filled(tr("ArticleRenderer", "The article cannot be shown: %1"), message)
        self.rendered.emit(article_id, render_markdown(told))

    def is_busy(self) -> bool:
        return self._latest.is_pending()

    def wait_for_idle(self, milliseconds: int = 10_000) -> bool:
        return self._latest.runner.wait_for_idle(milliseconds)
