"""The summary pane: sentences linked to the article, length and algorithm, time saved."""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.document import reading_minutes
from app.settings import SummarySettings
from app.store.page_map import page_of
from app.summary import ALGORITHMS, Summary
from ui.i18n import filled, marked, minutes_read, tr
from ui.reading.sentence_list import SENTENCE_SCHEME, SentenceList, sentence_position
from ui.widgets import named

NO_SECTIONS = marked(
    "SummaryPane", "This article has no sections to summarize by, so here is its usual summary."
)
LENGTH_MODES = {
    "auto": marked("SummaryPane", "Automatic"),
    "sentences": marked("SummaryPane", "Sentences"),
    "percent": marked("SummaryPane", "Percent"),
    "sections": marked("SummaryPane", "By section"),
}
# The one algorithm name that is words, not a name (the others are shown as they are).
DEFAULT_ALGORITHM = marked("SummaryPane", "Lede (default)")


SUMMARY_STRETCH = 3  # the sentences take three parts of the pane's free height
SECTION_STRETCH = 1  # and a view under them (the highlights) one


class SummaryPane(QWidget):
    """Shows a summary and the controls that shape it; it never computes anything itself."""

    settings_changed = Signal(object)  # SummarySettings
    sentence_activated = Signal(int)  # position in the summary
    highlight_toggled = Signal(bool)
    summary_shown = Signal(object)  # Summary, once its sentences are on screen

    def __init__(self, settings: SummarySettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("summary-pane")
        self.setAccessibleName(tr("SummaryPane", "Summary"))
        self._settings = settings
        self.summary: Summary | None = None
        self._sentences_html = ""
        self._build()
        self.apply_settings(settings)

    @property
    def settings(self) -> SummarySettings:
        return self._settings

    def _build(self) -> None:
        self.time_label = named(QLabel(), "summary-time")
        self.time_label.setWordWrap(True)
        self.time_label.setAccessibleName(tr("SummaryPane", "Reading time saved"))
        self.algorithm_box = named(QComboBox(), "summary-algorithm")
        self.algorithm_box.setAccessibleName(tr("SummaryPane", "Summary algorithm"))
        for key, name in ALGORITHMS.items():
            self.algorithm_box.addItem(
                tr("SummaryPane", DEFAULT_ALGORITHM) if key == "default" else name, key
            )
        self.mode_box = named(QComboBox(), "summary-length-mode")
        self.mode_box.setAccessibleName(tr("SummaryPane", "Summary length unit"))
        for key, name in LENGTH_MODES.items():
            self.mode_box.addItem(tr("SummaryPane", name), key)
        self.length_spin = named(QSpinBox(), "summary-length")
        self.length_spin.setAccessibleName(tr("SummaryPane", "Summary length"))
        self.highlight_box = named(
            QCheckBox(tr("SummaryPane", "Highlight in article")), "summary-highlight"
        )
        self.highlight_box.setAccessibleName(
            tr("SummaryPane", "Highlight the summary in the article")
        )
        self.key_legend = named(QLabel(), "summary-key-legend")
        self.key_legend.setWordWrap(True)
        self.key_legend.hide()
        self.sentences_view = named(SentenceList(), "summary-sentences")
        self.sentences_view.setAccessibleName(tr("SummaryPane", "Summary sentences"))
        self.sentences_view.setOpenLinks(False)
        self.sentences_view.setAccessibleDescription(
            tr(
                "SummaryPane",
                "Tab moves between sentences; Enter shows the sentence in the article",
            )
        )
        self.sentences_view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._lay_out()
        self.algorithm_box.currentIndexChanged.connect(self._on_controls_changed)
        self.mode_box.currentIndexChanged.connect(self._on_mode_changed)
        self.length_spin.valueChanged.connect(self._on_controls_changed)
        self.highlight_box.toggled.connect(self.highlight_toggled)
        self.sentences_view.anchorClicked.connect(self._on_anchor_clicked)
        self.sentences_view.sentence_clicked.connect(self.sentence_activated)

    def _lay_out(self) -> None:
        length_row = QHBoxLayout()
        length_row.addWidget(self.mode_box, 1)
        length_row.addWidget(self.length_spin)
        form = QFormLayout()
        form.addRow(tr("SummaryPane", "Algorithm"), self.algorithm_box)
        form.addRow(tr("SummaryPane", "Length"), length_row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        heading = html.escape(tr("SummaryPane", "Summary"))
        title = QLabel(f"<b>{heading}</b>")
        layout.addWidget(title)
        layout.addWidget(self.time_label)
        layout.addLayout(form)
        layout.addWidget(self.highlight_box)
        layout.addWidget(self.sentences_view, SUMMARY_STRETCH)
        layout.addWidget(self.key_legend)

    def add_section(self, widget: QWidget) -> None:
        """Give a feature's view a place under the summary (the reader's highlights), with a
        third of the summary's share of the height: the summary is what the pane is for."""
        layout = self.layout()
        if isinstance(layout, QVBoxLayout):
            layout.addWidget(widget, SECTION_STRETCH)

    def apply_settings(self, settings: SummarySettings) -> None:
        """Show these settings in the controls without announcing a change."""
        self._settings = settings
        for widget in (self.algorithm_box, self.mode_box, self.length_spin):
            widget.blockSignals(True)
        self.algorithm_box.setCurrentIndex(max(0, self.algorithm_box.findData(settings.algorithm)))
        self.mode_box.setCurrentIndex(max(0, self.mode_box.findData(settings.length_mode)))
        self._configure_spin(settings)
        for widget in (self.algorithm_box, self.mode_box, self.length_spin):
            widget.blockSignals(False)

    def _configure_spin(self, settings: SummarySettings) -> None:
        mode = settings.length_mode
        self.length_spin.setEnabled(mode in ("sentences", "percent"))
        if mode == "percent":
            self.length_spin.setRange(1, 100)
            self.length_spin.setSuffix(" %")
            self.length_spin.setValue(settings.percent)
        else:
            self.length_spin.setRange(1, 50)
            self.length_spin.setSuffix(tr("SummaryPane", " sentences"))
            self.length_spin.setValue(settings.sentences)

    def _on_mode_changed(self) -> None:
        settings = replace(self._settings, length_mode=str(self.mode_box.currentData()))
        self.apply_settings(settings)
        self.settings_changed.emit(settings)

    def _on_controls_changed(self) -> None:
        mode = str(self.mode_box.currentData())
        value = self.length_spin.value()
        settings = SummarySettings(
            algorithm=str(self.algorithm_box.currentData()),
            length_mode=mode,
            sentences=value if mode == "sentences" else self._settings.sentences,
            percent=value if mode == "percent" else self._settings.percent,
        )
        if settings != self._settings:
            self._settings = settings
            self.settings_changed.emit(settings)

    def apply_style(self, css: str, font: QFont) -> None:
        """Restyle the sentences (theme, reading font) and show the same content again."""
        self.sentences_view.document().setDefaultStyleSheet(css)
        self.sentences_view.document().setDefaultFont(font)
        self._set_sentences_html(self._sentences_html)

    def _set_sentences_html(self, markup: str) -> None:
        self._sentences_html = markup
        self.sentences_view.setHtml(markup)

    def show_pending(self) -> None:
        self.summary = None
        self.key_legend.hide()
        pending = tr("SummaryPane", "Summarizing…")
        self._set_sentences_html(f"<p class='note'>{pending}</p>")

    def show_message(self, message: str) -> None:
        self.summary = None
        self.key_legend.hide()
        self.time_label.clear()
        self._set_sentences_html(f"<p class='note'>{html.escape(message)}</p>")

    def show_summary(
        self, summary: Summary, article_words: int, page_starts: Sequence[int] = ()
    ) -> None:
        """Show the sentences; with `page_starts` (a PDF's), each says its page ("p. 12")."""
        self.summary = summary
        if summary.too_short:
            self.key_legend.hide()
            self.time_label.setText(minutes_read(reading_minutes(article_words)))
            sentence_count = summary.sentence_count  # a plain name: lupdate reads no other
            too_short = tr(
                "SummaryPane",
                "This article is too short to summarize: it has %n sentences. Read it whole.",
                None,
                sentence_count,
            )
            self._set_sentences_html(f"<p class='note'>{html.escape(too_short)}</p>")
            self.summary_shown.emit(summary)
            return
        summary_words = sum(len(sentence.text.split()) for sentence in summary.sentences)
        self.time_label.setText(reading_time_line(article_words, summary_words, summary))
        key = key_positions(summary)
        markup = _sentences_html(summary, key, page_starts)
        self._show_key_legend(len(key))
        if self._settings.length_mode == "sections" and not summary.headings:
            markup = f"<p class='note'>{tr('SummaryPane', NO_SECTIONS)}</p>{markup}"
        self._set_sentences_html(markup)
        if self._settings.length_mode in ("auto", "sections"):
            self._show_automatic_length(len(summary.sentences))
        self.summary_shown.emit(summary)

    def _show_key_legend(self, key_sentences: int) -> None:
        if key_sentences == 1:
            legend = tr("SummaryPane", "In bold: the sentence that ranks highest in this summary.")
        else:
            legend = tr(
                "SummaryPane",
                "In bold: the %n sentences that rank highest in this summary.",
                None,
                key_sentences,
            )
        self.key_legend.setText(legend)
        self.key_legend.setVisible(key_sentences > 0)

    def _show_automatic_length(self, sentences: int) -> None:
        """In automatic mode the disabled length box shows what this article got."""
        self.length_spin.blockSignals(True)
        self.length_spin.setValue(sentences)
        self.length_spin.blockSignals(False)

    def _on_anchor_clicked(self, url: QUrl) -> None:
        position = sentence_position(url.toString())
        if position is not None and not self.sentences_view.is_clicking:
            self.sentence_activated.emit(position)  # from the keyboard: Tab, then Enter


def reading_time_line(article_words: int, summary_words: int, summary: Summary) -> str:
    """What the summary saves: minutes when it saves some, else its share of the words."""
    # Counts in plain names: lupdate does not read an expression as the number of a plural.
    sentence_count, section_count = summary.sentence_count, len(summary.headings)
    counts = tr("SummaryPane", "%1 of %n sentences", None, sentence_count)
    counts = filled(counts, str(len(summary.sentences)))
    if section_count:
        counts += tr("SummaryPane", " · %n sections", None, section_count)
    if not article_words:
        return counts
    read, skim = reading_minutes(article_words), reading_minutes(summary_words)
    if skim < read:
        saved = tr("SummaryPane", "%1 → %2 min summary · %3")
        return filled(saved, minutes_read(read), str(skim), counts)
    share = str(round(100 * summary_words / article_words))
    return filled(tr("SummaryPane", "%1 · %2% of the words"), counts, share)


def key_positions(summary: Summary) -> set[int]:
    """The summary's best-ranked third, shown in bold; none in a summary of one or two
    sentences, where nothing would stand out. Ties go to the earlier sentence."""
    count = len(summary.sentences)
    return set(_by_rank(summary)[: count // 3]) if count >= 3 else set()


def _by_rank(summary: Summary) -> list[int]:
    """The summary's positions, best score first (ties: the earlier sentence)."""
    return sorted(range(len(summary.sentences)), key=lambda p: -summary.sentences[p].score)


def _ordinal(number: int) -> str:
    suffix = (
        "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    )
    return f"{number}{suffix}"


def _sentences_html(summary: Summary, key: set[int], page_starts: Sequence[int] = ()) -> str:
    items = []
    headings = {heading.before: heading.text for heading in summary.headings}
    rank_of = {position: rank for rank, position in enumerate(_by_rank(summary), start=1)}
    count = len(summary.sentences)
    for position, sentence in enumerate(summary.sentences):
        if position in headings:
            heading = html.escape(" ".join(headings[position].split()))
            items.append(f"<h4 class='section'>{heading}</h4>")
        css = "key" if position in key else ""
        text = html.escape(" ".join(sentence.text.split()))
        title = _sentence_title(rank_of[position], count, sentence.index + 1)
        link = f"{SENTENCE_SCHEME}:{position}"
        page = _page_label(page_starts, sentence.start)
        items.append(f"<p><a href='{link}' class='{css}' title='{title}'>{text}</a>{page}</p>")
    return "".join(items)


def _sentence_title(rank: int, count: int, index: int) -> str:
    # %4 is the rank as an English ordinal ("2nd"); a translation may use the number, %1.
    title = tr(
        "SummaryPane",
        "Ranks %4 of the %2 summary sentences; sentence %3 of the article. Click to see it there.",
    )
    filled_in = filled(title, str(rank), str(count), str(index), _ordinal(rank))
    return html.escape(filled_in, quote=True)


def _page_label(page_starts: Sequence[int], offset: int) -> str:
    """ " p. 12" after a sentence of a document with pages (a PDF's), else nothing."""
    if not page_starts:
        return ""
    page = tr("SummaryPane", "p.")
    return f" <span class='page'>{html.escape(page)}&nbsp;{page_of(page_starts, offset)}</span>"
