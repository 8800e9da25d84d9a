"""Helpers for the reading-comfort GUI tests: a shown main window over the sample library."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from app.library import Library
from ui.window.main_window import MainWindow


def shown_window(qtbot, library: Library) -> MainWindow:
    """A real main window, shown and active, with its first article open (if it has one)."""
    window = MainWindow(library, refresh_feeds_at_start=False)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    if library.count():
        qtbot.waitUntil(lambda: window.reading_progress.opened_id is not None)
    return window


def menu_action(menu: QMenu, text: str) -> QAction:
    """The action in a menu (or its submenus) whose text, without mnemonics, starts so."""
    for action in menu.actions():
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            try:
                return menu_action(submenu, text)
            except LookupError:
                continue
        if action.text().replace("&", "").startswith(text):
            return action
    raise LookupError(f"no {text!r} in the {menu.title()!r} menu")


def open_row(qtbot, window: MainWindow, row: int) -> None:
    """Select a row and wait until its article is on screen (rendering may be asynchronous)."""
    window.select_row(row)
    article_id = window.model.article_id(row)
    qtbot.waitUntil(lambda: window.reading_progress.opened_id == article_id)


def wait_on_screen(qtbot, window: MainWindow, row: int) -> None:
    """Wait until the article at this row is the one on screen."""
    qtbot.waitUntil(
        lambda: (
            window.current_row == row
            and window.reading_progress.opened_id == window.model.article_id(row)
        )
    )
