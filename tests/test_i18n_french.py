"""The window in French: every message is translated, the menus show no English, and the
count of articles takes French plural forms and digit grouping."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

import pytest
from i18n_helpers import (
    action_texts,
    catalogue,
    interface_in,
    menu_texts,
    translated,
    untranslated,
)

from app.library import Library
from ui.i18n import LANGUAGE_NAMES, TRANSLATIONS, tr
from ui.window.main_window import MainWindow

FRENCH = catalogue(TRANSLATIONS / "lede_fr.ts")


def words(texts: Iterable[str]) -> set[str]:
    """The words of two letters or more (a mnemonic's `&` aside), lower-cased."""
    return {word.lower() for text in texts for word in re.findall(r"[^\W\d_]{2,}", text)}


# The words of the English texts that no French translation uses ("article", "Markdown",
# "OPML", "Ctrl" are in both, so they do not count as English).
ENGLISH_ONLY = words(source.replace("&", "") for _context, source in FRENCH) - words(
    translated(message).replace("&", "") for message in FRENCH.values()
)


@pytest.fixture
def french(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    yield from interface_in(qapp, "fr")


@pytest.fixture
def window_library(french: None, sample_library: Library) -> Library:
    """The window of these tests is built once the French catalogues are in."""
    return sample_library


def english_in(texts: Iterable[str]) -> dict[str, set[str]]:
    """Each text with its English words; the Language menu names each language in itself."""
    return {
        text: found
        for text in texts
        if text not in LANGUAGE_NAMES.values() and (found := words([text]) & ENGLISH_ONLY)
    }


def test_every_french_message_is_translated() -> None:
    assert untranslated(TRANSLATIONS / "lede_fr.ts") == []


@pytest.mark.parametrize("name", ["file", "view", "go", "article", "help"])
def test_the_menus_are_french(window: MainWindow, name: str) -> None:
    assert english_in(menu_texts(window.menus[name])) == {}


def test_the_menu_bar_and_toolbar_are_french(window: MainWindow) -> None:
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles == ["&Fichier", "&Affichage", "A&ller", "A&rticle", "Ai&de"]
    toolbar = [text for action in window.toolbar.actions() for text in action_texts(action)]
    assert english_in([*toolbar, window.summary_button.text()]) == {}


def test_the_detector_finds_english() -> None:
    """The checks above can fail: English texts are caught, French ones pass."""
    english = ["&Import files…", "Next &unread article (N)", "Tags of this article (T)"]
    assert set(english_in(english)) == set(english)
    assert english_in(["Article &suivant (J, Alt+Droite)", "Exporter en OPML", "Deutsch"]) == {}


@pytest.mark.parametrize(
    ("count", "expected"),
    # French takes the singular for 0 and 1, and groups thousands with a narrow no-break space.
    [(0, "0 article"), (1, "1 article"), (2, "2 articles"), (1234, "1\u202f234 articles")],
)
def test_french_counts_of_articles(french: None, count: int, expected: str) -> None:
    assert tr("ListPanel", "%Ln articles", None, count) == expected
