"""The headless commands that add Lede to the desktop's menus and file associations."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from app import desktop


def add_desktop_commands(commands: Any) -> None:
    """Add install-desktop and uninstall-desktop to the `lede` parser's subparsers."""
    commands.add_parser(
        "install-desktop",
        help="add Lede to the desktop's applications, with its icon and file types",
    )
    commands.add_parser("uninstall-desktop", help="remove exactly what install-desktop added")


def _install(_args: argparse.Namespace) -> int:
    folders = desktop.DesktopFolders.of_user()
    installed = desktop.install(folders)
    print(f"Installed {folders.applications / desktop.DESKTOP_ID}")
    icons = [path for path in installed.files if path.suffix in (".png", ".svg")]
    print(f"  {len(icons)} icon files under {folders.data / 'icons' / 'hicolor'}")
    if installed.associations:
        print(f"  Lede offered for {', '.join(installed.associations)} in {folders.mimeapps}")
    print("Remove it all with: lede uninstall-desktop")
    return 0


def _uninstall(_args: argparse.Namespace) -> int:
    folders = desktop.DesktopFolders.of_user()
    removed = desktop.uninstall(folders)
    if removed is None:
        print("Lede's desktop entry is not installed: nothing to remove.")
        return 0
    print(f"Removed {len(removed.files)} files and {len(removed.associations)} file associations.")
    return 0


DESKTOP_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "install-desktop": _install,
    "uninstall-desktop": _uninstall,
}
