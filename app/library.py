"""The reader's library: articles, their images and cached summaries in one SQLite file."""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from app.articles import ArticleDraft
from app.document import count_words, render_markdown
from app.errors import LibraryError, NewerLibraryError, full_stop
from app.fts import snippet
from app.queries import ListQuery, count_sql, fetch_ids, list_rows_sql
from app.schema import SCHEMA_VERSION, migrate, schema_version

MAX_TAG_LENGTH = 64
ROW_COLUMNS = (
    "id, title, source, published, added, language, word_count, is_read, starred, archived"
)


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


FEED_COLUMNS = "id, url, title, site_url, added, refreshed, etag, modified"


@dataclass(frozen=True)
class Feed:
    """A subscribed RSS or Atom feed."""

    id: int
    url: str
    title: str
    site_url: str
    added: str
    refreshed: str
    etag: str
    modified: str


class Library:
    """An open library file. Each write is one transaction; a crash loses at most that write."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self._connection, self.created = _connect(self.path)

    def close(self) -> None:
        self._connection.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        with self._connection:
            self._connection.execute("BEGIN IMMEDIATE")
            yield self._connection

    def add_article(
        self,
        draft: ArticleDraft,
        assets: Mapping[str, bytes] | None = None,
        feed_id: int | None = None,
    ) -> int | None:
        """Store a draft with its images; returns the new id, or None when it is already stored."""
        digest = content_hash(draft.markdown)
        if self.find_duplicate(digest, draft.url) is not None:
            return None
        body = render_markdown(draft.markdown).text
        with self.transaction() as db:
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

    def find_duplicate(self, digest: str, url: str = "") -> int | None:
        row = self._connection.execute(
            "SELECT id FROM articles WHERE content_hash = ? OR (? <> '' AND url = ?) LIMIT 1",
            (digest, url, url),
        ).fetchone()
        return int(row[0]) if row else None

    def delete_article(self, article_id: int) -> None:
        with self.transaction() as db:
            db.execute("DELETE FROM articles WHERE id = ?", (article_id,))

    def count(self) -> int:
        return int(self._connection.execute("SELECT count(*) FROM articles").fetchone()[0])

    def article_ids(self, order_by: str = "added DESC, id DESC") -> list[int]:
        """Every article id in list order; cheap even for 100,000 articles."""
        rows = self._connection.execute(f"SELECT id FROM articles ORDER BY {order_by}")
        return [row[0] for row in rows]

    def rows(self, ids: Sequence[int]) -> dict[int, ArticleRow]:
        """The list rows for some ids, read in one query."""
        found: dict[int, ArticleRow] = {}
        for chunk_start in range(0, len(ids), 500):
            chunk = list(ids[chunk_start : chunk_start + 500])
            marks = ",".join("?" * len(chunk))
            query = f"SELECT {ROW_COLUMNS} FROM articles WHERE id IN ({marks})"
            for row in self._connection.execute(query, chunk):
                found[row[0]] = _article_row(row)
        return found

    # -- lists, filters and search (SQL in app/queries.py) ------------------------------------

    def list_rows(self, ids: Sequence[int]) -> dict[int, ArticleRow]:
        """Like rows(), but never touches an article's text: the read, starred and archived
        flags come from a covering index, so a page of the list reads a few disk pages, not
        every overflow page of 200 articles (what a cold cache makes slow)."""
        if not ids:
            return {}
        sql, params = list_rows_sql(ids)
        return {row[0]: _article_row(row) for row in self._connection.execute(sql, params)}

    def query_ids(self, query: ListQuery, limit: int | None = None) -> list[int]:
        """The ids a list query matches, in its order (the first `limit` of them, if given)."""
        return fetch_ids(self._connection, query, limit)

    def count_matching(self, query: ListQuery) -> int:
        sql, params = count_sql(query)
        return int(self._connection.execute(sql, params).fetchone()[0])

    def snippets(self, query: ListQuery, ids: Sequence[int]) -> dict[int, str]:
        """A matching passage of each article (search only), from its text or else its title,
        marked with SNIPPET_START/END where the opened article's search highlights would be.
        Found in Python: FTS5's snippet() tokenizes each whole article again, about 1.2 ms an
        article at 100,000 articles, 18 ms for a screenful of 15 results."""
        if not query.match or not ids:
            return {}
        marks = ",".join("?" * len(ids))
        rows = self._connection.execute(
            f"SELECT id, title, body FROM articles WHERE id IN ({marks})", tuple(ids)
        )
        search = query.search
        return {
            int(article_id): snippet(str(body), search) or snippet(str(title), search)
            for article_id, title, body in rows
        }

    def sources(self) -> list[str]:
        rows = self._connection.execute(
            "SELECT DISTINCT source FROM articles INDEXED BY articles_by_added"
            " WHERE source <> '' ORDER BY source COLLATE NOCASE"
        )
        return [source for (source,) in rows]

    def languages(self) -> list[str]:
        rows = self._connection.execute(
            "SELECT DISTINCT language FROM articles INDEXED BY articles_by_added"
            " WHERE language <> '' ORDER BY language"
        )
        return [language for (language,) in rows]

    def article(self, article_id: int) -> Article | None:
        row = self._connection.execute(
            f"SELECT {ROW_COLUMNS}, author, url, markdown, body, position"
            " FROM articles WHERE id = ?",
            (article_id,),
        ).fetchone()
        if row is None:
            return None
        keys = self._connection.execute(
            "SELECT key FROM assets WHERE article_id = ?", (article_id,)
        )
        return Article(
            row=_article_row(row[:10]),
            author=row[10],
            url=row[11],
            markdown=row[12],
            body=row[13],
            asset_keys=frozenset(key for (key,) in keys),
            position=float(row[14]),
        )

    def asset(self, article_id: int, key: str) -> bytes | None:
        row = self._connection.execute(
            "SELECT data FROM assets WHERE article_id = ? AND key = ?", (article_id, key)
        ).fetchone()
        return bytes(row[0]) if row else None

    def set_read(self, article_id: int, is_read: bool = True) -> None:
        with self.transaction() as db:
            db.execute("UPDATE articles SET is_read = ? WHERE id = ?", (int(is_read), article_id))

    # -- reading state and tags ---------------------------------------------------------------

    def set_starred(self, article_id: int, starred: bool = True) -> None:
        with self.transaction() as db:
            db.execute("UPDATE articles SET starred = ? WHERE id = ?", (int(starred), article_id))

    def set_archived(self, article_id: int, archived: bool = True) -> None:
        with self.transaction() as db:
            db.execute("UPDATE articles SET archived = ? WHERE id = ?", (int(archived), article_id))

    def set_position(self, article_id: int, fraction: float) -> None:
        """Remember how far the article has been read, as a fraction of its length."""
        with self.transaction() as db:
            db.execute(
                "UPDATE articles SET position = ? WHERE id = ?",
                (min(max(float(fraction), 0.0), 1.0), article_id),
            )

    def reading_positions(self) -> dict[int, float]:
        """The articles read part-way or more, by id; unopened ones are absent."""
        rows = self._connection.execute("SELECT id, position FROM articles WHERE position > 0")
        return {int(article_id): float(position) for article_id, position in rows}

    def article_tags(self, article_id: int) -> list[str]:
        rows = self._connection.execute(
            "SELECT t.name FROM tags t JOIN article_tags a ON a.tag_id = t.id"
            " WHERE a.article_id = ? ORDER BY t.name COLLATE NOCASE",
            (article_id,),
        )
        return [name for (name,) in rows]

    def tag_names(self) -> list[str]:
        rows = self._connection.execute("SELECT name FROM tags ORDER BY name COLLATE NOCASE")
        return [name for (name,) in rows]

    def add_tag(self, article_id: int, name: str) -> str:
        """Tag an article, creating the tag if needed; returns the tag's name as stored."""
        name = tag_name(name)
        with self.transaction() as db:
            db.execute("INSERT OR IGNORE INTO tags (name) VALUES (?)", (name,))
            tag_id, stored = db.execute(
                "SELECT id, name FROM tags WHERE name = ?", (name,)
            ).fetchone()
            db.execute(
                "INSERT OR IGNORE INTO article_tags (article_id, tag_id)"
                " SELECT id, ? FROM articles WHERE id = ?",
                (tag_id, article_id),
            )
        return str(stored)

    def remove_tag(self, article_id: int, name: str) -> None:
        """Untag an article; a tag no article carries any more disappears."""
        with self.transaction() as db:
            db.execute(
                "DELETE FROM article_tags WHERE article_id = ?"
                " AND tag_id = (SELECT id FROM tags WHERE name = ?)",
                (article_id, name),
            )
            db.execute(
                "DELETE FROM tags WHERE name = ? AND id NOT IN (SELECT tag_id FROM article_tags)",
                (name,),
            )

    def rename_tag(self, old: str, new: str) -> str:
        """Rename a tag everywhere; renaming onto an existing tag merges the two."""
        name = tag_name(new)
        with self.transaction() as db:
            source = db.execute("SELECT id FROM tags WHERE name = ?", (old,)).fetchone()
            if source is None:
                raise LibraryError(f"There is no tag named {old!r}.")
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

    def cached_summary(self, article_id: int, settings_key: str) -> str | None:
        row = self._connection.execute(
            "SELECT payload FROM summaries WHERE article_id = ? AND settings_key = ?",
            (article_id, settings_key),
        ).fetchone()
        return str(row[0]) if row else None

    def cached_summaries(self, ids: Sequence[int], settings_key: str) -> dict[int, str]:
        """The cached payloads of some articles under one settings key, in one query."""
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        rows = self._connection.execute(
            "SELECT article_id, payload FROM summaries"
            f" WHERE settings_key = ? AND article_id IN ({marks})",
            (settings_key, *ids),
        )
        return {int(article_id): str(payload) for article_id, payload in rows}

    def store_summary(self, article_id: int, settings_key: str, payload: str) -> None:
        with self.transaction() as db:
            db.execute(
                "INSERT OR REPLACE INTO summaries (article_id, settings_key, payload)"
                " SELECT id, ?, ? FROM articles WHERE id = ?",
                (settings_key, payload, article_id),
            )

    # -- feeds --------------------------------------------------------------------------------

    def add_feed(self, url: str, title: str = "", site_url: str = "") -> tuple[int, bool]:
        """Subscribe to a feed; returns its id and whether it is new (a known URL is kept)."""
        with self.transaction() as db:
            row = db.execute("SELECT id FROM feeds WHERE url = ?", (url,)).fetchone()
            if row is not None:
                return int(row[0]), False
            cursor = db.execute(
                "INSERT INTO feeds (url, title, site_url, added) VALUES (?, ?, ?, ?)",
                (url, title, site_url, utc_timestamp()),
            )
            return int(cursor.lastrowid or 0), True

    def feeds(self) -> list[Feed]:
        rows = self._connection.execute(
            f"SELECT {FEED_COLUMNS} FROM feeds ORDER BY title COLLATE NOCASE, id"
        )
        return [Feed(*row) for row in rows]

    def feed(self, feed_id: int) -> Feed | None:
        row = self._connection.execute(
            f"SELECT {FEED_COLUMNS} FROM feeds WHERE id = ?", (feed_id,)
        ).fetchone()
        return Feed(*row) if row else None

    def update_feed(self, feed_id: int, **fields: str) -> None:
        """Change a feed's title, site_url, refreshed, etag or modified."""
        unknown = set(fields) - {"title", "site_url", "refreshed", "etag", "modified"}
        if unknown:
            raise ValueError(f"not feed fields: {sorted(unknown)}")
        if not fields:
            return
        assignments = ", ".join(f"{name} = ?" for name in fields)
        with self.transaction() as db:
            db.execute(f"UPDATE feeds SET {assignments} WHERE id = ?", (*fields.values(), feed_id))

    def delete_feed(self, feed_id: int) -> None:
        """Unsubscribe; the feed's articles stay in the library."""
        with self.transaction() as db:
            db.execute("DELETE FROM feeds WHERE id = ?", (feed_id,))

    def feed_unread_counts(self) -> dict[int, int]:
        """Unread articles per feed id (feeds with none are absent)."""
        rows = self._connection.execute(
            "SELECT feed_id, count(*) FROM articles"
            " WHERE feed_id IS NOT NULL AND is_read = 0 GROUP BY feed_id"
        )
        return {int(feed_id): int(count) for feed_id, count in rows}


def tag_name(raw: str) -> str:
    """A tag as stored: inner whitespace collapsed; empty or very long names are refused."""
    name = " ".join(raw.split())
    if not name:
        raise LibraryError("A tag needs a name.")
    if len(name) > MAX_TAG_LENGTH:
        raise LibraryError(f"A tag name is at most {MAX_TAG_LENGTH} characters.")
    return name


def content_hash(markdown: str) -> str:
    normalised = " ".join(markdown.split()).casefold()
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()


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


def utc_timestamp() -> str:
    """Now in UTC as ISO 8601, the form every date the library records takes."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")


# SQLite's companions travel with the main file so the moved copy still opens whole.
_COMPANIONS = ("", "-wal", "-shm", "-journal")


def _connect(path: Path) -> tuple[sqlite3.Connection, bool]:
    """Open and migrate the file; also says whether it was new (schema version 0).

    The version is checked before anything is written: a file this Lede cannot use is left
    byte for byte as it was.
    """
    connection: sqlite3.Connection | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        connection = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        version = schema_version(connection)
        _check_usable(connection, path, version)
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("PRAGMA foreign_keys = ON")
        connection.execute("PRAGMA synchronous = NORMAL")
        migrate(connection)
        created = version == 0
    except (sqlite3.DatabaseError, LibraryError, OSError) as error:
        if connection is not None:
            connection.close()
        if isinstance(error, LibraryError):
            raise
        if isinstance(error, sqlite3.DatabaseError):
            raise LibraryError(full_stop(f"{path} is not a readable Lede library: {error}")) from error
        raise LibraryError(full_stop(f"Cannot open {path}: {error.strerror or error}")) from error
    return connection, created


def _check_usable(connection: sqlite3.Connection, path: Path, version: int) -> None:
    if version > SCHEMA_VERSION:
        raise NewerLibraryError(
            f"{path} was written by a newer Lede (schema {version}, this one knows {SCHEMA_VERSION})."
        )
    if version == 0 and connection.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
        raise LibraryError(f"{path} is an SQLite file of another program, not a Lede library.")


def move_aside(path: Path, reason: str = "broken") -> Path:
    """Rename a library file (and its -wal and -shm) out of the way; never deletes or overwrites.

    Returns the new path of the main file, NAME.REASON-YYYYmmdd-HHMMSS, with a counter added
    when that name is taken.
    """
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.{reason}-{stamp}")
    counter = 1
    while any(Path(f"{target}{suffix}").exists() for suffix in _COMPANIONS):
        counter += 1
        target = path.with_name(f"{path.name}.{reason}-{stamp}-{counter}")
    try:
        for suffix in _COMPANIONS:
            if Path(f"{path}{suffix}").exists():
                Path(f"{path}{suffix}").rename(f"{target}{suffix}")
    except OSError as error:
        raise LibraryError(full_stop(f"Cannot move {path} aside: {error.strerror or error}")) from error
    return target
