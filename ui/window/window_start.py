"""The second half of the main window's start: what its first paint does not need.

A window built with `defer_start` paints its list, reader and panes first; then, from the
event loop, `complete_start` installs the other features (their modules are imported only
now: importing them is most of what a start would otherwise wait for), asks for the whole
list and reopens the article last read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer

from ui.jobs.summary_worker import start_worker

if TYPE_CHECKING:
    from ui.window.main_window import MainWindow


def complete_start(window: MainWindow, remembered: object) -> None:
    """Install the remaining features, list everything, reopen `remembered` (an article id)."""
    from ui.features.original_link import OriginalLink
    from ui.features.reading_comfort import install_reading_comfort
    from ui.importing.import_actions import install_import_actions
    from ui.list.tldr_line import install_tldr_line
    from ui.reading.read_ahead import install_read_ahead

    install_reading_comfort(window)
    window.tldr_line = install_tldr_line(window)
    window.imports = install_import_actions(window, window.refresh_feeds_at_start)
    window.original_link = OriginalLink(
        window, window.menus["article"], lambda: window.article, window.article_opened
    )
    window.read_ahead = install_read_ahead(window, window.jobs)
    if window.model.is_partial:
        window.list_panel.refresh()
    if window.summary_visible:
        start_worker()  # the summarizer loads while the article is being shown
    _reopen(window, remembered)


def _reopen(window: MainWindow, remembered: object) -> None:
    """The article last read; with the list still partial, once it is whole."""
    article_id = int(str(remembered)) if str(remembered).isdigit() else None
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
