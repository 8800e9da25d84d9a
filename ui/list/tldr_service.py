"""TL;DR lines in the background: visible rows first, then unread articles, one at a time.

Summarizing is pure Python: in a thread it would hold the GIL and stall the GUI thread's
painting (we measured 150 ms stalls while scrolling). So the work runs in the summary worker
process (ui/jobs/summary_worker.py), on a low-priority thread there that reads article text over
its own read-only connection; a job of the runner only waits for it, with the GIL released.
The GUI thread stores the finished line (one small
write) and repaints a row. A new list or a scroll replaces the queue; work already queued
for the old list is dropped (a line being computed is still kept: it is valid).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable

from PySide6.QtCore import QObject, Signal

from app.library import Library
from app.tldr import tldr_for_article
from ui.jobs.runner import JobContext, JobRunner, Lane
from ui.jobs.summary_worker import call_in_worker_at_low_priority

TLDR_LANE = Lane("tldr", low_priority=True)


class TldrService(QObject):
    """Computes missing TL;DR lines for a queue of article ids, caching each in the library."""

    tldr_ready = Signal(int, str)  # article id, line
    idle = Signal()

    def __init__(self, library: Library, runner: JobRunner, parent: QObject | None = None):
        super().__init__(parent)
        self._library = library
        self._runner = runner
        self._queue: deque[int] = deque()
        self._running: int | None = None

    @property
    def pending(self) -> list[int]:
        """Article ids waiting for their line, in the order they will be computed."""
        return list(self._queue)

    @property
    def queued(self) -> list[int]:
        """The article being summarized now, if any, then the pending ones."""
        running = [] if self._running is None else [self._running]
        return running + list(self._queue)

    @property
    def busy(self) -> bool:
        return self._running is not None or bool(self._queue)

    def request(self, article_ids: Iterable[int]) -> None:
        """Replace the queue with these ids (those without a cached line), in this order."""
        wanted = list(dict.fromkeys(article_ids))
        cached = self._library.summaries.lines(wanted)
        self._queue = deque(
            article_id
            for article_id in wanted
            if article_id not in cached and article_id != self._running
        )
        self._start_next()

    def cancel(self) -> None:
        """Drop every queued id; a line being computed is stored when it arrives."""
        self._queue.clear()

    def _start_next(self) -> None:
        if self._running is not None:
            return
        if not self._queue:
            self.idle.emit()
            return
        article_id = self._running = self._queue.popleft()
        path = str(self._library.path)

        def work(context: JobContext) -> str:
            line = call_in_worker_at_low_priority(
                tldr_for_article, path, article_id, cancelled=context.is_cancelled
            )
            return line or ""

        # A failing summarizer must not stop the queue: the article gets no line.
        self._runner.submit(
            TLDR_LANE,
            work,
            lambda line: self._on_finished(article_id, line),
            lambda _message: self._on_finished(article_id, ""),
        )

    def _on_finished(self, article_id: int, line: str) -> None:
        """On the GUI thread, never after the runner shut down (the library may be closed)."""
        self._running = None
        if line:
            self._library.summaries.store_line(article_id, line)
            self.tldr_ready.emit(article_id, line)
        self._start_next()
