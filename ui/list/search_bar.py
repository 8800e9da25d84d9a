"""The search field above the article list: Ctrl+F or / to get there, Escape to clear it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

PLACEHOLDER = "Search titles and text  (Ctrl+F or /)"


class SearchBar(QLineEdit):
    """Emits `search_changed` with the text on every edit; the query runs off the GUI thread,
    so there is no need to wait for the reader to stop typing."""

    search_changed = Signal(str)
    left = Signal()  # Escape on an empty field, or Down/Enter: back to the list

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("search")
        self.setAccessibleName("Search articles")
        self.setPlaceholderText(PLACEHOLDER)
        self.setClearButtonEnabled(True)
        self.textChanged.connect(self.search_changed)

    def focus(self) -> None:
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.selectAll()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape:
            if self.text():
                self.clear()
            else:
                self.left.emit()
            event.accept()
            return
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.left.emit()
            event.accept()
            return
        super().keyPressEvent(event)
