"""When the library will not open: say why, keep the file, and offer a fresh library or Quit."""

from __future__ import annotations

import html
from enum import Enum
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import LibraryError, NewerLibraryError
from app.library import Library, move_aside
from app.paths import APP_NAME
from app.samples import add_samples
from ui.i18n import filled, marked, tr
from ui.widgets import named

FRESH = marked("LibraryRecovery", "Start a fresh library")
QUIT = marked("LibraryRecovery", "Quit")


class Choice(Enum):
    FRESH = "fresh"
    QUIT = "quit"


class LibraryRecoveryDialog(QDialog):
    """Explains what is wrong with the library file; its buttons answer with a Choice."""

    def __init__(self, path: Path, error: LibraryError, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("library-recovery")
        self.setWindowTitle(
            filled(tr("LibraryRecovery", "%1: the library cannot be opened"), APP_NAME)
        )
        self.choice = Choice.QUIT
        message = named(QLabel(explanation(path, error)), "recovery-message")
        message.setWordWrap(True)
        message.setTextFormat(Qt.TextFormat.RichText)
        message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox()
        self.fresh_button = named(QPushButton(tr("LibraryRecovery", FRESH)), "recovery-fresh")
        self.quit_button = named(QPushButton(tr("LibraryRecovery", QUIT)), "recovery-quit")
        buttons.addButton(self.fresh_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.quit_button.setDefault(True)
        self.fresh_button.clicked.connect(lambda: self._choose(Choice.FRESH))
        self.quit_button.clicked.connect(lambda: self._choose(Choice.QUIT))
        layout = QVBoxLayout(self)
        layout.addWidget(message)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def _choose(self, choice: Choice) -> None:
        self.choice = choice
        if choice is Choice.FRESH:
            self.accept()
        else:
            self.reject()


def explanation(path: Path, error: LibraryError) -> str:
    if isinstance(error, NewerLibraryError):
        cause = tr(
            "LibraryRecovery",
            "It was written by a newer version of Lede, which this version cannot read.",
        )
    else:
        cause = tr("LibraryRecovery", "The file is damaged or is not a Lede library.")
    headline = tr("LibraryRecovery", "Lede could not open your library.")
    choices = tr(
        "LibraryRecovery",
        "Nothing has been changed. <b>%1</b> moves the file aside, next to where it is now, "
        "and starts a new library. <b>%2</b> leaves everything as it is.",
    )
    return (
        f"<p><b>{html.escape(headline)}</b></p><p>{html.escape(cause)}</p>"
        f"<p style='color:#666'>{html.escape(str(error))}</p>"
        f"<p>{filled(choices, tr('LibraryRecovery', FRESH), tr('LibraryRecovery', QUIT))}</p>"
    )


def ask_recovery(path: Path, error: LibraryError) -> Choice:
    """Show the dialog and wait for the person's choice (tests replace this function)."""
    dialog = LibraryRecoveryDialog(path, error)
    dialog.exec()
    return dialog.choice


def tell_moved(moved: Path) -> None:
    """Say where the old file went (tests replace this function)."""
    QMessageBox.information(
        None,
        APP_NAME,
        filled(
            tr(
                "LibraryRecovery",
                "Your old library file was kept as:\n%1\n\nA fresh library is open.",
            ),
            str(moved),
        ),
    )


def recover_library(path: Path, error: LibraryError) -> Library | None:
    """Ask what to do; a fresh library (with the samples) after moving the file aside, or None."""
    if ask_recovery(path, error) is not Choice.FRESH:
        return None
    moved = move_aside(path, "newer" if isinstance(error, NewerLibraryError) else "broken")
    library = Library(path)
    add_samples(library)
    tell_moved(moved)
    return library
