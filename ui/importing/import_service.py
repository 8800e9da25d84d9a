"""Imports and downloads on the job runner, one at a time, each on its own library connection.

SQLite connections belong to the thread that uses them, so a job opens `Library(path)` itself;
it reports progress and its result by signals, and never touches a widget.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from app.importing.fetch import Fetcher, FetchLimits
from app.library import Library
from ui.jobs.runner import JobContext, JobRunner, Lane

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


IMPORT_LANE = Lane("import")


class ImportService(QObject):
    """Runs import jobs in order; each job's result or error comes back with its id."""

    progress = Signal(int, int, int, str)  # job id, done, total, label
    finished = Signal(int, object)  # job id, result
    failed = Signal(int, str)  # job id, message

    def __init__(self, library_path: Path, runner: JobRunner, parent: QObject | None = None):
        super().__init__(parent)
        self._library_path = library_path
        self._runner = runner
        self.limits: FetchLimits | None = None  # None: the defaults of docs/importing.md
        self._jobs: set[int] = set()

    def start(self, task: Task) -> int:
        path, limits, job_id = self._library_path, self.limits, 0

        def work(context: JobContext) -> object:
            def progress(done: int, total: int, label: str) -> None:
                context.progress((done, total, label))

            with Library(path) as library:
                if isinstance(task, OfflineTask):
                    return task.work(library, progress, context.is_cancelled)
                with Fetcher(limits) as fetcher:
                    return task(library, fetcher, progress, context.is_cancelled)

        def finished(result: object) -> None:
            self._jobs.discard(job_id)
            self.finished.emit(job_id, result)

        def failed(message: str) -> None:
            self._jobs.discard(job_id)
            self.failed.emit(job_id, message)

        def progressed(value: tuple[int, int, str]) -> None:
            self.progress.emit(job_id, *value)

        job_id = self._runner.submit(
            IMPORT_LANE,
            work,
            finished,
            failed,
            on_progress=progressed,
            failure_text="the import failed",
        )
        self._jobs.add(job_id)
        return job_id

    def cancel(self, job_id: int) -> None:
        """Ask a job to stop after the item it is on; what it already stored stays.

        The job goes on to its end (it reports what it did), so only its cancel flag is set."""
        self._runner.request_stop(job_id)

    def is_busy(self) -> bool:
        return bool(self._jobs)
