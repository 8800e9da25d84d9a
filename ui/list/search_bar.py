"""The search field above the article list: Ctrl+F or / to get there, Escape to clear it,
Enter / Shift+Enter to step through the matches in the open article, Down to the list."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from ui.i18n import marked, tr

PLACEHOLDER = marked("SearchBar", "Search titles and text  (Ctrl+F or /)")


class SearchBar(QLineEdit):
    """Emits `search_changed` with the text on every edit; the query runs off the GUI thread,
    so there is no need to wait for the reader to stop typing."""

    search_changed = Signal(str)
    left = Signal()  # Escape on an empty field, or Down: back to the list
    step_requested = Signal(bool)  # Enter (True: the next match) or Shift+Enter (the previous)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("search")
        self.setAccessibleName(tr("SearchBar", "Search articles"))
        self.setPlaceholderText(tr("SearchBar", PLACEHOLDER))
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
        if key == Qt.Key.Key_Down:
            self.left.emit()
            event.accept()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            self.step_requested.emit(not shift)
            event.accept()
            return
        super().keyPressEvent(event)
