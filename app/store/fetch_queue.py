"""The queue of saved addresses whose pages are still to be downloaded.

An imported item that is only an address is stored at once as a bookmark (its title and
address) with a row here. Downloading its page replaces the bookmark's text and removes the
row; a failure keeps the bookmark and the row, marked with its reason, so the queue survives
a restart or a crash and says what went wrong.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass

from app.articles import ArticleDraft
from app.document import count_words, render_markdown
from app.store.article_writes import content_hash
from app.store.connection import transaction, utc_timestamp


@dataclass(frozen=True)
class QueuedPage:
    article_id: int
    url: str
    reason: str = ""  # why the last download failed; '' while waiting
    title: str = ""  # the bookmark's title, read with the failed ones (to list them)


def waiting_pages(connection: sqlite3.Connection) -> list[QueuedPage]:
    """The pages not yet tried (or tried again), oldest first."""
    rows = connection.execute(
        "SELECT article_id, url FROM fetch_queue WHERE failed = '' ORDER BY article_id"
    )
    return [QueuedPage(int(article_id), str(url)) for article_id, url in rows]


def waiting_count(connection: sqlite3.Connection) -> int:
    row = connection.execute("SELECT count(*) FROM fetch_queue WHERE failed = ''").fetchone()
    return int(row[0])


def has_failed(connection: sqlite3.Connection) -> bool:
    row = connection.execute("SELECT 1 FROM fetch_queue WHERE failed <> '' LIMIT 1").fetchone()
    return row is not None


def failed_pages(connection: sqlite3.Connection) -> list[QueuedPage]:
    rows = connection.execute(
        "SELECT q.article_id, q.url, q.reason, a.title FROM fetch_queue q"
        " JOIN articles a ON a.id = q.article_id WHERE q.failed <> '' ORDER BY q.article_id"
    )
    return [QueuedPage(int(row[0]), str(row[1]), str(row[2]), str(row[3])) for row in rows]


def mark_failed(connection: sqlite3.Connection, article_id: int, reason: str) -> None:
    with transaction(connection) as db:
        db.execute(
            "UPDATE fetch_queue SET failed = ?, reason = ? WHERE article_id = ?",
            (utc_timestamp(), reason, article_id),
        )


def retry_failed(connection: sqlite3.Connection) -> int:
    """Put every failed page back in the queue; returns how many."""
    with transaction(connection) as db:
        cursor = db.execute("UPDATE fetch_queue SET failed = '', reason = '' WHERE failed <> ''")
    return cursor.rowcount


def fill_bookmark(
    connection: sqlite3.Connection,
    article_id: int,
    page: ArticleDraft,
    assets: Mapping[str, bytes],
) -> bool:
    """Give a bookmark its downloaded page's text and images and take it off the queue.

    The saved title, reading state, tags and save date stay. Returns False, leaving the
    bookmark as it was, when another article already has the same text."""
    digest = content_hash(page.markdown)
    other = connection.execute(
        "SELECT id FROM articles WHERE content_hash = ? AND id <> ?", (digest, article_id)
    ).fetchone()
    if other is not None:
        return False
    body = render_markdown(page.markdown).text
    with transaction(connection) as db:
        db.execute(
            "UPDATE articles SET markdown = ?, body = ?, word_count = ?, content_hash = ?,"
            " author = ?, source = ?, published = ?, language = ?,"
            " title = CASE WHEN title = '' OR title = url THEN ? ELSE title END"
            " WHERE id = ?",
            (
                page.markdown,
                body,
                count_words(body),
                digest,
                page.author,
                page.source,
                page.published,
                page.language,
                page.title,
                article_id,
            ),
        )
        db.execute("DELETE FROM assets WHERE article_id = ?", (article_id,))
        db.executemany(
            "INSERT INTO assets (article_id, key, data) VALUES (?, ?, ?)",
            [(article_id, key, data) for key, data in assets.items()],
        )
        db.execute("DELETE FROM summaries WHERE article_id = ?", (article_id,))
        db.execute("DELETE FROM fetch_queue WHERE article_id = ?", (article_id,))
    return True
