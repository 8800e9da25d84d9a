"""TL;DR lines in the background: visible rows first, then unread articles, one at a time.

Summarizing is pure Python: in a thread it would hold the GIL and stall the GUI thread's
painting (we measured 150 ms stalls while scrolling). So the work runs in the summary worker
process (ui/jobs/summary_worker.py), on a low-priority thread there that reads article text over
its own read-only connection; a pool thread here only waits for it, with the GIL released. The GUI thread stores the finished line (one small
write) and repaints a row. A new list or a scroll replaces the queue; work already queued
for the old list is dropped (a line being computed is still kept: it is valid).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable

from PySide6.QtCore import QObject, QRunnable, QThread, QThreadPool, Signal, Slot

from app.library import Library
from app.tldr import TLDR_KEY, tldr_for_article
from ui.jobs.summary_worker import call_in_worker_at_low_priority


class _JobSignals(QObject):
    finished = Signal(int, str)  # article id, line ("" when the article is gone)


class _TldrJob(QRunnable):
    def __init__(self, article_id: int, service: TldrService) -> None:
        super().__init__()
        self._article_id = article_id
        self._service = service

    def run(self) -> None:
        try:
            line = (
                call_in_worker_at_low_priority(
                    tldr_for_article, self._service.library_path, self._article_id
                )
                or ""
            )
        except Exception:  # a failing summarizer must not stop the queue; no line is shown
            line = ""
        self._service.job_signals.finished.emit(self._article_id, line)


class TldrService(QObject):
    """Computes missing TL;DR lines for a queue of article ids, caching each in the library."""

    tldr_ready = Signal(int, str)  # article id, line
    idle = Signal()

    def __init__(self, library: Library, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self.library_path = str(library.path)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._pool.setThreadPriority(QThread.Priority.LowestPriority)
        self.job_signals = _JobSignals(self)
        self.job_signals.finished.connect(self._on_finished)
        self._queue: deque[int] = deque()
        self._running: int | None = None
        self._shut_down = False

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
        cached = self._library.cached_summaries(wanted, TLDR_KEY) if wanted else {}
        self._queue = deque(
            article_id
            for article_id in wanted
            if article_id not in cached and article_id != self._running
        )
        self._start_next()

    def cancel(self) -> None:
        """Drop every queued id; a line being computed is stored when it arrives."""
        self._queue.clear()

    def shut_down(self) -> None:
        """Drop the queue and wait for the line in hand (the worker itself stays for others).

        The library may close right after: a line still on its way to this thread is dropped
        (it is made again next time), not written to a closed library."""
        self._shut_down = True
        self.cancel()
        self._pool.waitForDone(30_000)

    def _start_next(self) -> None:
        if self._running is not None:
            return
        if not self._queue:
            self.idle.emit()
            return
        self._running = self._queue.popleft()
        self._pool.start(_TldrJob(self._running, self))

    @Slot(int, str)
    def _on_finished(self, article_id: int, line: str) -> None:
        self._running = None
        if self._shut_down:
            return
        if line:
            self._library.store_summary(article_id, TLDR_KEY, line)
            self.tldr_ready.emit(article_id, line)
        self._start_next()
