"""Which articles the list shows and in what order, as a plain value and the SQL for it.

Lists read only the covering index for their sort key (schema v4), which is already in list
order: the state columns come after the article text in each table row, and reading them
there would walk every overflow page of every article. A search ranks with bm25 in FTS5 and
filters by an id set taken from such an index.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from app.fts import fts_query

FILTERS = ("all", "unread", "starred", "archived")
SORT_KEYS = ("relevance", "added", "published", "title", "reading_time")
TITLE_WEIGHT = 5.0
BODY_WEIGHT = 1.0
ID_SLICE = 4096

_FILTER_CONDITIONS = {
    "all": "",
    "unread": "is_read = 0",
    "starred": "starred = 1",
    "archived": "archived = 1",
}
_SORTS = {  # sort key: (column, covering index in that order)
    "added": ("added", "articles_by_added"),
    "published": ("published", "articles_by_published"),
    "title": ("title COLLATE NOCASE", "articles_by_title"),
    "reading_time": ("word_count", "articles_by_words"),
}
_RANK = f"bm25(articles_fts, {TITLE_WEIGHT}, {BODY_WEIGHT})"
LISTING = "articles INDEXED BY articles_by_added"

Params = tuple[object, ...]


@dataclass(frozen=True)
class ListQuery:
    """A filter, a sort and a search over the library. Relevance without a search is newest."""

    filter: str = "all"
    source: str = ""
    feed_id: int | None = None
    language: str = ""
    tag: str = ""
    sort: str = "added"
    descending: bool = True
    search: str = ""

    def __post_init__(self) -> None:
        if self.filter not in FILTERS:
            raise ValueError(f"unknown filter {self.filter!r}; expected one of {FILTERS}")
        if self.sort not in SORT_KEYS:
            raise ValueError(f"unknown sort {self.sort!r}; expected one of {SORT_KEYS}")

    @property
    def match(self) -> str:
        """The FTS5 query for the search text, '' when it holds nothing to search for."""
        return fts_query(self.search)

    @property
    def ranked(self) -> bool:
        return self.sort == "relevance" and bool(self.match)


def ids_sql(query: ListQuery) -> tuple[str, Params]:
    """SQL for the matching article ids, in list order."""
    if query.ranked:
        return _ranked_sql(query)
    where, params = _conditions(query)
    match = query.match
    if match:
        where.append("id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)")
        params += (match,)
    direction = "DESC" if query.descending else "ASC"
    column, index = _SORTS.get(query.sort, _SORTS["added"])
    sql = (
        f"SELECT id FROM articles INDEXED BY {index}{_where(where)}"
        f" ORDER BY {column} {direction}, id {direction}"
    )
    return sql, params


def count_sql(query: ListQuery) -> tuple[str, Params]:
    """SQL for how many articles match, without ordering them."""
    sql, params = ids_sql(query)
    return f"SELECT count(*) FROM ({sql.split(' ORDER BY ')[0]})", params


def list_rows_sql(ids: Sequence[int]) -> tuple[str, Params]:
    """SQL for the list's row of each id; the flags come from the covering index."""
    marks = ",".join("?" * len(ids))
    sql = (
        "SELECT a.id, a.title, a.source, a.published, a.added, a.language, a.word_count,"
        " i.is_read, i.starred, i.archived FROM articles AS a"
        " JOIN articles AS i INDEXED BY articles_by_added ON i.added = a.added AND i.id = a.id"
        f" WHERE a.id IN ({marks})"
    )
    return sql, tuple(ids)


def _ranked_sql(query: ListQuery) -> tuple[str, Params]:
    where, params = _conditions(query)
    sql = "SELECT rowid AS id FROM articles_fts WHERE articles_fts MATCH ?"
    if where:
        # The unary plus keeps SQLite from handing FTS5 one rowid lookup per listed id.
        sql += f" AND +rowid IN (SELECT id FROM {LISTING}{_where(where)})"
    direction = "DESC" if query.descending else "ASC"
    # bm25 is lower for a better match: the best hit first is ascending order.
    rank_direction = "ASC" if query.descending else "DESC"
    sql += f" ORDER BY {_RANK} {rank_direction}, rowid {direction}"
    return sql, (query.match, *params)


def _conditions(query: ListQuery) -> tuple[list[str], Params]:
    where = [_FILTER_CONDITIONS[query.filter]] if _FILTER_CONDITIONS[query.filter] else []
    params: list[object] = []
    for column, value in (("source", query.source), ("language", query.language)):
        if value:
            where.append(f"{column} = ?")
            params.append(value)
    if query.feed_id is not None:
        where.append("feed_id = ?")
        params.append(query.feed_id)
    if query.tag:
        where.append(
            "id IN (SELECT article_id FROM article_tags"
            " JOIN tags ON tags.id = article_tags.tag_id WHERE tags.name = ?)"
        )
        params.append(query.tag)
    return where, tuple(params)


def _where(conditions: list[str]) -> str:
    return " WHERE " + " AND ".join(conditions) if conditions else ""


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


@dataclass(frozen=True)
class ArticleText:
    """What a summary or TL;DR is made from, read in a worker over its own connection."""

    article_id: int
    title: str
    text: str
    language: str


def read_article_text(connection: sqlite3.Connection, article_id: int) -> ArticleText | None:
    """An article's title, plain text and language; None when it is no longer stored."""
    row = connection.execute(
        "SELECT title, body, language FROM articles WHERE id = ?", (article_id,)
    ).fetchone()
    if row is None:
        return None
    return ArticleText(article_id, str(row[0]), str(row[1]), str(row[2]))


def fetch_ids(
    connection: sqlite3.Connection, query: ListQuery, limit: int | None = None
) -> list[int]:
    """The ids a list query matches, in its order (the first `limit` of them, if given)."""
    sql, params = ids_sql(query)
    if limit is not None:
        sql, params = f"{sql} LIMIT ?", (*params, limit)
    # One joined string instead of 100,000 Python rows: half the time for a whole library.
    # SQLite aggregates a subquery's rows in the order the subquery returns them.
    joined = connection.execute(f"SELECT group_concat(id) FROM ({sql})", params).fetchone()[0]
    if not joined:
        return []
    # Converted in slices: one long C call would hold the GIL (this runs in a worker thread)
    # for tens of milliseconds and stall the GUI thread with it.
    parts = joined.split(",")
    ids: list[int] = []
    for start in range(0, len(parts), ID_SLICE):
        ids.extend(map(int, parts[start : start + ID_SLICE]))
    return ids
