"""Filter and sort choosers above the article list.

The source, language and tag lists are read when their chooser opens, not at start-up:
listing every source of 100,000 articles is a scan the first paint should not wait for.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QToolButton,
    QWidget,
)

from app.library import Library
from app.queries import ListQuery
from ui.i18n import filled, marked, tr
from ui.widgets import named

FILTER_LABELS = (
    ("all", marked("FilterBar", "All")),
    ("unread", marked("FilterBar", "Unread")),
    ("starred", marked("FilterBar", "Starred")),
    ("archived", marked("FilterBar", "Archived")),
    ("highlighted", marked("FilterBar", "Has highlights")),
)
SORT_LABELS = (
    ("relevance", marked("FilterBar", "Best match")),
    ("added", marked("FilterBar", "Date added")),
    ("published", marked("FilterBar", "Date published")),
    ("title", marked("FilterBar", "Title")),
    ("reading_time", marked("FilterBar", "Reading time")),
)
NATURAL_DESCENDING = {"relevance": True, "added": True, "published": True}
ANY = None


# Names in the interface's language (English in the code); other codes show as they are.
LANGUAGE_NAMES = {
    "ar": marked("FilterBar", "Arabic"),
    "cs": marked("FilterBar", "Czech"),
    "da": marked("FilterBar", "Danish"),
    "de": marked("FilterBar", "German"),
    "el": marked("FilterBar", "Greek"),
    "en": marked("FilterBar", "English"),
    "es": marked("FilterBar", "Spanish"),
    "fi": marked("FilterBar", "Finnish"),
    "fr": marked("FilterBar", "French"),
    "he": marked("FilterBar", "Hebrew"),
    "hu": marked("FilterBar", "Hungarian"),
    "it": marked("FilterBar", "Italian"),
    "ja": marked("FilterBar", "Japanese"),
    "ko": marked("FilterBar", "Korean"),
    "nl": marked("FilterBar", "Dutch"),
    "no": marked("FilterBar", "Norwegian"),
    "pl": marked("FilterBar", "Polish"),
    "pt": marked("FilterBar", "Portuguese"),
    "ro": marked("FilterBar", "Romanian"),
    "ru": marked("FilterBar", "Russian"),
    "sk": marked("FilterBar", "Slovak"),
    "sv": marked("FilterBar", "Swedish"),
    "tr": marked("FilterBar", "Turkish"),
    "uk": marked("FilterBar", "Ukrainian"),
    "zh": marked("FilterBar", "Chinese"),
}


def language_name(code: str) -> str:
    """The language's name, or its code when the name is not known."""
    name = LANGUAGE_NAMES.get(code.lower())
    return tr("FilterBar", name) if name else code


class ElidingBox(QComboBox):
    """A chooser that ends its choice with "…" where the box is too narrow for it (Qt's
    own cuts it off mid-word: "Toutes les s"), and then tells the whole of it in a tooltip."""

    def __init__(self) -> None:
        super().__init__()
        self.currentTextChanged.connect(self._tell_whole_choice)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._tell_whole_choice()

    def _tell_whole_choice(self) -> None:
        whole = self.currentText()
        self.setToolTip("" if self.shown_text() == whole else whole)

    def shown_text(self) -> str:
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, self
        )
        return self.fontMetrics().elidedText(
            self.currentText(), Qt.TextElideMode.ElideRight, field.width()
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        option.currentText = self.shown_text()
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)


class ChoiceBox(ElidingBox):
    """A chooser whose choices (label, value) are loaded the first time it opens."""

    def __init__(self, name: str, any_label: str, load: Callable[[], list[tuple[str, object]]]):
        super().__init__()
        self.setObjectName(name)
        self.setAccessibleName(any_label)
        self._any_label = any_label
        self._load = load
        self._loaded = False
        self.addItem(any_label, ANY)
        _let_shrink(self)

    def showPopup(self) -> None:
        self.load_choices()
        super().showPopup()

    @property
    def is_loaded(self) -> bool:
        return self._loaded

    def load_choices(self) -> None:
        """Read the choices now (again), keeping the current one (else "any": then the
        reader's choice is gone, and `currentIndexChanged` is not sent for it)."""
        current = self.currentData()
        self.blockSignals(True)
        self.clear()
        self.addItem(self._any_label, ANY)
        for label, value in self._load():
            self.addItem(label, value)
        found = self.findData(current)
        self.setCurrentIndex(max(found, 0))
        self.blockSignals(False)
        self._loaded = True

    def choose(self, value: object) -> bool:
        """Select a value as if the reader picked it; False when there is no such choice."""
        if not self._loaded:
            self.load_choices()
        found = self.findData(value)
        if found < 0:
            return False
        self.setCurrentIndex(found)
        return True


class FilterBar(QWidget):
    """Filter, sort and narrowing choosers; `changed` fires on every choice the reader makes."""

    changed = Signal()

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filter-bar")
        self._library = library
        self.filter_box = _fixed_box("filter", tr("FilterBar", "Show"), FILTER_LABELS)
        self.sort_box = _fixed_box("sort", tr("FilterBar", "Sort by"), SORT_LABELS)
        self.sort_box.setCurrentIndex(self.sort_box.findData("added"))
        self.direction_button = named(QToolButton(), "sort-direction")
        self.direction_button.setCheckable(True)
        self.direction_button.setChecked(True)
        self._show_direction(True)
        self.source_box = ChoiceBox("source", tr("FilterBar", "All sources"), self._source_choices)
        self.language_box = ChoiceBox(
            "language", tr("FilterBar", "All languages"), self._language_choices
        )
        self.tag_box = ChoiceBox("tag", tr("FilterBar", "All tags"), self._tag_choices)
        layout = QGridLayout(self)
        layout.setContentsMargins(4, 0, 4, 4)
        layout.setSpacing(4)
        layout.addWidget(self.filter_box, 0, 0)
        layout.addWidget(self.sort_box, 0, 1)
        layout.addWidget(self.direction_button, 0, 2)
        narrowing = QHBoxLayout()
        narrowing.setSpacing(4)
        # Each box's share is its label's width, so all three read whole at the list's
        # default width in every language ("All languages", but "Schlagwörter").
        for chooser in (self.source_box, self.language_box, self.tag_box):
            label_width = chooser.fontMetrics().horizontalAdvance(chooser.currentText())
            narrowing.addWidget(chooser, label_width)
        layout.addLayout(narrowing, 1, 0, 1, 3)
        layout.setColumnStretch(0, 1)
        layout.setColumnStretch(1, 1)
        for box in (self.filter_box, self.source_box, self.language_box, self.tag_box):
            box.currentIndexChanged.connect(self.changed)
        self.sort_box.currentIndexChanged.connect(self._on_sort_chosen)
        self.direction_button.toggled.connect(self._on_direction_toggled)

    def apply_to(self, query: ListQuery) -> ListQuery:
        """The query with this bar's choices (the search text is left as it is)."""
        kind, _, value = str(self.source_box.currentData() or "").partition(":")
        return replace(
            query,
            filter=str(self.filter_box.currentData()),
            sort=str(self.sort_box.currentData()),
            descending=self.direction_button.isChecked(),
            source=value if kind == "source" else "",
            feed_id=int(value) if kind == "feed" else None,
            language=self.language_box.currentData() or "",
            tag=self.tag_box.currentData() or "",
        )

    def follow_feeds(self) -> bool:
        """Feeds changed: read the source choices again if they were read; whether the chosen
        source is gone (an unsubscribed feed), so the list must no longer be filtered to it."""
        box = self.source_box
        if not box.is_loaded:
            return False
        chosen = box.currentData()
        box.load_choices()
        return bool(box.currentData() != chosen)

    def follow_tag_rename(self, old: str, new: str) -> None:
        """A tag was renamed: the tag choices are read again, and a list filtered to the old
        name is filtered to the new one (without a signal: the caller runs the query)."""
        box = self.tag_box
        if not box.is_loaded:
            return
        chosen = box.currentData()
        box.load_choices()
        if chosen == old:
            box.blockSignals(True)
            box.choose(new)
            box.blockSignals(False)

    def set_sort(self, sort: str) -> None:
        self.sort_box.setCurrentIndex(self.sort_box.findData(sort))

    def _on_sort_chosen(self) -> None:
        """A new sort starts in its natural direction: newest or best first, A to Z, shortest."""
        descending = NATURAL_DESCENDING.get(str(self.sort_box.currentData()), False)
        self.direction_button.blockSignals(True)
        self.direction_button.setChecked(descending)
        self.direction_button.blockSignals(False)
        self._show_direction(descending)
        self.changed.emit()

    def _on_direction_toggled(self, descending: bool) -> None:
        self._show_direction(descending)
        self.changed.emit()

    def _show_direction(self, descending: bool) -> None:
        self.direction_button.setText("↓" if descending else "↑")
        label = tr("FilterBar", "Descending") if descending else tr("FilterBar", "Ascending")
        self.direction_button.setToolTip(
            filled(tr("FilterBar", "%1 order (click to reverse)"), label)
        )
        self.direction_button.setAccessibleName(label)

    def _source_choices(self) -> list[tuple[str, object]]:
        unread = self._library.feed_unread_counts()
        feeds: list[tuple[str, object]] = [
            (_feed_label(feed.title or feed.url, unread.get(feed.id, 0)), f"feed:{feed.id}")
            for feed in self._library.feeds()
        ]
        sources: list[tuple[str, object]] = [
            (source, f"source:{source}") for source in self._library.sources()
        ]
        return feeds + sources

    def _language_choices(self) -> list[tuple[str, object]]:
        choices = [(language_name(code), code) for code in self._library.languages()]
        return sorted(choices, key=lambda choice: choice[0])

    def _tag_choices(self) -> list[tuple[str, object]]:
        return [(tag, tag) for tag in self._library.tag_names()]


def _feed_label(name: str, unread: int) -> str:
    if unread:
        return filled(tr("FilterBar", "Feed: %1 · %n unread", None, unread), name)
    return filled(tr("FilterBar", "Feed: %1"), name)


def _fixed_box(name: str, accessible: str, labels: tuple[tuple[str, str], ...]) -> ElidingBox:
    box = named(ElidingBox(), name)
    box.setAccessibleName(accessible)
    for value, label in labels:
        box.addItem(tr("FilterBar", label), value)
    _let_shrink(box)
    return box


def _let_shrink(box: QComboBox) -> None:
    """Long source names must not make the list pane wide: choosers elide instead."""
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(3)
