"""A damaged or newer library: a clear error, the file kept byte for byte, a fresh start offered."""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
import subprocess
import sys
import types
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QLabel

import app.store.connection
import ui.window.library_recovery
from app.cli import build_parser
from app.errors import LibraryError, NewerLibraryError
from app.library import Library, move_aside
from app.samples import add_samples
from app.store.schema import SCHEMA_VERSION
from ui.main import run_gui
from ui.window.library_recovery import Choice, LibraryRecoveryDialog

ROOT = Path(__file__).resolve().parents[1]


def real_library(path: Path) -> Path:
    with Library(path) as library:
        add_samples(library)
    db = sqlite3.connect(path)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return path


def garbage(path: Path) -> None:
    path.write_bytes(bytes(range(256)) * 64)


def text_file(path: Path) -> None:
    path.write_text("These are my notes, not a database.\n" * 50)


def png_file(path: Path) -> None:
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 2000)


def wrong_header(path: Path) -> None:
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4080)


def truncated(fraction: float) -> Callable[[Path], None]:
    def make(path: Path) -> None:
        real_library(path.with_name("whole.db"))
        data = path.with_name("whole.db").read_bytes()
        path.write_bytes(data[: int(len(data) * fraction)])

    return make


def another_program(path: Path) -> None:
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE contacts (name TEXT)")
    db.commit()
    db.close()


def newer(path: Path) -> None:
    real_library(path)
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.execute("PRAGMA journal_mode = DELETE")
    db.close()


BROKEN = {
    "garbage": garbage,
    "text": text_file,
    "png": png_file,
    "wrong header": wrong_header,
    "truncated 5%": truncated(0.05),
    "truncated 50%": truncated(0.5),
    "truncated 95%": truncated(0.95),
    "another program's database": another_program,
}


def digest_of(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "libraries"
    path.mkdir()
    return path


@pytest.mark.parametrize("make", BROKEN.values(), ids=BROKEN.keys())
def test_a_broken_file_is_a_library_error_and_stays_as_it_was(folder: Path, make) -> None:
    path = folder / "library.db"
    make(path)
    before = digest_of(folder)
    with pytest.raises(LibraryError) as caught:
        Library(path)
    assert not isinstance(caught.value, NewerLibraryError)
    assert "\n" not in str(caught.value)
    assert digest_of(folder) == before


def test_a_newer_library_is_a_newer_library_error_and_stays_as_it_was(folder: Path) -> None:
    path = folder / "library.db"
    newer(path)
    before = digest_of(folder)
    with pytest.raises(NewerLibraryError, match="newer Lede"):
        Library(path)
    assert digest_of(folder) == before


class _FixedClock(dt.datetime):
    @classmethod
    def now(cls, tz: dt.tzinfo | None = None) -> _FixedClock:
        return cls(2026, 11, 28, 12, 0, 5, tzinfo=tz)


@pytest.fixture
def fixed_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    clock = types.SimpleNamespace(datetime=_FixedClock, UTC=dt.UTC)
    monkeypatch.setattr(app.store.connection, "dt", clock)


def test_move_aside_takes_the_wal_and_shm_along(folder: Path, fixed_clock: None) -> None:
    path = folder / "library.db"
    for suffix, data in (("", b"main"), ("-wal", b"wal"), ("-shm", b"shm")):
        Path(f"{path}{suffix}").write_bytes(data)
    moved = move_aside(path)
    assert moved == folder / "library.db.broken-20261128-120005"
    assert digest_of(folder) == {
        "library.db.broken-20261128-120005": hashlib.sha256(b"main").hexdigest(),
        "library.db.broken-20261128-120005-shm": hashlib.sha256(b"shm").hexdigest(),
        "library.db.broken-20261128-120005-wal": hashlib.sha256(b"wal").hexdigest(),
    }


def test_move_aside_never_overwrites(folder: Path, fixed_clock: None) -> None:
    path = folder / "library.db"
    taken = folder / "library.db.newer-20261128-120005"
    taken.write_bytes(b"an earlier one")
    path.write_bytes(b"this one")
    moved = move_aside(path, "newer")
    assert moved == folder / "library.db.newer-20261128-120005-2"
    assert taken.read_bytes() == b"an earlier one"
    assert moved.read_bytes() == b"this one"
    assert not path.exists()


def test_a_moved_aside_library_still_opens_with_its_wal(folder: Path) -> None:
    path = folder / "library.db"
    library = Library(path)
    add_samples(library)
    count = library.count()
    assert Path(f"{path}-wal").stat().st_size > 0
    moved = move_aside(path)
    library.close()
    with Library(moved) as reopened:
        assert reopened.count() == count


# -- the start-up dialog ----------------------------------------------------------------------


@pytest.fixture
def start_gui(qapp, lede_env: Path, monkeypatch: pytest.MonkeyPatch):
    """run_gui on a library path, with the dialog answered by `choice`; returns what it saw."""
    told: list[Path] = []
    asked: list[str] = []
    monkeypatch.setattr(ui.window.library_recovery, "tell_moved", told.append)

    def run(path: Path, choice: Choice) -> tuple[int, list[str], list[Path]]:
        def answer(_path: Path, error: LibraryError) -> Choice:
            asked.append(str(error))
            return choice

        monkeypatch.setattr(ui.window.library_recovery, "ask_recovery", answer)
        ends_the_event_loop = QTimer(singleShot=True, interval=0)
        ends_the_event_loop.timeout.connect(qapp.quit)
        ends_the_event_loop.start()
        status = run_gui(build_parser().parse_args(["--library", str(path)]))
        ends_the_event_loop.stop()  # run_gui may return before its event loop starts
        for widget in qapp.topLevelWidgets():
            widget.close()
            widget.deleteLater()
        return status, asked, told

    # closing run_gui's window would otherwise post a Quit that ends the next test's waits
    quits_on_close = qapp.quitOnLastWindowClosed()
    qapp.setQuitOnLastWindowClosed(False)
    yield run
    qapp.setQuitOnLastWindowClosed(quits_on_close)


@pytest.mark.gui
@pytest.mark.parametrize("make", [garbage, truncated(0.5), newer], ids=["garbage", "cut", "newer"])
def test_quit_leaves_the_file_untouched(folder: Path, start_gui, make) -> None:
    path = folder / "library.db"
    make(path)
    before = digest_of(folder)
    status, asked, told = start_gui(path, Choice.QUIT)
    assert status == 1
    assert len(asked) == 1
    assert told == []
    assert digest_of(folder) == before


@pytest.mark.gui
@pytest.mark.parametrize(
    ("make", "reason"), [(garbage, "broken"), (newer, "newer")], ids=["garbage", "newer"]
)
def test_a_fresh_start_moves_the_file_aside_and_opens_samples(
    folder: Path, start_gui, make, reason: str
) -> None:
    path = folder / "library.db"
    make(path)
    original = hashlib.sha256(path.read_bytes()).hexdigest()
    status, asked, told = start_gui(path, Choice.FRESH)
    assert status == 0
    assert len(asked) == 1
    assert len(told) == 1
    moved = told[0]
    assert moved.parent == folder
    assert moved.name.startswith(f"library.db.{reason}-")
    assert hashlib.sha256(moved.read_bytes()).hexdigest() == original
    with Library(path) as fresh:
        assert fresh.count() >= 10


@pytest.mark.gui
def test_the_dialog_explains_and_its_buttons_answer(qtbot, folder: Path) -> None:
    error = NewerLibraryError(f"{folder}/library.db was written by a newer Lede (schema 99)")
    for button_name, choice, result in (
        ("fresh_button", Choice.FRESH, QDialog.DialogCode.Accepted),
        ("quit_button", Choice.QUIT, QDialog.DialogCode.Rejected),
    ):
        dialog = LibraryRecoveryDialog(folder / "library.db", error)
        qtbot.addWidget(dialog)
        with qtbot.waitExposed(dialog):
            dialog.show()
        text = dialog.findChild(QLabel, "recovery-message")
        assert text is not None and "newer version of Lede" in text.text()
        assert "schema 99" in text.text()
        with qtbot.waitSignal(dialog.finished):
            qtbot.mouseClick(getattr(dialog, button_name), Qt.MouseButton.LeftButton)
        assert dialog.choice is choice
        assert dialog.result() == result


@pytest.mark.gui
def test_escape_means_quit(qtbot, folder: Path) -> None:
    dialog = LibraryRecoveryDialog(folder / "library.db", LibraryError("broken"))
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.choice is Choice.QUIT


# -- the CLI ----------------------------------------------------------------------------------


@pytest.mark.e2e
def test_summarize_does_not_touch_a_corrupt_library(folder: Path, tmp_path: Path) -> None:
    path = folder / "corrupt.db"
    garbage(path)
    before = digest_of(folder)
    article = tmp_path / "article.md"
    article.write_text(
        "# A short piece\n\n"
        + " ".join(f"Sentence {n} says something about item {n % 7}." for n in range(30))
    )
    done = subprocess.run(
        [sys.executable, "main.py", "--library", str(path), "summarize", str(article)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip()
    assert digest_of(folder) == before
