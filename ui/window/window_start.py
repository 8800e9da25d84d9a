"""The second half of the main window's start: what its first paint does not need.

A window built with `defer_start` paints its list, reader and panes first; then, from the
event loop, it installs the other features (MainWindow._install_later_features) and
`complete_start` asks for the whole list and reopens the article last read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer

from ui.jobs.summary_worker import start_worker

if TYPE_CHECKING:
    from ui.window.main_window import MainWindow


def complete_start(window: MainWindow, remembered: int | None) -> None:
    """Once the window's later features are in: list everything, reopen `remembered` (an
    article id)."""
    if window.model.is_partial:
        window.list_panel.refresh()
    if window.summary_visible:
        start_worker()  # the summarizer loads while the article is being shown
    _reopen(window, remembered)


def _reopen(window: MainWindow, article_id: int | None) -> None:
    """The article last read; with the list still partial, once it is whole."""
    if article_id is None:
        _select_first_row(window)
    elif not window.select_article(article_id) and window.model.is_partial:
        window.list_panel.query_applied.connect(
            lambda: _select_remembered(window, article_id),
            Qt.ConnectionType.SingleShotConnection,
        )
    elif window.current_row < 0:
        _select_first_row(window)


def _select_remembered(window: MainWindow, article_id: int) -> None:
    """Once the whole list is in: the article last read, unless the reader chose one."""
    if window.current_row < 0 and not window.select_article(article_id):
        _select_first_row(window)


def _select_first_row(window: MainWindow) -> None:
    if window.model.rowCount():
        QTimer.singleShot(0, window, lambda: _open_first_row_if_none(window))


def _open_first_row_if_none(window: MainWindow) -> None:
    """Unless the reader chose a row meanwhile, or closed the window."""
    if window.current_row < 0 and not window.is_closed:
        window.select_row(0)
