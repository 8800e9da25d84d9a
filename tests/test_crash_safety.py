"""A bulk import killed with SIGKILL at random moments leaves every article whole or absent."""

from __future__ import annotations

import hashlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.document import count_words, render_markdown
from app.library import Library

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL"),
]

ROOT = Path(__file__).resolve().parents[1]
KILLS = 21
ASSET_BYTES = 256 * 1024

# The child adds articles forever, one transaction each, until it is killed.
IMPORTER = f"""
import hashlib, itertools, sys
from app.articles import ArticleDraft
from app.library import Library

library = Library(sys.argv[1])
start = int(sys.argv[2])
print("ready", flush=True)
for n in itertools.count(start):
    key = f"img-{{n}}.png"
    markdown = (
        f"# Article {{n}}\\n\\nMarker token{{n}}x starts this article. "
        + "Words fill the page. " * (n % 50 + 20)
        + f"\\n\\n![picture]({{key}})\\n"
    )
    asset = hashlib.sha256(str(n).encode()).digest() * ({ASSET_BYTES} // 32)
    library.add_article(ArticleDraft(title=f"Article {{n}}", markdown=markdown), {{key: asset}})
"""


def expected_asset(number: int) -> bytes:
    return hashlib.sha256(str(number).encode()).digest() * (ASSET_BYTES // 32)


def run_and_kill(path: Path, start: int, delay: float) -> None:
    child = subprocess.Popen(
        [sys.executable, "-c", IMPORTER, str(path), str(start)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == b"ready"
    time.sleep(delay)
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=10)
    child.stdout.close()
    assert child.returncode == -signal.SIGKILL


def check_database(path: Path, rendered: set[int]) -> int:
    """Integrity, FTS consistency and per-article wholeness; returns the highest article number.

    Rendering is checked once per article (`rendered` remembers which), the rest after every kill.
    """
    db = sqlite3.connect(path)
    try:
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        db.execute("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')")
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        highest = -1
        for article_id, title, markdown, body, words in db.execute(
            "SELECT id, title, markdown, body, word_count FROM articles"
        ):
            number = int(title.removeprefix("Article "))
            check_article(db, article_id, number)
            if article_id not in rendered:
                assert body == render_markdown(markdown).text
                assert words == count_words(body)
                rendered.add(article_id)
            highest = max(highest, number)
        return highest
    finally:
        db.close()


def check_article(db: sqlite3.Connection, article_id: int, number: int) -> None:
    found = db.execute(
        "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?", (f"token{number}x",)
    ).fetchall()
    assert found == [(article_id,)]
    assets = db.execute("SELECT key, data FROM assets WHERE article_id = ?", (article_id,))
    assert [(key, bytes(data)) for key, data in assets] == [
        (f"img-{number}.png", expected_asset(number))
    ]


def test_sigkill_during_bulk_import_loses_at_most_the_article_being_written(
    tmp_path: Path,
) -> None:
    path = tmp_path / "library.db"
    Library(path).close()
    randomness = random.Random(20261128)
    next_number = 0
    stored_counts = []
    rendered: set[int] = set()
    for _ in range(KILLS):
        run_and_kill(path, next_number, randomness.uniform(0.0, 0.5))
        next_number = check_database(path, rendered) + 1
        with Library(path) as library:
            stored_counts.append(library.count())
        next_number = max(next_number, stored_counts[-1])
    assert stored_counts == sorted(stored_counts)
    assert stored_counts[-1] > KILLS, "the child should have stored articles between kills"
