"""The window downloads the pages of saved addresses in the background, with progress in the
status bar, and lists the ones it could not get (File > Saved pages not downloaded…).

It starts by itself a little after the window does (a queue left by a stop or a crash is
picked up again) and whenever a write adds articles (an import may have queued addresses).
The work is `app/importing/saved_pages.py`, run as one job on its own lane of the runner; each
page that arrives is announced, so its row in the list shows its new title and length.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, QTimer, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMenu,
    QStatusBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.changes import Changes
from app.library import Library
from app.store.fetch_queue import QueuedPage
from ui.i18n import filled, tr
from ui.jobs.runner import JobContext, JobRunner, Lane
from ui.operations import LibraryOperations
from ui.window.actions import window_action

if TYPE_CHECKING:  # the downloader loads the HTTP client and the page extractor: only in the job
    from app.importing.saved_pages import DownloadProgress, DownloadReport

SAVED_PAGES_LANE = Lane("saved pages", low_priority=True)
START_DELAY_MS = 2500  # after the window's start, so the first minutes of reading come first
DONE_MESSAGE_MS = 10_000


@dataclass(frozen=True)
class DownloadsContext:
    """What the downloads use of the window."""

    library: Library  # the window's connection: only to count what waits
    runner: JobRunner
    operations: LibraryOperations
    status_bar: QStatusBar
    file_menu: QMenu
    parent: QWidget


class SavedPageDownloads(QObject):
    """Runs the page queue when it has pages, one run at a time."""

    def __init__(self, context: DownloadsContext) -> None:
        super().__init__(context.parent)
        self._context = context
        self._job = 0
        self.last_report: DownloadReport | None = None
        self.failures_action = window_action(
            context.parent,
            tr("SavedDownloads", "Saved pages &not downloaded…"),
            self.show_failures,
            "Ctrl+Alt+N",
        )
        self.failures_action.setEnabled(context.library.has_failed_pages())
        actions = context.file_menu.actions()
        if actions:  # above Quit
            context.file_menu.insertAction(actions[-1], self.failures_action)
        else:
            context.file_menu.addAction(self.failures_action)
        context.operations.changed.connect(self._after_write)
        self.failures_dialog: QDialog | None = None

    def is_running(self) -> bool:
        return self._job != 0

    @Slot()
    def start(self) -> None:
        """Download the waiting pages, unless a run is on (it picks up new ones itself)."""
        runner = self._context.runner
        if self._job or runner.is_shut_down or not self._context.library.waiting_page_count():
            return
        path = self._context.library.path
        self._job = self._context.runner.submit(
            SAVED_PAGES_LANE,
            lambda job: _run(path, job),
            self._finished,
            self._failed,
            on_progress=self._progressed,
            failure_text=tr("SavedDownloads", "downloading saved pages failed"),
        )

    def try_again(self) -> None:
        self._context.library.retry_failed_pages()
        self.failures_action.setEnabled(False)
        self.start()

    def _after_write(self, changes: Changes) -> None:
        if changes.article_list:
            self.start()

    def _progressed(self, progress: DownloadProgress) -> None:
        told = tr("SavedDownloads", "Downloading saved pages: %1 of %2")
        self._context.status_bar.showMessage(
            filled(told, QLocale().toString(progress.done), QLocale().toString(progress.total))
        )
        self._context.operations.announce(Changes.of_articles(*progress.filled))

    def _finished(self, report: DownloadReport) -> None:
        self._job = 0
        self.last_report = report
        self.failures_action.setEnabled(self._context.library.has_failed_pages())
        told = f"{report.summary()}."
        if report.failed:
            hint = tr("SavedDownloads", "%1 (File > Saved pages not downloaded).")
            told = filled(hint, report.summary())
        self._context.status_bar.showMessage(told, DONE_MESSAGE_MS)

    def _failed(self, message: str) -> None:
        self._job = 0
        told = filled(tr("SavedDownloads", "Saved pages: %1"), message)
        self._context.status_bar.showMessage(told, DONE_MESSAGE_MS)

    @Slot()
    def show_failures(self) -> None:
        pages = self._context.library.failed_pages()
        dialog = FailedPagesDialog(pages, self._context.parent)
        dialog.accepted.connect(self.try_again)
        self.failures_dialog = dialog
        dialog.open()


def _run(library_path: Path, job: JobContext) -> DownloadReport:
    from app.importing.fetch import Fetcher
    from app.importing.saved_pages import download_queued

    with Library(library_path) as library:
        return download_queued(library, Fetcher, job.progress, job.is_cancelled)


class FailedPagesDialog(QDialog):
    """The saved pages that could not be downloaded, each with its reason; "Try again" puts
    them all back in the queue. Each stays in the library as a bookmark meanwhile."""

    def __init__(self, pages: list[QueuedPage], parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("failed-pages")
        self.setWindowTitle(tr("SavedDownloads", "Saved pages not downloaded"))
        self.resize(720, 380)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(_failed_pages_text(len(pages)), wordWrap=True))
        self.table = QTreeWidget()
        self.table.setRootIsDecorated(False)
        self.table.setUniformRowHeights(True)
        self.table.setHeaderLabels(
            [
                tr("SavedDownloads", "Title"),
                tr("SavedDownloads", "Address"),
                tr("SavedDownloads", "Why"),
            ]
        )
        for page in pages:
            row = QTreeWidgetItem([page.title, page.url, page.reason])
            row.setToolTip(2, page.reason)
            self.table.addTopLevelItem(row)
        self.table.setColumnWidth(0, 220)
        self.table.setColumnWidth(1, 240)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.try_again_button = buttons.addButton(
            tr("SavedDownloads", "Try again"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.try_again_button.setEnabled(bool(pages))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def _failed_pages_text(count: int) -> str:
    if count == 1:
        return tr(
            "SavedDownloads",
            "%n saved page could not be downloaded. It is kept in the library as a bookmark"
            " with its title and address.",
            None,
            count,
        )
    return tr(
        "SavedDownloads",
        "%n saved pages could not be downloaded. Each is kept in the library as a bookmark"
        " with its title and address.",
        None,
        count,
    )


def install_saved_downloads(
    library: Library,
    runner: JobRunner,
    operations: LibraryOperations,
    status_bar: QStatusBar,
    file_menu: QMenu,
    parent: QWidget,
) -> SavedPageDownloads:
    downloads = SavedPageDownloads(
        DownloadsContext(library, runner, operations, status_bar, file_menu, parent)
    )
    QTimer.singleShot(START_DELAY_MS, downloads, downloads.start)
    return downloads
