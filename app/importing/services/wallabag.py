"""wallabag's JSON export: a list of entries, each with its content as HTML."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from app.i18n import tr
from app.importing.services.records import ExportItem, from_iso_time, is_true


def is_wallabag_json(data: Any) -> bool:
    return (
        isinstance(data, list)
        and bool(data)
        and isinstance(data[0], dict)
        and "url" in data[0]
        and ("is_archived" in data[0] or "is_starred" in data[0])
    )


def wallabag_items(data: list[Any]) -> Iterator[ExportItem]:
    for entry in data:
        if not isinstance(entry, dict):
            yield ExportItem(url="", title=tr("Import", "(an entry that is not an object)"))
            continue
        archived = is_true(entry.get("is_archived"))
        yield ExportItem(
            url=_text(entry.get("url")),
            title=_text(entry.get("title")),
            tags=tuple(_tag_names(entry.get("tags"))),
            is_read=archived,
            archived=archived,
            starred=is_true(entry.get("is_starred")),
            saved=from_iso_time(_text(entry.get("created_at"))),
            html=_text(entry.get("content")),
            author=", ".join(_tag_names(entry.get("published_by"))),
            published=_text(entry.get("published_at")),
            language=_text(entry.get("language"))[:2].lower(),
        )


def _tag_names(value: Any) -> list[str]:
    """Tags as names, or as objects with a label (both appear in wallabag's exports)."""
    if not isinstance(value, list):
        return []
    names = [_text(tag.get("label")) if isinstance(tag, dict) else _text(tag) for tag in value]
    return [name for name in names if name]


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""
