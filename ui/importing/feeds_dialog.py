"""The feeds the reader follows, with unread counts and their health (last success, last error):
show one in the list, refresh, unsubscribe."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.changes import Changes
from app.library import Feed
from ui.i18n import filled, local_date_time, tr
from ui.operations import LibraryOperations

FeedIdRole = Qt.ItemDataRole.UserRole + 1
FeedHealthRole = Qt.ItemDataRole.UserRole + 2  # the health lines as plain text


def when(timestamp: str) -> str:
    """A stored UTC timestamp as a reader reads it, in local time: "07.12.2026 07:40"."""
    return local_date_time(timestamp) if timestamp else ""


def feed_row_text(feed: Feed, unread: int) -> str:
    """A feed's line: its name, then whether its last refresh failed, then its unread count."""
    name = feed.title or feed.url
    unread_count = tr("FeedsDialog", "%n unread", None, unread)
    if feed.is_failing:
        failed = filled(tr("FeedsDialog", "failed %1"), when(feed.failed))
        return f"{name}  —  {failed}  ·  {unread_count}"
    return f"{name}  —  {unread_count}"


def feed_health(feed: Feed) -> str:
    """The address, the last success and the last error, one a line."""
    if feed.refreshed:
        success = filled(tr("FeedsDialog", "Last refreshed %1"), when(feed.refreshed))
    else:
        success = tr("FeedsDialog", "Never refreshed")
    lines = [feed.url, success]
    if feed.is_failing:
        error = tr("FeedsDialog", "Last error (%1): %2")
        lines.append(filled(error, when(feed.failed), feed.last_error))
    return "\n".join(lines)


def feed_tooltip(feed: Feed) -> str:
    """`feed_health` as a tooltip, escaped: Qt would read a server's "<b>" as markup."""
    lines = (html.escape(line) for line in feed_health(feed).split("\n"))
    return f"<p style='white-space:pre-wrap'>{'<br>'.join(lines)}</p>"


class FeedsDialog(QDialog):
    """A short list (one row per feed, not per article), so plain list items are enough here.

    It follows the library's changes: feeds added or refreshed, articles read (unread counts)."""

    def __init__(
        self,
        window: QWidget,
        operations: LibraryOperations,
        refresh_feeds: Callable[[], object],
        show_in_list: Callable[[int], object],
    ) -> None:
        super().__init__(window)
        self.setObjectName("feeds-dialog")
        self.setWindowTitle(tr("FeedsDialog", "Feeds"))
        self._operations = operations
        self._show_in_list = show_in_list
        self.feed_list = QListWidget()
        self.feed_list.setObjectName("feed-list")
        self.feed_list.setAccessibleName(tr("FeedsDialog", "Feeds"))
        self.feed_list.itemActivated.connect(lambda _item: self.show_selected())
        self.empty_label = QLabel(
            tr("FeedsDialog", "No feeds yet: File > Subscribe to feed… adds one.")
        )
        self.empty_label.setWordWrap(True)
        self.detail_label = QLabel()  # the selected feed's last success and last error
        self.detail_label.setObjectName("feed-detail")
        self.detail_label.setWordWrap(True)
        self.detail_label.setTextFormat(Qt.TextFormat.PlainText)  # errors quote what servers say
        self.detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.show_button = self._button(
            buttons, tr("FeedsDialog", "&Show in list"), self.show_selected
        )
        self.refresh_button = self._button(
            buttons, tr("FeedsDialog", "&Refresh all"), refresh_feeds
        )
        self.unsubscribe_button = self._button(
            buttons, tr("FeedsDialog", "&Unsubscribe"), self.unsubscribe_selected
        )
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.feed_list, 1)
        layout.addWidget(self.detail_label)
        layout.addWidget(buttons)
        self.feed_list.currentRowChanged.connect(lambda _row: self._sync_buttons())
        operations.changed.connect(self._on_changes)
        self.resize(460, 360)

    def _button(
        self, buttons: QDialogButtonBox, text: str, slot: Callable[[], object]
    ) -> QPushButton:
        button = buttons.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.clicked.connect(slot)
        return button

    def reload(self) -> None:
        """Read the feeds and their unread counts again, keeping the selected feed."""
        library = self._operations.library
        selected = self.selected_feed_id()
        unread = library.feed_unread_counts()
        self.feed_list.clear()
        for feed in library.feeds():
            item = QListWidgetItem(feed_row_text(feed, unread.get(feed.id, 0)))
            item.setData(FeedIdRole, feed.id)
            item.setToolTip(feed_tooltip(feed))
            item.setData(FeedHealthRole, feed_health(feed))
            self.feed_list.addItem(item)
            if feed.id == selected:
                self.feed_list.setCurrentItem(item)
        if self.feed_list.currentRow() < 0 and self.feed_list.count():
            self.feed_list.setCurrentRow(0)
        self.empty_label.setVisible(self.feed_list.count() == 0)
        self._sync_buttons()

    @Slot(object)
    def _on_changes(self, changes: Changes) -> None:
        if self.isVisible():
            self.reload()

    def selected_feed_id(self) -> int | None:
        item = self.feed_list.currentItem()
        return int(item.data(FeedIdRole)) if item is not None else None

    def row_texts(self) -> list[str]:
        return [self.feed_list.item(row).text() for row in range(self.feed_list.count())]

    @Slot()
    def show_selected(self) -> None:
        feed_id = self.selected_feed_id()
        if feed_id is not None:
            self._show_in_list(feed_id)

    @Slot()
    def unsubscribe_selected(self) -> None:
        feed_id = self.selected_feed_id()
        if feed_id is not None:
            self._operations.delete_feed(feed_id)

    def _sync_buttons(self) -> None:
        item = self.feed_list.currentItem()
        self.detail_label.setText(str(item.data(FeedHealthRole)) if item is not None else "")
        has_selection = self.selected_feed_id() is not None
        self.show_button.setEnabled(has_selection)
        self.unsubscribe_button.setEnabled(has_selection)
        self.refresh_button.setEnabled(self.feed_list.count() > 0)
