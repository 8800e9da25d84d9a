"""A library from every earlier schema version opens, is brought up to date, and loses nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

import app.store.schema
from app.library import Library
from app.store.schema import MIGRATIONS, SCHEMA_VERSION, migrate, schema_version

ARTICLES = [
    {
        "title": f"Lighthouse {n}",
        "author": "A. Keeper",
        "source": "Coast",
        "url": f"https://example.org/{n}",
        "published": "2024-05-0{n}",
        "added": f"2025-01-0{n}T10:00:00+00:00",
        "language": "en",
        "markdown": f"# Lighthouse {n}\n\nThe lamp turns{n} every night. ![lens](lens.png)\n",
        "body": f"Lighthouse {n}\n\nThe lamp turns{n} every night.",
        "word_count": 7,
        "content_hash": f"hash-{n}",
        "is_read": n % 2,
        "starred": 1,
        "archived": 0,
        "position": 0.25 * n,
    }
    for n in (1, 2, 3)
]


def columns(db: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in db.execute(f"PRAGMA table_info({table})")]


def tables(db: sqlite3.Connection) -> set[str]:
    return {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def fill(db: sqlite3.Connection) -> None:
    """Data valid for whatever version the file is at: only the tables and columns it has."""
    present = tables(db)
    if "feeds" in present:
        db.execute("INSERT INTO feeds (id, url, title, added) VALUES (7, 'https://f/', 'F', 'x')")
    if "tags" in present:
        db.execute("INSERT INTO tags (id, name) VALUES (3, 'coast')")
    if "articles" not in present:
        return
    known = columns(db, "articles")
    for article in ARTICLES:
        row = {key: value for key, value in article.items() if key in known}
        if "feed_id" in known:
            row["feed_id"] = 7
        marks = ",".join("?" * len(row))
        cursor = db.execute(
            f"INSERT INTO articles ({','.join(row)}) VALUES ({marks})", [*row.values()]
        )
        article_id = cursor.lastrowid
        db.execute("INSERT INTO assets VALUES (?, 'lens.png', ?)", (article_id, b"\x89PNG lens"))
        db.execute("INSERT INTO summaries VALUES (?, 'v1/key', '{\"cached\": 1}')", (article_id,))
        if "article_tags" in present:
            db.execute("INSERT INTO article_tags VALUES (?, 3)", (article_id,))


def snapshot(db: sqlite3.Connection, only: dict[str, list[str]]) -> dict[str, list[tuple]]:
    return {
        table: db.execute(f"SELECT {','.join(names)} FROM {table} ORDER BY 1, 2").fetchall()
        for table, names in only.items()
    }


def build(path: Path, version: int) -> dict[str, list[str]]:
    db = sqlite3.connect(path, isolation_level=None)
    migrate(db, target=version)
    assert schema_version(db) == version
    with db:
        db.execute("BEGIN")
        fill(db)
    kept = {table: columns(db, table) for table in sorted(tables(db)) if "fts" not in table}
    db.close()
    return kept


@pytest.mark.parametrize("version", range(SCHEMA_VERSION))
def test_an_older_library_is_migrated_with_its_data_intact(tmp_path: Path, version: int) -> None:
    path = tmp_path / "library.db"
    kept = build(path, version)
    db = sqlite3.connect(path)
    before = snapshot(db, kept)
    db.close()
    with Library(path) as library:
        assert not library.created or version == 0
        db = library._connection
        assert schema_version(db) == SCHEMA_VERSION
        assert snapshot(db, kept) == before
        for number, article_id in enumerate(sorted(library.article_ids()), start=1):
            found = db.execute(
                "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?", (f"turns{number}",)
            ).fetchall()
            assert found == [(article_id,)]
            article = library.article(article_id)
            assert article is not None and article.asset_keys == {"lens.png"}
            assert library.asset(article_id, "lens.png") == b"\x89PNG lens"
        assert library.count() == (len(ARTICLES) if version else 0)
        db.execute("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')")
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []


def test_a_failing_migration_leaves_the_previous_version_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "library.db"
    kept = build(path, SCHEMA_VERSION)
    broken = "CREATE TABLE half_done (x);\nINSERT INTO no_such_table VALUES (1);\n"
    monkeypatch.setattr(app.store.schema, "MIGRATIONS", (*MIGRATIONS, broken))
    db = sqlite3.connect(path, isolation_level=None)
    before = snapshot(db, kept)
    with pytest.raises(sqlite3.OperationalError):
        migrate(db, target=SCHEMA_VERSION + 1)
    assert schema_version(db) == SCHEMA_VERSION
    assert "half_done" not in tables(db)
    assert snapshot(db, kept) == before
    db.close()


def test_text_stored_with_an_option_as_an_en_dash_is_derived_again(tmp_path: Path) -> None:
    path = tmp_path / "library.db"
    db = sqlite3.connect(path, isolation_level=None)
    migrate(db, target=5)
    old_text = {
        "journalctl --user shows the logs. Then rsync --delete mirrors it.": (
            "journalctl \u2013user shows the logs. Then rsync \u2013delete mirrors it."
        ),
        "A pause -- like this -- stays typeset.": "A pause \u2013 like this \u2013 stays typeset.",
    }
    with db:
        db.execute("BEGIN")
        for number, (markdown, body) in enumerate(old_text.items(), start=1):
            db.execute(
                "INSERT INTO articles (id, title, added, markdown, body, word_count, content_hash)"
                " VALUES (?, 'T', '2025', ?, ?, 9, ?)",
                (number, markdown, body, f"hash-{number}"),
            )
            db.execute("INSERT INTO summaries VALUES (?, 'v1/key', '{}')", (number,))
    db.close()
    with Library(path) as library:
        changed, kept = library.article(1), library.article(2)
        assert changed is not None and kept is not None
        assert changed.body == "journalctl --user shows the logs. Then rsync --delete mirrors it."
        assert kept.body == "A pause \u2013 like this \u2013 stays typeset."
        assert library.cached_summary(1, "v1/key") is None  # its spans pointed into the old text
        assert library.cached_summary(2, "v1/key") == "{}"
        db = library._connection
        found = db.execute("SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'user'")
        assert found.fetchall() == [(1,)]
        # The search index follows the new text (integrity-check raises if it does not).
        db.execute("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')")
