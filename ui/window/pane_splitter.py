"""The main splitter: the article column keeps a readable width and the side panes give way."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSplitter, QWidget

# Narrower than this, QTextDocument breaks long words of the title inside ("Wha / t Ten").
READER_MIN_WIDTH = 440
LIST_MIN_WIDTH = 180
SUMMARY_MIN_WIDTH = 220


class PaneSplitter(QSplitter):
    """List | reader | summary. When the window narrows, the list shrinks to its minimum, then
    folds away, and comes back when there is room again; the reader never goes below its minimum."""

    def __init__(self, list_pane: QWidget, reader_pane: QWidget, summary_pane: QWidget) -> None:
        super().__init__(Qt.Orientation.Horizontal)
        self.addWidget(list_pane)
        self.addWidget(reader_pane)
        self.addWidget(summary_pane)
        self.summary_pane = summary_pane
        self.setChildrenCollapsible(False)
        self.setStretchFactor(1, 1)
        reader_pane.setMinimumWidth(READER_MIN_WIDTH)
        list_pane.setMinimumWidth(LIST_MIN_WIDTH)
        summary_pane.setMinimumWidth(SUMMARY_MIN_WIDTH)
        self.list_folded = False

    @property
    def list_pane(self) -> QWidget:
        pane = self.widget(0)
        assert pane is not None, "the splitter is built with its three panes"
        return pane

    def replaceWidget(self, index: int, widget: QWidget) -> QWidget | None:
        # The list panel replaces the bare list at start; it keeps the list's minimum width.
        widget.setMinimumWidth(LIST_MIN_WIDTH if index == 0 else widget.minimumWidth())
        return super().replaceWidget(index, widget)

    def room_for_list(self) -> bool:
        """Whether the list fits at its minimum beside the reader and any open summary."""
        needed = READER_MIN_WIDTH + LIST_MIN_WIDTH + self.handleWidth()
        if not self.summary_pane.isHidden():
            needed += self.summary_pane.minimumWidth() + self.handleWidth()
        return self.width() >= needed

    def fit(self) -> None:
        """Fold the list away when it no longer fits, and bring it back when it does."""
        fits = self.room_for_list()
        self.list_folded = not fits
        if self.list_pane.isHidden() == fits:
            self.list_pane.setVisible(fits)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.fit()
        super().resizeEvent(event)

    def minimumSizeHint(self) -> QSize:
        # The list can fold away, so the window may be as narrow as the reader and the summary.
        hint = super().minimumSizeHint()
        if not self.list_pane.isHidden():
            hint.setWidth(hint.width() - self.list_pane.minimumWidth() - self.handleWidth())
        return hint
