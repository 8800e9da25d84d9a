"""Summaries off the GUI thread: the latest request wins, stale results are dropped."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from app.errors import LedeError
from app.settings import SummarySettings
from app.summary import Summary, SummaryError
from ui.jobs.processes import LatestJobs
from ui.jobs.summary_worker import summarize_in_worker


@dataclass(frozen=True)
class SummaryRequest:
    """Everything a job needs, as plain values: the worker never touches the library or a widget."""

    article_id: int
    cache_key: str
    text: str
    settings: SummarySettings
    language: str = ""
    title: str = ""


class _JobSignals(QObject):
    finished = Signal(int, object)  # job id, Summary
    failed = Signal(int, str)  # job id, message


class _SummaryJob(QRunnable):
    def __init__(self, job_id: int, request: SummaryRequest, signals: _JobSignals) -> None:
        super().__init__()
        self._job_id = job_id
        self._request = request
        self._signals = signals

    def run(self) -> None:
        request = self._request
        try:
            summary = summarize_in_worker(
                request.text, request.settings, request.language, request.title
            )
        except (SummaryError, LedeError) as error:
            self._signals.failed.emit(self._job_id, str(error))
            return
        except Exception as error:  # a bug in a summarizer must not take the reader down
            self._signals.failed.emit(self._job_id, f"the summarizer failed: {error!r}")
            return
        self._signals.finished.emit(self._job_id, summary)


class SummaryService(QObject):
    """Runs one summary at a time in the summary worker process (a pool thread waits for it)
    and reports only the latest request."""

    summary_ready = Signal(object, object)  # SummaryRequest, Summary
    summary_failed = Signal(object, str)  # SummaryRequest, message

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = _JobSignals(self)
        self._signals.finished.connect(self._on_finished)
        self._signals.failed.connect(self._on_failed)
        self._jobs: LatestJobs[SummaryRequest] = LatestJobs()

    def request(self, request: SummaryRequest) -> int:
        """Queue a summary; any earlier request still waiting or running becomes stale."""
        job_id = self._jobs.start(request)
        self._pool.clear()
        self._pool.start(_SummaryJob(job_id, request, self._signals))
        return job_id

    def cancel(self) -> None:
        self._jobs.cancel()
        self._pool.clear()

    def wait_for_idle(self, milliseconds: int = 5000) -> bool:
        return self._pool.waitForDone(milliseconds)

    @Slot(int, object)
    def _on_finished(self, job_id: int, summary: Summary) -> None:
        request = self._jobs.finish(job_id)
        if request is not None:
            self.summary_ready.emit(request, summary)

    @Slot(int, str)
    def _on_failed(self, job_id: int, message: str) -> None:
        request = self._jobs.finish(job_id)
        if request is not None:
            self.summary_failed.emit(request, message)
