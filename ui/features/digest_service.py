"""Digest summaries off the GUI thread: one run at a time, stale runs dropped by job id.

The pattern of ui/reading/summary_service.py, for a list: a job walks the articles in order over its
own read-only connection, and the GUI-thread slots pass on only results of the latest run.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from app.digest import cached_batches, gather_entries, read_sources, summarize_for_digest
from app.errors import LedeError
from app.settings import SummarySettings
from app.summary import Summary, SummaryError
from ui.jobs.summary_worker import call_in_worker


class _DigestSignals(QObject):
    gathered = Signal(int, object)  # job id, list of DigestEntry
    cached = Signal(int, object)  # job id, {article id: sentences}
    ready = Signal(int, int, object, object)  # job id, article id, Summary, sentences
    failed = Signal(int, int, str)  # job id, article id, message


class _DigestJob(QRunnable):
    """Summarizes the given articles in order; stops early once it is cancelled.

    With `gather` set it first gathers the entries (the unread articles when `ids` is None),
    reports them with their cached summaries, then summarizes the rest, newest first.
    """

    def __init__(
        self,
        job_id: int,
        library_path: Path,
        ids: Sequence[int] | None,
        settings: SummarySettings,
        signals: _DigestSignals,
        gather: bool = False,
    ) -> None:
        super().__init__()
        self._job_id, self._path = job_id, library_path
        self._ids = None if ids is None else list(ids)
        self._settings, self._signals, self._gather = settings, signals, gather
        self.cancelled = False

    def run(self) -> None:
        try:
            if self._gather:
                self._gather_and_summarize()
            else:
                self._summarize_all(self._ids or [])
        except Exception as error:  # an unreadable library must not take the window down
            self._signals.failed.emit(self._job_id, 0, f"the digest stopped: {error}")

    def _gather_and_summarize(self) -> None:
        """Entries first, then a page at a time: what the cache holds, then what it lacks."""
        entries = gather_entries(self._path, self._ids)
        self._signals.gathered.emit(self._job_id, entries)
        ids = [entry.article_id for entry in entries]
        for cached, missing in cached_batches(self._path, ids, self._settings):
            if self.cancelled:
                return
            if cached:
                self._signals.cached.emit(self._job_id, cached)
            self._summarize_all(missing)

    def _summarize_all(self, ids: Sequence[int]) -> None:
        for source in read_sources(self._path, ids):
            if self.cancelled:
                return
            self._summarize(source.article_id, source.text, source.language, source.title)

    def _summarize(self, article_id: int, text: str, language: str, title: str) -> None:
        try:
            summary, sentences = call_in_worker(
                summarize_for_digest, text, self._settings, language, title
            )
        except (SummaryError, LedeError) as error:
            self._signals.failed.emit(self._job_id, article_id, str(error))
            return
        self._signals.ready.emit(self._job_id, article_id, summary, sentences)


class DigestService(QObject):
    """Runs one digest at a time in a worker thread; a newer run makes older results stale."""

    entries_gathered = Signal(object)  # list of DigestEntry, newest first
    cached_found = Signal(object)  # {article id: sentences} from the summary cache
    sentences_ready = Signal(int, object, object)  # article id, Summary, sentences
    sentences_failed = Signal(int, str)  # article id, message

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = _DigestSignals(self)
        self._signals.gathered.connect(self._on_gathered)
        self._signals.cached.connect(self._on_cached)
        self._signals.ready.connect(self._on_ready)
        self._signals.failed.connect(self._on_failed)
        self._latest = 0
        self._job: _DigestJob | None = None

    def gather(
        self, library_path: Path, ids: Sequence[int] | None, settings: SummarySettings
    ) -> int:
        """Start a digest: its entries (the unread articles when `ids` is None), then, page by
        page, their cached summaries and the ones still to make."""
        self.cancel()
        self._start(_DigestJob(self._latest, library_path, ids, settings, self._signals, True))
        return self._latest

    def request(self, library_path: Path, ids: Sequence[int], settings: SummarySettings) -> int:
        """Summarize these articles in this order (the digest's entries are already known)."""
        self.cancel()
        if ids:
            self._start(_DigestJob(self._latest, library_path, ids, settings, self._signals))
        return self._latest

    def _start(self, job: _DigestJob) -> None:
        self._job = job
        self._pool.start(job)

    def cancel(self) -> None:
        self._latest += 1
        if self._job is not None:
            self._job.cancelled = True
            self._job = None

    def wait_for_idle(self, milliseconds: int = 10_000) -> bool:
        return self._pool.waitForDone(milliseconds)

    @Slot(int, object)
    def _on_gathered(self, job_id: int, entries: object) -> None:
        if job_id == self._latest:
            self.entries_gathered.emit(entries)

    @Slot(int, object)
    def _on_cached(self, job_id: int, cached: object) -> None:
        if job_id == self._latest:
            self.cached_found.emit(cached)

    @Slot(int, int, object, object)
    def _on_ready(self, job_id: int, article_id: int, summary: Summary, sentences: object) -> None:
        if job_id == self._latest:
            self.sentences_ready.emit(article_id, summary, sentences)

    @Slot(int, int, str)
    def _on_failed(self, job_id: int, article_id: int, message: str) -> None:
        if job_id == self._latest:
            self.sentences_failed.emit(article_id, message)
