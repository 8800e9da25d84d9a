"""Appearance: the preference values, their saving, and the window applying them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.appearance import (
    DEFAULT_FONT_SIZE,
    LINE_WIDTHS,
    MAX_FONT_SIZE,
    MIN_FONT_SIZE,
    Appearance,
    appearance_from,
)
from app.settings import Preferences, SummarySettings, load_preferences, save_preferences


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
