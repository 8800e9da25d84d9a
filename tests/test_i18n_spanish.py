"""The window in Spanish: every message of the catalogue is translated, the menus show no
English, and the article count takes its singular only for one."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

import pytest
from i18n_helpers import catalogue, interface_in, menu_texts, translated, untranslated

from app.library import Library
from ui.i18n import LANGUAGE_NAMES, TRANSLATIONS, tr
from ui.window.main_window import MainWindow

SPANISH = TRANSLATIONS / "lede_es.ts"
# English words of the menus that Spanish never writes; the names both languages write alike
# (Markdown, OPML, CSV, Readwise, TL;DR, URL, Sepia, original, Ctrl) are not among them.
MENU_ENGLISH = """
    the of and to on by all with from next previous file view go help article articles summary
    search match highlight highlights import export add subscribe refresh feeds folder library
    quit theme font size larger smaller default light dark serif sans monospace width lines
    characters language skim mode digest focus star starred archive keep unread read tags copy
    open note undo remove selection sentence chapter browser saved pages downloaded
    keyboard shortcuts system
    """
ENGLISH_ONLY = set(MENU_ENGLISH.split())


@pytest.fixture
def spanish(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    yield from interface_in(qapp, "es")


@pytest.fixture
def window_library(spanish: None, sample_library: Library) -> Library:
    """The window of these tests is built once the Spanish catalogues are in."""
    return sample_library


def _bare(text: str) -> str:
    """A text without its mnemonic, its trailing "…" and its keys in brackets."""
    return re.sub(r" \([^)]*\)$", "", text.replace("&", "")).rstrip("…")


def english_in(texts: Iterable[str]) -> dict[str, list[str]]:
    """The texts still in English: those holding an English-only word, and those that are an
    English source of the catalogue whose translation differs from it."""
    as_in_english = {
        _bare(source)
        for (_context, source), message in catalogue(SPANISH).items()
        if _bare(translated(message)) != _bare(source)
    }
    found = {}
    for text in set(texts) - set(LANGUAGE_NAMES.values()):
        words = [w for w in re.findall(r"[A-Za-z]+", _bare(text)) if w.lower() in ENGLISH_ONLY]
        if words or _bare(text) in as_in_english:
            found[text] = words or ["(English text)"]
    return found


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
