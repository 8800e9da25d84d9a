"""Imports and downloads off the GUI thread, one at a time, each on its own library connection.

SQLite connections belong to the thread that uses them, so a job opens `Library(path)` itself;
it reports progress and its result by signals, and never touches a widget.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from app.errors import LedeError
from app.importing.fetch import Fetcher, FetchLimits
from app.library import Library

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]
NetworkTask = Callable[[Library, Fetcher, Progress, Cancelled], object]
"""Work for a job: (library, fetcher, progress, cancelled) -> a plain result value."""


class OfflineTask:
    """Work that never downloads, so its job opens no network client: building one loads the
    TLS certificates and the HTTP library, holding the GIL against the window for a while."""

    def __init__(self, work: Callable[[Library, Progress, Cancelled], object]) -> None:
        self.work = work


Task = NetworkTask | OfflineTask


class _JobSignals(QObject):
    progress = Signal(int, int, int, str)  # job id, done, total, label
    finished = Signal(int, object)  # job id, result
    failed = Signal(int, str)  # job id, one-line message


class _ImportJob(QRunnable):
    def __init__(
        self,
        job_id: int,
        library_path: Path,
        task: Task,
        signals: _JobSignals,
        limits: FetchLimits | None,
    ) -> None:
        super().__init__()
        self._job_id = job_id
        self._library_path = library_path
        self._limits = limits
        self._task = task
        self._signals = signals
        self.cancel_event = threading.Event()

    def run(self) -> None:
        try:
            with Library(self._library_path) as library:
                result = self._run_task(library)
        except LedeError as error:
            self._signals.failed.emit(self._job_id, str(error))
            return
        except Exception as error:  # a bug in one import must not take the reader down
            self._signals.failed.emit(self._job_id, f"the import failed: {error!r}")
            return
        self._signals.finished.emit(self._job_id, result)

    def _run_task(self, library: Library) -> object:
        cancelled = self.cancel_event.is_set
        if isinstance(self._task, OfflineTask):
            return self._task.work(library, self._progress, cancelled)
        with Fetcher(self._limits) as fetcher:
            return self._task(library, fetcher, self._progress, cancelled)

    def _progress(self, done: int, total: int, label: str) -> None:
        self._signals.progress.emit(self._job_id, done, total, label)


class ImportService(QObject):
    """Runs import jobs in order; each job's result or error comes back with its id."""

    progress = Signal(int, int, int, str)  # job id, done, total, label
    finished = Signal(int, object)  # job id, result
    failed = Signal(int, str)  # job id, message

    def __init__(self, library_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._library_path = library_path
        self.limits: FetchLimits | None = None  # None: the defaults of docs/importing.md
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = _JobSignals(self)
        self._signals.progress.connect(self.progress)
        self._signals.finished.connect(self._on_finished)
        self._signals.failed.connect(self._on_failed)
        self._jobs: dict[int, _ImportJob] = {}
        self._last_id = 0

    def start(self, task: Task) -> int:
        self._last_id += 1
        job = _ImportJob(self._last_id, self._library_path, task, self._signals, self.limits)
        job.setAutoDelete(False)
        self._jobs[self._last_id] = job
        self._pool.start(job)
        return self._last_id

    def cancel(self, job_id: int) -> None:
        """Ask a job to stop after the item it is on; what it already stored stays."""
        job = self._jobs.get(job_id)
        if job is not None:
            job.cancel_event.set()

    def is_busy(self) -> bool:
        return bool(self._jobs)

    def shut_down(self, milliseconds: int = 10_000) -> bool:
        for job_id in list(self._jobs):
            self.cancel(job_id)
        self._pool.clear()
        return self._pool.waitForDone(milliseconds)

    @Slot(int, object)
    def _on_finished(self, job_id: int, result: object) -> None:
        if self._jobs.pop(job_id, None) is not None:
            self.finished.emit(job_id, result)

    @Slot(int, str)
    def _on_failed(self, job_id: int, message: str) -> None:
        if self._jobs.pop(job_id, None) is not None:
            self.failed.emit(job_id, message)
