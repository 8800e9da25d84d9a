"""View > All highlights: every highlight in the library, newest first, filtered by colour
and tag; a click opens its article at the highlight."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QMainWindow,
    QTextBrowser,
    QVBoxLayout,
)

from app.highlights.model import COLOURS, LibraryHighlight
from app.library import Library
from ui.features.highlights import COLOUR_NAMES
from ui.features.highlights_view import note_html
from ui.i18n import tr
from ui.widgets import named
from ui.window.actions import window_action

if TYPE_CHECKING:
    from ui.window.main_window import MainWindow

ShowPlace = Callable[[int, int], None]  # article id, highlight id
SHOWN = 1_000  # the newest this many; the filters narrow the rest down


def library_html(found: list[LibraryHighlight]) -> str:
    if not found:
        nothing = tr("LibraryHighlights", "No highlights match.")
        return f"<p class='meta'>{html.escape(nothing)}</p>"
    parts = []
    for item in found[:SHOWN]:
        highlight = item.highlight
        quote = html.escape(" ".join(highlight.quote.split())[:500])
        title = html.escape(item.title)
        note = f"<br/><i>{note_html(highlight.note)}</i>" if highlight.note.strip() else ""
        link = f"#{highlight.article_id}:{highlight.id}"
        parts.append(
            f"<p><a href='{link}'><span class='mark-{highlight.colour}'>{quote}</span></a>{note}"
            f"<br/><span class='meta'>{title} · {highlight.created[:10]}</span></p>"
        )
    return "".join(parts)


class LibraryHighlights(QDialog):
    """All highlights, newest first; the colour and tag choosers narrow them."""

    def __init__(
        self,
        window: QMainWindow,
        library: Library,
        show_place: ShowPlace,
        style: Callable[[], str] = str,
    ) -> None:
        super().__init__(window)
        self.setObjectName("library-highlights")
        self.setWindowTitle(tr("LibraryHighlights", "All highlights"))
        self.resize(640, 560)
        self._library = library
        self._show_place = show_place
        self._style = style  # the reader's style sheet, for the highlight colours
        self.colour_box = named(QComboBox(), "highlight-colour")
        self.tag_box = named(QComboBox(), "highlight-tag")
        self.list_view = named(QTextBrowser(), "all-highlights")
        self.list_view.setOpenLinks(False)
        self.list_view.anchorClicked.connect(self._on_anchor_clicked)
        choosers = QHBoxLayout()
        choosers.addWidget(self.colour_box)
        choosers.addWidget(self.tag_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(choosers)
        layout.addWidget(self.list_view, 1)
        self.colour_box.currentIndexChanged.connect(self.refresh)
        self.tag_box.currentIndexChanged.connect(self.refresh)
        self.action = window_action(
            window, tr("LibraryHighlights", "All &highlights…"), self.open, "Ctrl+Shift+H"
        )

    @Slot()
    def open(self) -> None:
        self._fill_choices()
        self.refresh()
        self.show()
        self.raise_()

    def _fill_choices(self) -> None:
        for box, first, values in (
            (self.colour_box, tr("LibraryHighlights", "All colours"), COLOURS),
            (self.tag_box, tr("LibraryHighlights", "All tags"), tuple(self._library.tag_names())),
        ):
            chosen = box.currentData()
            box.blockSignals(True)
            box.clear()
            box.addItem(first, "")
            for value in values:
                box.addItem(_colour_name(value) if box is self.colour_box else value, value)
            box.setCurrentIndex(max(0, box.findData(chosen)))
            box.blockSignals(False)

    @Slot()
    def refresh(self) -> None:
        found = self._library.library_highlights(
            self.colour_box.currentData() or None, self.tag_box.currentData() or None
        )
        self.list_view.document().setDefaultStyleSheet(self._style())
        self.list_view.setHtml(library_html(found))

    def _on_anchor_clicked(self, url: QUrl) -> None:
        article, _, highlight = url.fragment().partition(":")
        if article.isdigit() and highlight.isdigit():
            self._show_place(int(article), int(highlight))


def _colour_name(colour: str) -> str:
    name = COLOUR_NAMES.get(colour)
    return tr("Highlights", name) if name else colour.capitalize()


def install_library_highlights(window: MainWindow) -> LibraryHighlights:
    """View > All highlights; a click opens the article (from the list when it is listed)."""

    def show_place(article_id: int, highlight_id: int) -> None:
        window.highlights.jump_when_open(article_id, highlight_id)
        if not window.select_article(article_id):
            window.open_article(article_id)

    style = window.reader.document().defaultStyleSheet
    view = LibraryHighlights(window, window.library, show_place, style)
    window.menus["view"].addAction(view.action)
    return view
