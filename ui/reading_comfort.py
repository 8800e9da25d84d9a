"""Installs the reading-comfort features into the main window: one hook, one place to look."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ui.appearance_menu import install_appearance

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def install_reading_comfort(window: MainWindow) -> None:
    """Appearance, organising, progress, skim mode, export, digest and the keyboard sheet."""
    install_appearance(window)
