"""The work each import job does in the worker thread, as plain functions of the core."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.importing import feeds, files, opml, pages
from app.importing.feeds import Subscription
from app.importing.fetch import Fetcher
from app.importing.opml import OpmlImport
from app.importing.pages import SavedPage
from app.importing.report import ImportReport
from app.library import Library
from ui.importing.import_jobs import Cancelled, OfflineTask, Progress, Task


@dataclass(frozen=True)
class OpmlOutcome:
    """The feeds an OPML file subscribed to, and the articles their first refresh added."""

    subscribed: OpmlImport
    report: ImportReport


def import_files_task(paths: list[Path]) -> Task[ImportReport]:
    def work(library: Library, progress: Progress, cancelled: Cancelled) -> ImportReport:
        return files.import_paths(library, paths, progress, cancelled)

    return OfflineTask(work)


def save_page_task(url: str) -> Task[SavedPage]:
    def task(
        library: Library, fetcher: Fetcher, _progress: Progress, _cancelled: Cancelled
    ) -> SavedPage:
        return pages.save_page(library, url, fetcher)

    return task


def subscribe_task(url: str) -> Task[Subscription]:
    def task(
        library: Library, fetcher: Fetcher, progress: Progress, cancelled: Cancelled
    ) -> Subscription:
        return feeds.subscribe(library, url, fetcher, progress, cancelled)

    return task


def refresh_task(
    library: Library, fetcher: Fetcher, progress: Progress, cancelled: Cancelled
) -> ImportReport:
    return feeds.refresh_feeds(library, fetcher, progress, cancelled)


def import_opml_task(path: Path) -> Task[OpmlOutcome]:
    def task(
        library: Library, fetcher: Fetcher, progress: Progress, cancelled: Cancelled
    ) -> OpmlOutcome:
        subscribed = opml.import_opml(library, path)
        return OpmlOutcome(subscribed, feeds.refresh_feeds(library, fetcher, progress, cancelled))

    return task
