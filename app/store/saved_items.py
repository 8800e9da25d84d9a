"""Items from another read-later service: stored with their tags, reading state and save date,
many to a transaction; an item that is only an address joins the queue of pages to download."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from app.articles import ArticleDraft
from app.document import count_words, render_markdown
from app.store.article_writes import content_hash, find_duplicate
from app.store.connection import transaction, utc_timestamp
from app.store.tags import MAX_TAG_LENGTH


@dataclass(frozen=True)
class SavedState:
    """What the other service knew of an item besides its text."""

    tags: tuple[str, ...] = ()
    is_read: bool = False
    archived: bool = False
    starred: bool = False
    saved: str = ""  # ISO 8601 in UTC, as utc_timestamp() writes; '' for now


@dataclass(frozen=True)
class SavedItem:
    """One item to store: a draft (a bookmark's is its title and address) and its state."""

    draft: ArticleDraft
    state: SavedState = field(default_factory=SavedState)
    assets: Mapping[str, bytes] = field(default_factory=dict)
    queue_url: str = ""  # set when only the address is known: its page is downloaded later


def insert_saved_items(
    connection: sqlite3.Connection, items: Iterable[SavedItem]
) -> list[int | None]:
    """Store the items in one transaction; each result is the new id, or None for an item
    already in the library (by its text or its address, the batch's own included)."""
    results: list[int | None] = []
    with transaction(connection) as db:
        for item in items:
            results.append(_insert(db, item))
    return results


def _insert(db: sqlite3.Connection, item: SavedItem) -> int | None:
    draft, state = item.draft, item.state
    digest = content_hash(draft.markdown)
    if find_duplicate(db, digest, draft.url) is not None:
        return None
    body = render_markdown(draft.markdown).text
    cursor = db.execute(
        "INSERT INTO articles (title, author, source, url, published, added, language,"
        " markdown, body, word_count, content_hash, is_read, starred, archived)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (
            draft.title,
            draft.author,
            draft.source,
            draft.url,
            draft.published,
            state.saved or utc_timestamp(),
            draft.language,
            draft.markdown,
            body,
            count_words(body),
            digest,
            int(state.is_read),
            int(state.starred),
            int(state.archived),
        ),
    )
    article_id = int(cursor.lastrowid or 0)
    db.executemany(
        "INSERT INTO assets (article_id, key, data) VALUES (?, ?, ?)",
        [(article_id, key, data) for key, data in item.assets.items()],
    )
    _tag(db, article_id, state.tags)
    if item.queue_url:
        db.execute(
            "INSERT INTO fetch_queue (article_id, url, queued) VALUES (?, ?, ?)",
            (article_id, item.queue_url, utc_timestamp()),
        )
    return article_id


def _tag(db: sqlite3.Connection, article_id: int, names: Iterable[str]) -> None:
    for raw in names:
        name = " ".join(raw.split())[:MAX_TAG_LENGTH].strip()
        if not name:
            continue
        db.execute("INSERT OR IGNORE INTO tags (name) VALUES (?)", (name,))
        db.execute(
            "INSERT OR IGNORE INTO article_tags (article_id, tag_id)"
            " SELECT ?, id FROM tags WHERE name = ?",
            (article_id, name),
        )
