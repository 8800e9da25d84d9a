"""Omnivore's export archive: metadata_*.json lists (title, url, labels, state, savedAt, slug)
and each item's text in content/<slug>.md or content/<slug>.html."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from typing import Any

from app.errors import ArticleFormatError
from app.i18n import filled, tr
from app.importing.services.records import MAX_EXPORT_BYTES, ExportItem, from_iso_time

MAX_CONTENT_BYTES = 20 * 2**20
READ_PROGRESS = 98  # percent


def is_omnivore_archive(archive: zipfile.ZipFile) -> bool:
    return any(_is_metadata(name) for name in archive.namelist())


def omnivore_items(archive: zipfile.ZipFile, name: str) -> Iterator[ExportItem]:
    members = {info.filename: info for info in archive.infolist()}
    if sum(info.file_size for info in members.values()) > MAX_EXPORT_BYTES:
        raise ArticleFormatError(
            filled(
                tr("Import", "%1 would unpack to more than %2 MB."),
                name,
                str(MAX_EXPORT_BYTES // 2**20),
            )
        )
    for member in sorted(filter(_is_metadata, members)):
        for entry in _entries(archive, member, name):
            item = _item(entry, archive, members)
            if item.extra.get("state") != "deleted":  # the reader threw it away there
                yield item


def _is_metadata(member: str) -> bool:
    base = member.rpartition("/")[2]
    return base.startswith("metadata_") and base.endswith(".json")


def _entries(archive: zipfile.ZipFile, member: str, name: str) -> list[Any]:
    try:
        data = json.loads(archive.read(member))
    except (ValueError, UnicodeDecodeError) as error:
        raise ArticleFormatError(
            filled(tr("Import", "%1: %2 is not valid JSON."), name, member)
        ) from error
    if not isinstance(data, list):
        raise ArticleFormatError(
            filled(tr("Import", "%1: %2 is not a list of saved items."), name, member)
        )
    return data


def _item(entry: Any, archive: zipfile.ZipFile, members: dict[str, zipfile.ZipInfo]) -> ExportItem:
    if not isinstance(entry, dict):
        return ExportItem(url="", title=tr("Import", "(an entry that is not an object)"))
    slug = _text(entry.get("slug"))
    state = _text(entry.get("state")).lower()
    progress = entry.get("readingProgress")
    read = isinstance(progress, int | float) and progress >= READ_PROGRESS
    return ExportItem(
        url=_text(entry.get("url")),
        title=_text(entry.get("title")),
        tags=tuple(_labels(entry.get("labels"))),
        is_read=read or state == "archived",
        archived=state == "archived",
        saved=from_iso_time(_text(entry.get("savedAt"))),
        markdown=_content(archive, members, slug, ".md"),
        html=_content(archive, members, slug, ".html"),
        author=_text(entry.get("author")),
        published=_text(entry.get("publishedAt"))[:10],
        extra={"state": state},
    )


def _content(
    archive: zipfile.ZipFile, members: dict[str, zipfile.ZipInfo], slug: str, suffix: str
) -> str:
    if not slug or "/" in slug or slug.startswith("."):
        return ""
    for member in (f"content/{slug}{suffix}", f"{slug}{suffix}"):
        info = members.get(member)
        if info is not None and info.file_size <= MAX_CONTENT_BYTES:
            return archive.read(info).decode("utf-8", errors="replace")
    return ""


def _labels(value: Any) -> list[str]:
    if not isinstance(value, list):
        return []
    names = [
        _text(label.get("name")) if isinstance(label, dict) else _text(label) for label in value
    ]
    return [name for name in names if name]


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""
