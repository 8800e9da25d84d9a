"""The main window: article list, reader and summary pane, with their actions and state."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QMainWindow,
    QPushButton,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.errors import StorageError
from app.library import Article, Library
from app.paths import ICON, config_dir
from app.settings import Preferences, SummarySettings, load_preferences, save_preferences
from app.summary import Summary
from ui.features.appearance_menu import install_appearance
from ui.features.reading_progress import ProgressDelegate, install_reading_progress
from ui.i18n import marked, tr
from ui.jobs.runner import JobRunner
from ui.jobs.summary_worker import start_worker
from ui.list.article_delegate import ArticleDelegate
from ui.list.article_model import TLDR_SETTING, ArticleListModel
from ui.list.list_panel import ArticleListView, ListPanel, install_list_panel
from ui.operations import LibraryOperations
from ui.reading.reader_view import ReaderView
from ui.reading.renderer import ArticleRenderer
from ui.reading.session import ReadingSession
from ui.reading.summary_pane import SummaryPane
from ui.reading.summary_service import SummaryService
from ui.widgets import named
from ui.window.actions import window_action
from ui.window.pane_splitter import PaneSplitter
from ui.window.settings import WindowSettings
from ui.window.toolbar_icons import apply_icons
from ui.window.window_start import complete_start

if TYPE_CHECKING:
    from ui.reading.read_ahead import ReadAhead

# In English; shown through tr() (the translators load after this module does).
GET_SUMMARY = marked("MainWindow", "No time to read? Get a summary")
HIDE_SUMMARY = marked("MainWindow", "Hide the summary")
DEFAULT_SUMMARY_WIDTH = 340
# A safety bound only: cancelled jobs end within tens of milliseconds (bench/quit.py); an
# import writing its current item may take longer, and is waited for.
SHUT_DOWN_SECONDS = 10.0
WRITE_FAILED_MS = 15_000  # a write the disk refused stays in the status bar this long
# Rows listed before the first paint of a window that defers its start (a screenful and more);
# the whole list follows from the query worker.
FIRST_ROWS = 200


class MainWindow(QMainWindow):
    """The window. Built with `defer_start`, it first shows the list, the reader and the panes,
    and adds the rest (the other menus' features, the whole list, the article last read) once
    it has been painted: the reader sees the window without waiting for what it does not show.
    """

    article_opened = Signal(int)  # article id, once it is on screen
    started = Signal()  # every feature installed and the last article selected
    # Class defaults: Qt sends the window events while __init__ is still building it.
    _defer_start = False
    _closed = False
    is_started = False
    read_ahead: ReadAhead | None = None  # installed with the features the first paint skips

    def __init__(
        self, library: Library, *, defer_start: bool = False, refresh_feeds_at_start: bool = True
    ) -> None:
        super().__init__()
        self.library = library
        self.settings = WindowSettings()
        self._preferences_path = config_dir() / "preferences.json"
        self.preferences = load_preferences(self._preferences_path)
        self.jobs = JobRunner(self)  # all background work; closing the window shuts it down
        self.operations = LibraryOperations(library, self)  # writes that announce changes
        self.operations.failed.connect(self._tell_write_failed)
        self.setWindowTitle("Lede")
        self.setWindowIcon(QIcon(str(ICON)))
        self._defer_start = defer_start
        self.refresh_feeds_at_start = refresh_feeds_at_start
        self._build_widgets()
        self.session = ReadingSession(
            self.operations, self.jobs, self.reader, self.summary_pane, self
        )
        self.session.summary_visible = lambda: self.summary_visible
        self.session.article_opened.connect(self.article_opened)
        self.summaries: SummaryService = self.session.summaries
        self.renderer: ArticleRenderer = self.session.renderer
        self._build_actions()
        self.appearance_control = install_appearance(self)
        self.appearance_control.changed.connect(self._draw_toolbar_icons)
        self._draw_toolbar_icons()
        self.reading_progress = install_reading_progress(self)
        self.list_view.setItemDelegate(  # stars and progress bars over the list's own rows
            ProgressDelegate(self.list_view.itemDelegate(), self.reading_progress.fraction)
        )
        self.list_panel: ListPanel = install_list_panel(self)
        self.session.list_query = lambda: self.list_panel.query
        self.list_panel.search_terms_changed.connect(self.session.update_highlights)
        self._restore_layout()
        if not defer_start:
            self.finish_start()

    # -- construction -------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if self._defer_start and not self.is_started and event.type() == QEvent.Type.Paint:
            self._defer_start = False
            QTimer.singleShot(0, self, self.finish_start)
        return super().event(event)

    @property
    def is_closed(self) -> bool:
        return self._closed

    def finish_start(self) -> None:
        """Install what the first paint does not need, list every article and reopen the last
        one (ui/window/window_start.py); a window built without `defer_start` runs it at once."""
        if self.is_started or self._closed:
            return
        self._install_later_features()
        complete_start(self, self.settings.article_id("article/selected"))
        self.is_started = True
        self.started.emit()

    def _install_later_features(self) -> None:
        """The features the first paint does not need; their modules are imported only now
        (importing them is most of what a start would otherwise wait for)."""
        from ui.features.chapter_steps import install_chapter_steps
        from ui.features.digest_view import install_digest
        from ui.features.export_actions import install_export_actions
        from ui.features.highlights import install_highlights
        from ui.features.highlights_export import install_highlight_export
        from ui.features.highlights_library import install_library_highlights
        from ui.features.keyboard import install_keyboard
        from ui.features.language_menu import install_language_menu
        from ui.features.open_files import install_file_opener
        from ui.features.organise_actions import install_organise_actions
        from ui.features.original_link import OriginalLink
        from ui.features.search_steps import install_search_steps
        from ui.features.shortcuts_sheet import install_shortcuts_sheet
        from ui.features.skim_mode import install_skim_mode
        from ui.importing.import_actions import install_import_actions
        from ui.importing.saved_downloads import install_saved_downloads
        from ui.list.tldr_line import install_tldr_line
        from ui.reading.read_ahead import install_read_ahead

        restyled = self.appearance_control.changed
        self.organise = install_organise_actions(self)
        self.keyboard = install_keyboard(self)
        self.language_menu = install_language_menu(self)
        self.search_steps = install_search_steps(self)
        self.chapter_steps = install_chapter_steps(
            self.reader, self.menus["go"], self.summary_pane.sentences_view, self
        )
        self.skim_mode = install_skim_mode(self, restyled)
        self.export_actions = install_export_actions(self, self.jobs)
        self.digest = install_digest(self, restyled)
        self.shortcuts = install_shortcuts_sheet(self)
        self.tldr_line = install_tldr_line(self, self.settings)
        self.saved_downloads = install_saved_downloads(
            self.library, self.jobs, self.operations, self.statusBar(), self.menus["file"], self
        )
        self.imports = install_import_actions(self, self.refresh_feeds_at_start)
        self.opener = install_file_opener(self, self.imports)
        self.original_link = OriginalLink(
            self, self.menus["article"], lambda: self.article, self.article_opened
        )
        self.highlights = install_highlights(self)
        self.highlight_export = install_highlight_export(
            self, self.menus["file"], self.jobs, self.library
        )
        self.all_highlights = install_library_highlights(self)
        self.read_ahead = install_read_ahead(self, self.jobs)
        self.session.prepared = self.read_ahead.rendered_for

    def add_to_reader_pane(self, widget: QWidget) -> None:
        """Give a feature's view a place in the reader pane, below the reader (hidden or not,
        as the feature decides)."""
        self._reader_layout.addWidget(widget, 1)

    def _build_widgets(self) -> None:
        first_rows = FIRST_ROWS if self._defer_start else None
        self.model = ArticleListModel(self.library, first_rows=first_rows)
        # Rows are taller with the TL;DR line: the first paint has them at their final height.
        self.model.set_show_tldr(self.settings.flag(TLDR_SETTING))
        self.list_view = named(ArticleListView(), "article-list")
        self.list_view.setAccessibleName(tr("MainWindow", "Articles"))
        self.list_view.setModel(self.model)
        self.list_view.setItemDelegate(ArticleDelegate(self.list_view))
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.reader = ReaderView()
        self.summary_button = named(QPushButton(tr("MainWindow", GET_SUMMARY)), "get-summary")
        self.summary_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.summary_button.clicked.connect(
            lambda: self.set_summary_visible(not self.summary_visible)
        )
        reader_pane = named(QWidget(), "reader-pane")
        reader_layout = QVBoxLayout(reader_pane)
        reader_layout.setContentsMargins(0, 0, 0, 0)
        reader_layout.setSpacing(0)
        reader_layout.addWidget(self.summary_button, 0, Qt.AlignmentFlag.AlignLeft)
        reader_layout.addWidget(self.reader, 1)
        self._reader_layout = reader_layout
        self.summary_pane = SummaryPane(self.preferences.summary)
        self.summary_pane.settings_changed.connect(self._on_summary_settings_changed)
        self.splitter = named(
            PaneSplitter(self.list_view, reader_pane, self.summary_pane), "main-splitter"
        )
        self.splitter.setSizes([300, 640, DEFAULT_SUMMARY_WIDTH])
        self.setCentralWidget(self.splitter)

    def _build_actions(self) -> None:
        self.previous_action = self._action(
            tr("MainWindow", "&Previous article"), self.previous_article, "K", "Alt+Left"
        )
        self.next_action = self._action(
            tr("MainWindow", "&Next article"), self.next_article, "J", "Alt+Right"
        )
        self.summary_action = self._action(
            tr("MainWindow", "&Summary"), self.set_summary_visible, "S", checkable=True
        )
        self.highlight_action = self._action(
            tr("MainWindow", "&Highlight summary in article"),
            self.summary_pane.highlight_box.setChecked,
            "H",
            checkable=True,
        )
        self.summary_pane.highlight_box.toggled.connect(self.highlight_action.setChecked)
        self.summary_pane.highlight_box.setChecked(self.preferences.highlight_summary)
        self.summary_pane.highlight_toggled.connect(self._remember_highlight)
        quit_action = self._action(tr("MainWindow", "&Quit"), self.close)
        quit_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Quit)
        quit_action.setShortcuts(quit_keys or [QKeySequence("Ctrl+Q")])
        toolbar = named(QToolBar(tr("MainWindow", "Main")), "main-toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        # Keyed by the icon each one shows (ui/window/toolbar_icons.py).
        self._toolbar_actions = {
            "previous": self.previous_action,
            "next": self.next_action,
            "summary": self.summary_action,
            "highlight": self.highlight_action,
        }
        toolbar.addActions(list(self._toolbar_actions.values()))
        self.addToolBar(toolbar)
        self.toolbar = toolbar
        bar = self.menuBar()
        self.menus = {
            name: bar.addMenu(tr("MainWindow", title))
            for name, title in (
                ("file", marked("MainWindow", "&File")),
                ("view", marked("MainWindow", "&View")),
                ("go", marked("MainWindow", "&Go")),
                ("article", marked("MainWindow", "&Article")),
                ("help", marked("MainWindow", "&Help")),
            )
        }
        self.menus["file"].addAction(quit_action)
        self.menus["view"].addActions([self.summary_action, self.highlight_action])
        self.menus["go"].addActions([self.previous_action, self.next_action])

    def _draw_toolbar_icons(self) -> None:
        """Icons in the theme's colours (drawn again when the look changes)."""
        apply_icons(self._toolbar_actions, self.palette().color(QPalette.ColorRole.ButtonText))

    def _action(
        self, text: str, slot: Callable[..., object], *keys: str, checkable: bool = False
    ) -> QAction:
        return window_action(self, text, slot, *keys, checkable=checkable)

    # -- articles -----------------------------------------------------------------------------

    @property
    def current_row(self) -> int:
        index = self.list_view.currentIndex()
        return index.row() if index.isValid() else -1

    def select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            index = self.model.index(row)
            self.list_view.setCurrentIndex(index)
            self.list_view.scrollTo(index)

    def select_article(self, article_id: int) -> bool:
        row = self.model.position_of(article_id)
        if row is None:
            return False
        self.select_row(row)
        return True

    @Slot()
    def next_article(self) -> None:
        self.select_row(self.current_row + 1)

    @Slot()
    def previous_article(self) -> None:
        self.select_row(max(0, self.current_row - 1))

    @Slot(QItemSelection, QItemSelection)
    def _on_selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        article_id = self.model.article_id(indexes[0].row()) if indexes else None
        if article_id is not None:
            self.open_article(article_id)

    def open_article(self, article_id: int) -> None:
        article = self.session.open(article_id)
        if article is not None:
            self.setWindowTitle(f"{article.title} — Lede")
            self.settings.set("article/selected", article_id)

    # -- the reading session (ui/reading/session.py) ------------------------------------------

    @property
    def article(self) -> Article | None:
        return self.session.article

    @property
    def summary(self) -> Summary | None:
        return self.session.summary

    def request_summary(self) -> None:
        self.session.request_summary()

    @Slot(int)
    def show_sentence(self, position: int) -> None:
        """Scroll the article to a summary sentence and mark it."""
        self.session.show_sentence(position)

    # -- summary ------------------------------------------------------------------------------

    @property
    def summary_visible(self) -> bool:
        return not self.summary_pane.isHidden()

    @Slot(bool)
    def set_summary_visible(self, visible: bool) -> None:
        if visible == self.summary_visible:
            self.summary_action.setChecked(visible)
            return
        if not visible:
            self.settings.set("summary/width", self.summary_pane.width())
        self.summary_pane.setVisible(visible)
        self.splitter.fit()
        if visible:
            self._restore_summary_width()
            if self.is_started:  # at start, complete_start starts it after the first paint
                start_worker()  # the summarizer loads while the reader looks at the pane
        self.summary_action.setChecked(visible)
        self.summary_button.setText(tr("MainWindow", HIDE_SUMMARY if visible else GET_SUMMARY))
        self.settings.set("summary/visible", visible)
        if visible and self.summary is None:
            self.request_summary()
        self.session.update_highlights()  # the summary's marks go and come back with the pane

    def _restore_summary_width(self) -> None:
        width = self.settings.number("summary/width", DEFAULT_SUMMARY_WIDTH)
        sizes = self.splitter.sizes()
        total = sum(sizes)
        sizes[2] = max(200, min(width, total // 2))
        sizes[1] = max(200, total - sizes[0] - sizes[2])
        self.splitter.setSizes(sizes)

    @Slot(object)
    def _on_summary_settings_changed(self, settings: SummarySettings) -> None:
        self.remember_preferences(replace(self.preferences, summary=settings))
        self.session.forget_summary()
        if self.summary_visible:
            self.request_summary()

    @Slot(bool)
    def _remember_highlight(self, checked: bool) -> None:
        self.remember_preferences(replace(self.preferences, highlight_summary=checked))

    def remember_preferences(self, preferences: Preferences) -> None:
        """Use these preferences from now on and save them for the next start (if the
        folder cannot be written, they hold until Lede quits, and the status bar says so)."""
        self.preferences = preferences
        try:
            save_preferences(preferences, self._preferences_path)
        except StorageError as error:  # used now all the same; only the next start forgets
            self._tell_write_failed(str(error))

    @Slot(str)
    def _tell_write_failed(self, message: str) -> None:
        self.statusBar().showMessage(message, WRITE_FAILED_MS)

    # -- state --------------------------------------------------------------------------------

    def _restore_layout(self) -> None:
        geometry = self.settings.blob("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        splitter = self.settings.blob("window/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        visible = self.settings.flag("summary/visible")
        self.summary_pane.setVisible(visible)
        self.splitter.fit()
        self.summary_action.setChecked(visible)
        self.summary_button.setText(tr("MainWindow", HIDE_SUMMARY if visible else GET_SUMMARY))

    def save_state(self) -> None:
        self.settings.set("window/geometry", self.saveGeometry())
        self.settings.set("window/splitter", self.splitter.saveState())
        if self.summary_visible:
            self.settings.set("summary/width", self.summary_pane.width())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._closed = True
        self.session.close()
        self.reading_progress.save()
        self.save_state()
        self.list_panel.close_down()
        if self.is_started:
            self.tldr_line.stop()
        if self.read_ahead is not None:
            self.read_ahead.stop()
        # Every job stops or ends before the window is gone: nothing is written after close.
        self.jobs.shut_down(SHUT_DOWN_SECONDS)
        self.list_panel.release_reader()
        super().closeEvent(event)
