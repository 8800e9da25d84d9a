"""Readwise Reader's CSV export: Title, URL, ID, Document tags, Saved date, Reading progress,
Location (new, later, shortlist, archive, feed) and Seen."""

from __future__ import annotations

from collections.abc import Iterator

from app.importing.services.records import (
    ExportItem,
    csv_header,
    csv_rows,
    from_iso_time,
    split_tags,
)

CSV_COLUMNS = frozenset({"title", "url", "document tags", "saved date", "location"})
READ_PROGRESS = 0.99  # read to the end, as near as a scroll position says


def is_readwise_csv(text: str) -> bool:
    return csv_header(text) >= CSV_COLUMNS


def readwise_items(text: str, name: str) -> Iterator[ExportItem]:
    for row in csv_rows(text, name):
        location = row.get("location", "").strip().lower()
        yield ExportItem(
            url=row.get("url", "").strip(),
            title=row.get("title", "").strip(),
            tags=split_tags(row.get("document tags", "")),
            is_read=location == "archive" or _progress(row) >= READ_PROGRESS,
            archived=location == "archive",
            starred=location == "shortlist",
            saved=from_iso_time(row.get("saved date", "")),
        )


def _progress(row: dict[str, str]) -> float:
    try:
        return float(row.get("reading progress", "") or 0)
    except ValueError:
        return 0.0
