"""List queries on the job runner: the latest query wins, an outdated one is interrupted.

Ranking a search for a word found in thousands of articles takes SQLite tens of
milliseconds or more; run on the GUI thread, every keystroke would stall typing and scrolling.
The jobs read over one read-only connection of their own (WAL lets it read beside the writer);
the query lane runs one job at a time, so only one thread uses it at once.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from app.queries import ListQuery
from app.store.connection import open_reader
from app.store.list_sql import fetch_ids
from ui.i18n import tr
from ui.jobs.latest import LatestRequest
from ui.jobs.runner import JobContext, JobRunner, Lane

QUERY_LANE = Lane("query")


class QueryService(QObject):
    """Runs one list query at a time and reports only the latest one's ids."""

    ids_ready = Signal(object, object)  # ListQuery, list[int]
    query_failed = Signal(object, str)  # ListQuery, message

    def __init__(self, library_path: Path, runner: JobRunner, parent: QObject | None = None):
        super().__init__(parent)
        self._path = library_path
        self._runner = runner
        self._connection: sqlite3.Connection | None = None
        self._latest: LatestRequest[ListQuery, list[int]] = LatestRequest(
            runner,
            QUERY_LANE,
            self.ids_ready.emit,
            self.query_failed.emit,
            failure_text=tr("QueryService", "the query failed"),
            expected=(sqlite3.OperationalError,),
        )

    def request(self, query: ListQuery) -> int:
        """Start a query; a running older one is interrupted and its result dropped."""
        self._interrupt()

        def work(context: JobContext) -> list[int]:
            context.check()
            return fetch_ids(self._reader(), query)

        return self._latest.submit(query, work)

    def _reader(self) -> sqlite3.Connection:
        """The jobs' connection, opened on first use (only query jobs call this)."""
        if self._connection is None:
            self._connection = open_reader(self._path)
        return self._connection

    def _interrupt(self) -> None:
        if self._connection is not None:
            self._connection.interrupt()

    def cancel(self) -> None:
        self._latest.cancel()
        self._interrupt()

    def close(self) -> None:
        """After the runner has shut down: no job uses the connection any more."""
        if self._connection is not None:
            self._connection.close()
            self._connection = None
