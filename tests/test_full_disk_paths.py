"""Where a refused write stops: an import keeps what fit and goes no further, and the star
action shows the state the article kept. (tests/test_full_disk.py covers every write path.)
`PRAGMA max_page_count` makes a library full; `PRAGMA query_only` makes it refuse writes as a
read-only file does.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.document import render_markdown
from app.importing.files import import_paths
from app.library import Library
from ui.window.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[1]
PARAGRAPH = "The harbour wall was rebuilt stone by stone after the storm of that winter. "


def write_articles(folder: Path, count: int, paragraphs: int = 60) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(count):
        path = folder / f"article-{n:03d}.md"
        body = "\n\n".join(f"{PARAGRAPH * 4} Part {n}.{k}." for k in range(paragraphs))
        path.write_text(f"# Article {n}\n\n{body}\n", encoding="utf-8")
        paths.append(path)
    return paths


def assert_whole(library_path: Path) -> int:
    """integrity_check passes and every article is whole: its text, plain text and search
    row agree. Returns how many articles there are."""
    with sqlite3.connect(library_path) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        # the search index holds exactly the articles' text (raises "database disk image is
        # malformed" if a row is missing or extra)
        db.execute("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')")
    with Library(library_path) as library:
        ids = library.article_ids()
        for article_id in ids:
            article = library.article(article_id)
            assert article is not None
            assert article.body == render_markdown(article.markdown).text
        return len(ids)


@pytest.fixture
def small_library(tmp_path: Path) -> Iterator[Library]:
    """A library that can grow by about 40 pages (160 KB) and no more."""
    with Library(tmp_path / "library.sqlite3") as library:
        pages = library._connection.execute("PRAGMA page_count").fetchone()[0]
        library._connection.execute(f"PRAGMA max_page_count = {pages + 40}")
        yield library


def test_importing_into_a_full_library_stops_with_the_reason_and_keeps_what_fit(
    small_library: Library, tmp_path: Path
) -> None:
    report = import_paths(small_library, write_articles(tmp_path / "in", 40))
    assert report.added_ids, "some articles fit before the library was full"
    [failure] = report.failures
    reason = failure.reason
    assert reason.startswith("Cannot write to the library: the disk is full.")
    assert "\n" not in reason
    assert len(report.added_ids) < 40  # it stopped at the first refused write
    small_library.close()
    assert assert_whole(small_library.path) == len(report.added_ids)


def test_the_window_tells_a_refused_write_in_the_status_bar(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
) -> None:
    article = window.article
    assert article is not None
    window.library._connection.execute("PRAGMA query_only = ON")
    star = window.organise.star
    star.trigger()
    message = window.statusBar().currentMessage()
    assert message.startswith("Cannot write to the library: the library is read-only")
    assert not star.isChecked()  # the action shows the state the article kept
    window.library._connection.execute("PRAGMA query_only = OFF")
    row = window.library.article(article.id)
    assert row is not None and not row.row.starred
