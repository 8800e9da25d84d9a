"""The headless commands that add Lede to the desktop's menus and file associations."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from app import desktop
from app.i18n import filled, tr


def add_desktop_commands(commands: Any) -> None:
    """Add install-desktop and uninstall-desktop to the `lede` parser's subparsers."""
    commands.add_parser(
        "install-desktop",
        help=tr(
            "CommandLine", "add Lede to the desktop's applications, with its icon and file types"
        ),
    )
    commands.add_parser(
        "uninstall-desktop", help=tr("CommandLine", "remove exactly what install-desktop added")
    )


def _install(_args: argparse.Namespace) -> int:
    folders = desktop.DesktopFolders.of_user()
    installed = desktop.install(folders)
    print(filled(tr("CommandLine", "Installed %1"), str(folders.applications / desktop.DESKTOP_ID)))
    icons = [path for path in installed.files if path.suffix in (".png", ".svg")]
    count = len(icons)
    icon_files = tr("CommandLine", "  %n icon files under %1", None, count)
    print(filled(icon_files, str(folders.data / "icons" / "hicolor")))
    if installed.associations:
        offered = tr("CommandLine", "  Lede offered for %1 in %2")
        print(filled(offered, ", ".join(installed.associations), str(folders.mimeapps)))
    print(tr("CommandLine", "Remove it all with: lede uninstall-desktop"))
    return 0


def _uninstall(_args: argparse.Namespace) -> int:
    folders = desktop.DesktopFolders.of_user()
    removed = desktop.uninstall(folders)
    if removed is None:
        print(tr("CommandLine", "Lede's desktop entry is not installed: nothing to remove."))
        return 0
    files, associations = len(removed.files), len(removed.associations)
    file_count = tr("CommandLine", "%n files", None, files)
    association_count = tr("CommandLine", "%n file associations", None, associations)
    print(filled(tr("CommandLine", "Removed %1 and %2."), file_count, association_count))
    return 0


DESKTOP_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "install-desktop": _install,
    "uninstall-desktop": _uninstall,
}
