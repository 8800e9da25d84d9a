"""The digest: every unread (or listed) article as title, source and a 2-3 sentence summary.

Cached summaries show at once; the rest are made by a worker (ui/features/digest_service.py), newest
first, and the view fills in as they arrive. A new digest (another scope, another page, or
closing the view) makes the old run stale: its results are dropped by job id.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QTimer, QUrl, SignalInstance, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
)

from app.digest import DigestEntry, digest_settings
from app.errors import LedeError
from app.export import write_digest
from app.highlights.model import Highlight
from app.summary import Summary
from ui.features.digest_service import DigestService
from ui.features.export_actions import choose_save_path
from ui.i18n import filled, local_date, marked, tr
from ui.widgets import label_for, named
from ui.window.actions import window_action

if TYPE_CHECKING:
    from ui.window.main_window import MainWindow

ARTICLE_SCHEME = "article"
SCOPES = {
    "unread": marked("DigestView", "Unread articles"),
    "listed": marked("DigestView", "Articles in the list"),
}
RENDER_DELAY_MS = 120
PAGE_SIZE = 100
DIGEST_HIGHLIGHTS = 3  # of an article's highlights, under its summary
QUOTE_CHARACTERS = 160
DIGEST_EXTRA_CSS = """
h3 { font-size: large; margin-top: 14px; margin-bottom: 0px; }
a { text-decoration: none; }
.meta { margin-top: 2px; margin-bottom: 4px; }
.pending { font-style: italic; }
"""


class DigestView(QDialog):
    """Lists the digest a page at a time; activating an entry opens the article in the window.

    A page holds PAGE_SIZE entries: Qt lays out rich text in one piece, and a digest of ten
    thousand articles in one document would take a second to show each time a summary arrives.
    """

    def __init__(self, window: MainWindow, restyled: SignalInstance) -> None:
        super().__init__(window)
        self.setObjectName("digest")
        self.setWindowTitle(tr("DigestView", "Digest"))
        self.setAccessibleName(tr("DigestView", "Digest"))
        self._window = window
        self.entries: list[DigestEntry] = []
        self._positions: dict[int, int] = {}
        # The page's highlights, read once per page (the page is drawn again as each summary
        # arrives); a write to the library may change them, so it empties this.
        self._highlights: tuple[tuple[int, ...], dict[int, list[Highlight]]] | None = None
        window.operations.changed.connect(self._forget_highlights)
        self.page = 0
        self.loaded = False
        self.service = DigestService(window.jobs, self)
        self.service.entries_gathered.connect(self._on_gathered)
        self.service.cached_found.connect(self._on_cached)
        self.service.sentences_ready.connect(self._on_sentences)
        self.service.sentences_failed.connect(self._on_failed)
        self._render_timer = QTimer(self, singleShot=True, interval=RENDER_DELAY_MS)
        self._render_timer.timeout.connect(self.show_page_again)
        self._count_timer = QTimer(self, singleShot=True, interval=RENDER_DELAY_MS)
        self._count_timer.timeout.connect(self._show_count)
        self._build()
        self.finished.connect(lambda _result: self.service.cancel())
        restyled.connect(self.show_page_again)
        self.resize(760, 720)

    def _build(self) -> None:
        self.scope_box = named(QComboBox(), "digest-scope")
        self.scope_box.setAccessibleName(tr("DigestView", "Articles in the digest"))
        for key, label in SCOPES.items():
            self.scope_box.addItem(tr("DigestView", label), key)
        self.count_label = named(QLabel(), "digest-count")
        self.count_label.setAccessibleName(tr("DigestView", "Digest progress"))
        self.view = named(QTextBrowser(), "digest-entries")
        self.view.setAccessibleName(tr("DigestView", "Digest entries"))
        self.view.setAccessibleDescription(
            tr("DigestView", "Tab moves between articles; Enter opens one")
        )
        self.view.setOpenLinks(False)
        self.view.document().setDocumentMargin(18)
        self.view.anchorClicked.connect(self._on_link)
        self.newer_button = named(QPushButton(tr("DigestView", "&Newer")), "digest-newer")
        self.older_button = named(QPushButton(tr("DigestView", "&Older")), "digest-older")
        self.markdown_button = named(
            QPushButton(tr("DigestView", "Export &Markdown…")), "digest-markdown"
        )
        self.html_button = named(QPushButton(tr("DigestView", "Export &HTML…")), "digest-html")
        close_button = named(QPushButton(tr("DigestView", "&Close")), "digest-close")
        self.newer_button.clicked.connect(lambda: self.show_page(self.page - 1))
        self.older_button.clicked.connect(lambda: self.show_page(self.page + 1))
        self.markdown_button.clicked.connect(lambda: self.export("md"))
        self.html_button.clicked.connect(lambda: self.export("html"))
        close_button.clicked.connect(self.reject)
        self._lay_out(close_button)
        self.scope_box.currentIndexChanged.connect(self.load)

    def _lay_out(self, close_button: QPushButton) -> None:
        top = QHBoxLayout()
        top.addWidget(label_for(tr("DigestView", "&Show:"), self.scope_box))
        top.addWidget(self.scope_box)
        top.addWidget(self.count_label, 1)
        top.addWidget(self.newer_button)
        top.addWidget(self.older_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.markdown_button)
        buttons.addWidget(self.html_button)
        buttons.addStretch(1)
        buttons.addWidget(close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

    @property
    def scope(self) -> str:
        return str(self.scope_box.currentData())

    def set_scope(self, scope: str) -> None:
        self.scope_box.setCurrentIndex(max(0, self.scope_box.findData(scope)))

    @property
    def complete(self) -> bool:
        return self.loaded and all(entry.ready for entry in self.entries)

    @property
    def page_count(self) -> int:
        return max(1, -(-len(self.entries) // PAGE_SIZE))

    @property
    def page_entries(self) -> list[DigestEntry]:
        return self.entries[self.page * PAGE_SIZE : (self.page + 1) * PAGE_SIZE]

    @Slot()
    def load(self) -> None:
        """Start gathering the scope's entries; the worker reports them with cached summaries."""
        window = self._window
        ids = window.model.article_ids() if self.scope == "listed" else None
        self.entries = []
        self._positions = {}
        self.page = 0
        self.loaded = False
        self.count_label.setText(tr("DigestView", "Gathering the articles…"))
        self.service.gather(window.library.path, ids, window.summary_pane.settings)

    @Slot(object)
    def _on_gathered(self, entries: list[DigestEntry]) -> None:
        self.entries = list(entries)
        self._positions = {entry.article_id: row for row, entry in enumerate(self.entries)}
        self.loaded = True
        self.view.verticalScrollBar().setValue(0)
        self.show_page_again()

    def show_page(self, page: int) -> None:
        """Show another page and summarize its missing entries first, then the rest in order."""
        page = min(max(page, 0), self.page_count - 1)
        if page == self.page:
            return
        self.page = page
        on_page = [entry.article_id for entry in self.page_entries if not entry.ready]
        first = set(on_page)
        rest = [e.article_id for e in self.entries if not e.ready and e.article_id not in first]
        window = self._window
        self.service.request(window.library.path, on_page + rest, window.summary_pane.settings)
        self.view.verticalScrollBar().setValue(0)
        self.show_page_again()

    @Slot(int, object, object)
    def _on_sentences(self, article_id: int, summary: Summary, sentences: tuple[str, ...]) -> None:
        settings = digest_settings(self._window.summary_pane.settings)
        self._window.library.summaries.store(article_id, settings, summary)
        self._update(article_id, sentences)

    @Slot(object)
    def _on_cached(self, cached: dict[int, tuple[str, ...]]) -> None:
        for article_id, sentences in cached.items():
            self._update(article_id, sentences)

    @Slot(int, str)
    def _on_failed(self, article_id: int, message: str) -> None:
        self._update(article_id, (filled(tr("DigestView", "No summary: %1"), message),))

    def _update(self, article_id: int, sentences: tuple[str, ...]) -> None:
        row = self._positions.get(article_id)
        if row is None:
            return
        self.entries[row] = replace(self.entries[row], sentences=sentences, ready=True)
        if row // PAGE_SIZE == self.page:
            if not self._render_timer.isActive():
                self._render_timer.start()
        elif not self._count_timer.isActive():
            self._count_timer.start()

    @Slot()
    def show_page_again(self) -> None:
        """Show the page's entries, keeping the scroll position as summaries fill in."""
        reader = self._window.reader.document()
        document = self.view.document()
        document.setDefaultStyleSheet(reader.defaultStyleSheet() + DIGEST_EXTRA_CSS)
        document.setDefaultFont(reader.defaultFont())
        position = self.view.verticalScrollBar().value()
        self.view.setHtml(digest_html_for_view(self.page_entries, self._page_highlights()))
        self.view.verticalScrollBar().setValue(position)
        self.newer_button.setEnabled(self.page > 0)
        self.older_button.setEnabled(self.page < self.page_count - 1)
        self._show_count()

    def _page_highlights(self) -> dict[int, list[Highlight]]:
        """The reader's highlights of the articles on this page (one query finds which have)."""
        if self._window.jobs.is_shut_down:  # the window closed: its library is closing too
            return {}
        ids = tuple(entry.article_id for entry in self.page_entries)
        if self._highlights is None or self._highlights[0] != ids:
            library = self._window.library
            marked = library.highlighted_ids()
            found = {i: library.highlights(i) for i in ids if i in marked}
            self._highlights = (ids, found)
        return self._highlights[1]

    @Slot(object)
    def _forget_highlights(self, _changes: object) -> None:
        self._highlights = None

    def _show_count(self) -> None:
        done = sum(entry.ready for entry in self.entries)
        total = len(self.entries)
        if total == 1:
            text = tr("DigestView", "%Ln article", None, total)
        else:
            text = tr("DigestView", "%Ln articles", None, total)
        if self.page_count > 1:
            first = self.page * PAGE_SIZE + 1
            last = first + len(self.page_entries) - 1
            shown = tr("DigestView", "%1–%2 of %Ln articles", None, total)
            text = filled(shown, QLocale().toString(first), QLocale().toString(last))
        if done < total:
            text += tr("DigestView", " · %Ln summarized…", None, done)
        self.count_label.setText(text)

    @Slot(QUrl)
    def _on_link(self, url: QUrl) -> None:
        if url.scheme() == ARTICLE_SCHEME and url.path().isdigit():
            self.open_article(int(url.path()))

    def open_article(self, article_id: int) -> None:
        """Show the full article in the main window and bring the keyboard to it."""
        window = self._window
        if not window.select_article(article_id):
            window.open_article(article_id)
        window.activateWindow()

    def export(self, kind: str) -> Path | None:
        heading = digest_heading(self.scope)
        suggested = Path.home() / f"{heading}.{kind}"
        if kind == "html":
            filters = tr("DigestView", "Web pages") + " (*.html)"
        else:
            filters = tr("DigestView", "Markdown files") + " (*.md)"
        path = choose_save_path(self, tr("DigestView", "Export the digest"), suggested, filters)
        if path is None:
            return None
        if path.suffix.lower() not in (".md", ".html", ".htm", ".markdown"):
            path = path.with_name(f"{path.name}.{kind}")
        try:
            write_digest(self.entries, heading, path)
        except LedeError as error:
            self.count_label.setText(str(error))
            return None
        self.count_label.setText(filled(tr("DigestView", "Saved %1"), path.name))
        return path


def digest_heading(scope: str) -> str:
    today = local_date(date.today().isoformat())
    if scope == "unread":
        return filled(tr("DigestView", "Digest of unread articles, %1"), today)
    return filled(tr("DigestView", "Digest, %1"), today)


def digest_html_for_view(
    entries: Sequence[DigestEntry], highlights: Mapping[int, Sequence[Highlight]] | None = None
) -> str:
    """The page's entries: title, source and date, summary, and the reader's own highlights
    (the first few, in their colours)."""
    if not entries:
        nothing = tr("DigestView", "Nothing to show: no articles in this digest.")
        return f"<p class='meta'>{html.escape(nothing)}</p>"
    parts = []
    pending = html.escape(tr("DigestView", "Summarizing…"))
    for entry in entries:
        meta = " · ".join(
            html.escape(part) for part in (entry.source, local_date(entry.date)) if part
        )
        link = f"{ARTICLE_SCHEME}:{entry.article_id}"
        body = (
            f"<p>{html.escape(' '.join(entry.sentences))}</p>"
            if entry.ready
            else f"<p class='meta pending'>{pending}</p>"
        )
        parts.append(
            f"<h3><a href='{link}'>{html.escape(entry.title)}</a></h3>"
            f"<p class='meta'>{meta}</p>{body}"
            f"{_highlights_html((highlights or {}).get(entry.article_id, ()))}"
        )
    return "".join(parts)


def _highlights_html(highlights: Sequence[Highlight]) -> str:
    if not highlights:
        return ""
    shown = [
        f"<span class='mark-{h.colour}'>{html.escape(_shortened(h.quote))}</span>"
        for h in highlights[:DIGEST_HIGHLIGHTS]
    ]
    more = len(highlights) - len(shown)
    and_more = html.escape(tr("DigestView", "and %n more", None, more))
    rest = f" <span class='meta'>{and_more}</span>" if more > 0 else ""
    yours = html.escape(tr("DigestView", "Your highlights:"))
    return f"<p class='meta'>{yours}</p><p>{' · '.join(shown)}{rest}</p>"


def _shortened(quote: str) -> str:
    text = " ".join(quote.split())
    return text if len(text) <= QUOTE_CHARACTERS else text[: QUOTE_CHARACTERS - 1] + "…"


class Digest:
    """View > Digest: one view, made the first time it is asked for."""

    def __init__(self, window: MainWindow, restyled: SignalInstance) -> None:
        self._window = window
        self._restyled = restyled
        self.view: DigestView | None = None
        tip = tr("Digest", "Digest: every unread article in a few sentences (D)")
        self.action = window_action(window, tr("Digest", "&Digest"), self.show, "D", tip=tip)
        window.menus["view"].addAction(self.action)

    def show(self) -> None:
        if self.view is None:
            self.view = DigestView(self._window, self._restyled)
        self.view.load()
        self.view.show()
        self.view.activateWindow()


def install_digest(window: MainWindow, restyled: SignalInstance) -> Digest:
    return Digest(window, restyled)
