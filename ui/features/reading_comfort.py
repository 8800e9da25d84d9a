"""Installs the reading-comfort features into the main window: one hook, one place to look."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ui.features.digest_view import install_digest
from ui.features.export_actions import install_export_actions
from ui.features.keyboard import install_keyboard
from ui.features.organise_actions import install_organise_actions
from ui.features.shortcuts_sheet import install_shortcuts_sheet
from ui.features.skim_mode import install_skim_mode

if TYPE_CHECKING:
    from ui.window.main_window import MainWindow


def install_reading_comfort(window: MainWindow) -> None:
    """Organising, keyboard, skim mode, export, digest, shortcuts sheet (the window installs
    appearance and reading progress itself: its first paint shows the reader's theme and the
    list's stars and progress bars)."""
    install_organise_actions(window)
    install_keyboard(window)
    install_skim_mode(window)
    window.export_actions = install_export_actions(window, window.jobs)
    install_digest(window)
    install_shortcuts_sheet(window)
