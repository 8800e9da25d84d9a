"""Tags: names as stored, and tagging, untagging and renaming in one transaction each."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from app.errors import LibraryError
from app.i18n import filled, tr
from app.store.connection import transaction

MAX_TAG_LENGTH = 64
_CHUNK = 500  # ids per query, well under SQLite's limit on bound parameters


def tag_name(raw: str) -> str:
    """A tag as stored: inner whitespace collapsed; empty or very long names are refused."""
    name = " ".join(raw.split())
    if not name:
        raise LibraryError(tr("Tags", "A tag needs a name."))
    if len(name) > MAX_TAG_LENGTH:
        raise LibraryError(
            filled(tr("Tags", "A tag name is at most %1 characters."), str(MAX_TAG_LENGTH))
        )
    return name


def tags_of(connection: sqlite3.Connection, ids: Sequence[int]) -> dict[int, tuple[str, ...]]:
    """The tags of some articles (at most a page of the list), sorted; untagged ones left out."""
    found: dict[int, list[str]] = {}
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        rows = connection.execute(
            "SELECT a.article_id, t.name FROM article_tags a JOIN tags t ON t.id = a.tag_id"
            f" WHERE a.article_id IN ({','.join('?' * len(chunk))})"
            " ORDER BY t.name COLLATE NOCASE",
            tuple(chunk),
        )
        for article_id, name in rows:
            found.setdefault(article_id, []).append(name)
    return {article_id: tuple(names) for article_id, names in found.items()}


def article_tags(connection: sqlite3.Connection, article_id: int) -> list[str]:
    rows = connection.execute(
        "SELECT t.name FROM tags t JOIN article_tags a ON a.tag_id = t.id"
        " WHERE a.article_id = ? ORDER BY t.name COLLATE NOCASE",
        (article_id,),
    )
    return [name for (name,) in rows]


def tag_names(connection: sqlite3.Connection) -> list[str]:
    rows = connection.execute("SELECT name FROM tags ORDER BY name COLLATE NOCASE")
    return [name for (name,) in rows]


def add_tag(connection: sqlite3.Connection, article_id: int, name: str) -> str:
    """Tag an article, creating the tag if needed; returns the tag's name as stored."""
    name = tag_name(name)
    with transaction(connection) as db:
        db.execute("INSERT OR IGNORE INTO tags (name) VALUES (?)", (name,))
        tag_id, stored = db.execute("SELECT id, name FROM tags WHERE name = ?", (name,)).fetchone()
        db.execute(
            "INSERT OR IGNORE INTO article_tags (article_id, tag_id)"
            " SELECT id, ? FROM articles WHERE id = ?",
            (tag_id, article_id),
        )
    return str(stored)


def remove_tag(connection: sqlite3.Connection, article_id: int, name: str) -> None:
    """Untag an article; a tag no article carries any more disappears."""
    with transaction(connection) as db:
        db.execute(
            "DELETE FROM article_tags WHERE article_id = ?"
            " AND tag_id = (SELECT id FROM tags WHERE name = ?)",
            (article_id, name),
        )
        db.execute(
            "DELETE FROM tags WHERE name = ? AND id NOT IN (SELECT tag_id FROM article_tags)",
            (name,),
        )


def rename_tag(connection: sqlite3.Connection, old: str, new: str) -> str:
    """Rename a tag everywhere; renaming onto an existing tag merges the two."""
    name = tag_name(new)
    with transaction(connection) as db:
        source = db.execute("SELECT id FROM tags WHERE name = ?", (old,)).fetchone()
        if source is None:
            raise LibraryError(filled(tr("Tags", "There is no tag named %1."), repr(old)))
        target = db.execute(
            "SELECT id FROM tags WHERE name = ? AND id <> ?", (name, source[0])
        ).fetchone()
        if target is None:
            db.execute("UPDATE tags SET name = ? WHERE id = ?", (name, source[0]))
            return name
        db.execute(
            "INSERT OR IGNORE INTO article_tags (article_id, tag_id)"
            " SELECT article_id, ? FROM article_tags WHERE tag_id = ?",
            (target[0], source[0]),
        )
        db.execute("DELETE FROM tags WHERE id = ?", (source[0],))
    return name
