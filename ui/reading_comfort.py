"""Installs the reading-comfort features into the main window: one hook, one place to look."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ui.appearance_menu import install_appearance
from ui.digest_view import install_digest
from ui.export_actions import install_export_actions
from ui.keyboard import install_keyboard
from ui.organise_actions import install_organise_actions
from ui.reading_progress import install_reading_progress
from ui.shortcuts_sheet import install_shortcuts_sheet
from ui.skim_mode import install_skim_mode

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def install_reading_comfort(window: MainWindow) -> None:
    """Appearance, organising, progress, keyboard, skim mode, export, digest, shortcuts sheet."""
    install_appearance(window)
    install_organise_actions(window)
    install_reading_progress(window)
    install_keyboard(window)
    install_skim_mode(window)
    install_export_actions(window)
    install_digest(window)
    install_shortcuts_sheet(window)
