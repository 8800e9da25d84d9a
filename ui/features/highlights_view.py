"""The Highlights view under the summary: the open article's note and highlights in reading
order, each a link to its place; the ones whose quote is gone listed as "could not be placed".
Notes are shown with their Markdown emphasis and code; HTML typed in them is text, control
characters are dropped, links and images are shown as their words."""

from __future__ import annotations

import html
import re
from collections.abc import Callable

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QTextBrowser, QWidget

from app.document import note_markup
from app.highlights.model import PlacedHighlight
from ui.i18n import tr

SHOWN_NOTE = 2_000  # characters of a note the view shows; the note itself is kept whole
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u202a-\u202e\u2066-\u2069]")


def note_html(note: str) -> str:
    """A note as safe inline HTML (see app.document.note_markup), its first SHOWN_NOTE
    characters, with control characters and direction overrides dropped."""
    text = _CONTROL.sub("", note.strip())
    if len(text) > SHOWN_NOTE:
        text = text[:SHOWN_NOTE] + "…"
    return note_markup(text)


def highlights_html(note: str, found: list[PlacedHighlight], anchor: Callable[[int], str]) -> str:
    title = tr("HighlightsView", "Your highlights")
    parts = [f"<p><b>{title}</b></p>"]
    if note.strip():
        label = tr("HighlightsView", "Article note")
        parts.append(f"<p class='meta'>{label}</p><p>{note_html(note)}</p>")
    placed = [item for item in found if item.span is not None]
    lost = [item for item in found if item.span is None]
    for item in placed:
        parts.append(_entry(item, f"#{anchor(item.highlight.id)}"))
    if lost:
        lost_label = tr("HighlightsView", "Could not be placed (the article's text changed):")
        parts.append(f"<p class='meta'>{html.escape(lost_label)}</p>")
        parts.extend(_entry(item, None) for item in lost)
    if not found and not note.strip():
        hint = tr("HighlightsView", "Select text and press Shift+H to highlight it.")
        parts.append(f"<p class='meta'>{hint}</p>")
    return "".join(parts)


def _entry(item: PlacedHighlight, link: str | None) -> str:
    highlight = item.highlight
    quote = html.escape(" ".join(highlight.quote.split())[:SHOWN_NOTE])
    marked = f"<span class='mark-{highlight.colour}'>{quote}</span>"
    shown = f"<a href='{link}'>{marked}</a>" if link else marked
    note = f"<br/><i>{note_html(highlight.note)}</i>" if highlight.note.strip() else ""
    return f"<p>{shown}{note}</p>"


class HighlightsView(QTextBrowser):
    """A read-only list of the article's highlights; a click on one emits its anchor."""

    place_chosen = Signal(str)  # the anchor name of the highlight clicked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("highlights-view")
        self.setAccessibleName(tr("HighlightsView", "Your highlights"))
        self.setOpenLinks(False)
        self.anchorClicked.connect(self._on_anchor_clicked)

    def show_highlights(self, html_text: str, style_sheet: str) -> None:
        self.document().setDefaultStyleSheet(style_sheet)
        self.setHtml(html_text)

    def _on_anchor_clicked(self, url: QUrl) -> None:
        if url.hasFragment():
            self.place_chosen.emit(url.fragment())
