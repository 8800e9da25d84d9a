"""The freedesktop entry: a launcher, the icon in the hicolor sizes, and file associations.

`install-desktop` writes into the user's own folders only (XDG_DATA_HOME, XDG_CONFIG_HOME) and
records what it wrote in a manifest; `uninstall-desktop` removes exactly that and nothing else:
a folder only when the install made it and it is empty again, an association in mimeapps.list
only when the install added it. Associations are "added", never made the default: a reader who
wants Lede to open every Markdown file chooses it once in the file manager.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from app.errors import LedeError, full_stop, os_reason
from app.i18n import filled, tr
from app.paths import RESOURCES

DESKTOP_ID = "lede.desktop"
ICON_NAME = "lede"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
SVG_ICON = RESOURCES / "icons" / "lede.svg"
MIME_TYPES = (
    "text/markdown",
    "text/x-markdown",
    "text/html",
    "application/xhtml+xml",
    "text/plain",
    "application/epub+zip",
    "application/pdf",
)
ADDED_ASSOCIATIONS = "[Added Associations]"

# Name and Comment in the interface languages; the desktop shows the one for its locale.
_COMMENTS = {
    "": "Read saved articles offline, with summaries made on your computer",
    "de": "Gespeicherte Artikel offline lesen, mit Zusammenfassungen vom eigenen Rechner",
    "es": "Lee artículos guardados sin conexión, con resúmenes hechos en tu ordenador",
    "fr": "Lire ses articles enregistrés hors ligne, avec des résumés faits sur l’ordinateur",
    "ru": "Сохранённые статьи без интернета, с краткими изложениями прямо на компьютере",
    "uk": "Збережені статті без інтернету, зі стислими викладами просто на комп’ютері",
}
_GENERIC_NAMES = {
    "": "Article Reader",
    "de": "Artikelleser",
    "es": "Lector de artículos",
    "fr": "Lecteur d’articles",
    "ru": "Чтение статей",
    "uk": "Читання статей",
}


class DesktopError(LedeError):
    """The desktop entry could not be installed or removed (a folder not writable, a full disk)."""


@dataclass(frozen=True)
class DesktopFolders:
    """Where the entry goes: the XDG data folder (applications, icons) and config folder
    (mimeapps.list). Tests give temporary ones."""

    data: Path
    config: Path

    @classmethod
    def of_user(cls) -> DesktopFolders:
        home = Path.home()
        return cls(
            data=_xdg_folder("XDG_DATA_HOME", home / ".local" / "share"),
            config=_xdg_folder("XDG_CONFIG_HOME", home / ".config"),
        )

    @property
    def applications(self) -> Path:
        return self.data / "applications"

    @property
    def manifest(self) -> Path:
        return self.data / "Lede" / "desktop-install.json"

    @property
    def mimeapps(self) -> Path:
        return self.config / "mimeapps.list"


@dataclass(frozen=True)
class Installed:
    """What an install wrote: files, folders it had to make, and associations it added."""

    files: tuple[Path, ...]
    folders: tuple[Path, ...]
    associations: tuple[str, ...]


def png_icon(size: int) -> Path:
    """The committed PNG of the icon at one hicolor size (scripts/make_icons.py draws them)."""
    return RESOURCES / "icons" / "hicolor" / f"{size}x{size}" / f"{ICON_NAME}.png"


def launch_command() -> list[str]:
    """The command the launcher runs: the installed `lede` program when that is what runs
    (`uv tool install .`, pipx), else this Python running this checkout's main.py (so
    `uv run main.py install-desktop` works too)."""
    running = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    if running is not None and running.name in ("lede", "lede-cli"):
        program = running.with_name("lede")
        found = program if program.is_file() else shutil.which("lede")
        if found:
            return [str(Path(found).absolute())]
    return [sys.executable, str(RESOURCES.parent / "main.py")]


def desktop_entry(command: list[str]) -> str:
    """The text of lede.desktop (Desktop Entry Specification 1.4, which desktop-file-validate knows), launching `command`."""
    lines = [
        "[Desktop Entry]",
        "Type=Application",
        "Version=1.4",
        "Name=Lede",
        *_localised("GenericName", _GENERIC_NAMES),
        *_localised("Comment", _COMMENTS),
        f"Exec={' '.join(_exec_argument(part) for part in command)} %F",
        f"Icon={ICON_NAME}",
        "Terminal=false",
        "Categories=Office;Viewer;",
        f"MimeType={';'.join(MIME_TYPES)};",
        "Keywords=read;reader;articles;summary;feeds;RSS;offline;",
        "StartupNotify=true",
        f"StartupWMClass={ICON_NAME}",
    ]
    return "\n".join(lines) + "\n"


def install(folders: DesktopFolders, command: list[str] | None = None) -> Installed:
    """Write the entry, the icons and the associations; replaces an earlier install."""
    if folders.manifest.exists():
        uninstall(folders)
    contents = _files_to_write(folders, command or launch_command())
    cache = folders.applications / "mimeinfo.cache"
    had_cache = cache.exists()
    made: list[Path] = []
    written: list[Path] = []
    try:
        for target, data in contents.items():
            made.extend(_make_folders(target.parent))
            _write_atomically(target, data)
            written.append(target)
        associations = _add_associations(folders.mimeapps, made)
        _refresh_mime_cache(folders)
        if cache.exists() and not had_cache:
            written.append(cache)  # made for this install alone: it goes with it
        made.extend(_make_folders(folders.manifest.parent))
        installed = Installed(tuple(written), tuple(made), associations)
        _write_atomically(folders.manifest, _manifest_json(installed))
    except OSError as error:
        _remove(Installed(tuple(written), tuple(made), ()))
        raise DesktopError(
            filled(tr("Desktop", "Could not install the desktop entry: %1"), _reason(error))
        ) from error
    return installed


def uninstall(folders: DesktopFolders) -> Installed | None:
    """Remove what the last install wrote; None when nothing was installed."""
    installed = _read_manifest(folders.manifest)
    if installed is None:
        return None
    try:
        _remove_associations(folders.mimeapps, installed.associations)
        _remove(installed)
        folders.manifest.unlink(missing_ok=True)
        _remove_empty(installed.folders)
    except OSError as error:
        raise DesktopError(
            filled(tr("Desktop", "Could not remove the desktop entry: %1"), _reason(error))
        ) from error
    if (folders.applications / "mimeinfo.cache").exists():
        _refresh_mime_cache(folders)  # a cache that was there before: without Lede in it now
    return installed


def _files_to_write(folders: DesktopFolders, command: list[str]) -> dict[Path, bytes]:
    icons = folders.data / "icons" / "hicolor"
    contents = {folders.applications / DESKTOP_ID: desktop_entry(command).encode()}
    for size in ICON_SIZES:
        target = icons / f"{size}x{size}" / "apps" / f"{ICON_NAME}.png"
        contents[target] = png_icon(size).read_bytes()
    contents[icons / "scalable" / "apps" / f"{ICON_NAME}.svg"] = SVG_ICON.read_bytes()
    return contents


def _localised(key: str, texts: dict[str, str]) -> list[str]:
    return [f"{key}[{code}]={text}" if code else f"{key}={text}" for code, text in texts.items()]


def _exec_argument(argument: str) -> str:
    """One Exec argument, quoted as the specification asks when it holds a reserved character
    (and `%` doubled, since a lone one starts a field code)."""
    argument = argument.replace("%", "%%")
    if not any(char in argument for char in " \t\n\"'\\><~|&;$*?#()`="):
        return argument
    escaped = "".join(f"\\{char}" if char in '"`$\\' else char for char in argument)
    # The whole value is then a desktop-file string, whose own escape doubles each backslash.
    return '"' + escaped.replace("\\", "\\\\") + '"'


def _make_folders(folder: Path) -> list[Path]:
    """Make `folder` and its missing parents; return the ones this made, outermost first."""
    missing = [parent for parent in (folder, *folder.parents) if not parent.exists()]
    folder.mkdir(parents=True, exist_ok=True)
    return list(reversed(missing))


def _write_atomically(target: Path, data: bytes) -> None:
    partial = target.with_name(f".{target.name}.partial")
    try:
        partial.write_bytes(data)
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)


def _add_associations(mimeapps: Path, made: list[Path]) -> tuple[str, ...]:
    """Add lede.desktop to the Added Associations of each MIME type that lacks it; return the
    types it was added to (the ones an uninstall takes it away from again)."""
    lines = mimeapps.read_text(encoding="utf-8").splitlines() if mimeapps.exists() else []
    section = _section_range(lines)
    if section is None:
        lines += ([""] if lines else []) + [ADDED_ASSOCIATIONS]
        section = (len(lines), len(lines))
    added: list[str] = []
    for mime_type in MIME_TYPES:
        if _add_to_type(lines, section, mime_type):
            added.append(mime_type)
        section = _section_range(lines) or section
    if added:
        made.extend(_make_folders(mimeapps.parent))
        _write_atomically(mimeapps, ("\n".join(lines) + "\n").encode("utf-8"))
    return tuple(added)


def _add_to_type(lines: list[str], section: tuple[int, int], mime_type: str) -> bool:
    """Put lede.desktop first in `mime_type`'s list of the section; False when it is there."""
    start, end = section
    for index in range(start, end):
        key, _, value = lines[index].partition("=")
        if key.strip() == mime_type:
            entries = [entry for entry in value.split(";") if entry.strip()]
            if DESKTOP_ID in entries:
                return False
            lines[index] = f"{mime_type}={';'.join([DESKTOP_ID, *entries])};"
            return True
    lines.insert(end, f"{mime_type}={DESKTOP_ID};")
    return True


def _remove_associations(mimeapps: Path, mime_types: tuple[str, ...]) -> None:
    if not mime_types or not mimeapps.exists():
        return
    lines = mimeapps.read_text(encoding="utf-8").splitlines()
    section = _section_range(lines)
    if section is None:
        return
    kept = lines[: section[0]]
    for line in lines[section[0] : section[1]]:
        key, _, value = line.partition("=")
        if key.strip() not in mime_types:
            kept.append(line)
            continue
        entries = [entry for entry in value.split(";") if entry.strip() and entry != DESKTOP_ID]
        if entries:
            kept.append(f"{key.strip()}={';'.join(entries)};")
    if len(kept) == section[0]:  # the section is empty now: its header goes too
        kept = kept[:-1]
    kept += lines[section[1] :]
    if any(line.strip() for line in kept):
        _write_atomically(mimeapps, ("\n".join(kept).strip("\n") + "\n").encode("utf-8"))
    else:
        mimeapps.unlink()


def _section_range(lines: list[str]) -> tuple[int, int] | None:
    """The lines of the Added Associations section, header excluded: (first, end)."""
    for index, line in enumerate(lines):
        if line.strip() == ADDED_ASSOCIATIONS:
            end = index + 1
            while end < len(lines) and not lines[end].lstrip().startswith("["):
                end += 1
            while end > index + 1 and not lines[end - 1].strip():
                end -= 1  # blank lines before the next section stay between the sections
            return index + 1, end
    return None


def _manifest_json(installed: Installed) -> bytes:
    record = {
        "files": [str(path) for path in installed.files],
        "folders": [str(path) for path in installed.folders],
        "associations": list(installed.associations),
    }
    return json.dumps(record, indent=2).encode("utf-8")


def _read_manifest(manifest: Path) -> Installed | None:
    try:
        record = json.loads(manifest.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as error:
        raise DesktopError(
            filled(
                tr("Desktop", "The record of the desktop install is unreadable: %1"), str(manifest)
            )
        ) from error
    try:
        return Installed(
            files=tuple(Path(str(path)) for path in record["files"]),
            folders=tuple(Path(str(path)) for path in record["folders"]),
            associations=tuple(str(mime) for mime in record["associations"]),
        )
    except (KeyError, TypeError) as error:
        raise DesktopError(
            filled(tr("Desktop", "The record of the desktop install is damaged: %1"), str(manifest))
        ) from error


def _remove(installed: Installed) -> None:
    for path in installed.files:
        path.unlink(missing_ok=True)
    _remove_empty(installed.folders)


def _remove_empty(folders: tuple[Path, ...]) -> None:
    for folder in sorted(folders, key=lambda path: len(path.parts), reverse=True):
        with contextlib.suppress(OSError):  # not empty (something else lives there) or gone
            folder.rmdir()


def _refresh_mime_cache(folders: DesktopFolders) -> None:
    """Let the desktop see the associations now: the MIME cache of the applications folder,
    where the tool is installed (desktop-file-utils; without it the desktop reads the entry
    at its next scan)."""
    if shutil.which("update-desktop-database") and folders.applications.is_dir():
        subprocess.run(
            ["update-desktop-database", "-q", str(folders.applications)],
            check=False,
            capture_output=True,
            timeout=30,
        )


def _xdg_folder(variable: str, default: Path) -> Path:
    value = os.environ.get(variable, "")
    return Path(value) if value and Path(value).is_absolute() else default


def _reason(error: OSError) -> str:
    where = f" ({error.filename})" if error.filename else ""
    return full_stop(f"{os_reason(error)}{where}")
