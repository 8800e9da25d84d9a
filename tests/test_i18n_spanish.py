"""The window in Spanish: every message of the catalogue is translated, the menus show no
English, and the article count takes its singular only for one."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from i18n_helpers import catalogue, english_left, interface_in, menu_texts, untranslated
from test_cli_i18n import run_main

from app.library import Library
from ui.i18n import TRANSLATIONS, tr
from ui.window.main_window import MainWindow


def english_in(texts: Iterable[str]) -> dict[str, list[str]]:
    return english_left(texts, "es")


SPANISH = TRANSLATIONS / "lede_es.ts"


@pytest.fixture
def spanish(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    yield from interface_in(qapp, "es")


@pytest.fixture
def window_library(spanish: None, sample_library: Library) -> Library:
    """The window of these tests is built once the Spanish catalogues are in."""
    return sample_library


def test_every_spanish_message_is_translated() -> None:
    assert untranslated(SPANISH) == []


@pytest.mark.parametrize(
    ("count", "expected"),
    # Spanish groups the thousands of five digits and more only: 1234, but 12.345.
    [
        (0, "0 artículos"),
        (1, "1 artículo"),
        (2, "2 artículos"),
        (1234, "1234 artículos"),
        (12345, "12.345 artículos"),
    ],
)
def test_spanish_article_counts(spanish: None, count: int, expected: str) -> None:
    assert tr("ListPanel", "%Ln articles", None, count) == expected


@pytest.mark.parametrize("name", ["file", "view", "go", "article", "help"])
def test_the_menus_are_spanish(window: MainWindow, name: str) -> None:
    assert english_in(menu_texts(window.menus[name])) == {}


def test_the_menu_bar_is_spanish(window: MainWindow) -> None:
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles == ["&Archivo", "&Ver", "&Ir", "A&rtículo", "A&yuda"]


def test_the_detector_finds_english(spanish: None) -> None:
    """The menu checks can fail: English texts are caught, Spanish ones and names pass."""
    english = ["&Import files…", "Next &unread article (N)", "Summary", "S&ans serif"]
    assert set(english_in(english)) == set(english)
    spanish_texts = ["&Importar archivos…", "Exportar OP&ML… (Control+Alt+X)", "S&epia", "English"]
    assert english_in(spanish_texts) == {}


def test_argparse_words_keep_their_markers_and_ends() -> None:
    """argparse fills %s, %r and %(name)s in itself and writes "usage: " before the program."""
    markers = re.compile(r"%\(\w+\)[sr]|%[sr]")
    for (context, source), message in catalogue(SPANISH).items():
        if context == "argparse":
            spanish = message.findtext("translation", "")
            assert sorted(markers.findall(spanish)) == sorted(markers.findall(source)), source
            assert spanish[len(spanish.rstrip()) :] == source[len(source.rstrip()) :], source


def test_the_command_line_speaks_spanish(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("LANGUAGE", "es")
    monkeypatch.setenv("LEDE_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("LEDE_LIBRARY", str(tmp_path / "library.sqlite3"))
    status, out, _err = run_main(["--help"], capsys)
    assert status == 0
    for spanish in ("uso: lede", "argumentos posicionales", "opciones:", "un lector sin conexión"):
        assert spanish in out
    assert "usage:" not in out and "show this help" not in out
    status, _out, err = run_main(["summarize"], capsys)
    assert status == 2
    assert "lede: error: Se requieren los siguientes argumentos: FILE. Consulta --help." in err


@pytest.mark.parametrize(
    ("texts", "longest"),
    # The source, language and tag boxes are about 90 px wide at 1280x800, the others 120 px.
    [
        (["All sources", "All languages", "All tags"], 11),
        (["Unread", "Starred", "Archived", "Has highlights", "Date added", "Date published"], 14),
        (["Best match", "Title", "Reading time"], 14),
    ],
)
def test_the_filter_bar_labels_are_short(spanish: None, texts: list[str], longest: int) -> None:
    shown = [tr("FilterBar", text) for text in texts]
    assert [label for label in shown if len(label) > longest] == []
