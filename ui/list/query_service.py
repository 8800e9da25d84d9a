"""List queries off the GUI thread: the latest query wins, an outdated one is interrupted.

Ranking a search for a word found in thousands of articles takes SQLite tens of
milliseconds or more; run on the GUI thread, every keystroke would stall typing and scrolling.
The worker reads over its own read-only connection (WAL lets it read beside the writer).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from app.queries import ListQuery, fetch_ids, open_reader
from ui.jobs.processes import LatestJobs


class _JobSignals(QObject):
    finished = Signal(int, object)  # job id, list of ids
    failed = Signal(int, str)


class _QueryJob(QRunnable):
    def __init__(self, job_id: int, query: ListQuery, service: QueryService) -> None:
        super().__init__()
        self._job_id = job_id
        self._query = query
        self._service = service

    def run(self) -> None:
        signals = self._service.job_signals
        if not self._service.is_latest(self._job_id):
            return
        try:
            ids = fetch_ids(self._service.connection(), self._query)
        except sqlite3.OperationalError as error:
            if self._service.is_latest(self._job_id):
                signals.failed.emit(self._job_id, str(error))
            return
        signals.finished.emit(self._job_id, ids)


class QueryService(QObject):
    """Runs one list query at a time and reports only the latest one's ids."""

    ids_ready = Signal(object, object)  # ListQuery, list[int]
    query_failed = Signal(object, str)  # ListQuery, message

    def __init__(self, library_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._path = library_path
        self._connection: sqlite3.Connection | None = None
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self.job_signals = _JobSignals(self)
        self.job_signals.finished.connect(self._on_finished)
        self.job_signals.failed.connect(self._on_failed)
        self._jobs: LatestJobs[ListQuery] = LatestJobs()

    def request(self, query: ListQuery) -> int:
        """Start a query; a running older one is interrupted and its result dropped."""
        job_id = self._jobs.start(query)
        self._pool.clear()
        if self._connection is not None:
            self._connection.interrupt()
        self._pool.start(_QueryJob(job_id, query, self))
        return job_id

    def is_latest(self, job_id: int) -> bool:
        return self._jobs.is_latest(job_id)

    def connection(self) -> sqlite3.Connection:
        """The worker's connection, opened on first use (only the worker thread calls this)."""
        if self._connection is None:
            self._connection = open_reader(self._path)
        return self._connection

    def cancel(self) -> None:
        self._jobs.cancel()
        self._pool.clear()

    def shut_down(self) -> None:
        self.cancel()
        if self._connection is not None:
            self._connection.interrupt()
        self._pool.waitForDone(5000)
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    @Slot(int, object)
    def _on_finished(self, job_id: int, ids: list[int]) -> None:
        query = self._jobs.finish(job_id)
        if query is not None:
            self.ids_ready.emit(query, ids)

    @Slot(int, str)
    def _on_failed(self, job_id: int, message: str) -> None:
        query = self._jobs.finish(job_id)
        if query is not None:
            self.query_failed.emit(query, message)
