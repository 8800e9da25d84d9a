"""File menu imports: files, folders, web pages, feeds and OPML, plus drops onto the window.

The menu entries and what they ask the reader; the jobs run in ui/importing/import_jobs.py and
their results are told by ui/importing/import_results.py.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox

from app.errors import LedeError
from app.importing import opml
from ui.i18n import filled, tr
from ui.importing.feeds_dialog import FeedsDialog
from ui.importing.import_drops import DropImporter
from ui.importing.import_jobs import ImportJobs
from ui.importing.import_results import ImportResults
from ui.importing.import_tasks import (
    import_files_task,
    import_opml_task,
    refresh_task,
    save_page_task,
    subscribe_task,
)
from ui.window.actions import window_action

if TYPE_CHECKING:
    from ui.window.main_window import MainWindow

STARTUP_REFRESH_DELAY_MS = 3000
ARTICLE_PATTERNS = "*.md *.markdown *.txt *.text *.html *.htm *.xhtml"


def file_filter() -> str:
    """The file chooser's filter: its words in the interface's language, its patterns kept."""
    choices = [
        (
            tr("ImportActions", "Everything Lede reads"),
            f"{ARTICLE_PATTERNS} *.epub *.pdf *.csv *.json *.zip",
        ),
        (tr("ImportActions", "Articles"), ARTICLE_PATTERNS),
        (tr("ImportActions", "Books"), "*.epub"),
        (tr("ImportActions", "PDF documents"), "*.pdf"),
        (
            tr(
                "ImportActions",
                "Read-later exports: Pocket, Instapaper, wallabag, Omnivore, Readwise",
            ),
            "*.csv *.json *.zip *.html",
        ),
        (tr("ImportActions", "All files"), "*"),
    ]
    return ";;".join(f"{words} ({patterns})" for words, patterns in choices)


def opml_filter() -> str:
    opml_files, all_files = tr("ImportActions", "OPML files"), tr("ImportActions", "All files")
    return f"{opml_files} (*.opml *.xml);;{all_files} (*)"


class ImportActions(QObject):
    """The import actions of one window and the jobs they started."""

    def __init__(self, window: MainWindow, *, refresh_feeds_at_start: bool = True) -> None:
        super().__init__(window)
        self.window = window
        self.service = ImportJobs(window.library.path, window.jobs, window)
        self.results = ImportResults(
            window, window.operations, window.list_panel, window.select_article
        )
        self.url_dialog: QInputDialog | None = None
        self.feeds_dialog: FeedsDialog | None = None
        self._build_actions()
        self.drops = DropImporter(window, self.import_paths, self.add_url)
        if refresh_feeds_at_start and window.library.feeds():
            QTimer.singleShot(STARTUP_REFRESH_DELAY_MS, self, self._refresh_at_start_up)

    @property
    def message_box(self) -> QMessageBox | None:
        """The report or message box on screen, if any."""
        return self.results.message_box

    def _build_actions(self) -> None:
        window = self.window
        self.import_files_action = window_action(
            window, tr("ImportActions", "&Import files…"), self.choose_files, "Ctrl+O"
        )
        self.import_folder_action = window_action(
            window, tr("ImportActions", "Import &folder…"), self.choose_folder, "Ctrl+Shift+O"
        )
        self.add_url_action = window_action(
            window, tr("ImportActions", "Add &URL…"), self.ask_for_url, "Ctrl+L"
        )
        self.subscribe_action = window_action(
            window, tr("ImportActions", "&Subscribe to feed…"), self.ask_for_feed, "Ctrl+Shift+L"
        )
        self.refresh_action = window_action(
            window, tr("ImportActions", "&Refresh feeds"), self.refresh_feeds, "F5"
        )
        self.feeds_action = window_action(
            window, tr("ImportActions", "F&eeds…"), self.show_feeds, "Ctrl+Shift+R"
        )
        self.import_opml_action = window_action(
            window, tr("ImportActions", "Import &OPML…"), self.choose_opml, "Ctrl+Alt+I"
        )
        self.export_opml_action = window_action(
            window, tr("ImportActions", "E&xport OPML…"), self.choose_opml_target, "Ctrl+Alt+X"
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

    # -- what the reader asks for -------------------------------------------------------------

    @Slot()
    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self.window, tr("ImportActions", "Import files"), "", file_filter()
        )
        if names:
            self.import_paths([Path(name) for name in names])

    @Slot()
    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self.window, tr("ImportActions", "Import a folder")
        )
        if folder:
            self.import_paths([Path(folder)])

    @Slot()
    def ask_for_url(self) -> None:
        self._ask(
            tr("ImportActions", "Add a web page"),
            tr("ImportActions", "Address of the page to save:"),
            self.add_url,
        )

    @Slot()
    def ask_for_feed(self) -> None:
        self._ask(
            tr("ImportActions", "Subscribe to a feed"),
            tr("ImportActions", "Address of the feed, or of a site that has one:"),
            self.subscribe,
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
        name, _ = QFileDialog.getOpenFileName(
            self.window, tr("ImportActions", "Import OPML"), "", opml_filter()
        )
        if name:
            self.import_opml(Path(name))

    @Slot()
    def choose_opml_target(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self.window, tr("ImportActions", "Export OPML"), "lede-feeds.opml", opml_filter()
        )
        if name:
            self.export_opml(Path(name))

    @Slot()
    def show_feeds(self) -> None:
        if self.feeds_dialog is None:
            self.feeds_dialog = FeedsDialog(
                self.window, self.window.operations, self.refresh_feeds, self.show_feed_in_list
            )
        self.feeds_dialog.reload()
        self.feeds_dialog.show()
        self.feeds_dialog.activateWindow()

    def show_feed_in_list(self, feed_id: int) -> None:
        """Filter the article list to a feed, through the list's source chooser."""
        box = self.window.list_panel.filter_bar.source_box
        box.load_choices()
        box.choose(f"feed:{feed_id}")

    # -- operations (the menu actions end here; tests call them directly) -----------------------

    def import_paths(self, paths: Sequence[Path]) -> int:
        results = self.results
        task = import_files_task(list(paths))
        failed = results.failed(tr("ImportActions", "Import failed"))
        return self.service.start(
            task, results.files_imported, failed, tr("ImportActions", "Importing…")
        )

    def add_url(self, url: str) -> int:
        address = url.strip()
        self.results.status(filled(tr("ImportActions", "Saving %1…"), address))
        failed = self.results.failed(tr("ImportActions", "Could not save the page"))
        return self.service.start(save_page_task(address), self.results.page_saved, failed)

    def subscribe(self, url: str) -> int:
        address = url.strip()
        failed = self.results.failed(tr("ImportActions", "Could not subscribe"))
        label = filled(tr("ImportActions", "Subscribing to %1…"), address)
        return self.service.start(subscribe_task(address), self.results.subscribed, failed, label)

    @Slot()
    def refresh_feeds(self) -> int:
        """Refresh in the background: the status bar tells how it went, the Feeds dialog
        which feed failed and why; no dialog opens over the window."""
        self.results.status(tr("ImportActions", "Refreshing feeds…"))
        failed = self.results.failed_quietly(tr("ImportActions", "Could not refresh the feeds"))
        return self.service.start(refresh_task, self.results.refreshed, failed)

    def import_opml(self, path: Path) -> int:
        failed = self.results.failed(tr("ImportActions", "Could not import the OPML file"))
        task = import_opml_task(path)
        label = tr("ImportActions", "Importing feeds…")
        return self.service.start(task, self.results.opml_imported, failed, label)

    def export_opml(self, path: Path) -> None:
        try:
            count = opml.export_opml(self.window.library, path)
        except LedeError as error:
            title = tr("ImportActions", "Could not export the feeds")
            self.results.show_message(title, str(error), warning=True)
            return
        if count == 1:
            told = tr("ImportActions", "Exported %n feed to %1", None, count)
        else:
            told = tr("ImportActions", "Exported %n feeds to %1", None, count)
        self.results.status(filled(told, str(path)))

    def _forget_url_dialog(self, dialog: QInputDialog) -> None:
        if self.url_dialog is dialog:
            self.url_dialog = None
        dialog.deleteLater()

    @Slot()
    def _refresh_at_start_up(self) -> None:
        if not self.service.is_busy():
            self.refresh_feeds()


def install_import_actions(window: MainWindow, refresh_feeds_at_start: bool) -> ImportActions:
    """Add the import actions to the window's File menu, and accept drops."""
    return ImportActions(window, refresh_feeds_at_start=refresh_feeds_at_start)
