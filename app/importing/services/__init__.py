"""Other read-later services' exports, each recognised from what the file holds.

Pocket (CSV, ril_export.html), Instapaper (CSV), wallabag (JSON), Omnivore (zip) and
Readwise Reader (CSV). Every item keeps its tags, read, archived and starred state and its
save date; an item that comes with its text is stored whole, one that is only an address
is stored as a bookmark and queued for its page to be downloaded (app/store/fetch_queue.py).
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

from app.errors import ArticleFormatError, os_reason
from app.i18n import filled, marked, tr
from app.importing.services.instapaper import instapaper_items, is_instapaper_csv
from app.importing.services.omnivore import is_omnivore_archive, omnivore_items
from app.importing.services.pocket import (
    is_pocket_csv,
    is_pocket_html,
    pocket_csv_items,
    pocket_html_items,
)
from app.importing.services.readwise import is_readwise_csv, readwise_items
from app.importing.services.records import MAX_EXPORT_BYTES, ExportItem, read_export_text
from app.importing.services.wallabag import is_wallabag_json, wallabag_items

EXPORT_SUFFIXES = frozenset({".csv", ".json", ".zip"})
HTML_EXPORT_SUFFIXES = frozenset({".html", ".htm"})
NOT_RECOGNISED = marked(
    "Import",
    "%1 is not an export Lede knows: it reads Pocket, Instapaper and Readwise Reader CSV files,"
    " Pocket's ril_export.html, wallabag's JSON and Omnivore's zip archive.",
)
CsvItems = Callable[[str, str], Iterator[ExportItem]]
_CSV_FORMATS: tuple[tuple[str, Callable[[str], bool], CsvItems], ...] = (
    ("Pocket", is_pocket_csv, pocket_csv_items),
    ("Readwise Reader", is_readwise_csv, readwise_items),
    ("Instapaper", is_instapaper_csv, instapaper_items),
)


def is_export_file(path: Path) -> bool:
    """Whether the file is named like an export (its content decides which, if any)."""
    return path.suffix.lower() in EXPORT_SUFFIXES


def read_export(path: Path) -> tuple[str, list[ExportItem]] | None:
    """The service that wrote the file and its items; None for an HTML file that is not a
    Pocket export (it is then read as a page). Raises ArticleFormatError."""
    name = path.name
    suffix = path.suffix.lower()
    try:
        if path.stat().st_size > MAX_EXPORT_BYTES:
            raise ArticleFormatError(
                filled(
                    tr("Import", "%1 is larger than %2 MB."), name, str(MAX_EXPORT_BYTES // 2**20)
                )
            )
        if suffix == ".zip":
            return _read_zip(path, name)
        text = read_export_text(path.read_bytes(), name)
    except OSError as error:
        raise ArticleFormatError(
            filled(tr("Import", "Cannot read %1: %2."), name, os_reason(error))
        ) from error
    if suffix in HTML_EXPORT_SUFFIXES:
        return ("Pocket", list(pocket_html_items(text, name))) if is_pocket_html(text) else None
    if suffix == ".json":
        return _read_json(text, name)
    for service, recognise, items in _CSV_FORMATS:
        if recognise(text):
            return service, list(items(text, name))
    raise ArticleFormatError(filled(tr("Import", NOT_RECOGNISED), name))


def _read_json(text: str, name: str) -> tuple[str, list[ExportItem]]:
    try:
        data = json.loads(text)
    except ValueError as error:
        raise ArticleFormatError(filled(tr("Import", "%1 is not valid JSON."), name)) from error
    if not is_wallabag_json(data):
        raise ArticleFormatError(filled(tr("Import", NOT_RECOGNISED), name))
    return "wallabag", list(wallabag_items(data))


def _read_zip(path: Path, name: str) -> tuple[str, list[ExportItem]]:
    try:
        with zipfile.ZipFile(path) as archive:
            if not is_omnivore_archive(archive):
                raise ArticleFormatError(filled(tr("Import", NOT_RECOGNISED), name))
            return "Omnivore", list(omnivore_items(archive, name))
    except (zipfile.BadZipFile, EOFError) as error:
        raise ArticleFormatError(
            filled(tr("Import", "%1 is damaged: its zip archive cannot be read."), name)
        ) from error
