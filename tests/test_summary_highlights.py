"""Highlighting the summary in the article: it survives hiding the pane and a restart."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.library import Library
from app.paths import config_dir
from app.settings import load_preferences
from ui.window.main_window import MainWindow

from gui_helpers import background_at
from reading_helpers import shown_window

HIGHLIGHT = "#fff1a8"


def summary_starts(window: MainWindow) -> list[str]:
    assert window.summary is not None
    return [" ".join(sentence.text.split())[:30] for sentence in window.summary.sentences]


def highlighted(window: MainWindow) -> list[bool]:
    return [background_at(window.reader, text) == HIGHLIGHT for text in summary_starts(window)]


def show_summary_highlighted(qtbot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_S)
    qtbot.waitUntil(lambda: window.summary is not None, timeout=10_000)
    qtbot.keyClick(window, Qt.Key.Key_H)
    assert all(highlighted(window))


def test_highlights_come_back_when_the_pane_is_shown_again(qtbot, window: MainWindow) -> None:
    show_summary_highlighted(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_S)
    assert not window.summary_visible
    assert not any(highlighted(window))
    qtbot.keyClick(window, Qt.Key.Key_S)
    assert window.summary_visible
    assert window.summary_pane.highlight_box.isChecked()
    assert all(highlighted(window))


def test_the_summary_button_twice_keeps_the_highlights(qtbot, window: MainWindow) -> None:
    show_summary_highlighted(qtbot, window)
    button = window.toolbar.widgetForAction(window.summary_action)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.summary_visible
    assert all(highlighted(window))


def test_the_highlight_setting_comes_back_after_a_restart(qtbot, sample_library: Library) -> None:
    first = shown_window(qtbot, sample_library)
    show_summary_highlighted(qtbot, first)
    first.close()
    assert load_preferences(config_dir() / "preferences.json").highlight_summary
    second = shown_window(qtbot, sample_library)
    assert second.summary_pane.highlight_box.isChecked()
    assert second.highlight_action.isChecked()
    qtbot.waitUntil(lambda: second.summary is not None, timeout=10_000)
    assert all(highlighted(second))
    qtbot.keyClick(second, Qt.Key.Key_H)
    second.close()
    assert not load_preferences(config_dir() / "preferences.json").highlight_summary


def test_an_odd_highlight_value_in_the_preferences_is_off(tmp_path) -> None:
    path = tmp_path / "preferences.json"
    path.write_text('{"highlight_summary": "yes"}', encoding="utf-8")
    assert load_preferences(path).highlight_summary is False
    path.write_text('{"highlight_summary": true}', encoding="utf-8")
    assert load_preferences(path).highlight_summary is True
