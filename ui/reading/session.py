"""The reading session: the article on screen, its rendering, its summary and the highlights.

It opens an article (marking it read, rendering it at once or in a job, or taking what was
read ahead), asks for its summary (from the library's cache, else from the summary worker,
storing what comes back), and keeps the marks in the reader: search terms, summary sentences,
the sentence the reader followed. The window shows the panes; the session decides what is in
them. `article_opened` fires once an article is on screen, `summary_shown` once its summary is.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, Slot

from app.changes import Changes
from app.document import Highlight, RenderedArticle
from app.fts import search_anchor, search_highlights
from app.library import Article, Library
from app.queries import ListQuery
from app.summary import Summary
from ui.i18n import filled, tr
from ui.jobs.runner import JobRunner
from ui.operations import LibraryOperations
from ui.reading.reader_view import ReaderView
from ui.reading.renderer import ArticleRenderer
from ui.reading.summary_pane import SummaryPane
from ui.reading.summary_service import SummaryRequest, SummaryService

Prepared = Callable[[Article], RenderedArticle | None]


def sentence_anchor(position: int) -> str:
    return f"summary-{position}"


class ReadingSession(QObject):
    """What is being read, and what the reader and the summary pane show of it."""

    article_opened = Signal(int)  # article id, once it is on screen
    summary_shown = Signal(object)  # Summary, once its sentences are on screen

    def __init__(
        self,
        operations: LibraryOperations,
        jobs: JobRunner,
        reader: ReaderView,
        summary_pane: SummaryPane,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.library: Library = operations.library
        self._operations = operations
        self._reader = reader
        self._pane = summary_pane
        self.article: Article | None = None
        self.rendered: RenderedArticle | None = None
        self.summary: Summary | None = None
        self.focused_sentence: int | None = None
        self._search_place: tuple[int, str, int] | None = None  # article id, search, match
        self.list_query: Callable[[], ListQuery] = ListQuery  # its search terms are marked
        self.summary_visible: Callable[[], bool] = lambda: False
        self.prepared: Prepared = lambda _article: None  # what reading ahead made, if any
        self.own_marks: Callable[[], list[Highlight]] = list  # the reader's own highlights
        self._closed = False
        self.summaries = SummaryService(jobs, self)
        self.summaries.summary_ready.connect(self._on_summary_ready)
        self.summaries.summary_failed.connect(self._on_summary_failed)
        self.renderer = ArticleRenderer(jobs, self)
        self.renderer.rendered.connect(self._show_rendered)
        summary_pane.summary_shown.connect(self.summary_shown)
        summary_pane.sentence_activated.connect(self.show_sentence)
        summary_pane.highlight_toggled.connect(lambda _checked: self.update_highlights())
        operations.changed.connect(self._on_changes)

    def _marks(self) -> str:
        """The open article's state as its header shows it: "Starred · Archived · Tags: a, b"."""
        article = self.article
        row = self.library.rows([article.id]).get(article.id) if article else None
        if article is None or row is None:
            return ""
        tags = ", ".join(self.library.article_tags(article.id))
        parts = [
            tr("ReadingSession", "★ Starred") if row.starred else "",
            tr("ReadingSession", "Archived") if row.archived else "",
            filled(tr("ReadingSession", "Tags: %1"), tags) if tags else "",
        ]
        return " · ".join(part for part in parts if part)

    @Slot(object)
    def _on_changes(self, changes: Changes) -> None:
        article = self.article  # not while it is being opened: the reader shows the last one
        if article is not None and self.rendered is not None and article.id in changes.articles:
            self._reader.set_marks(self._marks())

    def close(self) -> None:
        """The window closes: a summary still on its way is not stored (the library closes)."""
        self._closed = True

    def open(self, article_id: int) -> Article | None:
        """Open an article; it is on screen once `article_opened` fires. None if it is gone."""
        article = self.library.article(article_id)
        if article is None:
            self._reader.clear_article(
                tr("ReadingSession", "This article is no longer in the library.")
            )
            return None
        self.article = article
        self.rendered = None
        self.summary = None
        self.focused_sentence = None
        if not article.row.is_read:
            self._operations.set_read(article_id)
        self.renderer.request(article, self.prepared(article))
        if self.renderer.is_busy():
            self._reader.clear_article(filled(tr("ReadingSession", "Opening “%1”…"), article.title))
        return article

    @Slot(int, object)
    def _show_rendered(self, article_id: int, rendered: RenderedArticle) -> None:
        article = self.article
        if article is None or article.id != article_id:
            return
        self.rendered = rendered
        library = self.library
        self._reader.show_article(
            article,
            rendered,
            lambda key: library.asset(article_id, key),
            self._marks(),
            self._highlights(),  # the reader's own highlights with the text, in one layout
        )
        self.article_opened.emit(article_id)
        if self.list_query().match:  # after the saved reading place: the match wins
            self.step_search_match(forward=True)
        self._pane.show_message("")
        if self.summary_visible():
            self.request_summary()

    # -- the summary --------------------------------------------------------------------------

    def request_summary(self) -> None:
        """Show the open article's summary: from the cache at once, else once it is made."""
        article, rendered = self.article, self.rendered
        if article is None or rendered is None:
            return
        settings = self._pane.settings
        summary = self.library.summaries.cached(article.id, settings)
        if summary is not None:
            self.summaries.cancel()
            self._show_summary(summary)
            return
        self._pane.show_pending()
        request = SummaryRequest(
            article_id=article.id,
            text=rendered.text,
            settings=settings,
            language=article.row.language,
            title=article.title,
        )
        self.summaries.request(request)

    def forget_summary(self) -> None:
        """The summary settings changed: the summary shown is not the one wanted now."""
        self.summary = None

    @Slot(object, object)
    def _on_summary_ready(self, request: SummaryRequest, summary: Summary) -> None:
        if self._closed:  # the library may be closed already; the summary is made again later
            return
        self.library.summaries.store(request.article_id, request.settings, summary)
        if self.article is not None and request.article_id == self.article.id:
            self._show_summary(summary)

    @Slot(object, str)
    def _on_summary_failed(self, request: SummaryRequest, message: str) -> None:
        if self.article is not None and request.article_id == self.article.id:
            self._pane.show_message(filled(tr("ReadingSession", "No summary: %1"), message))

    def _show_summary(self, summary: Summary) -> None:
        self.summary = summary
        self.focused_sentence = None
        words = len(self.rendered.text.split()) if self.rendered else 0
        pages = self.library.page_starts(self.article.id) if self.article else []
        self._pane.show_summary(summary, words, pages)
        self.update_highlights()

    # -- marks in the article -----------------------------------------------------------------

    @Slot(int)
    def show_sentence(self, position: int) -> None:
        """Scroll the article to a summary sentence and mark it."""
        if self.summary is None or not 0 <= position < len(self.summary.sentences):
            return
        self.focused_sentence = position
        self.update_highlights()
        self._reader.scrollToAnchor(sentence_anchor(position))

    def step_search_match(self, forward: bool) -> tuple[int, int] | None:
        """Scroll to the next (or previous) place the search's terms occur, round from the
        last to the first; (position, count) of the match shown, None if nothing matches."""
        article, rendered = self.article, self.rendered
        search = self.list_query().search
        count = len(search_highlights(rendered.text, search)) if rendered else 0
        if article is None or not count:
            return None
        place = self._search_place
        if place is None or place[:2] != (article.id, search):
            position = 0 if forward else count - 1
        else:
            position = (place[2] + (1 if forward else -1)) % count
        self._search_place = (article.id, search, position)
        self._reader.scrollToAnchor(search_anchor(position))
        return position, count

    def update_highlights(self) -> None:
        self._reader.set_highlights(self._highlights())

    def _highlights(self) -> list[Highlight]:
        rendered = self.rendered
        search = self.list_query().search
        marks = search_highlights(rendered.text, search) if rendered else []
        marks.extend(self.own_marks())
        if self.summary is None or not self.summary_visible():
            return marks
        show_all = self._pane.highlight_box.isChecked()
        for position, sentence in enumerate(self.summary.sentences):
            focused = position == self.focused_sentence
            if focused or show_all:
                css = "focus" if focused else "summary"
                marks.append(
                    Highlight(sentence.start, sentence.end, sentence_anchor(position), css)
                )
        return marks
