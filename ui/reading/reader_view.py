"""The article as the reader sees it: safe HTML, a readable column, images from the library."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from urllib.parse import unquote

from PySide6.QtCore import QByteArray, Qt, QTimer, QUrl
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QImage,
    QKeyEvent,
    QKeySequence,
    QResizeEvent,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QTextBrowser, QWidget

from app.document import ASSET_SCHEME, Highlight, RenderedArticle, reading_minutes
from app.library import Article
from ui.desktop_links import open_on_desktop
from ui.i18n import local_date, minutes_read, tr
from ui.reading.progressive_html import ProgressiveHtml, html_parts

COLUMN_CHARACTERS = 72
MIN_MARGIN = 24
SETTLE_MILLISECONDS = 50
CONTEXT_LINES = 3  # lines shown above a sentence the reader jumps to
IMAGE_SLACK = 8  # an image's paragraph adds a few pixels of its own around it
# Articles with this much text or more are shown a part at a time (ui/reading/progressive_html.py).
PROGRESSIVE_LIMIT = 100_000

# Search terms keep their mark under every theme's style sheet (apply_style appends it).
SEARCH_CSS = ".search { background-color: #a8dcff; color: #111111; }\n"

AssetLoader = Callable[[str], bytes | None]


class ReaderView(QTextBrowser):
    """Shows one article; loads nothing from the network or the disk, only library assets."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reader")
        self.setAccessibleName(tr("ReaderView", "Article text"))
        self.setOpenLinks(False)
        # a scroll bar that comes and goes with each re-render would reflow the column and
        # move the reader's place; keep it
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.anchorClicked.connect(self._on_anchor_clicked)
        self.document().setDefaultStyleSheet(SEARCH_CSS)  # the theme's sheet comes with apply_style
        font = QFont("Georgia")
        font.setStyleHint(QFont.StyleHint.Serif)
        font.setPointSizeF(12.5)
        self.document().setDefaultFont(font)
        self.document().setUndoRedoEnabled(False)  # appended parts need no undo history
        self._assets: AssetLoader = lambda _key: None
        self._image_urls: set[str] = set()
        self._images_width = 0
        self._rendered: RenderedArticle | None = None
        self._header = ""
        self._article: Article | None = None
        self._highlights: tuple[Highlight, ...] = ()
        self.column_characters = COLUMN_CHARACTERS
        self._kept_fraction: float | None = None
        self._pending_anchor: str | None = None
        self._progressive = ProgressiveHtml(self)
        self._progressive.finished.connect(self._on_fully_shown)
        self._settle_timer = QTimer(self, singleShot=True, interval=SETTLE_MILLISECONDS)
        self._settle_timer.timeout.connect(self._release_fraction)
        self.verticalScrollBar().rangeChanged.connect(self._keep_fraction)
        self.verticalScrollBar().actionTriggered.connect(self._on_scrolled_by_reader)

    def apply_style(self, css: str, font: QFont, column_characters: int) -> None:
        """Restyle the reader (theme, font, line width), keeping the article and its place."""
        bar = self.verticalScrollBar()
        fraction = bar.value() / bar.maximum() if bar.maximum() else 0.0
        self.document().setDefaultStyleSheet(css + SEARCH_CSS)
        self.document().setDefaultFont(font)
        self.column_characters = column_characters
        if self._rendered is None:
            self._fit_column()
            return
        self._display()
        self.scroll_to_fraction(fraction)

    def scroll_to_fraction(self, fraction: float) -> None:
        """Scroll to a share of the article's length, and hold it while the layout settles.

        Qt reports a re-laid-out document's final height from a zero timer, so the scroll
        range changes once more after setHtml returns: re-apply the share until then.
        """
        self._kept_fraction = fraction
        bar = self.verticalScrollBar()
        bar.setValue(round(fraction * bar.maximum()))
        self._settle_timer.start()

    def scrollToAnchor(self, name: str) -> None:
        self._kept_fraction = None  # a jump to a place wins over a restored share
        if self._progressive.is_loading():
            self._pending_anchor = name  # it may be in a part not shown yet
            return
        super().scrollToAnchor(name)
        # Qt puts the anchor at the very top edge; a few lines above it give the reader context.
        bar = self.verticalScrollBar()
        if bar.value() < bar.maximum():
            line = QFontMetrics(self.document().defaultFont()).lineSpacing()
            bar.setValue(bar.value() - CONTEXT_LINES * line)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # A read-only browser has no caret to move, so Ctrl+Home / Ctrl+End would do nothing.
        if event.matches(QKeySequence.StandardKey.MoveToStartOfDocument):
            self._go_to_fraction(0.0, QTextCursor.MoveOperation.Start)
        elif event.matches(QKeySequence.StandardKey.MoveToEndOfDocument):
            self._go_to_fraction(1.0, QTextCursor.MoveOperation.End)
        else:
            super().keyPressEvent(event)

    def _go_to_fraction(self, fraction: float, caret: QTextCursor.MoveOperation) -> None:
        """Go to the top or the end; the end is held while parts of a long article load."""
        self._pending_anchor = None
        cursor = self.textCursor()
        cursor.movePosition(caret)
        self.setTextCursor(cursor)
        self.scroll_to_fraction(fraction)

    def is_loading(self) -> bool:
        """Whether parts of a long article are still to be shown."""
        return self._progressive.is_loading()

    def _keep_fraction(self, _minimum: int, maximum: int) -> None:
        if self._kept_fraction is not None:
            self.verticalScrollBar().setValue(round(self._kept_fraction * maximum))

    def _on_scrolled_by_reader(self, _action: int) -> None:
        """Scrolling by hand (wheel, keys, the bar) wins over a place being held or awaited."""
        self._kept_fraction = None
        self._pending_anchor = None

    def _release_fraction(self) -> None:
        if not self._progressive.is_loading():  # the share is of the whole article
            self._kept_fraction = None

    def _on_fully_shown(self) -> None:
        anchor, self._pending_anchor = self._pending_anchor, None
        if anchor is not None:
            self.scrollToAnchor(anchor)
        elif self._kept_fraction is not None:
            self.scroll_to_fraction(self._kept_fraction)

    def show_article(
        self,
        article: Article,
        rendered: RenderedArticle,
        assets: AssetLoader,
        marks: str = "",
        highlights: Sequence[Highlight] = (),
    ) -> None:
        """Show an article, with its first marks (laid out once, not again for the marks)."""
        self._assets = assets
        self._image_urls.clear()
        self._rendered = rendered
        self._header = _header_html(article, rendered, marks)
        self._article = article
        self._pending_anchor = self._kept_fraction = None
        self.verticalScrollBar().setValue(0)
        self._highlights = tuple(highlights)
        self._display()
        self.verticalScrollBar().setValue(0)

    def set_marks(self, marks: str) -> None:
        """Show the article's state (starred, archived, its tags) under its title."""
        if self._rendered is None or self._article is None:
            return
        header = _header_html(self._article, self._rendered, marks)
        if header != self._header:
            self._header = header
            self._display()

    def clear_article(self, message: str = "") -> None:
        self._rendered = None
        self._progressive.cancel()
        self._pending_anchor = None
        self.setHtml(f"<p class='meta'>{html.escape(message)}</p>")

    def set_highlights(self, highlights: Sequence[Highlight]) -> None:
        """Re-render the article with these ranges marked, keeping the reading position.

        The same marks again change nothing: opening an article with its summary shown asks
        for highlights once more when the summary arrives, most often none, as before.
        """
        if tuple(highlights) == self._highlights:
            return
        self._highlights = tuple(highlights)
        self._display()

    def _display(self) -> None:
        if self._rendered is None:
            return
        if len(self._rendered.text) >= PROGRESSIVE_LIMIT:
            self._show_progressively(self._rendered)
            return
        self._progressive.cancel()
        position = self.verticalScrollBar().value()
        self._replace_html(self._header + self._rendered.html(self._highlights))
        self._fit_column()
        self.verticalScrollBar().setValue(position)

    def _replace_html(self, markup: str) -> None:
        """`setHtml`, keeping the text column's margins: `setHtml` resets them, and setting them
        again lays the whole article out a second time (1.9-3.9 ms for 1,500 words)."""
        document = self.document()
        column = document.rootFrame().frameFormat()
        document.clear()
        document.rootFrame().setFrameFormat(column)
        QTextCursor(document).insertHtml(markup)
        self.setTextCursor(QTextCursor(document))  # at the start, where `setHtml` leaves it

    def _show_progressively(self, rendered: RenderedArticle) -> None:
        """Show the first part now and the rest from the event loop, holding the reading
        place as a share of the length (or a pending anchor) until the last part is in."""
        bar = self.verticalScrollBar()
        if self._kept_fraction is None and self._pending_anchor is None:
            self._kept_fraction = bar.value() / bar.maximum() if bar.maximum() else 0.0
        parts = html_parts(rendered, self._highlights)
        self._progressive.start(self._header + next(parts, ""), parts)
        self._fit_column()

    def loadResource(self, kind: int, name: QUrl | str) -> object:
        name = name if isinstance(name, QUrl) else QUrl(name)
        if name.scheme() == ASSET_SCHEME:
            data = self._assets(unquote(name.path()))
            if data is None:
                return None
            if kind in (
                QTextDocument.ResourceType.ImageResource,
                QTextDocument.ResourceType.ImageResource.value,
            ):
                self._image_urls.add(name.toString())
                self._images_width = self._column_width()
                return self._fitted_image(data)
            # Qt's loaders read a QByteArray; plain Python bytes would show a broken image.
            return QByteArray(data)
        return None

    def _fitted_image(self, data: bytes) -> QImage | QByteArray:
        """An image no wider than the text column, so a large picture never overflows it."""
        image = QImage.fromData(data)
        if image.isNull():
            return QByteArray(data)
        width = self._column_width() - IMAGE_SLACK
        if image.width() <= width:
            return image
        return image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)

    def _column_width(self) -> int:
        column = self._chosen_column()
        return max(120, min(column, self.viewport().width() - 2 * MIN_MARGIN))

    def _chosen_column(self) -> int:
        """The text column's width in pixels at the chosen line width, before the window caps it."""
        metrics = QFontMetrics(self.document().defaultFont())
        return metrics.averageCharWidth() * self.column_characters

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_column()

    def _fit_column(self) -> None:
        """Keep lines near the chosen width (72 characters unless set) however wide the window."""
        margin = max(MIN_MARGIN, (self.viewport().width() - self._chosen_column()) // 2)
        document: QTextDocument = self.document()
        frame = document.rootFrame()
        frame_format = frame.frameFormat()
        if frame_format.leftMargin() != margin:
            frame_format.setLeftMargin(margin)
            frame_format.setRightMargin(margin)
            frame_format.setTopMargin(MIN_MARGIN)
            frame_format.setBottomMargin(MIN_MARGIN * 2)
            frame.setFrameFormat(frame_format)
        if self._image_urls and self._column_width() != self._images_width:
            self._refit_images()

    def _refit_images(self) -> None:
        """Scale the article's images again for the new column (Qt keeps the first load)."""
        document = self.document()
        self._images_width = self._column_width()
        for url in self._image_urls:
            data = self._assets(unquote(QUrl(url).path()))
            if data is not None:
                document.addResource(
                    QTextDocument.ResourceType.ImageResource, QUrl(url), self._fitted_image(data)
                )
        document.markContentsDirty(0, document.characterCount())

    def _on_anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            open_on_desktop(url, allow_mail=True)
        elif url.hasFragment() and not url.path():
            self.scrollToAnchor(url.fragment())


def _header_html(article: Article, rendered: RenderedArticle, marks: str = "") -> str:
    minutes = reading_minutes(len(rendered.text.split()))
    details = [
        article.author,
        article.row.source,
        local_date(article.row.published),
        minutes_read(minutes),
    ]
    meta = " · ".join(html.escape(part) for part in details if part)
    title = html.escape(article.title)
    state = f"<p class='meta'>{html.escape(marks)}</p>" if marks else ""
    return f"<h1>{title}</h1><p class='meta'>{meta}</p>{state}<hr/>"
