"""Reading progress: positions saved on leaving and closing, restored on opening, shown in the list."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor

from app.library import Library
from ui.features.reading_progress import STAR_COLOUR, ProgressDelegate, progress_text
from ui.window.main_window import MainWindow

from reading_helpers import open_row, shown_window, wait_on_screen

LONG_READ_ROW = 5  # "Three by Five", the 18-minute long read


def scroll_to(window: MainWindow, fraction: float) -> None:
    bar = window.reader.verticalScrollBar()
    bar.setValue(round(bar.maximum() * fraction))


def shown_fraction(window: MainWindow) -> float:
    bar = window.reader.verticalScrollBar()
    return bar.value() / bar.maximum()


def test_position_is_saved_on_leaving_and_restored_on_return(qtbot, window: MainWindow) -> None:
    open_row(qtbot, window, LONG_READ_ROW)
    article_id = window.article.id
    scroll_to(window, 0.5)
    qtbot.keyClick(window, Qt.Key.Key_J)
    wait_on_screen(qtbot, window, LONG_READ_ROW + 1)
    assert window.library.reading_positions()[article_id] == pytest.approx(0.5, abs=0.01)
    assert window.reader.verticalScrollBar().value() == 0
    qtbot.keyClick(window, Qt.Key.Key_K)
    wait_on_screen(qtbot, window, LONG_READ_ROW)
    assert shown_fraction(window) == pytest.approx(0.5, abs=0.01)


def test_position_is_saved_on_close_and_restored_after_restart(
    qtbot, sample_library: Library
) -> None:
    first = shown_window(qtbot, sample_library)
    open_row(qtbot, first, LONG_READ_ROW)
    article_id = first.article.id
    scroll_to(first, 0.3)
    first.close()
    assert sample_library.reading_positions()[article_id] == pytest.approx(0.3, abs=0.01)
    second = shown_window(qtbot, sample_library)
    assert second.article.id == article_id
    qtbot.waitUntil(lambda: shown_fraction(second) == pytest.approx(0.3, abs=0.01))
    second.close()


def test_restored_position_survives_a_theme_change(qtbot, window: MainWindow) -> None:
    open_row(qtbot, window, LONG_READ_ROW)
    scroll_to(window, 0.6)
    window.appearance_control.zoom_in_action.trigger()
    assert shown_fraction(window) == pytest.approx(0.6, abs=0.02)


def test_the_list_draws_progress_under_a_part_read_article(qtbot, window: MainWindow) -> None:
    open_row(qtbot, window, LONG_READ_ROW)
    scroll_to(window, 0.5)
    open_row(qtbot, window, 0)
    delegate = window.list_view.itemDelegate()
    assert isinstance(delegate, ProgressDelegate)
    index = window.model.index(LONG_READ_ROW)
    rect = window.list_view.visualRect(index)
    image = window.list_view.viewport().grab().toImage()
    highlight = window.palette().color(window.palette().ColorRole.Highlight)
    y = rect.bottom() - 2
    left_colour = QColor(image.pixel(QPoint(rect.left() + 12, y)))
    right_colour = QColor(image.pixel(QPoint(rect.right() - 12, y)))
    assert left_colour == highlight
    assert right_colour != highlight
    untouched = window.list_view.visualRect(window.model.index(LONG_READ_ROW + 2))
    assert QColor(image.pixel(QPoint(untouched.left() + 12, untouched.bottom() - 2))) != highlight


@pytest.mark.parametrize(
    ("fraction", "text"), [(0.25, "25% read"), (0.994, "Finished"), (1.0, "Finished")]
)
def test_progress_wording(fraction: float, text: str) -> None:
    assert progress_text(fraction) == text


def test_reading_times_stay_in_the_list_and_the_summary(qtbot, window: MainWindow) -> None:
    meta = window.model.index(LONG_READ_ROW).data(Qt.ItemDataRole.ToolTipRole)
    assert "min read" in meta
    open_row(qtbot, window, LONG_READ_ROW)  # long enough for its summary to save minutes
    window.set_summary_visible(True)
    qtbot.waitUntil(lambda: window.summary is not None, timeout=10_000)
    assert "min read →" in window.summary_pane.time_label.text()
    assert "min summary" in window.summary_pane.time_label.text()


def test_the_list_tooltip_says_how_much_is_read(qtbot, window: MainWindow) -> None:
    open_row(qtbot, window, LONG_READ_ROW)
    scroll_to(window, 0.5)
    open_row(qtbot, window, 0)
    delegate = window.list_view.itemDelegate()
    tip = delegate.tooltip(window.model.index(LONG_READ_ROW))
    assert tip.endswith("\n50% read")
    assert "min read" in tip
    assert delegate.tooltip(window.model.index(LONG_READ_ROW + 2)) is None


def test_a_starred_article_shows_a_star_in_the_list(qtbot, window: MainWindow) -> None:
    open_row(qtbot, window, LONG_READ_ROW)
    qtbot.keyClick(window, Qt.Key.Key_F)
    open_row(qtbot, window, 0)

    def star_pixels(row: int) -> int:
        rect = window.list_view.visualRect(window.model.index(row))
        image = window.list_view.viewport().grab().toImage()
        return sum(
            QColor(image.pixel(QPoint(x, y))) == STAR_COLOUR
            for x in range(rect.left(), rect.left() + 22)
            for y in range(rect.top(), rect.bottom())
        )

    assert star_pixels(LONG_READ_ROW) > 5
    assert star_pixels(LONG_READ_ROW + 1) == 0
