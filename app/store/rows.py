"""Reading articles: the list's rows, whole articles, their images, and the texts workers use.

Every function takes the connection to read from: the library's own, or a worker's
read-only one (see connection.py).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

ROW_COLUMNS = (
    "id, title, source, published, added, language, word_count, is_read, starred, archived"
)
_CHUNK = 500  # ids per query, well under SQLite's limit on bound parameters


@dataclass(frozen=True)
class ArticleRow:
    """What the article list shows of one article."""

    id: int
    title: str
    source: str
    published: str
    added: str
    language: str
    word_count: int
    is_read: bool
    starred: bool
    archived: bool


@dataclass(frozen=True)
class Article:
    """One whole article: metadata, the Markdown source and the plain text derived from it."""

    row: ArticleRow
    author: str
    url: str
    markdown: str
    body: str
    asset_keys: frozenset[str]
    position: float

    @property
    def id(self) -> int:
        return self.row.id

    @property
    def title(self) -> str:
        return self.row.title


@dataclass(frozen=True)
class ArticleText:
    """What a summary or TL;DR is made from, read in a worker over its own connection."""

    article_id: int
    title: str
    text: str
    language: str


@dataclass(frozen=True)
class ArticleSource:
    """What rendering an article needs: its Markdown, title, language and stored images."""

    article_id: int
    markdown: str
    title: str
    language: str
    asset_keys: frozenset[str]


def read_rows(connection: sqlite3.Connection, ids: Sequence[int]) -> dict[int, ArticleRow]:
    """The list rows of some ids. Never touches an article's text: the read, starred and
    archived flags come from a covering index, so a page of the list reads a few disk pages,
    not every overflow page of 200 articles (what a cold cache makes slow)."""
    found: dict[int, ArticleRow] = {}
    for start in range(0, len(ids), _CHUNK):
        sql, params = _rows_sql(ids[start : start + _CHUNK])
        found.update((row[0], _article_row(row)) for row in connection.execute(sql, params))
    return found


def _rows_sql(ids: Sequence[int]) -> tuple[str, tuple[int, ...]]:
    marks = ",".join("?" * len(ids))
    sql = (
        "SELECT a.id, a.title, a.source, a.published, a.added, a.language, a.word_count,"
        " i.is_read, i.starred, i.archived FROM articles AS a"
        " JOIN articles AS i INDEXED BY articles_by_added ON i.added = a.added AND i.id = a.id"
        f" WHERE a.id IN ({marks})"
    )
    return sql, tuple(ids)


def read_article(connection: sqlite3.Connection, article_id: int) -> Article | None:
    row = connection.execute(
        f"SELECT {ROW_COLUMNS}, author, url, markdown, body, position FROM articles WHERE id = ?",
        (article_id,),
    ).fetchone()
    if row is None:
        return None
    return Article(
        row=_article_row(row[:10]),
        author=row[10],
        url=row[11],
        markdown=row[12],
        body=row[13],
        asset_keys=asset_keys(connection, article_id),
        position=float(row[14]),
    )


def asset_keys(connection: sqlite3.Connection, article_id: int) -> frozenset[str]:
    rows = connection.execute("SELECT key FROM assets WHERE article_id = ?", (article_id,))
    return frozenset(key for (key,) in rows)


def read_asset(connection: sqlite3.Connection, article_id: int, key: str) -> bytes | None:
    row = connection.execute(
        "SELECT data FROM assets WHERE article_id = ? AND key = ?", (article_id, key)
    ).fetchone()
    return bytes(row[0]) if row else None


def read_article_text(connection: sqlite3.Connection, article_id: int) -> ArticleText | None:
    """An article's title, plain text and language; None when it is no longer stored."""
    row = _columns(connection, article_id, "title, body, language")
    return ArticleText(article_id, *map(str, row)) if row else None


def read_article_source(connection: sqlite3.Connection, article_id: int) -> ArticleSource | None:
    """What rendering an article needs; None when it is no longer stored."""
    row = _columns(connection, article_id, "markdown, title, language")
    if row is None:
        return None
    markdown, title, language = map(str, row)
    return ArticleSource(article_id, markdown, title, language, asset_keys(connection, article_id))


def _columns(
    connection: sqlite3.Connection, article_id: int, columns: str
) -> tuple[object, ...] | None:
    row = connection.execute(f"SELECT {columns} FROM articles WHERE id = ?", (article_id,))
    found: tuple[object, ...] | None = row.fetchone()
    return found


def read_headlines(
    connection: sqlite3.Connection, ids: Sequence[int]
) -> list[tuple[int, str, str, str]]:
    """(id, title, source, date) of some articles, the date published or else added.

    Reads only the columns stored before the article text, so no overflow page is touched.
    """
    headlines: list[tuple[int, str, str, str]] = []
    for start in range(0, len(ids), _CHUNK):
        chunk = list(ids[start : start + _CHUNK])
        marks = ",".join("?" * len(chunk))
        rows = connection.execute(
            f"SELECT id, title, source, published, added FROM articles WHERE id IN ({marks})",
            chunk,
        )
        headlines.extend(
            (int(article_id), str(title), str(source), str(published or added))
            for article_id, title, source, published, added in rows
        )
    return headlines


def texts_for_search(
    connection: sqlite3.Connection, ids: Sequence[int]
) -> list[tuple[int, str, str]]:
    """(id, title, plain text) of some articles, for search snippets."""
    marks = ",".join("?" * len(ids))
    rows = connection.execute(
        f"SELECT id, title, body FROM articles WHERE id IN ({marks})", tuple(ids)
    )
    return [(int(article_id), str(title), str(body)) for article_id, title, body in rows]


def _article_row(row: Sequence[object]) -> ArticleRow:
    return ArticleRow(
        id=int(row[0]),  # type: ignore[call-overload]
        title=str(row[1]),
        source=str(row[2]),
        published=str(row[3]),
        added=str(row[4]),
        language=str(row[5]),
        word_count=int(row[6]),  # type: ignore[call-overload]
        is_read=bool(row[7]),
        starred=bool(row[8]),
        archived=bool(row[9]),
    )
