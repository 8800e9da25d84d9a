"""How the window tells the reader an import ended: a status line, a report box, and the news of
what changed (the list, the filter bar and the feeds dialog refresh themselves from it)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMainWindow, QMessageBox

from app.changes import Changes
from app.importing.feeds import Subscription
from app.importing.pages import SavedPage
from app.importing.report import ImportReport
from ui.i18n import filled, tr
from ui.importing.import_report import message_box, report_box
from ui.importing.import_tasks import OpmlOutcome
from ui.list.list_panel import ListPanel
from ui.operations import LibraryOperations

STATUS_MS = 15_000
FEEDS_CHANGED = Changes(article_list=True, feeds=True)


class ImportResults(QObject):
    """One method per kind of result; each says what happened and announces what changed."""

    def __init__(
        self,
        window: QMainWindow,
        operations: LibraryOperations,
        list_panel: ListPanel,
        select_article: Callable[[int], object],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._operations = operations
        self._list_panel = list_panel
        self._select_article = select_article
        self.message_box: QMessageBox | None = None

    def files_imported(self, report: ImportReport) -> None:
        self._list_changed(report.added_ids[-1] if report.added_ids else None)
        self._show_report(tr("ImportResults", "Import finished"), report.summary(), report)

    def page_saved(self, page: SavedPage) -> None:
        images = page.images
        if not page.added:
            told = tr("ImportResults", "Already in the library: “%1”")
        elif images == 1:
            told = tr("ImportResults", "Saved “%1” with %n image", None, images)
        elif images:
            told = tr("ImportResults", "Saved “%1” with %n images", None, images)
        else:
            told = tr("ImportResults", "Saved “%1”")
        self.status(filled(told, page.title))
        self._list_changed(page.article_id)

    def subscribed(self, subscription: Subscription) -> None:
        if subscription.new:
            line = tr("ImportResults", "Subscribed to “%1”: %2")
        else:
            line = tr("ImportResults", "Already subscribed to “%1”: %2")
        line = filled(line, subscription.title, subscription.report.summary())
        self._operations.announce(FEEDS_CHANGED)
        self._show_report(tr("ImportResults", "Feed"), line, subscription.report)

    def refreshed(self, report: ImportReport) -> None:
        """A refresh ran in the background: a status line, never a box (File > Feeds… shows
        each feed's last error)."""
        self._operations.announce(Changes(article_list=bool(report.added), feeds=True))
        self.status(filled(tr("ImportResults", "Feeds refreshed: %1"), _refresh_counts(report)))

    def opml_imported(self, outcome: OpmlOutcome) -> None:
        self._operations.announce(FEEDS_CHANGED)
        line = filled(
            tr("ImportResults", "%1; articles: %2"),
            outcome.subscribed.summary(),
            outcome.report.summary(),
        )
        self._show_report(tr("ImportResults", "Feeds imported"), line, outcome.report)

    def failed(self, title: str) -> Callable[[str], None]:
        """The callback for a job that failed: the reason, in the status bar and a box."""

        def show(message: str) -> None:
            self.status(filled(tr("ImportResults", "%1: %2"), title, message))
            self.show_message(title, message, warning=True)

        return show

    def failed_quietly(self, title: str) -> Callable[[str], None]:
        """The callback for a background job that failed: the reason in the status bar."""
        return lambda message: self.status(filled(tr("ImportResults", "%1: %2"), title, message))

    def _list_changed(self, select: int | None) -> None:
        """Announce new articles; the one named is selected once the list shows it."""
        if select is not None:
            self._list_panel.query_applied.connect(
                lambda: self._select_article(select), Qt.ConnectionType.SingleShotConnection
            )
        self._operations.announce(Changes(article_list=True))

    def show_report(self, title: str, report: ImportReport) -> None:
        """The report box of an import the caller ran itself, e.g. files opened from outside."""
        self._show_report(title, report.summary(), report)

    def _show_report(self, title: str, line: str, report: ImportReport) -> None:
        self.status(line)
        self._open_box(report_box(self._window, title, line, report))

    def show_message(self, title: str, text: str, warning: bool = False) -> None:
        self._open_box(message_box(self._window, title, text, warning))

    def _open_box(self, box: QMessageBox) -> None:
        box.finished.connect(lambda _result: self._forget_message(box))
        self.message_box = box
        box.open()

    def _forget_message(self, box: QMessageBox) -> None:
        if self.message_box is box:
            self.message_box = None
        box.deleteLater()

    def status(self, text: str) -> None:
        self._window.statusBar().showMessage(text, STATUS_MS)


def _refresh_counts(report: ImportReport) -> str:
    """ "1 new article; 2 feeds failed (...)": English has no catalogue for its singulars."""
    added, failed = report.added, len(report.failures)
    if added == 1:
        counts = tr("ImportResults", "%n new article", None, added)
    else:
        counts = tr("ImportResults", "%n new articles", None, added)
    if failed == 1:
        counts += tr("ImportResults", "; %n feed failed (File > Feeds… shows why)", None, failed)
    elif failed:
        counts += tr("ImportResults", "; %n feeds failed (File > Feeds… shows why)", None, failed)
    return counts
