"""The window's side of "one window per library": it listens on the library's local socket
(app/instance.py) for files to open and for news that a headless command wrote."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot

from app import instance

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)


class InstanceServer(QObject):
    """Emits `open_files` with the paths a second start handed over, and `library_changed`
    when a headless command wrote to the library."""

    open_files = Signal(list)
    library_changed = Signal()

    def __init__(self, library: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.address = str(instance.socket_path(library))
        self.server: QLocalServer | None = None  # made by listen(): QtNetwork loads only then
        self._buffers: dict[QLocalSocket, bytearray] = {}

    def listen(self) -> bool:
        """Listen on the library's address, taking it over from a window that was killed (its
        socket file stays behind). The caller has already asked whether a window answers."""
        from PySide6.QtNetwork import QLocalServer

        if not instance.supported():
            return False
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)
        QLocalServer.removeServer(self.address)
        if not self.server.listen(self.address):
            log.warning("Cannot listen on %s: %s", self.address, self.server.errorString())
            return False
        return True

    def close(self) -> None:
        if self.server is not None:
            self.server.close()  # also removes the socket file

    @Slot()
    def _accept(self) -> None:
        assert self.server is not None, "connections arrive only once listening"
        while (connection := self.server.nextPendingConnection()) is not None:
            self._buffers[connection] = bytearray()
            connection.readyRead.connect(lambda c=connection: self._read(c))
            connection.disconnected.connect(lambda c=connection: self._forget(c))

    def _read(self, connection: QLocalSocket) -> None:
        buffer = self._buffers.get(connection)
        if buffer is None:
            return
        buffer += bytes(connection.readAll().data())
        if len(buffer) > instance.MAX_MESSAGE:
            connection.abort()
            return
        if b"\n" not in buffer:
            return
        message = instance.decode(bytes(buffer).split(b"\n", 1)[0])
        connection.write(b"ok\n" if message is not None else b"no\n")
        connection.flush()
        connection.disconnectFromServer()
        if message is None:
            return
        files, changed = message
        if files:
            self.open_files.emit(files)
        if changed:
            self.library_changed.emit()

    def _forget(self, connection: QLocalSocket) -> None:
        self._buffers.pop(connection, None)
        connection.deleteLater()
