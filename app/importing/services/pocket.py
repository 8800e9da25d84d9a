"""Pocket's exports: the CSV of 2024 on (title, url, time_added, tags, status) and the older
ril_export.html (an "Unread" and a "Read Archive" list of links with time_added and tags)."""

from __future__ import annotations

from collections.abc import Iterator
from html.parser import HTMLParser

from app.importing.services.records import (
    ExportItem,
    csv_header,
    csv_rows,
    from_unix_time,
    split_tags,
)

CSV_COLUMNS = frozenset({"title", "url", "time_added", "tags", "status"})


def is_pocket_csv(text: str) -> bool:
    return csv_header(text) >= CSV_COLUMNS


def pocket_csv_items(text: str, name: str) -> Iterator[ExportItem]:
    for row in csv_rows(text, name):
        archived = row.get("status", "").strip().lower() == "archive"
        yield ExportItem(
            url=row.get("url", "").strip(),
            title=row.get("title", "").strip(),
            tags=split_tags(row.get("tags", ""), "|"),
            is_read=archived,
            archived=archived,
            saved=from_unix_time(row.get("time_added", "")),
        )


def is_pocket_html(text: str) -> bool:
    head = text[:4096].lower()
    return "<title>pocket export</title>" in head or ("time_added=" in head and "<ul" in head)


def pocket_html_items(text: str, _name: str) -> Iterator[ExportItem]:
    parser = _RilExport()
    parser.feed(text)
    parser.close()
    yield from parser.items


class _RilExport(HTMLParser):
    """Links under each <h1>; the heading says whether the list is the archive."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.items: list[ExportItem] = []
        self._in_heading = False
        self._archive = False
        self._link: dict[str, str] | None = None
        self._title: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "h1":
            self._in_heading, self._archive = True, False
        elif tag == "a":
            self._link = {key: value or "" for key, value in attrs}
            self._title = []

    def handle_data(self, data: str) -> None:
        if self._in_heading and "archive" in data.lower():
            self._archive = True
        if self._link is not None:
            self._title.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "h1":
            self._in_heading = False
        elif tag == "a" and self._link is not None:
            link, self._link = self._link, None
            self.items.append(
                ExportItem(
                    url=link.get("href", "").strip(),
                    title=" ".join("".join(self._title).split()),
                    tags=split_tags(link.get("tags", ""), ","),
                    is_read=self._archive,
                    archived=self._archive,
                    saved=from_unix_time(link.get("time_added", "")),
                )
            )
