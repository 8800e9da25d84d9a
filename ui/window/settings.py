"""The window's own state between sessions (geometry, splitter, pane widths, toggles), in one
QSettings on window.ini. Reading preferences live in the core (app/settings.py)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QByteArray, QSettings

from app.paths import config_dir
from ui.i18n import filled, tr


class WindowSettings:
    """Typed reads over QSettings: an INI file gives every value back as text."""

    def __init__(self) -> None:
        self._settings = QSettings(str(config_dir() / "window.ini"), QSettings.Format.IniFormat)

    def flag(self, key: str) -> bool:
        """A yes/no setting; no by default."""
        return str(self._settings.value(key, "false")).lower() == "true"

    def number(self, key: str, default: int) -> int:
        text = str(self._settings.value(key, default))
        return int(text) if text.lstrip("-").isdigit() else default

    def article_id(self, key: str) -> int | None:
        text = str(self._settings.value(key, ""))
        return int(text) if text.isdigit() else None

    def blob(self, key: str) -> QByteArray | None:
        value = self._settings.value(key)
        return value if isinstance(value, QByteArray) else None

    def set(self, key: str, value: bool | int | QByteArray) -> None:
        self._settings.setValue(key, value)

    def sync(self) -> str:
        """Write the settings out; a folder that cannot be written (a full or read-only disk)
        is told in one line on stderr, since the window is closing, and returned."""
        self._settings.sync()
        if self._settings.status() == QSettings.Status.NoError:
            return ""
        problem = filled(
            tr("WindowSettings", "lede: window layout not saved: %1 cannot be written."),
            self._settings.fileName(),
        )
        print(problem, file=sys.stderr)
        return problem
