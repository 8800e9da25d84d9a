"""One window per library: a second start hands its files to the open window, a headless write
makes the window read its list again, and `lede FILE...` opens files."""

from __future__ import annotations

import shutil
import socket
import tempfile
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from app import instance
from app.cli import build_parser, parse_command_line, run_command
from app.library import Library
from ui.main import _handed_to_open_window, _serve_other_starts
from ui.window.main_window import MainWindow
from ui.window.single_instance import InstanceServer


@pytest.fixture(autouse=True)
def runtime_dir(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A short private runtime folder: Unix socket paths are limited to about 100 bytes."""
    folder = Path(tempfile.mkdtemp(prefix="lede-", dir="/tmp"))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(folder))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def in_thread(qtbot: Any, call: Callable[[], object]) -> object:
    """Run a blocking client call while the Qt event loop serves it; its result."""
    results: list[object] = []
    worker = threading.Thread(target=lambda: results.append(call()))
    worker.start()
    qtbot.waitUntil(lambda: not worker.is_alive(), timeout=10_000)
    return results[0]


def article_file(folder: Path, name: str, title: str) -> Path:
    path = folder / name
    sentences = " ".join(f"Sentence {n} of {title} says something." for n in range(8))
    path.write_text(f"# {title}\n\n{sentences}\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "data",
    [
        b"not json",
        b"\xff\xfe",
        b"[1, 2]",
        b'{"open": "a.md"}',
        b'{"open": [3]}',
        b'{"open": ["a\\u0000b"]}',
        b'{"open": [""]}',
        b'{"open": ["x"]}' + b" " * instance.MAX_MESSAGE,
    ],
)
def test_a_message_not_of_ours_is_ignored(data: bytes) -> None:
    assert instance.decode(data) is None


def test_nobody_listening_means_start_a_window(tmp_path: Path) -> None:
    assert instance.open_in_window(tmp_path / "library.sqlite3", []) is False
    assert instance.tell_window_changed(tmp_path / "library.sqlite3") is False


def test_the_open_window_takes_the_files(qtbot: Any, tmp_path: Path) -> None:
    library = tmp_path / "library.sqlite3"
    server = InstanceServer(library)
    assert server.listen()
    with qtbot.waitSignal(server.open_files) as opened:
        answered = in_thread(qtbot, lambda: instance.open_in_window(library, [Path("a b.md")]))
    assert answered is True
    assert opened.args == [[Path.cwd() / "a b.md"]]  # a relative name is the sender's
    server.close()


def test_a_socket_left_by_a_killed_window_is_taken_over(qtbot: Any, tmp_path: Path) -> None:
    library = tmp_path / "library.sqlite3"
    stale = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    stale.bind(str(instance.socket_path(library)))  # bound, never listening: like a dead window
    stale.close()
    assert instance.open_in_window(library, []) is False

    server = InstanceServer(library)
    assert server.listen()
    with qtbot.waitSignal(server.library_changed):
        assert in_thread(qtbot, lambda: instance.tell_window_changed(library)) is True
    server.close()


def test_garbage_gets_no_and_the_window_keeps_listening(qtbot: Any, tmp_path: Path) -> None:
    library = tmp_path / "library.sqlite3"
    server = InstanceServer(library)
    assert server.listen()

    def send_garbage() -> bytes:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as connection:
            connection.settimeout(5)
            connection.connect(str(instance.socket_path(library)))
            connection.sendall(b'{"open": [1]}\n')
            return connection.recv(16)

    with qtbot.assertNotEmitted(server.open_files):
        assert in_thread(qtbot, send_garbage) == b"no\n"
    with qtbot.waitSignal(server.library_changed):
        assert in_thread(qtbot, lambda: instance.tell_window_changed(library)) is True
    server.close()


@pytest.fixture
def serving(window: MainWindow) -> Iterator[MainWindow]:
    server = _serve_other_starts(window, window.library.path, [])
    yield window
    server.close()


def test_a_second_start_opens_its_file_in_the_first_window(
    qtbot: Any, serving: MainWindow, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = article_file(tmp_path, "lanterns.md", "Paper Lanterns at Dusk")
    before = serving.library.count()

    handed = in_thread(qtbot, lambda: _handed_to_open_window(serving.library.path, [path]))

    assert handed is True
    told = capsys.readouterr().out
    assert "already open" in told and "opened lanterns.md there" in told
    qtbot.waitUntil(
        lambda: serving.article is not None and serving.article.title == "Paper Lanterns at Dusk"
    )
    assert serving.library.count() == before + 1
    assert serving.list_view.currentIndex().isValid()

    # Opened again: nothing is added, and the article already in the library is shown.
    serving.select_row(0 if serving.current_row else 1)
    in_thread(qtbot, lambda: instance.open_in_window(serving.library.path, [path]))
    qtbot.waitUntil(
        lambda: serving.article is not None and serving.article.title == "Paper Lanterns at Dusk"
    )
    assert serving.library.count() == before + 1


def test_a_file_that_cannot_be_read_gets_the_import_message(
    qtbot: Any, serving: MainWindow, tmp_path: Path
) -> None:
    missing = tmp_path / "gone.md"
    in_thread(qtbot, lambda: instance.open_in_window(serving.library.path, [missing]))
    qtbot.waitUntil(lambda: serving.imports.results.message_box is not None)
    box = serving.imports.results.message_box
    assert box is not None
    assert "0 added, 1 failed" in box.text()
    assert "gone.md" in box.informativeText()
    box.close()


def test_a_headless_import_shows_in_the_open_window(
    qtbot: Any, serving: MainWindow, tmp_path: Path
) -> None:
    path = article_file(tmp_path, "kites.md", "Kites Over the Harbour")
    rows = serving.model.rowCount()
    args = build_parser().parse_args(["--library", str(serving.library.path), "import", str(path)])

    assert in_thread(qtbot, lambda: run_command(args)) == 0

    qtbot.waitUntil(lambda: serving.model.rowCount() == rows + 1)
    titles = [serving.model.index(row, 0).data() for row in range(serving.model.rowCount())]
    assert any("Kites Over the Harbour" in str(title) for title in titles)


@pytest.mark.parametrize(
    ("words", "command", "files", "library"),
    [
        (["a.md"], None, ["a.md"], None),
        (["--library", "x.sqlite3", "a.md", "b.html"], None, ["a.md", "b.html"], "x.sqlite3"),
        (["--library=x.sqlite3", "a.md"], None, ["a.md"], "x.sqlite3"),
        (["--", "import"], None, ["import"], None),
        (["import", "a.md"], "import", [], None),
        (["notes/today"], None, ["notes/today"], None),
        ([], None, [], None),
    ],
)
def test_files_on_the_command_line(
    words: list[str], command: str | None, files: list[str], library: str | None
) -> None:
    args = parse_command_line(words)
    assert args.command == command
    assert args.files == [Path(file) for file in files]
    assert args.library == (Path(library) if library else None)


def test_a_second_library_gets_its_own_window(tmp_path: Path, qtbot: Any) -> None:
    first = Library(tmp_path / "one.sqlite3")
    server = InstanceServer(first.path)
    assert server.listen()
    assert instance.socket_path(first.path) != instance.socket_path(tmp_path / "two.sqlite3")
    assert instance.open_in_window(tmp_path / "two.sqlite3", []) is False
    server.close()
    first.close()


def test_a_mistyped_command_is_not_taken_for_a_file(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        parse_command_line(["refersh"])
    assert exit_.value.code == 2
    assert "invalid choice: 'refersh'" in capsys.readouterr().err
