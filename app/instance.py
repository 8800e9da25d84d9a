"""One window per library: the address a window listens on, and the messages sent to it.

The window listens on a local socket named after its library (ui/window/single_instance.py).
A second start on the same library hands its files to that window and ends; a headless command
that wrote to the library tells the window, which reads its list again. Both sides speak one
line of JSON, so this side needs no Qt: `{"open": [paths]}` or `{"changed": true}`, answered
by `ok`. Where the platform has no Unix sockets (Windows), every start opens its own window.
"""

from __future__ import annotations

import hashlib
import json
import os
import socket
import tempfile
from pathlib import Path

MAX_MESSAGE = 1_000_000  # bytes: some thousands of paths; anything longer is not ours
MAX_PATHS = 10_000
_ANSWER_TIMEOUT = 3.0  # seconds the window has to say it took the message


def socket_path(library: Path) -> Path:
    """Where the window on `library` listens: the user's runtime folder when there is one
    (private to the user), else the temporary folder; the name hides the library's path."""
    digest = hashlib.sha256(str(library.expanduser().resolve()).encode()).hexdigest()[:20]
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    folder = Path(runtime) if runtime and Path(runtime).is_dir() else Path(tempfile.gettempdir())
    return folder / f"lede-{digest}.sock"


def supported() -> bool:
    return hasattr(socket, "AF_UNIX")


def open_in_window(library: Path, files: list[Path]) -> bool:
    """Give `files` to the window already open on `library` and bring it forward; False when
    no window is open there (the caller then starts one)."""
    paths = [str(path.expanduser().absolute()) for path in files]
    return _send(library, {"open": paths})


def tell_window_changed(library: Path) -> bool:
    """After a headless write: the window open on `library`, if any, reads its list again."""
    return _send(library, {"changed": True})


def encode(message: dict[str, object]) -> bytes:
    return json.dumps(message, ensure_ascii=False).encode("utf-8") + b"\n"


def decode(data: bytes) -> tuple[list[Path], bool] | None:
    """A message as (files to open, library changed); None when it is not a message of ours
    (too long, not JSON, the wrong shape): the window then ignores it."""
    if len(data) > MAX_MESSAGE:
        return None
    try:
        message = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
    if not isinstance(message, dict):
        return None
    paths = message.get("open", [])
    if not isinstance(paths, list) or len(paths) > MAX_PATHS:
        return None
    if not all(isinstance(path, str) and path and "\0" not in path for path in paths):
        return None
    return [Path(path) for path in paths], message.get("changed") is True


def _send(library: Path, message: dict[str, object]) -> bool:
    if not supported():
        return False
    address = str(socket_path(library))
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as connection:
            connection.settimeout(_ANSWER_TIMEOUT)
            connection.connect(address)
            connection.sendall(encode(message))
            return connection.recv(16).startswith(b"ok")
    except OSError:
        return False  # nobody listens (no file, or one left by a window that was killed)
