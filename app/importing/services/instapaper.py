"""Instapaper's CSV export: URL, Title, Selection, Folder, Timestamp (and Tags, lately).

The folder is Unread, Archive, Starred, or one the reader made, which becomes a tag."""

from __future__ import annotations

from collections.abc import Iterator

from app.importing.services.records import (
    ExportItem,
    csv_header,
    csv_rows,
    from_unix_time,
    split_tags,
)

CSV_COLUMNS = frozenset({"url", "title", "folder", "timestamp"})
_STANDARD_FOLDERS = frozenset({"unread", "archive", "starred", ""})


def is_instapaper_csv(text: str) -> bool:
    return csv_header(text) >= CSV_COLUMNS


def instapaper_items(text: str, name: str) -> Iterator[ExportItem]:
    for row in csv_rows(text, name):
        folder = row.get("folder", "").strip()
        kind = folder.lower()
        tags = split_tags(row.get("tags", ""))
        if kind not in _STANDARD_FOLDERS:
            tags = (folder, *tags)
        yield ExportItem(
            url=row.get("url", "").strip(),
            title=row.get("title", "").strip(),
            tags=tags,
            is_read=kind == "archive",
            archived=kind == "archive",
            starred=kind == "starred",
            saved=from_unix_time(row.get("timestamp", "")),
        )
