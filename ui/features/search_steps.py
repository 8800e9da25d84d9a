"""Stepping through the search's matches in the open article: F3 / Shift+F3, or Enter /
Shift+Enter in the search field; the status bar says which match is showing."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, Slot
from PySide6.QtWidgets import QStatusBar

from ui.i18n import filled, marked, tr
from ui.reading.session import ReadingSession
from ui.window.actions import window_action

if TYPE_CHECKING:
    from ui.window.main_window import MainWindow

MESSAGE_MILLISECONDS = 4000
NO_SEARCH = marked(
    "SearchSteps", "No search to step through: type one in the search field (Ctrl+F)."
)
NO_MATCH = marked("SearchSteps", "The search's words are not in this article's text.")


class SearchSteps(QObject):
    """Moves the reader from one match to the next and tells where it is."""

    def __init__(self, session: ReadingSession, status_bar: QStatusBar) -> None:
        super().__init__(session)
        self._session = session
        self._status_bar = status_bar

    @Slot()
    def next_match(self) -> None:
        self.step(forward=True)

    @Slot()
    def previous_match(self) -> None:
        self.step(forward=False)

    @Slot(bool)
    def step(self, forward: bool) -> None:
        if not self._session.list_query().match:
            self._tell(tr("SearchSteps", NO_SEARCH))
            return
        shown = self._session.step_search_match(forward)
        if shown is None:
            self._tell(tr("SearchSteps", NO_MATCH))
            return
        position, count = shown
        self._tell(
            filled(
                tr("SearchSteps", "Match %1 of %2"),
                QLocale().toString(position + 1),
                QLocale().toString(count),
            )
        )

    def _tell(self, message: str) -> None:
        self._status_bar.showMessage(message, MESSAGE_MILLISECONDS)


def install_search_steps(window: MainWindow) -> SearchSteps:
    """Add Go ▸ Next match (F3) and Previous match (Shift+F3); Enter in the search field too."""
    steps = SearchSteps(window.session, window.statusBar())
    next_action = window_action(window, tr("SearchSteps", "Next &match"), steps.next_match, "F3")
    previous_action = window_action(
        window, tr("SearchSteps", "Pre&vious match"), steps.previous_match, "Shift+F3"
    )
    window.menus["go"].addActions([next_action, previous_action])
    window.list_panel.search_bar.step_requested.connect(steps.step)
    return steps
