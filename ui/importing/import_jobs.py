"""Imports and downloads as jobs of the window's runner, one at a time, with a progress dialog.

SQLite connections belong to the thread that uses them, so a job opens `Library(path)` itself;
it reports progress and its typed result to callbacks on the GUI thread, and never touches a
widget. A cancelled import stops after the item it is on and still reports what it did.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Generic, TypeVar

from PySide6.QtCore import QLocale, QObject, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.importing.fetch import Fetcher, FetchLimits
from app.library import Library
from ui.i18n import filled, tr
from ui.jobs.runner import JobContext, JobRunner, Lane

Result = TypeVar("Result")
Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]
NetworkTask = Callable[[Library, Fetcher, Progress, Cancelled], Result]
"""Work for a job: (library, fetcher, progress, cancelled) -> a plain result value."""
IMPORT_LANE = Lane("import")
PROGRESS_SHOWS_AFTER_MS = 400


class OfflineTask(Generic[Result]):
    """Work that never downloads, so its job opens no network client: building one loads the
    TLS certificates and the HTTP library, holding the GIL against the window for a while."""

    def __init__(self, work: Callable[[Library, Progress, Cancelled], Result]) -> None:
        self.work = work


Task = NetworkTask[Result] | OfflineTask[Result]


class ImportJobs(QObject):
    """Starts import jobs, shows their progress, and hands each result to its callback."""

    def __init__(self, library_path: Path, runner: JobRunner, parent: QWidget) -> None:
        super().__init__(parent)
        self._library_path = library_path
        self._runner = runner
        self._parent = parent
        self.limits: FetchLimits | None = None  # None: the defaults of docs/importing.md
        self._running: set[int] = set()

    def start(
        self,
        task: Task[Result],
        on_done: Callable[[Result], None],
        on_failed: Callable[[str], None],
        progress_label: str = "",
    ) -> int:
        """Queue `task`; with a `progress_label`, a progress dialog shows it (and can stop it)."""
        dialog = self._progress_dialog(progress_label) if progress_label else None
        job_id = 0

        def ended(then: Callable[[], None]) -> None:
            self._running.discard(job_id)
            if dialog is not None:
                dialog.close()
                dialog.deleteLater()
            then()

        job_id = self._runner.submit(
            IMPORT_LANE,
            self._work(task),
            lambda result: ended(lambda: on_done(result)),
            lambda message: ended(lambda: on_failed(message)),
            on_progress=lambda value: _show_progress(dialog, value),
            failure_text=tr("ImportJobs", "the import failed"),
        )
        self._running.add(job_id)
        if dialog is not None:
            dialog.canceled.connect(lambda: self._stop(job_id, dialog))
        return job_id

    def is_busy(self) -> bool:
        return bool(self._running)

    def _work(self, task: Task[Result]) -> Callable[[JobContext], Result]:
        path, limits = self._library_path, self.limits

        def work(context: JobContext) -> Result:
            def progress(done: int, total: int, label: str) -> None:
                context.progress((done, total, label))

            with Library(path) as library:
                if isinstance(task, OfflineTask):
                    return task.work(library, progress, context.is_cancelled)
                with Fetcher(limits) as fetcher:
                    return task(library, fetcher, progress, context.is_cancelled)

        return work

    def _progress_dialog(self, label: str) -> QProgressDialog:
        dialog = QProgressDialog(label, tr("ImportJobs", "Cancel"), 0, 0, self._parent)
        dialog.setObjectName("import-progress")
        dialog.setWindowTitle("Lede")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(PROGRESS_SHOWS_AFTER_MS)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        return dialog

    def _stop(self, job_id: int, dialog: QProgressDialog) -> None:
        """Ask the job to stop after the item it is on; what it already stored stays."""
        self._runner.request_stop(job_id)
        dialog.setLabelText(tr("ImportJobs", "Stopping after the current item…"))


def _show_progress(dialog: QProgressDialog | None, value: tuple[int, int, str]) -> None:
    if dialog is None or dialog.wasCanceled():
        return
    done, total, label = value
    dialog.setMaximum(total)
    dialog.setValue(done)
    dialog.setLabelText(
        filled(
            tr("ImportJobs", "%1 of %2: %3"),
            QLocale().toString(done + 1),
            QLocale().toString(total),
            label,
        )
    )
