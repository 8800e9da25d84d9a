"""The window in French: every message is translated and keeps its source's markers, the menus
show no English, the filter boxes' labels fit them, the count of articles takes French plural
forms and digit grouping, and the command line speaks French."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import pytest
from i18n_helpers import (
    action_texts,
    english_left,
    interface_in,
    menu_texts,
    untranslated,
)

from ui.i18n import TRANSLATIONS, tr
from ui.window.main_window import MainWindow


def english_in(texts: Iterable[str]) -> dict[str, list[str]]:
    return english_left(texts, "fr")


@pytest.fixture(autouse=True)
def french(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """Every test here runs in French; autouse fixtures come first, so the window is built
    once the French catalogues are in."""
    yield from interface_in(qapp, "fr")


def test_every_french_message_is_translated() -> None:
    assert untranslated(TRANSLATIONS / "lede_fr.ts") == []


def test_the_menus_and_toolbar_are_french(window: MainWindow) -> None:
    """Every menu of the menu bar (with its submenus, actions and tooltips) and the toolbar."""
    menus = window.menuBar().actions()
    titles = ["&Fichier", "&Affichage", "A&ller", "A&rticle", "Ai&de"]
    assert [menu.text() for menu in menus] == titles
    texts = [text for menu in menus for text in menu_texts(menu.menu())]
    texts += [text for action in window.toolbar.actions() for text in action_texts(action)]
    assert english_in([*texts, window.summary_button.text()]) == {}


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
def test_french_counts_of_articles(count: int, expected: str) -> None:
    assert tr("ListPanel", "%Ln articles", None, count) == expected
