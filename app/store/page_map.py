"""A PDF's page map: where each of its pages starts in the article's plain text."""

from __future__ import annotations

import json
import sqlite3
from bisect import bisect_right
from collections.abc import Sequence

from app.store.connection import transaction


def store_page_starts(
    connection: sqlite3.Connection, article_id: int, starts: Sequence[int]
) -> None:
    with transaction(connection) as db:
        db.execute(
            "INSERT OR REPLACE INTO article_pages (article_id, starts) VALUES (?, ?)",
            (article_id, json.dumps([int(start) for start in starts])),
        )


def read_page_starts(connection: sqlite3.Connection, article_id: int) -> list[int]:
    """The offsets, page 1 first; [] for an article that has no pages (or a damaged map)."""
    row = connection.execute(
        "SELECT starts FROM article_pages WHERE article_id = ?", (article_id,)
    ).fetchone()
    if row is None:
        return []
    try:
        starts = json.loads(row[0])
    except (TypeError, ValueError):
        return []
    if not isinstance(starts, list) or not all(type(start) is int for start in starts):
        return []
    return starts


def page_of(starts: Sequence[int], offset: int) -> int:
    """The page number (from 1) holding the character at `offset` of the body."""
    return max(1, bisect_right(starts, offset))
