"""Skim mode: each article opens on its summary with the full text folded; Enter unfolds it.

The folded view takes the reader's place in the reader pane (the reader itself is only hidden,
so its reading position and highlights are untouched) and uses the reader's own style sheet
and font, so it follows the theme without knowing about it. The folded view is the summary, so
the summary pane steps aside while the text is folded and comes back when it unfolds.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, QUrl, SignalInstance, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QPushButton, QTextBrowser, QVBoxLayout, QWidget

from app.document import reading_minutes
from app.summary import Summary
from ui.i18n import filled, local_date, marked, minutes_read, tr
from ui.reading.sentence_list import SENTENCE_SCHEME, sentence_position
from ui.reading.summary_pane import reading_time_line
from ui.widgets import named
from ui.window.actions import window_action

if TYPE_CHECKING:
    from ui.window.main_window import MainWindow

UNFOLD = marked("SkimMode", "Unfold the full text (Enter)")
_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class FoldedArticle(QWidget):
    """The article's title, meta line and summary, with a control that unfolds the full text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("folded-article")
        self.setAccessibleName(tr("SkimMode", "Article summary, full text folded"))
        self.view = named(QTextBrowser(), "folded-summary")
        self.view.setAccessibleName(tr("SkimMode", "Summary of the article"))
        self.view.setOpenLinks(False)
        self.unfold_button = named(QPushButton(tr("SkimMode", UNFOLD)), "unfold-full-text")
        self.unfold_button.setAccessibleName(tr("SkimMode", "Unfold the full text"))
        self.unfold_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 8)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.unfold_button, 0, Qt.AlignmentFlag.AlignHCenter)

    def show_content(self, header: str, body: str, style: QTextBrowser, links_css: str) -> None:
        """Show this HTML in the reader's style; `links_css` styles the sentence links."""
        document = self.view.document()
        document.setDefaultStyleSheet(style.document().defaultStyleSheet() + links_css)
        document.setDefaultFont(style.document().defaultFont())
        self.view.setHtml(header + body)
        margin = style.document().rootFrame().frameFormat().leftMargin()
        frame_format = document.rootFrame().frameFormat()
        frame_format.setLeftMargin(margin)
        frame_format.setRightMargin(margin)
        frame_format.setTopMargin(24)
        document.rootFrame().setFrameFormat(frame_format)


class SkimMode(QObject):
    """Folds each opened article while the mode is on; the window does the summarizing."""

    def __init__(self, window: MainWindow, restyled: SignalInstance) -> None:
        super().__init__(window)
        self._window = window
        self._pane_to_restore = False  # the summary pane was open when the text folded
        self.folded_view = FoldedArticle()
        self.folded_view.hide()
        window.add_to_reader_pane(self.folded_view)
        self.folded_view.unfold_button.clicked.connect(self.unfold)
        self.folded_view.view.anchorClicked.connect(self._on_link)
        window.summary_pane.sentence_activated.connect(self.show_sentence)
        self.action = window_action(
            window,
            tr("SkimMode", "S&kim mode: summary first"),
            self.set_enabled,
            "Ctrl+K",
            checkable=True,
            tip=tr("SkimMode", "Skim mode: open articles on their summary (Ctrl+K)"),
        )
        window.menus["view"].addAction(self.action)
        window.article_opened.connect(self._on_opened)
        window.summary_pane.summary_shown.connect(self._on_summary_shown)
        window.summaries.summary_failed.connect(self._on_summary_failed)
        restyled.connect(self._on_restyled)
        for widget in (window.list_view, self.folded_view.view, self.folded_view.unfold_button):
            widget.installEventFilter(self)

    @property
    def enabled(self) -> bool:
        return self.action.isChecked()

    @property
    def folded(self) -> bool:
        return not self.folded_view.isHidden()

    @Slot(bool)
    def set_enabled(self, enabled: bool) -> None:
        self.action.setChecked(enabled)
        if enabled and self._window.article is not None:
            self.fold()
        elif not enabled:
            self.unfold()

    def fold(self) -> None:
        """Hide the full text behind the summary of the open article."""
        window = self._window
        if window.article is None:
            return
        self._show(window.summary)
        if window.summary_visible:  # else the same summary shows twice, side by side
            self._pane_to_restore = True
            window.set_summary_visible(False)
            window.settings.set("summary/visible", True)  # aside for now: a restart shows it
        reader_had_focus = window.reader.hasFocus()
        window.reader.hide()
        self.folded_view.show()
        if reader_had_focus:
            # else Qt hands the keyboard to the next widget, the search field, and J types "j"
            self.folded_view.view.setFocus(Qt.FocusReason.OtherFocusReason)
        if window.summary is None and not window.summary_visible:
            window.request_summary()

    @Slot()
    def unfold(self) -> None:
        if not self.folded:
            return
        self.folded_view.hide()
        self._window.reader.show()
        self._window.reader.setFocus(Qt.FocusReason.OtherFocusReason)
        if self._pane_to_restore:
            self._pane_to_restore = False
            self._window.set_summary_visible(True)

    @Slot(int)
    def _on_opened(self, _article_id: int) -> None:
        if self.enabled:
            self.fold()

    @Slot(object)
    def _on_summary_shown(self, summary: Summary) -> None:
        if self.folded:
            self._show(summary)

    @Slot()
    def _on_restyled(self) -> None:
        if self.folded:
            self._show(self._window.summary)

    @Slot(object, str)
    def _on_summary_failed(self, _request: object, message: str) -> None:
        if self.folded:
            self._show(None, filled(tr("SkimMode", "No summary: %1"), message))

    def _show(self, summary: Summary | None, note: str | None = None) -> None:
        article = self._window.article
        if article is None:
            return
        if note is None:
            note = tr("SkimMode", "Summarizing…")
        words = article.row.word_count
        meta = [
            article.row.source,
            local_date(article.row.published),
            minutes_read(reading_minutes(words)),
        ]
        header = (
            f"<h1>{html.escape(article.title)}</h1>"
            f"<p class='meta'>{html.escape(' · '.join(part for part in meta if part))}</p><hr/>"
        )
        pane_css = self._window.summary_pane.sentences_view.document().defaultStyleSheet()
        self.folded_view.show_content(
            header, _summary_html(summary, words, note), self._window.reader, pane_css
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in _ENTER_KEYS
            and self.folded
            and not self._on_sentence_link(watched)
        ):
            self.unfold()
            return True
        return False

    def _on_sentence_link(self, watched: QObject) -> bool:
        """Whether Enter would follow a summary sentence (that unfolds at the sentence)."""
        view = self.folded_view.view
        return watched is view and bool(view.textCursor().charFormat().anchorHref())

    @Slot(QUrl)
    def _on_link(self, url: QUrl) -> None:
        position = sentence_position(url.toString())
        if position is not None:
            self.show_sentence(position)

    @Slot(int)
    def show_sentence(self, position: int) -> None:
        """Unfold at a summary sentence: the full text opens scrolled to it, marked, with the
        summary beside it (the window marks sentences only while the summary shows)."""
        if self.folded:
            self.unfold()
            self._window.set_summary_visible(True)
            # after the reader's first show settles (it restores the saved reading position)
            QTimer.singleShot(0, lambda: self._window.show_sentence(position))


def _summary_html(summary: Summary | None, article_words: int, note: str) -> str:
    if summary is None:
        return f"<p class='meta'>{html.escape(note)}</p>"
    if summary.too_short or not summary.sentences:
        too_short = tr("SkimMode", "Too short to summarize: unfold it and read it whole.")
        return f"<p class='meta'>{html.escape(too_short)}</p>"
    summary_words = sum(len(sentence.text.split()) for sentence in summary.sentences)
    saved = reading_time_line(article_words, summary_words, summary)
    sentences = "".join(
        f"<p><a class='sentence' href='{SENTENCE_SCHEME}:{position}'>"
        f"{html.escape(' '.join(sentence.text.split()))}</a></p>"
        for position, sentence in enumerate(summary.sentences)
    )
    label = html.escape(tr("SkimMode", "Summary"))
    return f"<p class='meta'>{label} · {saved}</p>{sentences}"


def install_skim_mode(window: MainWindow, restyled: SignalInstance) -> SkimMode:
    return SkimMode(window, restyled)
