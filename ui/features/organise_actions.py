"""Organising the current article: star, archive, keep unread, and its tags (a small dialog).
Each says what it did in the status bar; archiving offers Undo there."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStringListModel, Qt, QTimer, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QMenu,
    QPushButton,
    QStatusBar,
    QWidget,
)

from app.changes import Changes
from app.errors import LedeError
from app.library import ArticleRow
from ui.i18n import filled, tr
from ui.widgets import named
from ui.window.actions import window_action

if TYPE_CHECKING:
    from ui.operations import LibraryOperations
    from ui.reading.session import ReadingSession
    from ui.window.main_window import MainWindow


NOTICE_MILLISECONDS = 6000


class ActionNotice(QObject):
    """A message in the status bar for a few seconds, with an Undo button while it shows."""

    def __init__(self, status_bar: QStatusBar) -> None:
        super().__init__(status_bar)
        self._bar = status_bar
        self.undo_button = named(QPushButton(tr("OrganiseActions", "&Undo")), "undo-action")
        self.undo_button.setFlat(True)
        self.undo_button.hide()
        self.undo_button.clicked.connect(self._undo_clicked)
        status_bar.addPermanentWidget(self.undo_button)  # a temporary message hides the others
        status_bar.messageChanged.connect(self._on_message_changed)
        self._undo: Callable[[], None] | None = None
        self._message = ""

    def tell(self, message: str, undo: Callable[[], None] | None = None) -> None:
        self._message, self._undo = message, undo
        self._bar.showMessage(message, NOTICE_MILLISECONDS)
        self.undo_button.setVisible(undo is not None)

    def _on_message_changed(self, message: str) -> None:
        if message != self._message:  # timed out, or another message took its place
            self._undo = None
            self.undo_button.hide()

    def _undo_clicked(self) -> None:
        undo, self._undo = self._undo, None
        self.undo_button.hide()
        if undo is not None:
            undo()


class OrganiseActions:
    """The Article menu's state toggles; they always act on the article on screen."""

    def __init__(
        self,
        window: QMainWindow,
        menu: QMenu,
        session: ReadingSession,
        operations: LibraryOperations,
    ) -> None:
        self._window = window
        self._session = session
        self._operations = operations
        self.star = window_action(
            window, tr("OrganiseActions", "&Star"), self._set_starred, "F", checkable=True
        )
        self.archive = window_action(
            window, tr("OrganiseActions", "&Archive"), self._set_archived, "E", checkable=True
        )
        self.unread = window_action(
            window, tr("OrganiseActions", "Keep &unread"), self._set_unread, "U", checkable=True
        )
        self.tags = window_action(
            window,
            tr("OrganiseActions", "&Tags…"),
            self.edit_tags,
            "T",
            tip=tr("OrganiseActions", "Tags of this article (T)"),
        )
        self.dialog: TagsDialog | None = None
        self.notice = ActionNotice(window.statusBar())
        session.article_opened.connect(self.sync)
        operations.changed.connect(self._on_changes)
        menu.addActions([self.star, self.archive, self.unread, self.tags])
        self.sync()

    def _row(self) -> ArticleRow | None:
        article = self._session.article
        if article is None:
            return None
        return self._operations.library.rows([article.id]).get(article.id)

    @Slot()
    def sync(self, _article_id: int = 0) -> None:
        """Show the current article's state in the checkable actions."""
        row = self._row()
        for action, checked in (
            (self.star, row is not None and row.starred),
            (self.archive, row is not None and row.archived),
            (self.unread, row is not None and not row.is_read),
        ):
            action.blockSignals(True)
            action.setChecked(checked)
            action.blockSignals(False)
            action.setEnabled(row is not None)
        self.tags.setEnabled(row is not None)

    @Slot(object)
    def _on_changes(self, changes: Changes) -> None:
        article = self._session.article
        if article is not None and article.id in changes.articles:
            self.sync()

    def _change(self, write: Callable[[int], bool], told: str) -> None:
        """Write to the article on screen and say so ("{}" is its title); a write the disk
        refused is told by the window, and the actions show the state as it stayed."""
        article = self._session.article
        if article is None:
            return
        if write(article.id):
            self.notice.tell(filled(told, article.title))
        else:
            self.sync()

    def _set_starred(self, checked: bool) -> None:
        if checked:
            told = tr("OrganiseActions", "Starred “%1”.")
        else:
            told = tr("OrganiseActions", "Took the star off “%1”.")
        self._change(lambda article_id: self._operations.set_starred(article_id, checked), told)

    def _set_archived(self, checked: bool) -> None:
        article = self._session.article
        if article is None:
            return
        article_id, title = article.id, article.title
        if not self._operations.set_archived(article_id, checked):
            self.sync()
            return
        back = filled(tr("OrganiseActions", "“%1” is back from the archive."), title)
        if not checked:
            self.notice.tell(back)
            return

        def undo() -> None:
            if self._operations.set_archived(article_id, False):
                self.notice.tell(back)

        self.notice.tell(filled(tr("OrganiseActions", "Archived “%1”."), title), undo)

    def _set_unread(self, checked: bool) -> None:
        if checked:
            told = tr("OrganiseActions", "“%1” stays unread.")
        else:
            told = tr("OrganiseActions", "Marked “%1” read.")
        self._change(lambda article_id: self._operations.set_read(article_id, not checked), told)

    @Slot()
    def edit_tags(self) -> None:
        article = self._session.article
        if article is None:
            return
        self.dialog = TagsDialog(self._operations, article.id, article.title, self._window)
        self.dialog.finished.connect(lambda _result: self._after_tags(article.id))
        self.dialog.open()

    def _after_tags(self, article_id: int) -> None:
        self._operations.announce(Changes.of_articles(article_id))
        self._window.activateWindow()  # the keyboard goes back to the reader
        article = self._session.article
        if article is not None and article.id == article_id:
            names = ", ".join(self._operations.library.article_tags(article_id))
            tags = names or tr("OrganiseActions", "none")
            # after the dialog's own focus changes, which may clear a message at once
            told = filled(tr("OrganiseActions", "Tags of “%1”: %2."), article.title, tags)
            QTimer.singleShot(0, lambda: self.notice.tell(told))


class TagsDialog(QDialog):
    """Add and remove an article's tags, and rename a tag across the library."""

    def __init__(
        self,
        operations: LibraryOperations,
        article_id: int,
        title: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("tags-dialog")
        self.setWindowTitle(tr("TagsDialog", "Tags"))
        self.setAccessibleName(tr("TagsDialog", "Tags of this article"))
        self._operations = operations
        self._library = operations.library  # reads; every write goes through the operations
        self._article_id = article_id
        self.tag_model = QStringListModel(self)
        self.tag_list = named(QListView(), "tag-list")
        self.tag_list.setAccessibleName(tr("TagsDialog", "Tags of this article"))
        self.tag_list.setModel(self.tag_model)
        self.tag_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.name_edit = named(QLineEdit(), "tag-name")
        self.name_edit.setAccessibleName(tr("TagsDialog", "Tag name"))
        self.name_edit.setPlaceholderText(tr("TagsDialog", "Tag name"))
        self.message = named(QLabel(), "tag-message")
        self.message.setAccessibleName(tr("TagsDialog", "Tag message"))
        self.message.setWordWrap(True)
        self.add_button = named(QPushButton(tr("TagsDialog", "&Add")), "tag-add")
        self.remove_button = named(QPushButton(tr("TagsDialog", "&Remove")), "tag-remove")
        self.rename_button = named(QPushButton(tr("TagsDialog", "Re&name")), "tag-rename")
        self.add_button.setToolTip(tr("TagsDialog", "Add the typed tag to this article (Enter)"))
        self.remove_button.setToolTip(
            tr("TagsDialog", "Remove the selected tag from this article (Delete)")
        )
        self.rename_button.setToolTip(
            tr("TagsDialog", "Rename the selected tag everywhere to the typed name")
        )
        self._lay_out(title)
        self.add_button.clicked.connect(self.add_typed)
        self.remove_button.clicked.connect(self.remove_selected)
        self.rename_button.clicked.connect(self.rename_selected)
        self.name_edit.returnPressed.connect(self.add_typed)
        self._refresh()
        self.setMinimumWidth(360)

    def _lay_out(self, title: str) -> None:
        heading = QLabel(filled(tr("TagsDialog", "Tags of “%1”"), title))
        heading.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        grid = QGridLayout(self)
        grid.addWidget(heading, 0, 0, 1, 3)
        grid.addWidget(self.tag_list, 1, 0, 1, 3)
        grid.addWidget(self.name_edit, 2, 0, 1, 3)
        grid.addWidget(self.add_button, 3, 0)
        grid.addWidget(self.remove_button, 3, 1)
        grid.addWidget(self.rename_button, 3, 2)
        grid.addWidget(self.message, 4, 0, 1, 3)
        grid.addWidget(buttons, 5, 0, 1, 3)
        for button in (self.add_button, self.remove_button, self.rename_button):
            button.setAutoDefault(False)
        self.name_edit.setFocus()

    @property
    def tags(self) -> list[str]:
        return self.tag_model.stringList()

    def _refresh(self) -> None:
        """Re-read the tags, keeping a tag selected near where the selection was."""
        row = max(self.tag_list.currentIndex().row(), 0)
        self.tag_model.setStringList(self._library.article_tags(self._article_id))
        if self.tag_model.rowCount():
            self.tag_list.setCurrentIndex(
                self.tag_model.index(min(row, self.tag_model.rowCount() - 1))
            )
        completer = QCompleter(self._library.tag_names(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.name_edit.setCompleter(completer)

    def _selected(self) -> str | None:
        index = self.tag_list.currentIndex()
        return str(index.data()) if index.isValid() else None

    def _attempt(self, change: Callable[[], str]) -> None:
        try:
            self.message.setText(change())
        except LedeError as error:
            self.message.setText(str(error))
            return
        self.name_edit.clear()
        self._refresh()

    @Slot()
    def add_typed(self) -> None:
        def add() -> str:
            added = self._operations.add_tag(self._article_id, self.name_edit.text())
            return filled(tr("TagsDialog", "Added “%1”."), added)

        self._attempt(add)

    @Slot()
    def remove_selected(self) -> None:
        name = self._selected()
        if name is None:
            self.message.setText(tr("TagsDialog", "Select a tag to remove."))
            return

        def remove() -> str:
            self._operations.remove_tag(self._article_id, name)
            return filled(tr("TagsDialog", "Removed “%1”."), name)

        self._attempt(remove)

    @Slot()
    def rename_selected(self) -> None:
        old = self._selected()
        if old is None:
            self.message.setText(tr("TagsDialog", "Select a tag, type its new name, then Rename."))
            return

        def rename() -> str:
            new = self._operations.rename_tag(old, self.name_edit.text())
            return filled(tr("TagsDialog", "Renamed “%1” to “%2” everywhere."), old, new)

        self._attempt(rename)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        focused = self.focusWidget()
        if event.key() == Qt.Key.Key_Delete and focused is self.tag_list:
            self.remove_selected()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and focused is self.name_edit:
            return  # the line edit already added the tag; Enter must not also close the dialog
        super().keyPressEvent(event)


def install_organise_actions(window: MainWindow) -> OrganiseActions:
    return OrganiseActions(window, window.menus["article"], window.session, window.operations)
