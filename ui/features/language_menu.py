"""View > Language: the interface's language, saved in the preferences for the next start."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup

from ui.i18n import LANGUAGE_NAMES, filled, tr

if TYPE_CHECKING:
    from ui.window.main_window import MainWindow

RESTART_MESSAGE_MS = 15_000


class LanguageMenu(QObject):
    """One checkable entry per language and one for the system's; the choice applies at the
    next start (the window's texts are made once, as it is built)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.menu = window.menus["view"].addMenu(tr("LanguageMenu", "L&anguage"))
        group = QActionGroup(self.menu)
        self.actions: dict[str, QAction] = {}
        choices = {"": tr("LanguageMenu", "&System"), **LANGUAGE_NAMES}
        for code, label in choices.items():
            action = QAction(label, group)
            action.setCheckable(True)
            action.setChecked(code == window.preferences.interface_language)
            action.triggered.connect(lambda _checked=False, code=code: self.choose(code))
            self.menu.addAction(action)
            self.actions[code] = action

    def choose(self, code: str) -> None:
        """Save `code` ('' for the system's language) and say when it takes effect."""
        window = self._window
        self.actions[code].setChecked(True)
        if code:
            message = filled(
                tr("LanguageMenu", "The interface will be in %1 after a restart."),
                LANGUAGE_NAMES[code],
            )
        else:
            message = tr(
                "LanguageMenu", "The interface will follow the system's language after a restart."
            )
        window.statusBar().showMessage(message, RESTART_MESSAGE_MS)
        # After the message: a save the disk refuses replaces it with the reason.
        window.remember_preferences(replace(window.preferences, interface_language=code))


def install_language_menu(window: MainWindow) -> LanguageMenu:
    return LanguageMenu(window)
