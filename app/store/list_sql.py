"""A list query as SQL: which articles the list shows and in what order.

Lists read only the covering index for their sort key (schema v4), which is already in list
order: the state columns come after the article text in each table row, and reading them
there would walk every overflow page of every article. A search ranks with bm25 in FTS5 and
filters by an id set taken from such an index.
"""

from __future__ import annotations

import sqlite3
from dataclasses import replace

from app.queries import ListQuery

TITLE_WEIGHT = 5.0
BODY_WEIGHT = 1.0
ID_SLICE = 4096

_FILTER_CONDITIONS = {
    "all": "",
    "unread": "is_read = 0",
    "starred": "starred = 1",
    "archived": "archived = 1",
    "highlighted": "id IN (SELECT article_id FROM highlights)",
}
# Articles whose highlights or article note hold the search's words (the article is the
# result); two parameters, both the match.
_NOTES_MATCH = (
    "SELECT article_id FROM highlights WHERE id IN"
    " (SELECT rowid FROM highlights_fts WHERE highlights_fts MATCH ?)"
    " UNION SELECT rowid FROM article_notes_fts WHERE article_notes_fts MATCH ?"
)
_SORTS = {  # sort key: (column, covering index in that order)
    "added": ("added", "articles_by_added"),
    "published": ("published", "articles_by_published"),
    "title": ("title COLLATE NOCASE", "articles_by_title"),
    "reading_time": ("word_count", "articles_by_words"),
}
_RANK = f"bm25(articles_fts, {TITLE_WEIGHT}, {BODY_WEIGHT})"
LISTING = "articles INDEXED BY articles_by_added"

Params = tuple[object, ...]


def ids_sql(query: ListQuery) -> tuple[str, Params]:
    """SQL for the matching article ids, in list order."""
    if query.ranked:
        return _ranked_sql(query)
    where, params = _conditions(query)
    match = query.match
    if match:
        where.append(
            f"(id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?) OR id IN ({_NOTES_MATCH}))"
        )
        params += (match, match, match)
    direction = "DESC" if query.descending else "ASC"
    column, index = _SORTS.get(query.sort, _SORTS["added"])
    sql = (
        f"SELECT id FROM articles INDEXED BY {index}{_where(where)}"
        f" ORDER BY {column} {direction}, id {direction}"
    )
    return sql, params


def count_sql(query: ListQuery) -> tuple[str, Params]:
    """SQL for how many articles match, without ordering them."""
    sql, params = ids_sql(replace(query, sort="added") if query.ranked else query)
    return f"SELECT count(*) FROM ({sql.split(' ORDER BY ')[0]})", params


def _ranked_sql(query: ListQuery) -> tuple[str, Params]:
    """The best matches of the article text first (bm25), then the articles found only by
    the reader's own notes and highlights, newest first."""
    where, params = _conditions(query)
    match = query.match
    sql = f"SELECT rowid AS id, 0 AS part, {_RANK} AS score FROM articles_fts WHERE articles_fts MATCH ?"
    if where:
        # The unary plus keeps SQLite from handing FTS5 one rowid lookup per listed id.
        sql += f" AND +rowid IN (SELECT id FROM {LISTING}{_where(where)})"
    notes_only = (
        f"SELECT id, 1, 0 FROM {LISTING}{_where([*where, f'id IN ({_NOTES_MATCH})'])}"
        " AND id NOT IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)"
    )
    direction = "DESC" if query.descending else "ASC"
    # bm25 is lower for a better match: the best hit first is ascending order.
    rank_direction = "ASC" if query.descending else "DESC"
    sql = (
        f"SELECT id FROM ({sql} UNION ALL {notes_only})"
        f" ORDER BY part, score {rank_direction}, id {direction}"
    )
    return sql, (match, *params, *params, match, match, match)


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


def count_matching(connection: sqlite3.Connection, query: ListQuery) -> int:
    sql, params = count_sql(query)
    return int(connection.execute(sql, params).fetchone()[0])


def all_ids(connection: sqlite3.Connection) -> list[int]:
    """Every article id, newest first; cheap even for 100,000 articles."""
    rows = connection.execute("SELECT id FROM articles ORDER BY added DESC, id DESC")
    return [row[0] for row in rows]


def article_count(connection: sqlite3.Connection) -> int:
    return int(connection.execute("SELECT count(*) FROM articles").fetchone()[0])


def sources(connection: sqlite3.Connection) -> list[str]:
    rows = connection.execute(
        f"SELECT DISTINCT source FROM {LISTING} WHERE source <> '' ORDER BY source COLLATE NOCASE"
    )
    return [source for (source,) in rows]


def languages(connection: sqlite3.Connection) -> list[str]:
    rows = connection.execute(
        f"SELECT DISTINCT language FROM {LISTING} WHERE language <> '' ORDER BY language"
    )
    return [language for (language,) in rows]


def reading_positions(connection: sqlite3.Connection) -> dict[int, float]:
    """The articles read part-way or more, by id; unopened ones are absent."""
    rows = connection.execute("SELECT id, position FROM articles WHERE position > 0")
    return {int(article_id): float(position) for article_id, position in rows}
