"""A library on a disk remounted read-only is not a broken library: it is refused in one line
and its files stay byte for byte as they were. (The window's start on such a library is
tests/test_full_disk.py's.)"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

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
