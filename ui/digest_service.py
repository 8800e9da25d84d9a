"""Digest summaries off the GUI thread: one run at a time, stale runs dropped by job id.

The pattern of ui/summary_service.py, for a list: a job walks the articles in order over its
own read-only connection, and the GUI-thread slots pass on only results of the latest run.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from app.digest import read_sources, summarize_for_digest
from app.errors import LedeError
from app.settings import SummarySettings
from app.summary import Summary, SummaryError


class _DigestSignals(QObject):
    ready = Signal(int, int, object, object)  # job id, article id, Summary, sentences
    failed = Signal(int, int, str)  # job id, article id, message


class _DigestJob(QRunnable):
    """Summarizes the given articles in order; stops early once it is cancelled."""

    def __init__(
        self,
        job_id: int,
        library_path: Path,
        ids: Sequence[int],
        settings: SummarySettings,
        signals: _DigestSignals,
    ) -> None:
        super().__init__()
        self._job_id, self._path, self._ids = job_id, library_path, list(ids)
        self._settings, self._signals = settings, signals
        self.cancelled = False

    def run(self) -> None:
        try:
            for source in read_sources(self._path, self._ids):
                if self.cancelled:
                    return
                self._summarize(source.article_id, source.text, source.language, source.title)
        except Exception as error:  # an unreadable library must not take the window down
            self._signals.failed.emit(self._job_id, 0, f"the digest stopped: {error}")

    def _summarize(self, article_id: int, text: str, language: str, title: str) -> None:
        try:
            summary, sentences = summarize_for_digest(text, self._settings, language, title)
        except (SummaryError, LedeError) as error:
            self._signals.failed.emit(self._job_id, article_id, str(error))
            return
        self._signals.ready.emit(self._job_id, article_id, summary, sentences)


class DigestService(QObject):
    """Runs one digest at a time in a worker thread; a newer run makes older results stale."""

    sentences_ready = Signal(int, object, object)  # article id, Summary, sentences
    sentences_failed = Signal(int, str)  # article id, message

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = _DigestSignals(self)
        self._signals.ready.connect(self._on_ready)
        self._signals.failed.connect(self._on_failed)
        self._latest = 0
        self._job: _DigestJob | None = None

    def request(self, library_path: Path, ids: Sequence[int], settings: SummarySettings) -> int:
        self.cancel()
        if ids:
            self._job = _DigestJob(self._latest, library_path, ids, settings, self._signals)
            self._pool.start(self._job)
        return self._latest

    def cancel(self) -> None:
        self._latest += 1
        if self._job is not None:
            self._job.cancelled = True
            self._job = None

    def wait_for_idle(self, milliseconds: int = 10_000) -> bool:
        return self._pool.waitForDone(milliseconds)

    @Slot(int, int, object, object)
    def _on_ready(self, job_id: int, article_id: int, summary: Summary, sentences: object) -> None:
        if job_id == self._latest:
            self.sentences_ready.emit(article_id, summary, sentences)

    @Slot(int, int, str)
    def _on_failed(self, job_id: int, article_id: int, message: str) -> None:
        if job_id == self._latest:
            self.sentences_failed.emit(article_id, message)
