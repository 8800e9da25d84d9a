"""Subscribed feeds: adding, reading, updating and removing them, and unread counts."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from app.store.connection import transaction, utc_timestamp

FEED_COLUMNS = "id, url, title, site_url, added, refreshed, etag, modified, failed, last_error"
_UPDATABLE = frozenset(
    {"title", "site_url", "refreshed", "etag", "modified", "failed", "last_error"}
)


@dataclass(frozen=True)
class Feed:
    """A subscribed RSS or Atom feed."""

    id: int
    url: str
    title: str
    site_url: str
    added: str
    refreshed: str
    etag: str
    modified: str
    failed: str = ""  # when the last refresh failed ('' when it did not)
    last_error: str = ""  # why it failed, for people

    @property
    def is_failing(self) -> bool:
        return bool(self.failed)


def add_feed(
    connection: sqlite3.Connection, url: str, title: str = "", site_url: str = ""
) -> tuple[int, bool]:
    """Subscribe to a feed; returns its id and whether it is new (a known URL is kept)."""
    with transaction(connection) as db:
        row = db.execute("SELECT id FROM feeds WHERE url = ?", (url,)).fetchone()
        if row is not None:
            return int(row[0]), False
        cursor = db.execute(
            "INSERT INTO feeds (url, title, site_url, added) VALUES (?, ?, ?, ?)",
            (url, title, site_url, utc_timestamp()),
        )
        return int(cursor.lastrowid or 0), True


def read_feeds(connection: sqlite3.Connection) -> list[Feed]:
    rows = connection.execute(f"SELECT {FEED_COLUMNS} FROM feeds ORDER BY title COLLATE NOCASE, id")
    return [Feed(*row) for row in rows]


def read_feed(connection: sqlite3.Connection, feed_id: int) -> Feed | None:
    row = connection.execute(
        f"SELECT {FEED_COLUMNS} FROM feeds WHERE id = ?", (feed_id,)
    ).fetchone()
    return Feed(*row) if row else None


def update_feed(connection: sqlite3.Connection, feed_id: int, fields: dict[str, str]) -> None:
    """Change a feed's title, site_url, refreshed, etag or modified."""
    unknown = set(fields) - _UPDATABLE
    if unknown:
        raise ValueError(f"not feed fields: {sorted(unknown)}")
    if not fields:
        return
    assignments = ", ".join(f"{name} = ?" for name in fields)
    with transaction(connection) as db:
        db.execute(f"UPDATE feeds SET {assignments} WHERE id = ?", (*fields.values(), feed_id))


def delete_feed(connection: sqlite3.Connection, feed_id: int) -> None:
    """Unsubscribe; the feed's articles stay in the library."""
    with transaction(connection) as db:
        db.execute("DELETE FROM feeds WHERE id = ?", (feed_id,))


def feed_unread_counts(connection: sqlite3.Connection) -> dict[int, int]:
    """Unread articles per feed id (feeds with none are absent)."""
    rows = connection.execute(
        "SELECT feed_id, count(*) FROM articles"
        " WHERE feed_id IS NOT NULL AND is_read = 0 GROUP BY feed_id"
    )
    return {int(feed_id): int(count) for feed_id, count in rows}
