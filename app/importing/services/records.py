"""What every export gives for an item, and the readers the formats share (CSV, dates, tags)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from app.articles import decode_bytes
from app.errors import ArticleFormatError
from app.i18n import filled, tr

MAX_EXPORT_BYTES = 500 * 2**20
MAX_FIELD_CHARACTERS = 50 * 2**20  # an item's content; csv's own limit is 128 KiB
_QUOTED = re.compile(r"""'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)\"""")


@dataclass(frozen=True)
class ExportItem:
    """One saved item as an export lists it; content is HTML or Markdown when it has any."""

    url: str
    title: str = ""
    tags: tuple[str, ...] = ()
    is_read: bool = False
    archived: bool = False
    starred: bool = False
    saved: str = ""  # ISO 8601 in UTC, or ''
    html: str = ""
    markdown: str = ""
    author: str = ""
    published: str = ""
    language: str = ""
    extra: dict[str, str] = field(default_factory=dict)


def read_export_text(data: bytes, name: str) -> str:
    """An export's bytes as text in whatever encoding it came in."""
    return decode_bytes(data, name).lstrip("\ufeff")


def csv_rows(text: str, name: str) -> Iterator[dict[str, str]]:
    """The rows of a CSV export, keyed by lower-cased header names."""
    csv.field_size_limit(MAX_FIELD_CHARACTERS)
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = [column.strip().lower() for column in next(reader, [])]
        for row in reader:
            if any(cell.strip() for cell in row):
                yield dict(zip(header, row, strict=False))
    except csv.Error as error:
        raise ArticleFormatError(
            filled(tr("Import", "%1 is not a readable CSV file: %2."), name, str(error))
        ) from error


def csv_header(text: str) -> set[str]:
    first = text.split("\n", 1)[0]
    try:
        return {column.strip().lower() for column in next(csv.reader([first]), [])}
    except csv.Error:
        return set()


def from_unix_time(value: str) -> str:
    """Seconds since 1970 (as Pocket and Instapaper write them) as an ISO timestamp."""
    try:
        moment = dt.datetime.fromtimestamp(int(float(value.strip())), dt.UTC)
    except (ValueError, OverflowError, OSError):
        return ""
    return moment.isoformat(timespec="microseconds")


def from_iso_time(value: str) -> str:
    """An ISO 8601 date and time, in any offset, as the library's UTC timestamp."""
    text = value.strip().replace("Z", "+00:00")
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        return ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC).isoformat(timespec="microseconds")


def split_tags(value: str, separators: str = ",|") -> tuple[str, ...]:
    """Tags as exports write them: 'a|b', 'a,b', or a list literal "['a', 'b']"."""
    text = value.strip()
    if text.startswith("[") and text.endswith("]"):
        quoted = [single or double for single, double in _QUOTED.findall(text)]
        return tuple(dict.fromkeys(tag.strip() for tag in quoted if tag.strip()))
    parts = re.split(f"[{re.escape(separators)}]", text)
    return tuple(dict.fromkeys(part.strip() for part in parts if part.strip()))


def is_true(value: object) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes")
    return bool(value)
