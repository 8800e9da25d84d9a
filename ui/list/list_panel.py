"""The list side of the window: search field and filter bar over the article list.

Every new query (a keystroke in the search field, a filter or sort choice) runs in the
QueryService worker; when its ids arrive the model is reset to them. The article being read
stays selected when it is still in the list, without being opened again, so Previous/Next
carry on from it in the new order.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QVBoxLayout,
    QWidget,
)

from app.changes import Changes
from app.library import Library
from app.queries import ListQuery
from ui.jobs.runner import JobRunner
from ui.list.article_model import ArticleListModel
from ui.list.filter_bar import FilterBar
from ui.list.query_service import QueryService
from ui.list.search_bar import SearchBar
from ui.operations import LibraryOperations

if TYPE_CHECKING:
    from ui.window.main_window import MainWindow
from ui.i18n import filled, tr
from ui.widgets import named
from ui.window.actions import window_action

TERMS_SETTLE_MS = 150


class ArticleListView(QListView):
    """A list view for very long lists of same-height rows.

    It lays a new list out in one pass: the model answers the row count in C++, so 100,000
    rows take about 20 ms. (Laid out in batches between events, the list stayed blank until
    the last batch: 0.3-0.7 s after a filter change at 100,000 articles.) A changed row only
    repaints: QListView would lay the whole list out again for any dataChanged, each time a
    row is marked read or gets its TL;DR line.
    """

    def __init__(self, parent: QWidget | None = None, objectName: str = "") -> None:  # noqa: N803
        super().__init__(parent)
        self.setObjectName(objectName)
        self.setUniformItemSizes(True)
        self.setLayoutMode(QListView.LayoutMode.SinglePass)

    def dataChanged(
        self,
        top_left: QModelIndex | QPersistentModelIndex,
        bottom_right: QModelIndex | QPersistentModelIndex,
        roles: Sequence[int] = (),
    ) -> None:
        QAbstractItemView.dataChanged(self, top_left, bottom_right, list(roles))


class ListPanel(QWidget):
    """Search, filters and the list; `query_applied` fires once the list shows a new query."""

    query_applied = Signal()
    search_terms_changed = Signal()

    def __init__(
        self,
        library: Library,
        model: ArticleListModel,
        list_view: QListView,
        runner: JobRunner,
        operations: LibraryOperations,
    ) -> None:
        super().__init__()
        self.setObjectName("list-panel")
        self.library = library
        self.model = model
        self.list_view = list_view
        self.search_bar = SearchBar()
        self.filter_bar = FilterBar(library)
        self.status = named(QLabel(), "list-status")
        self.status.setContentsMargins(8, 0, 8, 2)
        self.queries = QueryService(library.path, runner, self)
        self.queries.ids_ready.connect(self._on_ids_ready)
        self.queries.query_failed.connect(self._on_query_failed)
        # Re-marking the open article re-lays it out: do it once typing pauses, after the list.
        self._terms_settle = QTimer(self, singleShot=True, interval=TERMS_SETTLE_MS)
        self._terms_settle.timeout.connect(self.search_terms_changed)
        self.search_bar.search_changed.connect(self._on_search_changed)
        self.search_bar.left.connect(self.list_view.setFocus)
        self.filter_bar.changed.connect(self.refresh)
        model.modelReset.connect(self._show_count)  # imports and deletions reload the model too
        operations.changed.connect(self._on_changes)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.search_bar)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.status)
        self._layout = layout
        self._show_count()

    def adopt_list(self) -> None:
        """Take the list view under the search and filters (after it left its old place)."""
        self._layout.addWidget(self.list_view, 1)
        self.list_view.show()

    @property
    def query(self) -> ListQuery:
        """What the list shows now."""
        return self.model.query

    def wanted_query(self) -> ListQuery:
        """The query the search field and choosers describe (it may still be running)."""
        return self.filter_bar.apply_to(replace(self.query, search=self.search_bar.text()))

    @Slot()
    def refresh(self) -> None:
        """Run the query the controls describe."""
        self.queries.request(self.wanted_query())

    def close_down(self) -> None:
        """The window closes: start no more queries, and interrupt the one running."""
        self._terms_settle.stop()
        self.queries.cancel()

    def release_reader(self) -> None:
        """Once the window's jobs have ended: close the queries' connection."""
        self.queries.close()

    @Slot(object)
    def _on_changes(self, changes: Changes) -> None:
        """Redraw changed rows; run the query again when the list (or a feed it is filtered to)
        may have changed."""
        for article_id in changes.articles:
            self.model.refresh_article(article_id)
        if changes.renamed_tag is not None:
            self.filter_bar.follow_tag_rename(*changes.renamed_tag)
        source_gone = changes.feeds and self.filter_bar.follow_feeds()
        if changes.article_list or source_gone:
            self.refresh()

    @Slot(str)
    def _on_search_changed(self, text: str) -> None:
        searching = bool(replace(self.query, search=text).match)
        sort = str(self.filter_bar.sort_box.currentData())
        self.filter_bar.blockSignals(True)
        if searching and sort == "added" and not self.query.match:
            self.filter_bar.set_sort("relevance")
        elif not searching and sort == "relevance":
            self.filter_bar.set_sort("added")
        self.filter_bar.blockSignals(False)
        self.refresh()

    @Slot(object, object)
    def _on_ids_ready(self, query: ListQuery, ids: list[int]) -> None:
        current_index = self.list_view.currentIndex()
        current = self.model.article_id(current_index.row()) if current_index.isValid() else None
        old_match = self.query.match
        self.model.set_query(query, ids)
        if not self._keep_current(current):
            # A new list starts at its top; the old offset would show rows from its middle.
            self.list_view.scrollToTop()
        self._show_count()
        self.query_applied.emit()
        if query.match != old_match:
            self._terms_settle.start()

    @Slot(object, str)
    def _on_query_failed(self, _query: ListQuery, message: str) -> None:
        self.status.setText(filled(tr("ListPanel", "Search failed: %1"), message))

    def _keep_current(self, article_id: object) -> bool:
        """Select the article being read again if it is listed, without reopening it; whether
        it is listed."""
        position = self.model.position_of(article_id) if isinstance(article_id, int) else None
        if position is None:
            return False
        index = self.model.index(position)
        selection = self.list_view.selectionModel()
        selection.blockSignals(True)
        selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        selection.blockSignals(False)
        self.list_view.scrollTo(index)
        self.list_view.viewport().update()
        return True

    def _show_count(self) -> None:
        if self.model.is_partial:  # the count comes with the whole list, a moment later
            self.status.setText("")
            return
        count = self.model.rowCount()
        if self.query.match:
            # Two texts: English's "1 article" has no catalogue to give it its singular.
            found = (
                tr("ListPanel", "%Ln article found", None, count)
                if count == 1
                else tr("ListPanel", "%Ln articles found", None, count)
            )
            self.status.setText(found if count else tr("ListPanel", "Nothing found"))
        else:
            listed = (
                tr("ListPanel", "%Ln article", None, count)
                if count == 1
                else tr("ListPanel", "%Ln articles", None, count)
            )
            self.status.setText(listed if count else tr("ListPanel", "No articles here"))


def install_list_panel(window: MainWindow) -> ListPanel:
    """Put the search field and filters above the window's list; add Ctrl+F and / to search."""
    panel = ListPanel(
        window.library, window.model, window.list_view, window.jobs, window.operations
    )
    window.splitter.replaceWidget(0, panel)
    panel.adopt_list()
    search = window_action(
        window,
        tr("ListPanel", "&Search articles…"),
        panel.search_bar.focus,
        tip=tr("ListPanel", "Search articles (Ctrl+F, /)"),
    )
    search.setShortcuts([QKeySequence(QKeySequence.StandardKey.Find), QKeySequence("/")])
    window.menus["go"].addAction(search)
    return panel
