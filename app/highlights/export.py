"""Highlights taken out of Lede: a Markdown section for the article export, one Markdown file
per article for a notes app (Obsidian), and a CSV in the columns Readwise imports."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import groupby

from app.highlights.model import Highlight, LibraryHighlight
from app.i18n import marked, tr

# Readwise reads these names: they stay English whatever the interface's language.
READWISE_COLUMNS = ("Highlight", "Title", "Author", "URL", "Note", "Location", "Date")
_DETAILS = (marked("Export", "Author"), marked("Export", "Source"), marked("Export", "Link"))
# A cell starting so is a formula to a spreadsheet (OWASP's CSV injection list).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class ArticleHighlights:
    """One article's highlights (in reading order) and its note, with what names the article."""

    title: str
    author: str
    source: str
    url: str
    note: str
    highlights: tuple[Highlight, ...]


def highlights_section(note: str, highlights: Sequence[Highlight]) -> str:
    """ "## Notes" and "## Highlights" as Markdown: each highlight a quote, its note under it."""
    parts: list[str] = []
    if note.strip():
        heading = tr("Export", "Note")
        parts.append(f"## {heading}\n\n{note.strip()}\n")
    if highlights:
        heading = tr("Export", "Highlights")
        quotes = "\n".join(_quoted(item) for item in highlights)
        parts.append(f"## {heading}\n\n{quotes}")
    return "\n".join(parts)


def _quoted(highlight: Highlight) -> str:
    quote = "\n".join(f"> {line}".rstrip() for line in highlight.quote.strip().splitlines())
    note = highlight.note.strip()
    return f"{quote}\n\n{note}\n" if note else f"{quote}\n"


def article_file_text(article: ArticleHighlights) -> str:
    """One article's file for a notes app: its title, source and link, then its highlights."""
    title = " ".join(article.title.split()) or tr("Export", "Untitled")
    lines = [f"# {title}", ""]
    values = (article.author, article.source, article.url)
    names = [tr("Export", name) for name in _DETAILS]
    lines.extend(f"- {name}: {value}" for name, value in zip(names, values, strict=True) if value)
    body = highlights_section(article.note, article.highlights)
    return "\n".join(lines).rstrip() + "\n\n" + body


def by_article(found: Iterable[LibraryHighlight]) -> list[tuple[LibraryHighlight, list[Highlight]]]:
    """Library highlights grouped by article, each group in reading order."""
    ordered = sorted(
        found, key=lambda item: (item.highlight.article_id, item.highlight.anchor.start)
    )
    groups = []
    for _article_id, items in groupby(ordered, key=lambda item: item.highlight.article_id):
        members = list(items)
        groups.append((members[0], [member.highlight for member in members]))
    return groups


def readwise_csv(found: Iterable[LibraryHighlight]) -> str:
    """Readwise's import layout; every cell that a spreadsheet would run as a formula is
    quoted with a leading apostrophe."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(READWISE_COLUMNS)
    for item in found:
        highlight = item.highlight
        row = (
            highlight.quote,
            item.title,
            item.author,
            item.url,
            highlight.note,
            str(highlight.anchor.start),
            highlight.created[:19].replace("T", " "),
        )
        writer.writerow([_inert(cell) for cell in row])
    return out.getvalue()


def _inert(cell: str) -> str:
    return f"'{cell}" if cell.startswith(_FORMULA_STARTS) else cell
