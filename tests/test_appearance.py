"""Appearance: the preference values, their saving, and the window applying them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from app.appearance import (
    DEFAULT_FONT_SIZE,
    LINE_WIDTHS,
    MAX_FONT_SIZE,
    MIN_FONT_SIZE,
    Appearance,
    appearance_from,
)
from app.library import Library
from app.paths import config_dir
from app.settings import Preferences, SummarySettings, load_preferences, save_preferences
from ui.reading import themes
from ui.reading.themes import DARK, LIGHT, SEPIA
from ui.window.main_window import MainWindow

from gui_helpers import background_at
from reading_helpers import menu_action, shown_window

SHIFT = Qt.KeyboardModifier.ShiftModifier


def test_zoom_steps_and_bounds() -> None:
    look = Appearance()
    assert look.zoomed(2).font_size == DEFAULT_FONT_SIZE + 2
    assert look.zoomed(-100).font_size == MIN_FONT_SIZE
    assert look.zoomed(100).font_size == MAX_FONT_SIZE
    assert look.zoomed(3).with_default_size() == look


def test_themes_fonts_and_widths_cycle() -> None:
    look = Appearance()
    assert [look := look.next_theme() for _ in range(4)][-1].theme == "system"
    assert Appearance(theme="dark").next_theme().theme == "system"
    assert Appearance(font_family="Comic Sans").next_font().font_family == "serif"
    assert Appearance(line_width=LINE_WIDTHS[-1]).wider(1).line_width == LINE_WIDTHS[-1]
    assert Appearance(line_width=LINE_WIDTHS[0]).wider(-1).line_width == LINE_WIDTHS[0]
    assert Appearance(line_width=73).wider(1).line_width == 84


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (None, Appearance()),
        ("dark", Appearance()),
        ({"theme": "neon"}, Appearance()),
        ({"theme": "sepia"}, Appearance(theme="sepia")),
        ({"font_size": 99}, Appearance(font_size=MAX_FONT_SIZE)),
        ({"font_size": True}, Appearance()),
        ({"font_size": "12"}, Appearance()),
        ({"line_width": 5}, Appearance(line_width=30)),
        ({"font_family": "  "}, Appearance()),
        ({"font_family": "DejaVu Sans"}, Appearance(font_family="DejaVu Sans")),
    ],
)
def test_saved_appearance_is_read_leniently(raw: object, expected: Appearance) -> None:
    assert appearance_from(raw) == expected


def test_preferences_round_trip_with_appearance(tmp_path: Path) -> None:
    path = tmp_path / "preferences.json"
    preferences = Preferences(
        summary=SummarySettings(algorithm="lexrank", length_mode="sentences", sentences=4),
        appearance=Appearance(theme="dark", font_family="sans-serif", font_size=16, line_width=84),
    )
    save_preferences(preferences, path)
    assert load_preferences(path) == preferences


def test_old_preference_files_still_load(tmp_path: Path) -> None:
    path = tmp_path / "preferences.json"
    path.write_text(json.dumps({"summary": {"algorithm": "luhn"}}), encoding="utf-8")
    loaded = load_preferences(path)
    assert loaded.summary.algorithm == "luhn"
    assert loaded.appearance == Appearance()


def test_appearance_survives_a_broken_summary_section(tmp_path: Path) -> None:
    path = tmp_path / "preferences.json"
    path.write_text(json.dumps({"summary": 3, "appearance": {"theme": "dark"}}), encoding="utf-8")
    loaded = load_preferences(path)
    assert loaded.summary == SummarySettings()
    assert loaded.appearance.theme == "dark"


# -- the window --------------------------------------------------------------------------------


def reader_size(window: MainWindow) -> float:
    return window.reader.document().defaultFont().pointSizeF()


def summary_size(window: MainWindow) -> float:
    return window.summary_pane.sentences_view.document().defaultFont().pointSizeF()


def saved_appearance() -> Appearance:
    return load_preferences(config_dir() / "preferences.json").appearance


def test_font_size_keys_change_article_and_summary(qtbot, window: MainWindow) -> None:
    start_reader, start_summary = reader_size(window), summary_size(window)
    assert start_reader == DEFAULT_FONT_SIZE
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert reader_size(window) == start_reader + 2
    assert summary_size(window) > start_summary
    assert saved_appearance().font_size == start_reader + 2
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert reader_size(window) == start_reader + 1
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert reader_size(window) == start_reader
    assert summary_size(window) == start_summary


def test_dark_theme_reaches_article_summary_and_list(qtbot, window: MainWindow) -> None:
    window.set_summary_visible(True)
    qtbot.waitUntil(lambda: window.summary is not None, timeout=10_000)
    menu_action(window.menus["view"], "Dark").trigger()
    assert window.appearance_control.theme_in_use == "dark"
    assert f"color: {DARK.text}" in window.reader.document().defaultStyleSheet()
    assert window.reader.palette().color(QPalette.ColorRole.Base) == QColor(DARK.base)
    assert window.list_view.palette().color(QPalette.ColorRole.Base) == QColor(DARK.base)
    pane_view = window.summary_pane.sentences_view
    assert pane_view.palette().color(QPalette.ColorRole.Base) == QColor(DARK.base)
    assert f"color: {DARK.text}" in pane_view.document().defaultStyleSheet()
    first = " ".join(window.summary.sentences[0].text.split())[:20]
    cursor = pane_view.document().find(first)
    assert cursor.charFormat().foreground().color() == QColor(DARK.text)
    assert saved_appearance().theme == "dark"


def test_sepia_highlights_use_the_sepia_marks(qtbot, window: MainWindow) -> None:
    menu_action(window.menus["view"], "Sepia").trigger()
    window.set_summary_visible(True)
    qtbot.waitUntil(lambda: window.summary is not None, timeout=10_000)
    qtbot.keyClick(window, Qt.Key.Key_H)
    first = " ".join(window.summary.sentences[0].text.split())[:30]
    assert background_at(window.reader, first) == SEPIA.summary_mark


def test_next_theme_cycles_and_the_menu_follows(qtbot, window: MainWindow) -> None:
    control = window.appearance_control
    assert control.appearance.theme == "system"
    assert control.theme_actions["system"].isChecked()
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier | SHIFT)
    assert control.appearance.theme == "light"
    assert control.theme_actions["light"].isChecked()


def test_system_theme_follows_the_desktop(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(themes, "system_is_dark", lambda: True)
    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert window.appearance_control.theme_in_use == "dark"
    assert window.reader.palette().color(QPalette.ColorRole.Base) == QColor(DARK.base)
    monkeypatch.setattr(themes, "system_is_dark", lambda: False)
    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert window.appearance_control.theme_in_use == "light"


def test_font_family_and_line_width(qtbot, window: MainWindow) -> None:
    margin_before = window.reader.document().rootFrame().frameFormat().leftMargin()
    qtbot.keyClick(window, Qt.Key.Key_BracketRight, Qt.KeyboardModifier.ControlModifier)
    assert window.reader.column_characters == 84
    assert window.reader.document().rootFrame().frameFormat().leftMargin() < margin_before
    menu_action(window.menus["view"], "Sans serif").trigger()
    assert window.reader.document().defaultFont().family() == "sans-serif"
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier | SHIFT)
    assert saved_appearance().font_family == "monospace"
    assert saved_appearance().line_width == 84


def test_appearance_comes_back_after_a_restart(qtbot, sample_library: Library) -> None:
    first = shown_window(qtbot, sample_library)
    menu_action(first.menus["view"], "Dark").trigger()
    first.appearance_control.zoom_in_action.trigger()
    first.close()
    second = shown_window(qtbot, sample_library)
    assert second.appearance_control.theme_in_use == "dark"
    assert reader_size(second) == DEFAULT_FONT_SIZE + 1
    assert second.appearance_control.theme_actions["dark"].isChecked()
    second.close()


def _pixel(widget, x: int, y: int) -> QColor:
    return widget.grab().toImage().pixelColor(x, y)


@pytest.mark.parametrize("name, colours", [("Dark", DARK), ("Sepia", SEPIA), ("Light", LIGHT)])
def test_every_theme_frames_the_search_field_and_the_summary_button(
    qtbot, window: MainWindow, name: str, colours
) -> None:
    menu_action(window.menus["view"], name).trigger()
    field = window.list_panel.search_bar
    middle = field.height() // 2
    # The frame is the theme's muted colour, clearly apart from the window around the field.
    assert _pixel(field, 0, middle) == QColor(colours.muted)
    assert _pixel(field, field.width() // 2, middle) == QColor(colours.base)
    button = window.summary_button
    assert _pixel(button, 0, button.height() // 2) == QColor(colours.link)


@pytest.mark.parametrize("name, colours", [("Dark", DARK), ("Sepia", SEPIA), ("Light", LIGHT)])
def test_the_unread_dot_takes_the_theme_colour(
    qtbot, window: MainWindow, name: str, colours
) -> None:
    menu_action(window.menus["view"], name).trigger()
    row = next(
        row
        for row in range(window.model.rowCount())
        if row != window.current_row
        and not window.library.rows([window.model.article_id(row)])[
            window.model.article_id(row)
        ].is_read
    )
    rect = window.list_view.visualRect(window.model.index(row))
    image = window.list_view.viewport().grab(rect).toImage()
    colours_seen = {
        image.pixelColor(x, y).name()
        for x in range(min(30, image.width()))
        for y in range(image.height())
    }
    assert QColor(colours.link).name() in colours_seen


def _icon_colours(action) -> set[str]:
    image = action.icon().pixmap(24, 24).toImage()
    return {
        image.pixelColor(x, y).name()
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() == 255
    }


@pytest.mark.parametrize("name, colours", [("Dark", DARK), ("Light", LIGHT)])
def test_toolbar_actions_have_icons_in_the_theme_colours(
    qtbot, window: MainWindow, name: str, colours
) -> None:
    menu_action(window.menus["view"], name).trigger()
    assert window.toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
    actions = window.toolbar.actions()
    assert len(actions) == 4 and all(action.text() for action in actions)
    for action in actions:
        assert not action.icon().isNull(), action.text()
        # No icon theme here (offscreen): the drawn icon is in the theme's text colour.
        assert QColor(colours.text).name() in _icon_colours(action), action.text()
