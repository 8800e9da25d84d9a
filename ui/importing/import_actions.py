"""File menu imports: files, folders, web pages, feeds and OPML, plus drops onto the window.

Every import runs in the ImportService's worker; the window only shows progress and results.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, QUrl, Slot
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QProgressDialog

from app.errors import LedeError
from app.importing import opml
from app.importing.feeds import Subscription
from app.importing.pages import SavedPage
from app.importing.report import ImportReport
from ui.importing.feeds_dialog import FeedsDialog
from ui.importing.import_drops import DropImporter
from ui.importing.import_report import message_box, plural, report_box
from ui.importing.import_service import ImportService, Task
from ui.importing.import_tasks import (
    OpmlOutcome,
    import_files_task,
    import_opml_task,
    refresh_task,
    save_page_task,
    subscribe_task,
)
from ui.window.actions import window_action

if TYPE_CHECKING:
    from ui.window.main_window import MainWindow

NO_STARTUP_REFRESH = "LEDE_NO_STARTUP_REFRESH"
STARTUP_REFRESH_DELAY_MS = 3000
FILE_FILTER = "Articles (*.md *.markdown *.txt *.text *.html *.htm *.xhtml);;All files (*)"
OPML_FILTER = "OPML files (*.opml *.xml);;All files (*)"


@dataclass
class _Job:
    """What the window does when a job ends, and the progress dialog showing it, if any."""

    done: Callable[[object], None]
    failure_title: str
    progress: QProgressDialog | None = None


class ImportActions(QObject):
    """The import actions of one window and the jobs they started."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.service = ImportService(window.library.path, window.jobs, self)
        self.service.progress.connect(self._on_progress)
        self.service.finished.connect(self._on_finished)
        self.service.failed.connect(self._on_failed)
        self._jobs: dict[int, _Job] = {}
        self.message_box: QMessageBox | None = None
        self.url_dialog: QInputDialog | None = None
        self.feeds_dialog: FeedsDialog | None = None
        self._build_actions()
        self.drops = DropImporter(window, self.import_paths, self.add_url)
        window.article_opened.connect(self._sync_open_original)
        self._sync_open_original()
        if os.environ.get(NO_STARTUP_REFRESH) != "1" and window.library.feeds():
            QTimer.singleShot(STARTUP_REFRESH_DELAY_MS, self, self._refresh_at_start_up)

    def _build_actions(self) -> None:
        window = self.window
        self.import_files_action = window_action(
            window, "&Import files…", self.choose_files, "Ctrl+O"
        )
        self.import_folder_action = window_action(
            window, "Import &folder…", self.choose_folder, "Ctrl+Shift+O"
        )
        self.add_url_action = window_action(window, "Add &URL…", self.ask_for_url, "Ctrl+L")
        self.subscribe_action = window_action(
            window, "&Subscribe to feed…", self.ask_for_feed, "Ctrl+Shift+L"
        )
        self.refresh_action = window_action(window, "&Refresh feeds", self.refresh_feeds, "F5")
        self.feeds_action = window_action(window, "F&eeds…", self.show_feeds, "Ctrl+Shift+R")
        self.import_opml_action = window_action(
            window, "Import &OPML…", self.choose_opml, "Ctrl+Alt+I"
        )
        self.export_opml_action = window_action(
            window, "E&xport OPML…", self.choose_opml_target, "Ctrl+Alt+X"
        )
        file_menu = window.menus["file"]
        first = file_menu.actions()[0] if file_menu.actions() else None
        for action in (
            self.import_files_action,
            self.import_folder_action,
            self.add_url_action,
            None,
            self.subscribe_action,
            self.refresh_action,
            self.feeds_action,
            self.import_opml_action,
            self.export_opml_action,
            None,
        ):
            if action is None:
                action = QAction(window)
                action.setSeparator(True)
            if first is None:
                file_menu.addAction(action)
            else:
                file_menu.insertAction(first, action)  # above Quit and what others put there
        self.open_original_action = window_action(
            window, "Open &original in browser", self.open_original, "V"
        )
        window.menus["article"].addAction(self.open_original_action)

    # -- what the reader asks for -------------------------------------------------------------

    @Slot()
    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self.window, "Import files", "", FILE_FILTER)
        if names:
            self.import_paths([Path(name) for name in names])

    @Slot()
    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self.window, "Import a folder")
        if folder:
            self.import_paths([Path(folder)])

    @Slot()
    def ask_for_url(self) -> None:
        self._ask("Add a web page", "Address of the page to save:", self.add_url)

    @Slot()
    def ask_for_feed(self) -> None:
        self._ask(
            "Subscribe to a feed", "Address of the feed, or of a site that has one:", self.subscribe
        )

    def _ask(self, title: str, label: str, then: Callable[[str], object]) -> None:
        dialog = QInputDialog(self.window)
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
        dialog.resize(520, dialog.sizeHint().height())
        dialog.textValueSelected.connect(lambda text: then(text) if text.strip() else None)
        dialog.finished.connect(lambda _result: self._forget_url_dialog(dialog))
        self.url_dialog = dialog
        dialog.open()

    @Slot()
    def choose_opml(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self.window, "Import OPML", "", OPML_FILTER)
        if name:
            self.import_opml(Path(name))

    @Slot()
    def choose_opml_target(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self.window, "Export OPML", "lede-feeds.opml", OPML_FILTER
        )
        if name:
            self.export_opml(Path(name))

    @Slot()
    def show_feeds(self) -> None:
        if self.feeds_dialog is None:
            self.feeds_dialog = FeedsDialog(self.window, self)
        self.feeds_dialog.reload()
        self.feeds_dialog.show()
        self.feeds_dialog.activateWindow()

    @Slot()
    def open_original(self) -> None:
        article = self.window.article
        if article is not None and article.url:
            QDesktopServices.openUrl(QUrl(article.url))

    # -- operations (the menu actions end here; tests call them directly) -----------------------

    def import_paths(self, paths: Sequence[Path]) -> int:
        task = import_files_task(list(paths))
        return self._start(task, "Importing…", "Import failed", self._show_import_report)

    def add_url(self, url: str) -> int:
        address = url.strip()
        self._status(f"Saving {address}…")
        task = save_page_task(address)
        return self._start(task, "", "Could not save the page", self._on_page_saved)

    def subscribe(self, url: str) -> int:
        address = url.strip()
        task = subscribe_task(address)
        label = f"Subscribing to {address}…"
        return self._start(task, label, "Could not subscribe", self._on_subscribed)

    @Slot()
    def refresh_feeds(self, quiet: bool = False) -> int:
        done = self._on_refreshed_quietly if quiet else self._on_refreshed
        label = "" if quiet else "Refreshing feeds…"
        if quiet:
            self._status("Refreshing feeds…")
        return self._start(refresh_task, label, "Could not refresh the feeds", done)

    def import_opml(self, path: Path) -> int:
        task = import_opml_task(path)
        label = "Importing feeds…"
        return self._start(task, label, "Could not import the OPML file", self._on_opml_imported)

    def export_opml(self, path: Path) -> None:
        try:
            count = opml.export_opml(self.window.library, path)
        except LedeError as error:
            self._show_message("Could not export the feeds", str(error), warning=True)
            return
        self._status(f"Exported {plural(count, 'feed')} to {path}")

    # -- jobs ---------------------------------------------------------------------------------

    def _start(
        self, task: Task, progress_label: str, failure_title: str, done: Callable[[object], None]
    ) -> int:
        job_id = self.service.start(task)
        dialog = self._progress_dialog(job_id, progress_label) if progress_label else None
        self._jobs[job_id] = _Job(done, failure_title, dialog)
        return job_id

    def _progress_dialog(self, job_id: int, label: str) -> QProgressDialog:
        dialog = QProgressDialog(label, "Cancel", 0, 0, self.window)
        dialog.setObjectName("import-progress")
        dialog.setWindowTitle("Lede")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(lambda: self._cancel(job_id))
        return dialog

    def _cancel(self, job_id: int) -> None:
        self.service.cancel(job_id)
        job = self._jobs.get(job_id)
        if job is not None and job.progress is not None:
            job.progress.setLabelText("Stopping after the current item…")

    @Slot(int, int, int, str)
    def _on_progress(self, job_id: int, done: int, total: int, label: str) -> None:
        job = self._jobs.get(job_id)
        if job is None or job.progress is None or job.progress.wasCanceled():
            return
        job.progress.setMaximum(total)
        job.progress.setValue(done)
        job.progress.setLabelText(f"{done + 1} of {total}: {label}")

    @Slot(int, object)
    def _on_finished(self, job_id: int, result: object) -> None:
        job = self._end(job_id)
        if job is not None:
            job.done(result)

    @Slot(int, str)
    def _on_failed(self, job_id: int, message: str) -> None:
        job = self._end(job_id)
        if job is not None:
            self._status(f"{job.failure_title}: {message}")
            self._show_message(job.failure_title, message, warning=True)

    def _end(self, job_id: int) -> _Job | None:
        job = self._jobs.pop(job_id, None)
        if job is not None and job.progress is not None:
            job.progress.close()
            job.progress.deleteLater()
        return job

    # -- results ------------------------------------------------------------------------------

    def _show_import_report(self, result: object) -> None:
        assert isinstance(result, ImportReport)
        self._reload_list(result.added_ids[-1] if result.added_ids else None)
        self._show_report("Import finished", result.summary(), result)

    def _on_page_saved(self, result: object) -> None:
        assert isinstance(result, SavedPage)
        if result.added:
            images = f" with {plural(result.images, 'image')}" if result.images else ""
            self._status(f"Saved “{result.title}”{images}")
        else:
            self._status(f"Already in the library: “{result.title}”")
        self._reload_list(result.article_id)

    def _on_subscribed(self, result: object) -> None:
        assert isinstance(result, Subscription)
        verb = "Subscribed to" if result.new else "Already subscribed to"
        line = f"{verb} “{result.title}”: {result.report.summary()}"
        self._reload_list(None)
        self._refresh_feeds_dialog()
        self._show_report("Feed", line, result.report)

    def _on_refreshed(self, result: object) -> None:
        assert isinstance(result, ImportReport)
        self._reload_list(None)
        self._refresh_feeds_dialog()
        self._show_report("Feeds refreshed", f"Feeds refreshed: {result.summary()}", result)

    def _on_refreshed_quietly(self, result: object) -> None:
        assert isinstance(result, ImportReport)
        if result.added:
            self._reload_list(None)
        self._refresh_feeds_dialog()
        failed = len(result.failures)
        problems = f" ({plural(failed, 'feed')} failed: File > Refresh feeds tells why)"
        new = plural(result.added, "new article")
        self._status(f"Feeds refreshed: {new}{problems if failed else ''}")

    def _on_opml_imported(self, result: object) -> None:
        assert isinstance(result, OpmlOutcome)
        self._reload_list(None)
        self._refresh_feeds_dialog()
        line = f"{result.subscribed.summary()}; articles: {result.report.summary()}"
        self._show_report("Feeds imported", line, result.report)

    def _reload_list(self, select: int | None) -> None:
        panel = getattr(self.window, "list_panel", None)
        if panel is None:
            self.window.model.reload()
            if select is not None:
                self.window.select_article(select)
            return
        if select is not None:
            panel.query_applied.connect(
                lambda: self.window.select_article(select), Qt.ConnectionType.SingleShotConnection
            )
        panel.refresh()

    def _refresh_feeds_dialog(self) -> None:
        if self.feeds_dialog is not None and self.feeds_dialog.isVisible():
            self.feeds_dialog.reload()

    def _show_report(self, title: str, line: str, report: ImportReport) -> None:
        self._status(line)
        self._open_box(report_box(self.window, title, line, report))

    def _show_message(self, title: str, text: str, warning: bool = False) -> None:
        self._open_box(message_box(self.window, title, text, warning))

    def _open_box(self, box: QMessageBox) -> None:
        box.finished.connect(lambda _result: self._forget_message(box))
        self.message_box = box
        box.open()

    def _forget_url_dialog(self, dialog: QInputDialog) -> None:
        if self.url_dialog is dialog:
            self.url_dialog = None
        dialog.deleteLater()

    def _forget_message(self, box: QMessageBox) -> None:
        if self.message_box is box:
            self.message_box = None
        box.deleteLater()

    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 15_000)

    @Slot()
    def _refresh_at_start_up(self) -> None:
        if not self.service.is_busy():
            self.refresh_feeds(quiet=True)

    @Slot()
    def _sync_open_original(self, _article_id: int = 0) -> None:
        article = self.window.article
        self.open_original_action.setEnabled(article is not None and bool(article.url))


def install_import_actions(window: MainWindow) -> ImportActions:
    """Add the import actions to the window's File and Article menus, and accept drops."""
    return ImportActions(window)
