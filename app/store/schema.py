"""The library's SQLite schema and the migrations that bring any older file up to date."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

_V1 = """
CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    author TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    url TEXT NOT NULL DEFAULT '',
    published TEXT NOT NULL DEFAULT '',
    added TEXT NOT NULL,
    language TEXT NOT NULL DEFAULT '',
    markdown TEXT NOT NULL,
    body TEXT NOT NULL,
    word_count INTEGER NOT NULL,
    content_hash TEXT NOT NULL UNIQUE,
    is_read INTEGER NOT NULL DEFAULT 0,
    starred INTEGER NOT NULL DEFAULT 0,
    archived INTEGER NOT NULL DEFAULT 0,
    position REAL NOT NULL DEFAULT 0
);
CREATE INDEX articles_added ON articles(added);
CREATE INDEX articles_published ON articles(published);
CREATE UNIQUE INDEX articles_url ON articles(url) WHERE url <> '';
CREATE TABLE assets (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY (article_id, key)
);
CREATE TABLE summaries (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    settings_key TEXT NOT NULL,
    payload TEXT NOT NULL,
    PRIMARY KEY (article_id, settings_key)
);
"""

_V2 = """
CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, body, content='articles', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);
INSERT INTO articles_fts(rowid, title, body) SELECT id, title, body FROM articles;
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, body)
    VALUES ('delete', old.id, old.title, old.body);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, body ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, body)
    VALUES ('delete', old.id, old.title, old.body);
    INSERT INTO articles_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;
"""

_V3 = """
CREATE TABLE feeds (
    id INTEGER PRIMARY KEY,
    url TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL DEFAULT '',
    site_url TEXT NOT NULL DEFAULT '',
    added TEXT NOT NULL,
    refreshed TEXT NOT NULL DEFAULT '',
    etag TEXT NOT NULL DEFAULT '',
    modified TEXT NOT NULL DEFAULT ''
);
ALTER TABLE articles ADD COLUMN feed_id INTEGER REFERENCES feeds(id) ON DELETE SET NULL;
CREATE INDEX articles_feed ON articles(feed_id);
CREATE TABLE tags (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE
);
CREATE TABLE article_tags (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    PRIMARY KEY (article_id, tag_id)
);
CREATE INDEX article_tags_tag ON article_tags(tag_id);
"""

# The list's filters and sorts read only these covering indexes, one per sort key, already in
# list order: the state columns sit after the article text in each row, so reading them from
# the table would walk every overflow page of every article.
_V4 = """
CREATE INDEX articles_by_added ON articles(
    added, id, is_read, starred, archived, language, source, feed_id
);
CREATE INDEX articles_by_published ON articles(
    published, id, is_read, starred, archived, language, source, feed_id
);
CREATE INDEX articles_by_title ON articles(
    title COLLATE NOCASE, id, is_read, starred, archived, language, source, feed_id
);
CREATE INDEX articles_by_words ON articles(
    word_count, id, is_read, starred, archived, language, source, feed_id
);
"""

# Start-up reads every reading position and the feed list counts unread articles: without
# these partial indexes both walk the whole table (seconds at 100,000 articles).
_V5 = """
CREATE INDEX articles_read_part_way ON articles(position) WHERE position > 0;
CREATE INDEX articles_feed_unread ON articles(feed_id) WHERE is_read = 0;
"""


def _v6_option_dashes_as_typed(connection: sqlite3.Connection) -> None:
    """Plain text stored while `--` before a letter still became an en dash ("journalctl
    –user") is derived again from the Markdown, which never changed. Those articles' cached
    summaries go too: their sentence spans point into the old text. Only articles with both
    a `--` in the Markdown and an en dash in the text are read again."""
    from app.document import count_words, render_markdown

    candidates = connection.execute(
        "SELECT id FROM articles WHERE instr(body, '\u2013') > 0 AND instr(markdown, '--') > 0"
    ).fetchall()
    for (article_id,) in candidates:
        markdown, body = connection.execute(
            "SELECT markdown, body FROM articles WHERE id = ?", (article_id,)
        ).fetchone()
        text = render_markdown(markdown).text
        if text == body:
            continue
        connection.execute(
            "UPDATE articles SET body = ?, word_count = ? WHERE id = ?",
            (text, count_words(text), article_id),
        )
        connection.execute("DELETE FROM summaries WHERE article_id = ?", (article_id,))


def _v7_feed_authors_by_name(connection: sqlite3.Connection) -> None:
    """Feed entries stored with the feed's raw author field ("news@example.org (Priya
    Raman)") get the name alone, as new entries do. Only authors with an address are read."""
    from app.importing.authors import author_name

    rows = connection.execute(
        "SELECT id, author FROM articles WHERE instr(author, '@') > 0"
    ).fetchall()
    for article_id, author in rows:
        name = author_name(author)
        if name != author:
            connection.execute("UPDATE articles SET author = ? WHERE id = ?", (name, article_id))


# A feed's health: `refreshed` is its last success; these keep its last failure and why.
_V8 = """
ALTER TABLE feeds ADD COLUMN failed TEXT NOT NULL DEFAULT '';
ALTER TABLE feeds ADD COLUMN last_error TEXT NOT NULL DEFAULT '';
"""

# Imports from documents and other services: where each page of a PDF starts in the article's
# plain text (a JSON list of offsets, page 1 first), and the saved addresses whose pages are
# still to be downloaded (a row leaves the queue when its page is in; a failure stays, with
# its reason, until the reader tries again).
_V9 = """
CREATE TABLE article_pages (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    starts TEXT NOT NULL
);
CREATE TABLE fetch_queue (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    url TEXT NOT NULL,
    queued TEXT NOT NULL,
    failed TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL DEFAULT ''
);
CREATE INDEX fetch_queue_waiting ON fetch_queue(article_id) WHERE failed = '';
"""

# The reader's own highlights (each anchored by its quote, the text around it and its
# offsets, see app/highlights/anchoring.py) and one note per article. Both go with their
# article.
HIGHLIGHTS_MIGRATION = """
CREATE TABLE highlights (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    exact TEXT NOT NULL,
    prefix TEXT NOT NULL DEFAULT '',
    suffix TEXT NOT NULL DEFAULT '',
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    colour TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL,
    updated TEXT NOT NULL
);
CREATE INDEX highlights_article ON highlights(article_id, start);
CREATE INDEX highlights_created ON highlights(created);
CREATE TABLE article_notes (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    note TEXT NOT NULL,
    updated TEXT NOT NULL
);
"""

# Search finds the words of highlights and article notes (the article is the result): their
# own search tables, filled from what is stored and kept in step by triggers.
_HIGHLIGHT_SEARCH_TABLES = """
CREATE VIRTUAL TABLE highlights_fts USING fts5(
    exact, note, content='highlights', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE article_notes_fts USING fts5(
    note, content='article_notes', content_rowid='article_id',
    tokenize='unicode61 remove_diacritics 2'
);
INSERT INTO highlights_fts(rowid, exact, note) SELECT id, exact, note FROM highlights;
INSERT INTO article_notes_fts(rowid, note) SELECT article_id, note FROM article_notes;
"""


def _search_triggers(table: str, key: str, columns: tuple[str, ...]) -> str:
    """The triggers that keep `{table}_fts` (external content) in step with `table`."""
    names, old, new = ", ".join(columns), _values("old", columns), _values("new", columns)
    fts = f"{table}_fts"
    remove = f"INSERT INTO {fts}({fts}, rowid, {names}) VALUES ('delete', old.{key}, {old});"
    add = f"INSERT INTO {fts}(rowid, {names}) VALUES (new.{key}, {new});"
    return (
        f"CREATE TRIGGER {fts}_insert AFTER INSERT ON {table} BEGIN {add} END;\n"
        f"CREATE TRIGGER {fts}_delete AFTER DELETE ON {table} BEGIN {remove} END;\n"
        f"CREATE TRIGGER {fts}_update AFTER UPDATE OF {names} ON {table} BEGIN {remove} {add} END;\n"
    )


def _values(row: str, columns: tuple[str, ...]) -> str:
    return ", ".join(f"{row}.{column}" for column in columns)


HIGHLIGHT_SEARCH_MIGRATION = (
    _HIGHLIGHT_SEARCH_TABLES
    + _search_triggers("highlights", "id", ("exact", "note"))
    + _search_triggers("article_notes", "article_id", ("note",))
)

Migration = str | Callable[[sqlite3.Connection], None]  # SQL, or a step that needs Python
MIGRATIONS: tuple[Migration, ...] = (
    _V1,
    _V2,
    _V3,
    _V4,
    _V5,
    _v6_option_dashes_as_typed,
    _v7_feed_authors_by_name,
    _V8,
    _V9,
    HIGHLIGHTS_MIGRATION,
    HIGHLIGHT_SEARCH_MIGRATION,
)
SCHEMA_VERSION = len(MIGRATIONS)


def schema_version(connection: sqlite3.Connection) -> int:
    row = connection.execute("PRAGMA user_version").fetchone()
    return int(row[0])


def migrate(connection: sqlite3.Connection, target: int = SCHEMA_VERSION) -> None:
    """Apply each missing migration in its own transaction, recording the version as it goes."""
    for version in range(schema_version(connection) + 1, target + 1):
        step = MIGRATIONS[version - 1]
        with connection:
            connection.execute("BEGIN")
            if callable(step):
                step(connection)
            else:
                for statement in _statements(step):
                    connection.execute(statement)
            connection.execute(f"PRAGMA user_version = {version}")


def _statements(script: str) -> list[str]:
    statements: list[str] = []
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            statements.append(buffer.strip())
            buffer = ""
    return statements
