"""Feed entries name their author as a person, not as the feed's raw field."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.importing.authors import author_name
from app.importing.feeds import parse_feed
from app.library import Library
from app.store.schema import migrate


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("news@halvard.example (Priya Raman)", "Priya Raman"),
        ("Priya Raman <news@halvard.example>", "Priya Raman"),
        ('"Raman, Priya" <news@halvard.example>', "Raman, Priya"),
        ("Priya Raman", "Priya Raman"),
        ("  Priya   Raman ", "Priya Raman"),
        ("news@halvard.example", "news@halvard.example"),  # no name given: the address
        ("news@halvard.example ()", "news@halvard.example"),
        ("Dr. Ann Lee (guest)", "Dr. Ann Lee (guest)"),  # a parenthesis after a name stays
        ("", ""),
        ("\x00\x01", ""),
        ("x" * 5000, "x" * 200),
        ("Priya\xa0Raman", "Priya Raman"),  # a no-break space, as &#160; in a feed
        ("Priya\tRaman", "Priya Raman"),
        ("Ann\u2028Lee <a@b.example>", "Ann Lee"),
    ],
)
def test_author_names(raw: str, name: str) -> None:
    assert author_name(raw) == name


RSS = b"""<?xml version="1.0"?>
<rss version="2.0"><channel><title>Halvard News</title><link>http://127.0.0.1/</link>
<item><title>Harbour dues rise</title><link>http://127.0.0.1/a</link>
<author>news@halvard.example (Priya Raman)</author>
<description>The harbour dues rise in May. Fishermen are unhappy about it.</description></item>
</channel></rss>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Halvard</title><id>urn:x</id>
<updated>2026-01-01T00:00:00Z</updated>
<entry><title>Ferry</title><id>urn:y</id><link href="http://127.0.0.1/b"/>
<updated>2026-01-01T00:00:00Z</updated><author><name>Priya Raman</name>
<email>news@halvard.example</email></author><summary>The ferry runs.</summary></entry></feed>"""


@pytest.mark.parametrize("data", [RSS, ATOM])
def test_a_feed_entry_gets_the_authors_name(data: bytes) -> None:
    (entry,) = parse_feed(data, "http://127.0.0.1/feed").entries
    assert entry.author == "Priya Raman"


def test_migration_7_gives_stored_feed_entries_their_authors_name(tmp_path: Path) -> None:
    path = tmp_path / "library.db"
    db = sqlite3.connect(path, isolation_level=None)
    migrate(db, target=6)
    authors = ["news@halvard.example (Priya Raman)", "Mira Holt", "desk@example.org"]
    with db:
        db.execute("BEGIN")
        for number, author in enumerate(authors, start=1):
            db.execute(
                "INSERT INTO articles (id, title, author, added, markdown, body, word_count,"
                " content_hash) VALUES (?, 'T', ?, '2025', 'x', 'x', 1, ?)",
                (number, author, f"hash-{number}"),
            )
    db.close()
    with Library(path) as library:
        found = [library.article(number) for number in (1, 2, 3)]
        assert [article.author if article else None for article in found] == [
            "Priya Raman",
            "Mira Holt",
            "desk@example.org",
        ]
