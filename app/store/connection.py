"""Connections to a library file: the one that writes (opened and migrated), read-only ones
for work off the GUI thread, and moving a file that cannot be used out of the way."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from app.errors import (
    LibraryError,
    LibraryWriteError,
    NewerLibraryError,
    full_stop,
    os_problem,
    os_reason,
)
from app.i18n import filled, marked, tr
from app.store.schema import SCHEMA_VERSION, migrate, schema_version

# SQLite's companions travel with the main file so the moved copy still opens whole.
_COMPANIONS = ("", "-wal", "-shm", "-journal")
# SQLite's primary result codes for storage that refuses a write, and what to tell people.
_STORAGE_PROBLEMS = {
    13: marked("Library", "the disk is full"),  # SQLITE_FULL, also PRAGMA max_page_count reached
    8: marked("Library", "the library is read-only (its file or folder cannot be written)"),
    10: marked("Library", "the disk reported an error while writing"),  # SQLITE_IOERR
    14: marked("Library", "its file or folder cannot be opened for writing"),  # SQLITE_CANTOPEN
}


def connect(path: Path) -> tuple[sqlite3.Connection, bool]:
    """Open and migrate the file; also says whether it was new (schema version 0).

    The version is checked before anything is written: a file this Lede cannot use is left
    byte for byte as it was.
    """
    connection: sqlite3.Connection | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        connection = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        version = schema_version(connection)
        _check_usable(connection, path, version)
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("PRAGMA foreign_keys = ON")
        connection.execute("PRAGMA synchronous = NORMAL")
        migrate(connection)
        created = version == 0
    except (sqlite3.DatabaseError, LibraryError, OSError) as error:
        if connection is not None:
            connection.close()
        if isinstance(error, LibraryError):
            raise
        problem = storage_problem(error)
        if problem:  # the file may be fine: say what stops it, and never call it broken
            raise LibraryWriteError(
                filled(tr("Library", "Cannot open %1: %2."), str(path), problem)
            ) from error
        if isinstance(error, sqlite3.DatabaseError):
            unreadable = tr("Library", "%1 is not a readable Lede library: %2")
            raise LibraryError(full_stop(filled(unreadable, str(path), str(error)))) from error
        reason = os_reason(error)
        cannot_open = tr("Library", "Cannot open %1: %2")
        raise LibraryError(full_stop(filled(cannot_open, str(path), reason))) from error
    return connection, created


def _check_usable(connection: sqlite3.Connection, path: Path, version: int) -> None:
    if version > SCHEMA_VERSION:
        newer = tr("Library", "%1 was written by a newer Lede (schema %2, this one knows %3).")
        raise NewerLibraryError(filled(newer, str(path), str(version), str(SCHEMA_VERSION)))
    if version == 0 and connection.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
        other = tr("Library", "%1 is an SQLite file of another program, not a Lede library.")
        raise LibraryError(filled(other, str(path)))


@contextmanager
def transaction(connection: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One write: committed whole when the block ends, rolled back whole if it raises. A disk
    that is full or read-only raises LibraryWriteError, with one line for people."""
    try:
        with connection:
            connection.execute("BEGIN IMMEDIATE")
            yield connection
    except sqlite3.OperationalError as error:
        problem = storage_problem(error)
        if not problem:
            raise
        refused = tr(
            "Library", "Cannot write to the library: %1. Nothing of this change was saved."
        )
        raise LibraryWriteError(filled(refused, problem)) from error


def storage_problem(error: BaseException) -> str:
    """What stops a write, in words, when `error` says the storage refused it; else ''."""
    if isinstance(error, sqlite3.Error):
        code = getattr(error, "sqlite_errorcode", None)
        problem = _STORAGE_PROBLEMS.get(code & 0xFF) if isinstance(code, int) else None
        return tr("Library", problem) if problem else ""
    return os_problem(error) if isinstance(error, OSError) else ""


def open_reader(path: Path) -> sqlite3.Connection:
    """A read-only connection to a library file, for queries run off the GUI thread."""
    connection = sqlite3.connect(
        f"{path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False
    )
    connection.execute("PRAGMA query_only = ON")
    return connection


_shared_readers: dict[str, sqlite3.Connection] = {}


def shared_reader(library_path: str) -> sqlite3.Connection:
    """This process's read-only connection to a library, opened on first use: for the work a
    worker process does for the window, one call at a time."""
    connection = _shared_readers.get(library_path)
    if connection is None:
        connection = _shared_readers[library_path] = open_reader(Path(library_path))
    return connection


def utc_timestamp() -> str:
    """Now in UTC as ISO 8601, the form every date the library records takes."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")


def move_aside(path: Path, reason: str = "broken") -> Path:
    """Rename a library file (and its -wal and -shm) out of the way; never deletes or overwrites.

    Returns the new path of the main file, NAME.REASON-YYYYmmdd-HHMMSS, with a counter added
    when that name is taken.
    """
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.{reason}-{stamp}")
    counter = 1
    while any(Path(f"{target}{suffix}").exists() for suffix in _COMPANIONS):
        counter += 1
        target = path.with_name(f"{path.name}.{reason}-{stamp}-{counter}")
    try:
        for suffix in _COMPANIONS:
            if Path(f"{path}{suffix}").exists():
                Path(f"{path}{suffix}").rename(f"{target}{suffix}")
    except OSError as error:
        reason = os_reason(error)
        cannot_move = tr("Library", "Cannot move %1 aside: %2")
        raise LibraryError(full_stop(filled(cannot_move, str(path), reason))) from error
    return target
