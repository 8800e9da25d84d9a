"""The headless import commands: import, add-url, subscribe, refresh, feeds and OPML."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.errors import LedeError, one_line
from app.i18n import filled, tr
from app.paths import default_library_path

if TYPE_CHECKING:
    from app.importing.report import ImportReport
    from app.library import Library

ImportCommand = Callable[[argparse.Namespace], int]


def add_import_commands(commands: Any) -> None:
    """Add the import subcommands to the `lede` parser's subparsers."""
    files = commands.add_parser(
        "import",
        help=tr(
            "CommandLine",
            "import files and folders: Markdown, text, HTML, EPUB books and PDF documents",
        ),
    )
    files.add_argument("paths", type=Path, nargs="+", metavar="PATH")
    page = commands.add_parser("add-url", help=tr("CommandLine", "save a web page with its images"))
    page.add_argument("url", metavar="URL")
    feed = commands.add_parser(
        "subscribe", help=tr("CommandLine", "follow an RSS or Atom feed (or a page's feed)")
    )
    feed.add_argument("url", metavar="URL")
    commands.add_parser("refresh", help=tr("CommandLine", "fetch new entries of every feed"))
    saved = commands.add_parser(
        "fetch-saved",
        help=tr("CommandLine", "download the pages of imported addresses that are still bookmarks"),
    )
    saved.add_argument(
        "--retry",
        action="store_true",
        help=tr("CommandLine", "try the pages that failed before again too"),
    )
    commands.add_parser("feeds", help=tr("CommandLine", "list the feeds with their unread counts"))
    opml_in = commands.add_parser(
        "import-opml", help=tr("CommandLine", "subscribe to the feeds of an OPML file")
    )
    opml_in.add_argument("file", type=Path, metavar="FILE")
    opml_out = commands.add_parser(
        "export-opml", help=tr("CommandLine", "write the feeds to an OPML file")
    )
    opml_out.add_argument("file", type=Path, metavar="FILE")


def open_library(args: argparse.Namespace) -> Library:
    """The library named by --library or LEDE_LIBRARY; a new one starts with the samples."""
    from app.library import Library
    from app.samples import add_samples

    library = Library(getattr(args, "library", None) or default_library_path())
    if library.created:
        add_samples(library)
    return library


def _import(args: argparse.Namespace) -> int:
    from app.importing.files import import_paths

    with open_library(args) as library:
        report = import_paths(library, args.paths)
        waiting = library.waiting_page_count()
    if not report.added_ids and not report.duplicates and not report.failures:
        raise LedeError(tr("CommandLine", "No files Lede can import found there."))
    status = _print_report(report.summary(), report)
    if waiting:
        print(_still_to_download(waiting))
    return status


def _still_to_download(waiting: int) -> str:
    if waiting == 1:
        return tr(
            "CommandLine",
            "%Ln saved address still to download: `lede fetch-saved` does it (the window does it by itself).",
            None,
            waiting,
        )
    return tr(
        "CommandLine",
        "%Ln saved addresses still to download: `lede fetch-saved` does it (the window does it by itself).",
        None,
        waiting,
    )


def _fetch_saved(args: argparse.Namespace) -> int:
    from app.importing.fetch import Fetcher
    from app.importing.saved_pages import DownloadProgress, download_queued

    def show(progress: DownloadProgress) -> None:
        done, total = str(progress.done), str(progress.total)
        print(
            filled(tr("CommandLine", "%1 of %2: %3"), done, total, progress.label), file=sys.stderr
        )

    with open_library(args) as library:
        if args.retry:
            library.retry_failed_pages()
        if not library.waiting_page_count():
            print(_nothing_to_download(len(library.failed_pages())))
            return 0
        report = download_queued(library, Fetcher, show if sys.stderr.isatty() else _quiet)
    print(report.summary())
    for page, reason in report.failed:
        line = reason if page.url in reason else f"{page.url}: {reason}"
        print(filled(tr("CommandLine", "lede: %1"), line), file=sys.stderr)
    return 1 if report.failed else 0


def _nothing_to_download(failed: int) -> str:
    if not failed:
        return tr("CommandLine", "No saved pages to download.")
    return tr(
        "CommandLine",
        "No saved pages to download (%Ln failed before: --retry tries them again).",
        None,
        failed,
    )


def _quiet(_progress: object) -> None:
    """No progress lines when stderr is a file or a pipe: only the failures go there."""


def _add_url(args: argparse.Namespace) -> int:
    from app.importing.fetch import Fetcher
    from app.importing.pages import save_page

    with open_library(args) as library, Fetcher() as fetcher:
        saved = save_page(library, args.url, fetcher)
    if not saved.added:
        print(filled(tr("CommandLine", "Already in the library: “%1”"), saved.title))
    elif saved.images:
        print(filled(_added_with_images(saved.images), saved.title))
    else:
        print(filled(tr("CommandLine", "Added “%1”"), saved.title))
    return 0


def _added_with_images(images: int) -> str:
    if images == 1:
        return tr("CommandLine", "Added “%1” with %Ln image", None, images)
    return tr("CommandLine", "Added “%1” with %Ln images", None, images)


def _subscribe(args: argparse.Namespace) -> int:
    from app.importing.feeds import subscribe
    from app.importing.fetch import Fetcher

    with open_library(args) as library, Fetcher() as fetcher:
        subscription = subscribe(library, args.url, fetcher)
    report = subscription.report
    if subscription.new:
        line = tr("CommandLine", "Subscribed to “%1”: %2")
    else:
        line = tr("CommandLine", "Already subscribed to “%1”: %2")
    return _print_report(filled(line, subscription.title, report.summary()), report)


def _refresh(args: argparse.Namespace) -> int:
    from app.importing.feeds import refresh_feeds
    from app.importing.fetch import Fetcher

    with open_library(args) as library, Fetcher() as fetcher:
        count = len(library.feeds())
        if not count:
            print(tr("CommandLine", "No feeds to refresh (subscribe to one first)"))
            return 0
        report = refresh_feeds(library, fetcher)
    if count == 1:
        refreshed = tr("CommandLine", "Refreshed %Ln feed: %1", None, count)
    else:
        refreshed = tr("CommandLine", "Refreshed %Ln feeds: %1", None, count)
    return _print_report(filled(refreshed, report.summary()), report)


def _feeds(args: argparse.Namespace) -> int:
    with open_library(args) as library:
        unread, feeds = library.feed_unread_counts(), library.feeds()
        if not feeds:  # as `highlights` says it has none
            print(tr("CommandLine", "No feeds yet: lede subscribe URL follows one."))
        for feed in feeds:
            count = unread.get(feed.id, 0)
            unread_count = tr("CommandLine", "%Ln unread", None, count)
            print(f"{feed.title or feed.url}\t{unread_count}\t{feed.url}")
    return 0


def _import_opml(args: argparse.Namespace) -> int:
    from app.importing.opml import import_opml
    from app.importing.urls import shown_text

    with open_library(args) as library:
        result = import_opml(library, args.file)
    print(result.summary())
    for url in result.skipped:
        skipped = tr("CommandLine", "lede: Skipped %1: not an http or https address.")
        print(filled(skipped, shown_text(url)), file=sys.stderr)
    return 0


def _export_opml(args: argparse.Namespace) -> int:
    from app.importing.opml import export_opml

    with open_library(args) as library:
        written = export_opml(library, args.file)
    if written == 1:
        exported = tr("CommandLine", "Exported %Ln feed to %1", None, written)
    else:
        exported = tr("CommandLine", "Exported %Ln feeds to %1", None, written)
    print(filled(exported, str(args.file)))
    return 0


def _print_report(line: str, report: ImportReport) -> int:
    print(line)
    for failure in report.failure_lines():
        print(filled(tr("CommandLine", "lede: %1"), one_line(str(failure))), file=sys.stderr)
    return 1 if report.failures else 0


IMPORT_COMMANDS: dict[str, ImportCommand] = {
    "import": _import,
    "add-url": _add_url,
    "subscribe": _subscribe,
    "refresh": _refresh,
    "fetch-saved": _fetch_saved,
    "feeds": _feeds,
    "import-opml": _import_opml,
    "export-opml": _export_opml,
}
