"""The reader's own highlights: select text and press Shift+H (or use the context menu), click
a highlight to change its colour, write a note or remove it; Ctrl+Z puts back what was removed
while the article is open. Every write goes through the operations and announces its article."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Slot
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QInputDialog, QMainWindow, QMenu

from app.changes import Changes
from app.document import Highlight as Mark
from app.document import RenderedArticle
from app.highlights.anchoring import anchor_for
from app.highlights.model import COLOURS, DEFAULT_COLOUR, Highlight, PlacedHighlight, placed
from ui.features.highlight_places import TextPlaces
from ui.features.highlights_view import HighlightsView, highlights_html
from ui.i18n import marked, tr
from ui.window.actions import window_action

if TYPE_CHECKING:
    from ui.operations import LibraryOperations
    from ui.reading.reader_view import ReaderView
    from ui.reading.session import ReadingSession
    from ui.window.main_window import MainWindow

NOTE_PROMPT = marked("Highlights", "Note (plain text; Markdown is kept as typed):")
COLOUR_NAMES = {
    "yellow": marked("Highlights", "Yellow"),
    "green": marked("Highlights", "Green"),
    "blue": marked("Highlights", "Blue"),
    "pink": marked("Highlights", "Pink"),
}


def highlight_anchor(highlight_id: int) -> str:
    return f"highlight-{highlight_id}"


class HighlightActions(QObject):
    """The open article's highlights: what the reader marks, and the menus that change them."""

    def __init__(
        self,
        window: QMainWindow,
        menu: QMenu,
        session: ReadingSession,
        reader: ReaderView,
        operations: LibraryOperations,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._session = session
        self._reader = reader
        self._operations = operations
        self.placed: list[PlacedHighlight] = []
        self._placed_for: RenderedArticle | None = None  # the rendering they were placed in
        self._pending_jump: tuple[int, int] | None = None  # (article id, highlight id)
        self.removed: list[Highlight] = []  # undo, newest last; only the open article's
        self.menu: QMenu | None = None
        menu.addSeparator()
        self.highlight_action = window_action(
            window,
            tr("Highlights", "&Highlight selection"),
            lambda: self.highlight_selection(),
            "Shift+H",
        )
        self.undo_action = window_action(
            window, tr("Highlights", "&Undo remove highlight"), self.undo, "Ctrl+Z"
        )
        self.note_action = window_action(
            window, tr("Highlights", "Article &note…"), self.edit_article_note, "Shift+N"
        )
        self.keep_action = window_action(
            window, tr("Highlights", "&Keep this summary sentence"), self.keep_sentence, "Shift+K"
        )
        menu.addActions(
            [self.highlight_action, self.keep_action, self.undo_action, self.note_action]
        )
        self._session.own_marks = self.marks
        self._session.article_opened.connect(self._on_article_opened)
        self._operations.changed.connect(self._on_changes)
        self._reader.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self._reader.customContextMenuRequested.connect(self._show_context_menu)
        self._reader.viewport().installEventFilter(self)
        self.view = HighlightsView()
        self.view.place_chosen.connect(self._reader.scrollToAnchor)

    # -- what the reader shows ----------------------------------------------------------------

    def marks(self) -> list[Mark]:
        """The open article's highlights as marks in the reader, placed in its text now."""
        self._place_for_open_article()
        return [
            Mark(*item.span, highlight_anchor(item.highlight.id), f"mark-{item.highlight.colour}")
            for item in self.placed
            if item.span is not None
        ]

    def _place_for_open_article(self) -> None:
        """Read and place the open article's highlights once per rendering of it (the reader
        asks for its marks while it shows the article, before `article_opened`)."""
        article, rendered = self._session.article, self._session.rendered
        if article is None or rendered is None:
            self.placed, self._placed_for = [], None
            return
        if self._placed_for is not rendered:
            self.placed = placed(rendered.text, self._session.library.highlights(article.id))
            self._placed_for = rendered

    def jump_when_open(self, article_id: int, highlight_id: int) -> None:
        """Scroll to this highlight once its article is on screen (it may be already)."""
        article = self._session.article
        if article is not None and article.id == article_id and self._session.rendered:
            self._reader.scrollToAnchor(highlight_anchor(highlight_id))
        else:
            self._pending_jump = (article_id, highlight_id)

    @Slot(int)
    def _on_article_opened(self, article_id: int) -> None:
        self.removed.clear()
        jump, self._pending_jump = self._pending_jump, None
        if jump is not None and jump[0] == article_id:
            self._reader.scrollToAnchor(highlight_anchor(jump[1]))
        # The list beside the summary fills once the article is on screen.
        QTimer.singleShot(0, self._show_in_view)

    @Slot(object)
    def _on_changes(self, changes: Changes) -> None:
        article = self._session.article
        if article is not None and article.id in changes.articles:
            self._reload()

    def _reload(self) -> None:
        self._placed_for = None
        self._place_for_open_article()
        self._session.update_highlights()
        self._show_in_view()

    def _show_in_view(self) -> None:
        article = self._session.article
        if article is None:
            return
        self._place_for_open_article()
        note = self._session.library.article_note(article.id)
        markup = highlights_html(note, self.placed, highlight_anchor)
        self.view.show_highlights(markup, self._reader.document().defaultStyleSheet())

    # -- making and changing highlights -------------------------------------------------------

    def selected_span(self) -> tuple[int, int] | None:
        """The reader's selection as a range of the article's plain text."""
        cursor = self._reader.textCursor()
        rendered = self._session.rendered
        if rendered is None or not cursor.hasSelection():
            return None
        places = TextPlaces(self._reader.document(), rendered.text)
        return places.span(cursor.selectionStart(), cursor.selectionEnd())

    @Slot()
    def highlight_selection(self, colour: str = DEFAULT_COLOUR) -> int | None:
        """Highlight the selected text; its id, or None when nothing of the article is selected."""
        article, rendered, span = (
            self._session.article,
            self._session.rendered,
            self.selected_span(),
        )
        if article is None or rendered is None or span is None:
            self._window.statusBar().showMessage(
                tr("Highlights", "Select some of the article to highlight it."), 4000
            )
            return None
        highlight_id = self._operations.add_highlight(
            article.id, anchor_for(rendered.text, *span), colour
        )
        cursor = self._reader.textCursor()
        cursor.clearSelection()
        self._reader.setTextCursor(cursor)
        return highlight_id

    @Slot()
    def keep_sentence(self) -> int | None:
        """Keep the summary sentence last followed (clicked) as a highlight of its own."""
        article, rendered, summary = (
            self._session.article,
            self._session.rendered,
            self._session.summary,
        )
        position = self._session.focused_sentence
        if article is None or rendered is None or summary is None or position is None:
            self._window.statusBar().showMessage(
                tr("Highlights", "Click a summary sentence, then keep it."), 4000
            )
            return None
        sentence = summary.sentences[position]
        anchor = anchor_for(rendered.text, sentence.start, sentence.end)
        return self._operations.add_highlight(article.id, anchor, DEFAULT_COLOUR)

    def refresh(self) -> None:
        """Show the open article's highlights again (the theme changed, say)."""
        self._reload()

    def highlight_at(self, position: QPoint) -> Highlight | None:
        """The highlight under a point of the reader's viewport, if any (the latest on top)."""
        rendered = self._session.rendered
        if rendered is None or not self.placed:
            return None
        document_position = self._reader.cursorForPosition(position).position()
        offset = TextPlaces(self._reader.document(), rendered.text).offset(document_position)
        under = [
            item.highlight
            for item in self.placed
            if item.span is not None and item.span[0] <= offset < item.span[1]
        ]
        return max(under, key=lambda item: item.id) if under else None

    def set_colour(self, highlight: Highlight, colour: str) -> None:
        self._operations.update_highlight(highlight, colour=colour)

    def edit_note(self, highlight: Highlight) -> None:
        note, accepted = QInputDialog.getMultiLineText(
            self._window,
            tr("Highlights", "Note on the highlight"),
            tr("Highlights", NOTE_PROMPT),
            highlight.note,
        )
        if accepted:
            self._operations.update_highlight(highlight, note=note)

    def remove(self, highlight: Highlight) -> None:
        removed = self._operations.remove_highlight(highlight)
        if removed is not None:
            self.removed.append(removed)
            self._window.statusBar().showMessage(
                tr("Highlights", "Highlight removed (Ctrl+Z puts it back)."), 6000
            )

    @Slot()
    def undo(self) -> None:
        # Kept for another try when the disk refused to put it back.
        if self.removed and self._operations.restore_highlight(self.removed[-1]):
            self.removed.pop()

    @Slot()
    def edit_article_note(self) -> None:
        article = self._session.article
        if article is None:
            return
        note, accepted = QInputDialog.getMultiLineText(
            self._window,
            tr("Highlights", "Note on the article"),
            tr("Highlights", NOTE_PROMPT),
            self._session.library.article_note(article.id),
        )
        if accepted:
            self._operations.set_article_note(article.id, note)

    # -- menus --------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A click (not a drag that selected text) on a highlight opens its menu."""
        if self._is_plain_click(event):
            point = event.position().toPoint()  # type: ignore[attr-defined]  # a QMouseEvent
            highlight = self.highlight_at(point)
            if highlight is not None:
                self._popup(self.highlight_menu(highlight), point)
        return super().eventFilter(watched, event)

    def _is_plain_click(self, event: QEvent) -> bool:
        return (
            event.type() == QEvent.Type.MouseButtonRelease
            and isinstance(event, QMouseEvent)
            and event.button() == Qt.MouseButton.LeftButton
            and not self._reader.textCursor().hasSelection()
        )

    def highlight_menu(self, highlight: Highlight, menu: QMenu | None = None) -> QMenu:
        menu = menu or QMenu(self._reader)
        for colour in COLOURS:
            action = menu.addAction(
                colour_name(colour), partial(self.set_colour, highlight, colour)
            )
            action.setCheckable(True)
            action.setChecked(colour == highlight.colour)
        menu.addAction(
            tr("Highlights", "Edit note…") if highlight.note else tr("Highlights", "Add note…"),
            lambda: self.edit_note(highlight),
        )
        menu.addAction(tr("Highlights", "Remove highlight"), lambda: self.remove(highlight))
        return menu

    @Slot(QPoint)
    def _show_context_menu(self, position: QPoint) -> None:
        menu = self._reader.createStandardContextMenu(position)
        menu.addSeparator()
        if self._reader.textCursor().hasSelection():
            choose = menu.addMenu(tr("Highlights", "Highlight"))
            for colour in COLOURS:
                choose.addAction(colour_name(colour), partial(self.highlight_selection, colour))
        highlight = self.highlight_at(position)
        if highlight is not None:
            self.highlight_menu(highlight, menu.addMenu(tr("Highlights", "This highlight")))
        self._popup(menu, position)

    def _popup(self, menu: QMenu, position: QPoint) -> None:
        self.menu = menu
        menu.popup(self._reader.viewport().mapToGlobal(position))


def colour_name(colour: str) -> str:
    """A highlight colour's name in the interface's language."""
    return tr("Highlights", COLOUR_NAMES.get(colour, colour))


def install_highlights(window: MainWindow) -> HighlightActions:
    actions = HighlightActions(
        window, window.menus["article"], window.session, window.reader, window.operations
    )
    window.summary_pane.add_section(actions.view)
    window.summary_pane.sentences_view.add_sentence_action(actions.keep_action)
    window.appearance_control.changed.connect(actions.refresh)
    return actions
