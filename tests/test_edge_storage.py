"""A library that cannot be opened for want of room or rights is not a broken library: the
start says why in one line and never offers to move the file aside for a fresh one."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

import ui.main
import ui.window.library_recovery
from app.cli import build_parser
from app.errors import LibraryError, StorageError
from app.library import Library
from app.store.connection import _open_error
from tests.test_full_disk import tiny_disk  # noqa: F401  (used through request)

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(
    ("message", "reason"),
    [
        ("unable to open database file", "its folder cannot be written"),
        ("attempt to write a readonly database", "its file or folder is read-only"),
        ("database or disk is full", "the disk is full"),
    ],
)
def test_a_disk_that_refuses_at_open_is_said_so(message: str, reason: str) -> None:
    error = _open_error(Path("/x/lib.db"), sqlite3.OperationalError(message))
    assert isinstance(error, StorageError)
    assert str(error) == f"Cannot open /x/lib.db: {reason}. Nothing was changed."


def test_a_damaged_file_is_still_called_unreadable() -> None:
    error = _open_error(Path("/x/lib.db"), sqlite3.DatabaseError("file is not a database"))
    assert type(error) is LibraryError
    assert str(error) == "/x/lib.db is not a readable Lede library: file is not a database."


def test_a_library_on_a_read_only_disk_is_refused_in_one_line(
    request: pytest.FixtureRequest,
) -> None:
    disk: Path = request.getfixturevalue("tiny_disk")
    path = disk / "lib.db"
    Library(path).close()
    subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
    before = {entry.name: entry.read_bytes() for entry in disk.iterdir()}
    with pytest.raises(StorageError, match=r"^Cannot open .*lib\.db: .*Nothing was changed\.$"):
        Library(path)
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--library", str(path), "feeds"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 1 and len(done.stderr.splitlines()) == 1
    assert done.stderr.startswith(f"lede: error: Cannot open {path}: ")
    assert {entry.name: entry.read_bytes() for entry in disk.iterdir()} == before


def test_the_window_start_explains_and_moves_nothing(
    qapp, lede_env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = lede_env / "library.sqlite3"
    path.write_bytes(b"a library on a disk that refuses it")
    refusal = StorageError(f"Cannot open {path}: the disk is full. Nothing was changed.")
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
