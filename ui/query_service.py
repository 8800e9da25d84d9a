"""List queries off the GUI thread: the latest query wins, an outdated one is interrupted.

Ranking a search for a word found in thousands of articles takes SQLite tens of
milliseconds or more; run on the GUI thread, every keystroke would stall typing and scrolling.
The worker reads over its own read-only connection (WAL lets it read beside the writer).
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from app.queries import ListQuery, fetch_ids, open_reader


class _JobSignals(QObject):
    finished = Signal(int, object, object)  # job id, ListQuery, list of ids
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
        signals.finished.emit(self._job_id, self._query, ids)


class QueryService(QObject):
    """Runs one list query at a time and reports only the latest one's ids."""

    ids_ready = Signal(object, object)  # ListQuery, list[int]
    query_failed = Signal(object, str)  # ListQuery, message

    def __init__(self, library_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._path = library_path
        self._connection: sqlite3.Connection | None = None
        self._lock = threading.Lock()
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self.job_signals = _JobSignals(self)
        self.job_signals.finished.connect(self._on_finished)
        self.job_signals.failed.connect(self._on_failed)
        self._latest = 0
        self._queries: dict[int, ListQuery] = {}

    def request(self, query: ListQuery) -> int:
        """Start a query; a running older one is interrupted and its result dropped."""
        with self._lock:
            self._latest += 1
            job_id = self._latest
        self._queries = {job_id: query}
        self._pool.clear()
        if self._connection is not None:
            self._connection.interrupt()
        self._pool.start(_QueryJob(job_id, query, self))
        return job_id

    def is_latest(self, job_id: int) -> bool:
        with self._lock:
            return job_id == self._latest

    def connection(self) -> sqlite3.Connection:
        """The worker's connection, opened on first use (only the worker thread calls this)."""
        if self._connection is None:
            self._connection = open_reader(self._path)
        return self._connection

    def cancel(self) -> None:
        with self._lock:
            self._latest += 1
        self._queries.clear()
        self._pool.clear()

    def shut_down(self) -> None:
        self.cancel()
        if self._connection is not None:
            self._connection.interrupt()
        self._pool.waitForDone(5000)
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    @Slot(int, object, object)
    def _on_finished(self, job_id: int, query: ListQuery, ids: list[int]) -> None:
        if self._queries.pop(job_id, None) is not None and self.is_latest(job_id):
            self.ids_ready.emit(query, ids)

    @Slot(int, str)
    def _on_failed(self, job_id: int, message: str) -> None:
        query = self._queries.pop(job_id, None)
        if query is not None and self.is_latest(job_id):
            self.query_failed.emit(query, message)
