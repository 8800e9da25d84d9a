"""The interface's language: the preference, the catalogues Qt loads, View > Language."""

from __future__ import annotations

import logging
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

import ui.i18n
from app.paths import config_dir
from app.settings import Preferences, load_preferences, save_preferences
from ui.i18n import (
    TRANSLATIONS,
    filled,
    install_translations,
    interface_language,
    system_language,
)
from ui.window.main_window import MainWindow

CATALOGUES = sorted(TRANSLATIONS.glob("lede_*.ts"))


@pytest.mark.parametrize("code", ["", "en", "ru", "de", "fr", "es", "uk"])
def test_the_interface_language_is_saved_and_read_back(tmp_path: Path, code: str) -> None:
    path = tmp_path / "preferences.json"
    save_preferences(Preferences(interface_language=code), path)
    assert load_preferences(path).interface_language == code


@pytest.mark.parametrize("saved", ['"xx"', '"RU"', "7", "null", '["ru"]', '"ru\\u0000"'])
def test_an_odd_saved_language_follows_the_system(tmp_path: Path, saved: str) -> None:
    path = tmp_path / "preferences.json"
    path.write_text(f'{{"interface_language": {saved}, "highlight_summary": true}}', "utf-8")
    preferences = load_preferences(path)
    assert preferences.interface_language == ""
    assert preferences.highlight_summary  # the rest of the file still counts


class FakeLocale:
    def __init__(self, *languages: str) -> None:
        self.languages = list(languages)

    def uiLanguages(self) -> list[str]:  # QLocale's name
        return self.languages


@pytest.mark.parametrize(
    ("languages", "expected"),
    [
        (["ru-RU"], "ru"),
        (["de_AT", "en-US"], "de"),
        (["pt-BR", "uk-UA"], "uk"),  # the first the interface has
        (["pt-BR", "ja"], "en"),
        ([], "en"),
    ],
)
def test_the_system_language_is_the_first_one_lede_has(
    monkeypatch: pytest.MonkeyPatch, languages: list[str], expected: str
) -> None:
    monkeypatch.setattr(ui.i18n.QLocale, "system", lambda: FakeLocale(*languages))
    assert system_language() == expected


def test_a_chosen_language_wins_over_the_system(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ui.i18n.QLocale, "system", lambda: FakeLocale("fr-FR"))
    assert interface_language(Preferences(interface_language="de")) == "de"
    assert interface_language(Preferences()) == "fr"


def test_russian_loads_qt_and_lede_catalogues(qapp) -> None:  # type: ignore[no-untyped-def]
    translators = install_translations(qapp, "ru")
    try:
        assert len(translators) == 2
        # Qt's own words come from the translations PySide6 ships.
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Отмена"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


@pytest.mark.parametrize("language", ["en", "xx", ""])
def test_english_or_an_unknown_language_loads_nothing(qapp, language: str) -> None:  # type: ignore[no-untyped-def]
    assert install_translations(qapp, language) == []


@pytest.mark.parametrize("content", [b"", b"not a catalogue", bytes(range(256)) * 64])
def test_a_broken_catalogue_is_logged_and_leaves_english(  # type: ignore[no-untyped-def]
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog, content: bytes
) -> None:
    (tmp_path / "lede_ru.qm").write_bytes(content)
    monkeypatch.setattr(ui.i18n, "TRANSLATIONS", tmp_path)
    with caplog.at_level(logging.WARNING, logger="ui.i18n"):
        translators = install_translations(qapp, "ru")
    for translator in translators:
        qapp.removeTranslator(translator)
    assert len(translators) == 1  # Qt's own still loads
    assert "lede_ru.qm" in caplog.text and "English" in caplog.text


def test_a_missing_catalogue_is_logged(qapp, tmp_path: Path, monkeypatch, caplog) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(ui.i18n, "TRANSLATIONS", tmp_path / "nowhere")
    with caplog.at_level(logging.WARNING, logger="ui.i18n"):
        translators = install_translations(qapp, "de")
    for translator in translators:
        qapp.removeTranslator(translator)
    assert "lede_de.qm" in caplog.text


def test_every_language_but_english_has_a_catalogue() -> None:
    assert [path.stem for path in CATALOGUES] == [
        f"lede_{code}" for code in sorted(["ru", "de", "fr", "es", "uk"])
    ]


@pytest.mark.parametrize("ts_file", CATALOGUES, ids=lambda path: path.stem)
def test_each_committed_qm_is_built_from_its_ts(ts_file: Path, tmp_path: Path) -> None:
    lrelease = shutil.which("pyside6-lrelease")
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed")
    rebuilt = tmp_path / ts_file.with_suffix(".qm").name
    subprocess.run([lrelease, "-silent", str(ts_file), "-qm", str(rebuilt)], check=True)
    committed = ts_file.with_suffix(".qm")
    assert committed.exists(), f"{committed.name} is missing: run scripts/update_translations.py"
    assert committed.read_bytes() == rebuilt.read_bytes(), (
        f"{committed.name} is older than {ts_file.name}: run scripts/update_translations.py"
    )


def test_choosing_a_language_saves_it_for_the_next_start(window: MainWindow) -> None:
    menu = window.language_menu
    assert menu.actions[""].isChecked()
    menu.actions["ru"].trigger()
    assert menu.actions["ru"].isChecked() and not menu.actions[""].isChecked()
    assert load_preferences(config_dir() / "preferences.json").interface_language == "ru"
    assert "Русский after a restart" in window.statusBar().currentMessage()
    menu.actions[""].trigger()
    assert load_preferences(config_dir() / "preferences.json").interface_language == ""
    assert "system's language after a restart" in window.statusBar().currentMessage()


def test_the_language_menu_lists_every_language(window: MainWindow) -> None:
    labels = [action.text() for action in window.language_menu.menu.actions()]
    assert labels == [
        "&System",
        "English",
        "Русский",
        "Deutsch",
        "Français",
        "Español",
        "Українська",
    ]
    assert window.language_menu.menu.menuAction() in window.menus["view"].actions()


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        (("Notes", "a, b"), "Tags of “Notes”: a, b."),
        (("100%2 sure", "%1"), "Tags of “100%2 sure”: %1."),  # values are not read again
        (("Only one",), "Tags of “Only one”: %2."),
    ],
)
def test_filled_replaces_each_marker_once(values: tuple[str, ...], expected: str) -> None:
    assert filled("Tags of “%1”: %2.", *values) == expected
