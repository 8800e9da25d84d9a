"""Highlights and article notes: every statement that reads or writes them, one transaction a write."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import Any

from app.highlights.anchoring import TextAnchor
from app.highlights.model import Highlight, LibraryHighlight, checked_colour
from app.store.connection import transaction, utc_timestamp
from app.store.tags import tags_of

_COLUMNS = "id, article_id, exact, prefix, suffix, start, end, colour, note, created, updated"


def _highlight(row: tuple[Any, ...]) -> Highlight:
    anchor = TextAnchor(row[2], row[3], row[4], row[5], row[6])
    return Highlight(row[0], row[1], anchor, row[7], row[8], row[9], row[10])


def add_highlight(
    connection: sqlite3.Connection, article_id: int, anchor: TextAnchor, colour: str, note: str = ""
) -> int | None:
    """Store a highlight; its id, or None when the article is not in the library."""
    colour = checked_colour(colour)
    now = utc_timestamp()
    with transaction(connection) as db:
        cursor = db.execute(
            "INSERT INTO highlights (article_id, exact, prefix, suffix, start, end, colour,"
            " note, created, updated) SELECT id, ?, ?, ?, ?, ?, ?, ?, ?, ? FROM articles"
            " WHERE id = ?",
            (*_anchor_values(anchor), colour, note, now, now, article_id),
        )
        return cursor.lastrowid if cursor.rowcount else None


def _anchor_values(anchor: TextAnchor) -> tuple[str, str, str, int, int]:
    return anchor.exact, anchor.prefix, anchor.suffix, anchor.start, anchor.end


def restore_highlight(connection: sqlite3.Connection, highlight: Highlight) -> bool:
    """Put a removed highlight back as it was, with its id (undo); False if its article is gone."""
    with transaction(connection) as db:
        cursor = db.execute(
            f"INSERT OR IGNORE INTO highlights ({_COLUMNS}) SELECT ?, id, ?, ?, ?, ?, ?, ?, ?,"
            " ?, ? FROM articles WHERE id = ?",
            (
                highlight.id,
                *_anchor_values(highlight.anchor),
                highlight.colour,
                highlight.note,
                highlight.created,
                highlight.updated,
                highlight.article_id,
            ),
        )
        return cursor.rowcount == 1


def read_highlight(connection: sqlite3.Connection, highlight_id: int) -> Highlight | None:
    row = connection.execute(
        f"SELECT {_COLUMNS} FROM highlights WHERE id = ?", (highlight_id,)
    ).fetchone()
    return _highlight(row) if row else None


def article_highlights(connection: sqlite3.Connection, article_id: int) -> list[Highlight]:
    rows = connection.execute(
        f"SELECT {_COLUMNS} FROM highlights WHERE article_id = ? ORDER BY start, id",
        (article_id,),
    )
    return [_highlight(row) for row in rows]


def update_highlight(
    connection: sqlite3.Connection,
    highlight_id: int,
    colour: str | None = None,
    note: str | None = None,
) -> None:
    """Change a highlight's colour or note (None keeps it)."""
    if colour is not None:
        checked_colour(colour)
    with transaction(connection) as db:
        db.execute(
            "UPDATE highlights SET colour = coalesce(?, colour), note = coalesce(?, note),"
            " updated = ? WHERE id = ?",
            (colour, note, utc_timestamp(), highlight_id),
        )


def delete_highlight(connection: sqlite3.Connection, highlight_id: int) -> Highlight | None:
    """Remove a highlight; returns it as it was (for undo), None if there was none."""
    with transaction(connection) as db:
        found = read_highlight(db, highlight_id)
        db.execute("DELETE FROM highlights WHERE id = ?", (highlight_id,))
        return found


def article_note(connection: sqlite3.Connection, article_id: int) -> str:
    row = connection.execute(
        "SELECT note FROM article_notes WHERE article_id = ?", (article_id,)
    ).fetchone()
    return str(row[0]) if row else ""


def set_article_note(connection: sqlite3.Connection, article_id: int, note: str) -> None:
    """The note on the whole article; an empty (or blank) note removes it."""
    with transaction(connection) as db:
        if not note.strip():
            db.execute("DELETE FROM article_notes WHERE article_id = ?", (article_id,))
            return
        db.execute(
            "INSERT INTO article_notes (article_id, note, updated) SELECT id, ?, ? FROM articles"
            " WHERE id = ? ON CONFLICT(article_id) DO UPDATE SET note = excluded.note,"
            " updated = excluded.updated",
            (note, utc_timestamp(), article_id),
        )


def library_highlights(
    connection: sqlite3.Connection, colour: str | None = None, tag: str | None = None
) -> list[LibraryHighlight]:
    """Every highlight in the library, newest first, optionally of one colour or tag."""
    where: list[str] = ["1 = 1"]
    values: list[str] = []
    if colour:
        where.append("h.colour = ?")
        values.append(checked_colour(colour))
    if tag:
        where.append(
            "h.article_id IN (SELECT at.article_id FROM article_tags at JOIN tags t"
            " ON t.id = at.tag_id WHERE t.name = ?)"
        )
        values.append(tag)
    columns = ", ".join(f"h.{name.strip()}" for name in _COLUMNS.split(","))
    rows = connection.execute(
        f"SELECT {columns}, a.title, a.author, a.url, a.source FROM highlights h"
        f" JOIN articles a ON a.id = h.article_id WHERE {' AND '.join(where)}"
        " ORDER BY h.created DESC, h.id DESC",
        values,
    ).fetchall()
    tags = _tags_by_article(connection, {row[1] for row in rows})
    return [
        LibraryHighlight(_highlight(row), row[11], row[12], row[13], row[14], tags.get(row[1], ()))
        for row in rows
    ]


def _tags_by_article(
    connection: sqlite3.Connection, ids: Iterable[int]
) -> dict[int, tuple[str, ...]]:
    return tags_of(connection, sorted(ids))


def highlighted_article_ids(connection: sqlite3.Connection) -> set[int]:
    rows = connection.execute("SELECT DISTINCT article_id FROM highlights")
    return {article_id for (article_id,) in rows}


def article_notes(connection: sqlite3.Connection) -> dict[int, str]:
    """Every article note, by article id."""
    rows = connection.execute("SELECT article_id, note FROM article_notes")
    return {article_id: note for article_id, note in rows}
