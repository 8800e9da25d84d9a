"""A full disk and read-only storage on every write path: a clear one-line message (the CLI's
stderr with a non-zero exit, the window's status bar or report), and nothing half-written:
the library passes integrity_check and every article is whole or absent.

A full library is simulated with SQLite's PRAGMA max_page_count, a read-only one with PRAGMA
query_only; a small tmpfs (mounted where the machine allows it, else skipped) is the real
thing for the command line."""

from __future__ import annotations

import io
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import closing, redirect_stderr, redirect_stdout
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

import app.library
import ui.main
import ui.window.library_recovery
from app.articles import ArticleDraft
from app.cli import build_parser, run_command
from app.errors import LibraryWriteError, StorageError
from app.export import ExportError, write_article
from app.library import Library
from app.settings import Preferences, SummarySettings, save_preferences
from app.summary import summarize
from ui.window.main_window import MainWindow
from ui.window.settings import WindowSettings

ROOT = Path(__file__).resolve().parents[1]
BIG_WORDS = 60_000  # about 400 KB of Markdown per article
SUMMARY = summarize("One sentence is here. Another one is there. A third one follows them.")


def big_text(seed: int) -> str:
    words = (f"w{seed}x{number:05d}" for number in range(BIG_WORDS))
    return f"# Big {seed}\n\n" + " ".join(words) + "\n"


def snapshot(library: Library) -> list[str]:
    return list(library._connection.iterdump())


def integrity(path: Path) -> str:
    with closing(sqlite3.connect(path)) as connection:
        return str(connection.execute("PRAGMA integrity_check").fetchone()[0])


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    with Library(tmp_path / "lib.db") as opened:
        opened.add_article(ArticleDraft(title="Before", markdown="Text that was here before.\n"))
        opened.add_tag(opened.article_ids()[0], "old")
        opened.add_feed("https://example.org/feed.xml", "Feed")
        yield opened


def limit_growth(connection: sqlite3.Connection) -> None:
    pages = connection.execute("PRAGMA page_count").fetchone()[0]
    connection.execute(f"PRAGMA max_page_count = {pages}")


def first(library: Library) -> int:
    return library.article_ids()[0]


WRITES: dict[str, Callable[[Library], object]] = {
    "import": lambda lib: lib.add_article(ArticleDraft(title="New", markdown=big_text(1))),
    "save page with images": lambda lib: lib.add_or_find_article(
        ArticleDraft(title="Page", markdown="![x](asset:x.png)\n" + big_text(2)),
        {"x.png": b"\x89PNG" + bytes(300_000)},
    ),
    "feed refresh": lambda lib: lib.update_feed(lib.feeds()[0].id, refreshed="2026-12-07"),
    "subscribe": lambda lib: lib.add_feed("https://example.org/other.xml", "Other"),
    "reading position": lambda lib: lib.set_position(first(lib), 0.5),
    "read": lambda lib: lib.set_read(first(lib), True),
    "star": lambda lib: lib.set_starred(first(lib), True),
    "tag": lambda lib: lib.add_tag(first(lib), "new tag"),
    "untag": lambda lib: lib.remove_tag(first(lib), "old"),
    "rename tag": lambda lib: lib.rename_tag("old", "older"),
    "delete": lambda lib: lib.delete_article(first(lib)),
}


@pytest.mark.parametrize("write", list(WRITES))
def test_every_write_to_a_read_only_library_is_refused_whole(library: Library, write: str) -> None:
    before = snapshot(library)
    library._connection.execute("PRAGMA query_only = ON")
    with pytest.raises(LibraryWriteError) as raised:
        WRITES[write](library)
    message = str(raised.value)
    assert message == (
        "Cannot write to the library: the library is read-only (its file or folder cannot be"
        " written). Nothing of this change was saved."
    )
    library._connection.execute("PRAGMA query_only = OFF")
    assert snapshot(library) == before


def test_a_summary_that_cannot_be_cached_is_not_kept_and_nothing_fails(library: Library) -> None:
    before = snapshot(library)
    library._connection.execute("PRAGMA query_only = ON")
    library.summaries.store(first(library), SummarySettings(), SUMMARY)  # shown all the same
    library.summaries.store_line(first(library), "A line for the list.")
    library._connection.execute("PRAGMA query_only = OFF")
    assert snapshot(library) == before
    library.summaries.store(first(library), SummarySettings(), SUMMARY)
    assert library.summaries.cached(first(library), SummarySettings()) == SUMMARY


@pytest.mark.parametrize("write", ["import", "save page with images"])
def test_a_write_that_does_not_fit_is_refused_whole(library: Library, write: str) -> None:
    before = snapshot(library)
    limit_growth(library._connection)
    with pytest.raises(LibraryWriteError, match=r"^Cannot write to the library: the disk is full"):
        WRITES[write](library)
    assert snapshot(library) == before
    assert integrity(library.path) == "ok"


@pytest.fixture
def full_libraries(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every library opened from now on (the CLI's, a window job's) cannot grow."""
    opened = app.library.connect

    def connect_full(path: Path) -> tuple[sqlite3.Connection, bool]:
        connection, created = opened(path)
        limit_growth(connection)
        return connection, created

    monkeypatch.setattr(app.library, "connect", connect_full)


def test_the_cli_says_the_disk_is_full_in_one_line_and_stops_there(
    library: Library, tmp_path: Path, full_libraries: None
) -> None:
    files = [tmp_path / f"big{n}.md" for n in range(2)]
    for number, path in enumerate(files):
        path.write_text(big_text(number))
    count = library.count()
    args = build_parser().parse_args(["--library", str(library.path), "import", *map(str, files)])
    errors = io.StringIO()
    with redirect_stderr(errors), redirect_stdout(io.StringIO()):
        status = run_command(args)
    assert status == 1
    lines = errors.getvalue().splitlines()
    assert lines == [  # the next files would be refused the same way: not tried
        f"lede: {files[0]}: Cannot write to the library: the disk is full."
        " Nothing of this change was saved."
    ]
    assert library.count() == count and integrity(library.path) == "ok"


def test_preferences_on_storage_that_refuses_them_are_one_line(tmp_path: Path) -> None:
    blocked = tmp_path / "a file"
    blocked.write_text("in the way")
    with pytest.raises(StorageError, match=r"^Preferences not saved for the next start: "):
        save_preferences(Preferences(), blocked / "preferences.json")
    assert blocked.read_text() == "in the way"


# -- the window --------------------------------------------------------------------------------


def test_the_window_tells_a_refused_write_in_the_status_bar(window: MainWindow, qtbot) -> None:
    article = window.article
    assert article is not None
    window.library._connection.execute("PRAGMA query_only = ON")
    try:
        window.operations.set_starred(article.id, not article.row.starred)
        shown = window.statusBar().currentMessage()
        window.operations.set_position(article.id, 0.75)
    finally:
        window.library._connection.execute("PRAGMA query_only = OFF")
    assert shown.startswith("Cannot write to the library: the library is read-only")
    stored = window.library.article(article.id)
    assert stored is not None and stored.row.starred == article.row.starred
    assert stored.position == article.position


def test_the_window_tells_preferences_it_cannot_save(window: MainWindow, tmp_path: Path) -> None:
    blocked = tmp_path / "a file"
    blocked.write_text("in the way")
    window._preferences_path = blocked / "preferences.json"
    window.remember_preferences(Preferences(highlight_summary=False))
    assert window.statusBar().currentMessage().startswith("Preferences not saved")
    assert window.preferences.highlight_summary is False  # used now all the same


def test_a_window_import_into_a_full_library_is_reported(
    window: MainWindow, qtbot, tmp_path: Path, full_libraries: None
) -> None:
    path = tmp_path / "big.md"
    path.write_text(big_text(7))
    count = window.library.count()
    window.imports.import_paths([path])
    qtbot.waitUntil(lambda: window.imports.message_box is not None, timeout=20_000)
    box = window.imports.message_box
    assert "the disk is full" in f"{box.text()}\n{box.informativeText()}\n{box.detailedText()}"
    assert window.library.count() == count and integrity(window.library.path) == "ok"


# -- a real small filesystem -------------------------------------------------------------------


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 1 MB tmpfs, where this machine lets the tests mount one (root in a container)."""
    point = tmp_path / "small"
    point.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(point)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip("this machine does not let the tests mount a small tmpfs")
    try:
        yield point
    finally:
        subprocess.run(["umount", "-l", str(point)], check=False)


def lede(*arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *arguments],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def remount_read_only(point: Path) -> None:
    subprocess.run(["mount", "-o", "remount,ro", str(point)], check=True)


def test_a_real_full_disk_then_read_only(small_disk: Path, tmp_path: Path) -> None:
    library_path = small_disk / "lib.db"
    files = [tmp_path / f"big{n}.md" for n in range(4)]
    for number, path in enumerate(files):
        path.write_text(big_text(number))
    done = lede("--library", str(library_path), "import", *map(str, files))
    assert done.returncode == 1
    assert "the disk is full" in done.stderr and "Traceback" not in done.stderr
    assert all(line.startswith("lede: ") for line in done.stderr.splitlines())
    assert integrity(library_path) == "ok"
    with closing(sqlite3.connect(library_path)) as connection:
        bodies = dict(connection.execute("SELECT title, markdown FROM articles"))
    for number in range(4):  # whole or absent
        title = f"Big {number}"
        assert title not in bodies or big_text(number).endswith(bodies[title].strip() + "\n")
    remount_read_only(small_disk)
    before = {path.name: path.read_bytes() for path in small_disk.iterdir()}
    for arguments in (["import", str(files[0])], ["export-opml", str(small_disk / "x.opml")]):
        refused = lede("--library", str(library_path), *arguments)
        assert refused.returncode == 1, refused
        assert len(refused.stderr.splitlines()) >= 1 and "Traceback" not in refused.stderr
        assert all(line.startswith("lede: ") for line in refused.stderr.splitlines())
    assert {path.name: path.read_bytes() for path in small_disk.iterdir()} == before


def test_an_export_onto_a_full_disk_leaves_no_part_behind(
    small_disk: Path, library: Library
) -> None:
    (small_disk / "filler").write_bytes(bytes(1024 * 1024 - 8192))
    article_id = library.add_article(ArticleDraft(title="Long", markdown=big_text(3)))
    article = library.article(article_id or 0)
    assert article is not None
    with pytest.raises(ExportError, match=r"^Cannot write .*Long\.md: No space left on device\."):
        write_article(library, article, None, small_disk / "Long.md")
    assert sorted(path.name for path in small_disk.iterdir()) == ["filler"]


def test_a_window_start_on_storage_it_cannot_write_explains_and_moves_nothing(
    qapp, lede_env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = lede_env / "library.sqlite3"
    path.write_bytes(b"a library on a read-only disk")
    refusal = LibraryWriteError(f"Cannot open {path}: the disk is full.")
    shown: list[str] = []
    asked: list[str] = []

    def refuse(_library: object) -> Library:
        raise refusal

    monkeypatch.setattr(ui.main, "open_library", refuse)
    monkeypatch.setattr(ui.window.library_recovery, "ask_recovery", lambda *a: asked.append("x"))
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
    assert ui.main.run_gui(build_parser().parse_args(["--library", str(path)])) == 1
    assert shown == [str(refusal)] and asked == []
    assert sorted(p.name for p in lede_env.iterdir() if p.is_file()) == ["library.sqlite3"]


def test_window_settings_that_cannot_be_written_are_told_in_one_line(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    blocked = tmp_path / "a file"
    blocked.write_text("in the way")
    monkeypatch.setenv("LEDE_CONFIG_DIR", str(blocked / "config"))
    settings = WindowSettings()
    settings.set("summary/visible", True)
    problem = settings.sync()
    assert problem.startswith("lede: window layout not saved: ") and "window.ini" in problem
    assert capsys.readouterr().err == problem + "\n"
    assert blocked.read_text() == "in the way"
