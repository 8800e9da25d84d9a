"""Files handed to the window to open: from its own command line, or from a second start on
the same library (ui/window/single_instance.py). They are imported in the background and the
first is shown, new or already in the library; the window comes forward."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtWidgets import QMainWindow

from app.changes import Changes
from app.library import Library
from app.opening import Opened, open_paths
from ui.i18n import filled, tr
from ui.importing.import_jobs import Cancelled, ImportJobs, OfflineTask, Progress
from ui.importing.import_results import ImportResults
from ui.list.list_panel import ListPanel
from ui.operations import LibraryOperations

if TYPE_CHECKING:
    from ui.importing.import_actions import ImportActions
    from ui.window.main_window import MainWindow

EVERYTHING_MAY_HAVE_CHANGED = Changes(article_list=True, feeds=True)


@dataclass(frozen=True)
class OpeningContext:
    """What opening files needs from the window, and nothing more."""

    window: QMainWindow
    jobs: ImportJobs
    results: ImportResults
    operations: LibraryOperations
    list_panel: ListPanel
    select_article: Callable[[int], bool]  # False when the list does not show it
    open_article: Callable[[int], None]


class FileOpener(QObject):
    def __init__(self, context: OpeningContext) -> None:
        super().__init__(context.window)
        self._context = context

    def open_files(self, paths: Sequence[Path]) -> int:
        """Bring the window forward and import `paths`; returns the job's id."""
        self.bring_forward()
        count = len(paths)
        if count == 1:
            label = filled(tr("FileOpener", "Opening %1…"), paths[0].name)
        else:
            label = tr("FileOpener", "Opening %n files…", None, count)
        return self._context.jobs.start(
            OfflineTask(_open_task(list(paths))),
            self._opened,
            self._context.results.failed(tr("FileOpener", "Could not open the files")),
            label,
        )

    @Slot()
    def library_changed(self) -> None:
        """A headless command wrote to the library: the views read what they show again."""
        self._context.operations.announce(EVERYTHING_MAY_HAVE_CHANGED)

    def bring_forward(self) -> None:
        window = self._context.window
        if window.isMinimized():
            window.showNormal()
        window.raise_()
        window.activateWindow()

    def _opened(self, opened: Opened) -> None:
        report = opened.report
        if opened.show is not None:
            article_id = opened.show
            self._context.list_panel.query_applied.connect(
                lambda: self._show(article_id), Qt.ConnectionType.SingleShotConnection
            )
        self._context.operations.announce(Changes(article_list=True))
        added = report.added
        if report.failures:
            title = tr("FileOpener", "Some files could not be opened")
            self._context.results.show_report(title, report)
        elif added == 1:
            self._context.results.status(tr("FileOpener", "Added %n article", None, added))
        elif added:
            self._context.results.status(tr("FileOpener", "Added %n articles", None, added))

    def _show(self, article_id: int) -> None:
        if not self._context.select_article(article_id):
            self._context.open_article(article_id)  # hidden by the list's filter: open it anyway


def _open_task(paths: list[Path]) -> Callable[[Library, Progress, Cancelled], Opened]:
    def work(library: Library, progress: Progress, cancelled: Cancelled) -> Opened:
        return open_paths(library, paths, progress, cancelled)

    return work


def install_file_opener(window: MainWindow, imports: ImportActions) -> FileOpener:
    context = OpeningContext(
        window=window,
        jobs=imports.service,
        results=imports.results,
        operations=window.operations,
        list_panel=window.list_panel,
        select_article=window.select_article,
        open_article=window.open_article,
    )
    return FileOpener(context)
