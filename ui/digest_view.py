"""The digest: every unread (or listed) article as title, source and a 2-3 sentence summary.

Cached summaries show at once; the rest are made by a worker, newest first, and the view fills
in as they arrive. A new digest (another scope, or closing the view) makes the old run stale:
its results are dropped by job id, as in ui/summary_service.py.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QRunnable, Qt, QThreadPool, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
)

from app.digest import (
    DigestEntry,
    cached_sentences,
    digest_settings,
    entries_for_ids,
    read_sources,
    summarize_for_digest,
)
from app.errors import LedeError
from app.export import write_digest
from app.queries import ListQuery
from app.settings import SummarySettings
from app.summaries import cache_key, summary_to_json
from app.summary import Summary, SummaryError
from ui.export_actions import choose_save_path

if TYPE_CHECKING:
    from ui.main_window import MainWindow

ARTICLE_SCHEME = "article"
SCOPES = {"unread": "Unread articles", "listed": "Articles in the list"}
RENDER_DELAY_MS = 120
DIGEST_EXTRA_CSS = """
h3 { font-size: large; margin-top: 14px; margin-bottom: 0px; }
a { text-decoration: none; }
.meta { margin-top: 2px; margin-bottom: 4px; }
.pending { font-style: italic; }
"""


class _DigestSignals(QObject):
    ready = Signal(int, int, object, object)  # job id, article id, Summary, sentences
    failed = Signal(int, int, str)  # job id, article id, message


class _DigestJob(QRunnable):
    """Summarizes the given articles in order; stops early once it is cancelled."""

    def __init__(
        self,
        job_id: int,
        library_path: Path,
        ids: Sequence[int],
        settings: SummarySettings,
        signals: _DigestSignals,
    ) -> None:
        super().__init__()
        self._job_id, self._path, self._ids = job_id, library_path, list(ids)
        self._settings, self._signals = settings, signals
        self.cancelled = False

    def run(self) -> None:
        try:
            for source in read_sources(self._path, self._ids):
                if self.cancelled:
                    return
                self._summarize(source.article_id, source.text, source.language, source.title)
        except Exception as error:  # an unreadable library must not take the window down
            self._signals.failed.emit(self._job_id, 0, f"the digest stopped: {error}")

    def _summarize(self, article_id: int, text: str, language: str, title: str) -> None:
        try:
            summary, sentences = summarize_for_digest(text, self._settings, language, title)
        except (SummaryError, LedeError) as error:
            self._signals.failed.emit(self._job_id, article_id, str(error))
            return
        self._signals.ready.emit(self._job_id, article_id, summary, sentences)


class DigestService(QObject):
    """Runs one digest at a time in a worker thread; a newer run makes older results stale."""

    sentences_ready = Signal(int, object, object)  # article id, Summary, sentences
    sentences_failed = Signal(int, str)  # article id, message

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = _DigestSignals(self)
        self._signals.ready.connect(self._on_ready)
        self._signals.failed.connect(self._on_failed)
        self._latest = 0
        self._job: _DigestJob | None = None

    def request(self, library_path: Path, ids: Sequence[int], settings: SummarySettings) -> int:
        self.cancel()
        if ids:
            self._job = _DigestJob(self._latest, library_path, ids, settings, self._signals)
            self._pool.start(self._job)
        return self._latest

    def cancel(self) -> None:
        self._latest += 1
        if self._job is not None:
            self._job.cancelled = True
            self._job = None

    def wait_for_idle(self, milliseconds: int = 10_000) -> bool:
        return self._pool.waitForDone(milliseconds)

    @Slot(int, int, object, object)
    def _on_ready(self, job_id: int, article_id: int, summary: Summary, sentences: object) -> None:
        if job_id == self._latest:
            self.sentences_ready.emit(article_id, summary, sentences)

    @Slot(int, int, str)
    def _on_failed(self, job_id: int, article_id: int, message: str) -> None:
        if job_id == self._latest:
            self.sentences_failed.emit(article_id, message)


class DigestView(QDialog):
    """Lists the digest's entries; activating one opens the full article in the main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("digest")
        self.setWindowTitle("Digest")
        self.setAccessibleName("Digest")
        self._window = window
        self.entries: list[DigestEntry] = []
        self.service = DigestService(self)
        self.service.sentences_ready.connect(self._on_sentences)
        self.service.sentences_failed.connect(self._on_failed)
        self._render_timer = QTimer(self, singleShot=True, interval=RENDER_DELAY_MS)
        self._render_timer.timeout.connect(self.render)
        self._build()
        self.finished.connect(lambda _result: self.service.cancel())
        window.installEventFilter(self)
        self.resize(760, 720)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Close:
            self.service.cancel()
            self.service.wait_for_idle()
        return False

    def _build(self) -> None:
        self.scope_box = QComboBox(objectName="digest-scope")
        self.scope_box.setAccessibleName("Articles in the digest")
        for key, label in SCOPES.items():
            self.scope_box.addItem(label, key)
        self.count_label = QLabel(objectName="digest-count")
        self.count_label.setAccessibleName("Digest progress")
        self.view = QTextBrowser(objectName="digest-entries")
        self.view.setAccessibleName("Digest entries")
        self.view.setAccessibleDescription("Tab moves between articles; Enter opens one")
        self.view.setOpenLinks(False)
        self.view.document().setDocumentMargin(18)
        self.view.anchorClicked.connect(self._on_link)
        self.markdown_button = QPushButton("Export &Markdown…", objectName="digest-markdown")
        self.html_button = QPushButton("Export &HTML…", objectName="digest-html")
        close_button = QPushButton("&Close", objectName="digest-close")
        self.markdown_button.clicked.connect(lambda: self.export("md"))
        self.html_button.clicked.connect(lambda: self.export("html"))
        close_button.clicked.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(QLabel("&Show:", buddy=self.scope_box))
        top.addWidget(self.scope_box)
        top.addWidget(self.count_label, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.markdown_button)
        buttons.addWidget(self.html_button)
        buttons.addStretch(1)
        buttons.addWidget(close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.scope_box.currentIndexChanged.connect(self.load)

    @property
    def scope(self) -> str:
        return str(self.scope_box.currentData())

    def set_scope(self, scope: str) -> None:
        self.scope_box.setCurrentIndex(max(0, self.scope_box.findData(scope)))

    @property
    def complete(self) -> bool:
        return all(entry.ready for entry in self.entries)

    @Slot()
    def load(self) -> None:
        """Gather the entries for the scope, fill in cached summaries, queue the others."""
        window = self._window
        library = window.library
        if self.scope == "listed":
            ids = window.model.article_ids()
        else:
            ids = library.query_ids(ListQuery(filter="unread"))
        settings = window.summary_pane.settings
        entries = []
        for entry in entries_for_ids(library, ids):
            sentences = cached_sentences(library, entry.article_id, settings)
            entries.append(
                entry if sentences is None else replace(entry, sentences=sentences, ready=True)
            )
        self.entries = entries
        missing = [entry.article_id for entry in entries if not entry.ready]
        self.service.request(library.path, missing, settings)
        self.render()

    @Slot(int, object, object)
    def _on_sentences(self, article_id: int, summary: Summary, sentences: tuple[str, ...]) -> None:
        settings = digest_settings(self._window.summary_pane.settings)
        self._window.library.store_summary(
            article_id, cache_key(settings), summary_to_json(summary)
        )
        self._update(article_id, sentences)

    @Slot(int, str)
    def _on_failed(self, article_id: int, message: str) -> None:
        self._update(article_id, (f"No summary: {message}",))

    def _update(self, article_id: int, sentences: tuple[str, ...]) -> None:
        self.entries = [
            replace(entry, sentences=sentences, ready=True)
            if entry.article_id == article_id
            else entry
            for entry in self.entries
        ]
        if not self._render_timer.isActive():
            self._render_timer.start()

    @Slot()
    def render(self) -> None:
        """Show the entries, keeping the scroll position as summaries fill in."""
        reader = self._window.reader.document()
        document = self.view.document()
        document.setDefaultStyleSheet(reader.defaultStyleSheet() + DIGEST_EXTRA_CSS)
        document.setDefaultFont(reader.defaultFont())
        position = self.view.verticalScrollBar().value()
        self.view.setHtml(digest_html_for_view(self.entries))
        self.view.verticalScrollBar().setValue(position)
        done = sum(entry.ready for entry in self.entries)
        total = len(self.entries)
        self.count_label.setText(
            f"{total} articles" if done == total else f"{done} of {total} summarized…"
        )

    @Slot(QUrl)
    def _on_link(self, url: QUrl) -> None:
        if url.scheme() == ARTICLE_SCHEME and url.path().isdigit():
            self.open_article(int(url.path()))

    def open_article(self, article_id: int) -> None:
        """Show the full article in the main window, which comes to the front."""
        window = self._window
        if not window.select_article(article_id):
            window.open_article(article_id)
        window.activateWindow()

    def export(self, kind: str) -> Path | None:
        heading = digest_heading(self.scope)
        suggested = Path.home() / f"{heading}.{kind}"
        filters = "Web page (*.html)" if kind == "html" else "Markdown (*.md)"
        path = choose_save_path(self, "Export the digest", suggested, filters)
        if path is None:
            return None
        if path.suffix.lower() not in (".md", ".html", ".htm", ".markdown"):
            path = path.with_name(f"{path.name}.{kind}")
        try:
            write_digest(self.entries, heading, path)
        except LedeError as error:
            self.count_label.setText(str(error))
            return None
        self.count_label.setText(f"Saved {path.name}")
        return path


def digest_heading(scope: str) -> str:
    today = date.today().isoformat()
    return f"Digest of unread articles, {today}" if scope == "unread" else f"Digest, {today}"


def digest_html_for_view(entries: Sequence[DigestEntry]) -> str:
    if not entries:
        return "<p class='meta'>Nothing to show: no articles in this digest.</p>"
    parts = []
    for entry in entries:
        meta = " · ".join(html.escape(part) for part in (entry.source, entry.date) if part)
        link = f"{ARTICLE_SCHEME}:{entry.article_id}"
        body = (
            f"<p>{html.escape(' '.join(entry.sentences))}</p>"
            if entry.ready
            else "<p class='meta pending'>Summarizing…</p>"
        )
        parts.append(
            f"<h3><a href='{link}'>{html.escape(entry.title)}</a></h3>"
            f"<p class='meta'>{meta}</p>{body}"
        )
    return "".join(parts)


def install_digest(window: MainWindow) -> QAction:
    action = QAction("&Digest", window)
    action.setShortcut(QKeySequence("D"))
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.setToolTip("Digest: every unread article in a few sentences (D)")
    window.digest_view = None

    def show_digest() -> None:
        if window.digest_view is None:
            window.digest_view = DigestView(window)
        window.digest_view.load()
        window.digest_view.show()
        window.digest_view.activateWindow()

    action.triggered.connect(show_digest)
    window.addAction(action)
    window.menus["view"].addAction(action)
    window.digest_action = action
    return action
