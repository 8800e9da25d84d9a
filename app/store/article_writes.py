"""Writing articles: adding one with its images, deleting, and its reading state.

Each function is one transaction on the library's write connection.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Mapping

from app.articles import ArticleDraft
from app.document import count_words, render_markdown
from app.store.connection import transaction, utc_timestamp

_FLAGS = frozenset({"is_read", "starred", "archived"})


def content_hash(markdown: str) -> str:
    normalised = " ".join(markdown.split()).casefold()
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()


def find_duplicate(connection: sqlite3.Connection, digest: str, url: str = "") -> int | None:
    """The article with the same text or the same address. Two lookups, one per index: SQLite
    answers `content_hash = ? OR url = ?` by reading the whole table, and uses the partial
    address index only when the query repeats its `url <> ''`."""
    row = connection.execute("SELECT id FROM articles WHERE content_hash = ?", (digest,)).fetchone()
    if row is None and url:
        row = connection.execute(
            "SELECT id FROM articles WHERE url = ? AND url <> ''", (url,)
        ).fetchone()
    return int(row[0]) if row else None


def insert_article(
    connection: sqlite3.Connection,
    draft: ArticleDraft,
    assets: Mapping[str, bytes] | None = None,
    feed_id: int | None = None,
) -> int | None:
    """Store a draft with its images; returns the new id, or None when it is already stored."""
    digest = content_hash(draft.markdown)
    if find_duplicate(connection, digest, draft.url) is not None:
        return None
    body = render_markdown(draft.markdown).text
    with transaction(connection) as db:
        cursor = db.execute(
            "INSERT INTO articles (title, author, source, url, published, added, language,"
            " markdown, body, word_count, content_hash, feed_id)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                draft.title,
                draft.author,
                draft.source,
                draft.url,
                draft.published,
                utc_timestamp(),
                draft.language,
                draft.markdown,
                body,
                count_words(body),
                digest,
                feed_id,
            ),
        )
        article_id = int(cursor.lastrowid or 0)
        db.executemany(
            "INSERT INTO assets (article_id, key, data) VALUES (?, ?, ?)",
            [(article_id, key, data) for key, data in (assets or {}).items()],
        )
    return article_id


def add_or_find(
    connection: sqlite3.Connection,
    draft: ArticleDraft,
    assets: Mapping[str, bytes] | None = None,
    feed_id: int | None = None,
) -> tuple[int, bool]:
    """Add the draft; returns (id, True) when new, or (id of the stored copy, False): for an
    import, a duplicate is a result, not an error."""
    try:
        added = insert_article(connection, draft, assets, feed_id)
    except sqlite3.IntegrityError:
        # another connection stored the same text or URL between the check and the insert
        added = None
    if added is not None:
        return added, True
    existing = find_duplicate(connection, content_hash(draft.markdown), draft.url)
    return existing or 0, False


def delete_article(connection: sqlite3.Connection, article_id: int) -> None:
    with transaction(connection) as db:
        db.execute("DELETE FROM articles WHERE id = ?", (article_id,))


def set_flag(connection: sqlite3.Connection, article_id: int, flag: str, value: bool) -> None:
    """Set is_read, starred or archived."""
    if flag not in _FLAGS:
        raise ValueError(f"not an article flag: {flag!r}")
    with transaction(connection) as db:
        db.execute(f"UPDATE articles SET {flag} = ? WHERE id = ?", (int(value), article_id))


def set_position(connection: sqlite3.Connection, article_id: int, fraction: float) -> None:
    """Remember how far the article has been read, as a fraction of its length."""
    with transaction(connection) as db:
        db.execute(
            "UPDATE articles SET position = ? WHERE id = ?",
            (min(max(float(fraction), 0.0), 1.0), article_id),
        )
