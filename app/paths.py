"""Where Lede keeps its files: the platform's user folders, overridable for tests and users."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "Lede"
RESOURCES = Path(__file__).resolve().parent.parent / "resources"
SAMPLES = RESOURCES / "samples"
ICON = RESOURCES / "icons" / "lede.png"


def default_library_path() -> Path:
    """LEDE_LIBRARY if set, else library.sqlite3 in the platform's user data folder."""
    override = os.environ.get("LEDE_LIBRARY")
    if override:
        return Path(override).expanduser()
    import platformdirs  # 10-25 ms to import, and a library given by path never needs it

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "library.sqlite3"


def config_dir() -> Path:
    """LEDE_CONFIG_DIR if set, else the platform's user config folder for Lede."""
    override = os.environ.get("LEDE_CONFIG_DIR")
    if override:
        return Path(override).expanduser()
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))
