"""A disk that refuses writes (full, read-only): one clear message, nothing half-written.

`PRAGMA max_page_count` makes a library full at a size chosen here; `PRAGMA query_only` makes
its connection refuse every write as a read-only file does; and where this machine lets the
tests mount one, a small tmpfs is a real full disk for the command line.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.document import render_markdown
from app.errors import StorageError
from app.importing.files import import_paths
from app.library import Library
from app.store.connection import storage_error
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
    assert reason.startswith("Could not save to the library: the disk is full.")
    assert "\n" not in reason
    assert len(report.added_ids) < 40  # it stopped at the first refused write
    small_library.close()
    assert assert_whole(small_library.path) == len(report.added_ids)


def test_a_read_only_library_refuses_each_write_and_changes_nothing(
    tmp_path: Path,
) -> None:
    with Library(tmp_path / "library.sqlite3") as library:
        [path] = write_articles(tmp_path / "in", 1)
        import_paths(library, [path])
        [article_id] = library.article_ids()
        library._connection.execute("PRAGMA query_only = ON")
        writes = [
            lambda: library.set_starred(article_id, True),
            lambda: library.set_position(article_id, 0.5),
            lambda: library.add_tag(article_id, "later"),
            lambda: library.delete_article(article_id),
        ]
        for write in writes:
            with pytest.raises(StorageError, match=r"read-only\. Nothing was changed"):
                write()
        report = import_paths(library, write_articles(tmp_path / "more", 2))
        assert not report.added_ids and len(report.failures) == 1
        library._connection.execute("PRAGMA query_only = OFF")
        article = library.article(article_id)
        assert article is not None and not article.row.starred
        assert article_id not in library.reading_positions()
        assert library.article_tags(article_id) == []


def test_a_summary_that_cannot_be_cached_is_left_uncached(tmp_path: Path) -> None:
    from app.settings import SummarySettings
    from app.summary import summarize

    with Library(tmp_path / "library.sqlite3") as library:
        import_paths(library, write_articles(tmp_path / "in", 1, paragraphs=8))
        [article_id] = library.article_ids()
        article = library.article(article_id)
        assert article is not None
        summary = summarize(article.body, language="en")
        library._connection.execute("PRAGMA query_only = ON")
        library.summaries.store(article_id, SummarySettings(), summary)  # no error
        library._connection.execute("PRAGMA query_only = OFF")
        assert library.summaries.cached(article_id, SummarySettings()) is None


@pytest.mark.parametrize(
    ("message", "reason"),
    [
        ("database or disk is full", "the disk is full"),
        ("attempt to write a readonly database", "read-only"),
        ("disk I/O error", "the disk reported an error"),
        ("database is locked", "another program is writing to it"),
    ],
)
def test_what_sqlite_says_about_the_disk_becomes_a_reason(message: str, reason: str) -> None:
    error = storage_error(sqlite3.OperationalError(message))
    assert error is not None and reason in str(error)


def test_other_database_errors_are_not_called_a_disk_problem() -> None:
    assert storage_error(sqlite3.OperationalError("no such table: nothing")) is None


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
    assert message.startswith("Could not save to the library: its file or folder is read-only")
    assert not star.isChecked()  # the action shows the state the article kept
    window.library._connection.execute("PRAGMA query_only = OFF")
    row = window.library.article(article.id)
    assert row is not None and not row.row.starred


def test_the_window_keeps_preferences_it_cannot_save(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from dataclasses import replace

    def refuse(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("ui.window.main_window.save_preferences", refuse)
    window.remember_preferences(replace(window.preferences, highlight_summary=True))
    assert window.preferences.highlight_summary
    assert "No space left on device" in window.statusBar().currentMessage()


# -- a real full disk, for the command line ----------------------------------------------------


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A 3 MB tmpfs, where this machine allows mounting one (root, no container limits)."""
    mount_point = tmp_path / "disk"
    mount_point.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small tmpfs needs root")
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(mount_point)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.decode().strip()}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def test_the_command_line_on_a_full_disk_says_so_in_one_line(
    tiny_disk: Path, tmp_path: Path
) -> None:
    library = tiny_disk / "library.sqlite3"
    write_articles(tmp_path / "in", 120)  # about 4 MB of text: more than the disk holds
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "main.py"),
            "--library",
            str(library),
            "import",
            str(tmp_path / "in"),
        ],
        capture_output=True,
        text=True,
        env={**os.environ, "LEDE_CONFIG_DIR": str(tmp_path / "config")},
        check=False,
        cwd=ROOT,
    )
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(errors) == 1, result.stderr
    assert "Could not save to the library: the disk is full." in errors[0]
    assert "Traceback" not in result.stderr
    assert assert_whole(library) > 0
