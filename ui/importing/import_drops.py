"""Files, folders and web links dropped onto the window become imports."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QWidget

from app.importing.urls import WEB_SCHEMES


class DropImporter(QObject):
    """An event filter on the window: takes drags that carry files or web addresses."""

    def __init__(
        self,
        window: QWidget,
        import_paths: Callable[[Sequence[Path]], object],
        add_url: Callable[[str], object],
    ) -> None:
        super().__init__(window)
        self._import_paths = import_paths
        self._add_url = add_url
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            return self._accept_drag(event)  # type: ignore[arg-type]
        if kind == QEvent.Type.Drop:
            return self._drop(event)  # type: ignore[arg-type]
        return False

    def _accept_drag(self, event: QDropEvent) -> bool:
        paths, urls = dropped(event)
        if paths or urls:
            event.acceptProposedAction()
            return True
        return False

    def _drop(self, event: QDropEvent) -> bool:
        paths, urls = dropped(event)
        if not paths and not urls:
            return False
        event.acceptProposedAction()
        if paths:
            self._import_paths(paths)
        for url in urls:
            self._add_url(url)
        return True


def dropped(event: QDropEvent) -> tuple[list[Path], list[str]]:
    """Local files and folders, and web addresses, that a drop carries."""
    paths: list[Path] = []
    urls: list[str] = []
    for url in event.mimeData().urls():
        if url.isLocalFile():
            paths.append(Path(url.toLocalFile()))
        elif url.scheme().lower() in WEB_SCHEMES:
            urls.append(url.toString())
    return paths, urls
