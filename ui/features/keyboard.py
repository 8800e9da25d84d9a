"""Keyboard-first reading: Space pages on (then to the next unread article), panes by shortcut."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractSlider, QWidget

from app.queries import ListQuery
from ui.i18n import marked, tr
from ui.window.actions import window_action

if TYPE_CHECKING:
    from ui.window.main_window import MainWindow

NO_MORE_UNREAD = marked("Keyboard", "No more unread articles.")


class SpaceReader(QObject):
    """Space on the article or the list pages the article down; at its end, opens the next unread.

    An event filter on those two widgets, not a window shortcut, so Space still types a space
    in every text field.
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        for widget in (window.reader, window.list_view):
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if event.key() != Qt.Key.Key_Space:
            return False
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers == Qt.KeyboardModifier.ShiftModifier:
            self._page(QAbstractSlider.SliderAction.SliderPageStepSub)
            return True
        if modifiers == Qt.KeyboardModifier.NoModifier:
            self.page_down()
            return True
        return False

    def page_down(self) -> None:
        bar = self._window.reader.verticalScrollBar()
        if bar.value() >= bar.maximum() or not self._window.reader.isVisible():
            next_unread_article(self._window)
        else:
            self._page(QAbstractSlider.SliderAction.SliderPageStepAdd)

    def _page(self, step: QAbstractSlider.SliderAction) -> None:
        self._window.reader.verticalScrollBar().triggerAction(step)


def next_unread_article(window: MainWindow) -> bool:
    """Open the first unread article after the current one, wrapping round; False if none.

    The unread ids come from one indexed query, not from reading every list row in turn.
    """
    ids = window.model.article_ids()
    unread = set(window.library.query_ids(ListQuery(filter="unread")))
    start = window.current_row
    for step in range(1, len(ids) + 1):
        position = (start + step) % len(ids)
        if ids[position] in unread and position != start:
            window.select_row(position)
            return True
    window.statusBar().showMessage(tr("Keyboard", NO_MORE_UNREAD), 4000)
    return False


class KeyboardActions:
    """Space to read on, N for the next unread article, Ctrl+1/2/3 to move the keyboard."""

    def __init__(self, window: MainWindow) -> None:
        self.space_reader = SpaceReader(window)
        self.next_unread_action = window_action(
            window, tr("Keyboard", "Next &unread article"), lambda: next_unread_article(window), "N"
        )
        self.focus_list_action = window_action(
            window,
            tr("Keyboard", "Focus the article &list"),
            lambda: _focus(window.list_view),
            "Ctrl+1",
        )
        self.focus_reader_action = window_action(
            window, tr("Keyboard", "Focus the &article"), lambda: _focus(window.reader), "Ctrl+2"
        )
        self.focus_summary_action = window_action(
            window, tr("Keyboard", "Focus the su&mmary"), lambda: focus_summary(window), "Ctrl+3"
        )
        window.menus["go"].addSeparator()
        window.menus["go"].addActions(
            [
                self.next_unread_action,
                self.focus_list_action,
                self.focus_reader_action,
                self.focus_summary_action,
            ]
        )


def install_keyboard(window: MainWindow) -> KeyboardActions:
    return KeyboardActions(window)


def focus_summary(window: MainWindow) -> None:
    """Open the summary pane if needed and put the keyboard on its sentences."""
    if not window.summary_visible:
        window.set_summary_visible(True)
    _focus(window.summary_pane.sentences_view)


def _focus(widget: QWidget) -> None:
    widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
