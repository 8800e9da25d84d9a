"""Highlights headless: `lede highlights` lists them, `lede export-highlights` writes them out.

Markdown goes into a folder, one file per article with highlights or a note (existing files
are never replaced); CSV is one file in Readwise's import layout.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.errors import LedeError
from app.highlights.export import ArticleHighlights, article_file_text, by_article, readwise_csv
from app.highlights.model import COLOURS
from app.i18n import filled, tr

if TYPE_CHECKING:  # the library and the export load only when a command runs
    from app.library import Library

FORMATS = ("markdown", "csv")


def add_highlight_commands(commands: Any) -> None:
    """Add the highlight subcommands to the `lede` parser's subparsers."""
    listing = commands.add_parser(
        "highlights", help=tr("CommandLine", "list your highlights, newest first")
    )
    listing.add_argument(
        "--colour", choices=COLOURS, help=tr("CommandLine", "only highlights of this colour")
    )
    listing.add_argument(
        "--tag", metavar="TAG", help=tr("CommandLine", "only highlights of articles with this tag")
    )
    export = commands.add_parser(
        "export-highlights",
        help=tr(
            "CommandLine",
            "write highlights and notes as Markdown (a file per article) or Readwise CSV",
        ),
    )
    export.add_argument("--format", choices=FORMATS, default="markdown")
    export.add_argument(
        "path",
        type=Path,
        metavar="PATH",
        help=tr("CommandLine", "a folder (markdown) or a file (csv)"),
    )


def articles_with_notes(library: Library) -> list[ArticleHighlights]:
    """Each article that has highlights or a note, with them, in library order by id."""
    notes = library.article_notes()
    grouped = {
        first.highlight.article_id: (first, items)
        for first, items in by_article(library.library_highlights())
    }
    found: list[ArticleHighlights] = []
    for article_id in sorted(set(grouped) | set(notes)):
        if article_id in grouped:
            first, items = grouped[article_id]
            names = (first.title, first.author, first.source, first.url)
        else:
            article = library.article(article_id)
            if article is None:
                continue
            items, names = [], (article.title, article.author, article.row.source, article.url)
        found.append(ArticleHighlights(*names, notes.get(article_id, ""), tuple(items)))
    return found


def export_markdown(library: Library, folder: Path) -> list[Path]:
    """One Markdown file per article with highlights or a note; returns the files written."""
    from app.export import names_in_export_folder, safe_file_name, write_text

    taken = names_in_export_folder(folder)
    written = []
    for article in articles_with_notes(library):
        path = folder / safe_file_name(article.title, taken)
        write_text(path, article_file_text(article))
        written.append(path)
    return written


def export_csv(library: Library, path: Path) -> int:
    """Every highlight in one Readwise CSV; returns how many rows were written."""
    from app.export import write_text

    found = library.library_highlights()
    if path.is_dir():
        raise LedeError(
            filled(tr("CommandLine", "%1 is a folder: give the CSV file's name."), str(path))
        )
    write_text(path, readwise_csv(found))
    return len(found)


def _export_highlights(args: argparse.Namespace) -> int:
    with _open(args) as library:
        if args.format == "csv":
            count = export_csv(library, args.path)
            wrote = tr("CommandLine", "Wrote %Ln highlight(s) to %1.", None, count)
        else:
            count = len(export_markdown(library, args.path))
            wrote = tr("CommandLine", "Wrote %Ln file(s) to %1.", None, count)
        print(filled(wrote, str(args.path)))
    return 0


def _list_highlights(args: argparse.Namespace) -> int:
    with _open(args) as library:
        found = library.library_highlights(args.colour, args.tag)
        for item in found:
            highlight = item.highlight
            quote = " ".join(highlight.quote.split())
            print(f"{highlight.created[:10]}  [{highlight.colour}]  {item.title}: “{quote}”")
            if highlight.note.strip():
                note = " ".join(highlight.note.split())
                print(filled(tr("CommandLine", "    note: %1"), note))
        if not found:
            print(tr("CommandLine", "No highlights yet."))
    return 0


def _open(args: argparse.Namespace) -> Library:
    from app.importing.commands import open_library

    return open_library(args)


HIGHLIGHT_COMMANDS = {"highlights": _list_highlights, "export-highlights": _export_highlights}
