"""A library that cannot be opened for want of room or rights is not a broken library: the
start says why in one line and never offers to move the file aside for a fresh one."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

import ui.main
import ui.window.library_recovery
from app.cli import build_parser
from app.errors import LibraryWriteError
from app.library import Library
from tests.test_full_disk import small_disk  # noqa: F401  (used through request)

ROOT = Path(__file__).resolve().parents[1]


def test_a_library_on_a_read_only_disk_is_refused_in_one_line(
    request: pytest.FixtureRequest,
) -> None:
    disk: Path = request.getfixturevalue("small_disk")
    path = disk / "lib.db"
    Library(path).close()
    subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
    before = {entry.name: entry.read_bytes() for entry in disk.iterdir()}
    with pytest.raises(LibraryWriteError, match=r"^Cannot open .*lib\.db: "):
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
