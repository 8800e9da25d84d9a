"""What every translation keeps, in each of the interface languages: the source's markers
(Qt's %1 and %n, argparse's %s and %(name)s), its one mnemonic and the spaces or newline at
its ends; no menu gives one mnemonic letter to two of its entries; and the list's choosers
show their labels whole at the window's default size."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

import pytest
from i18n_helpers import CATALOGUES, catalogue, interface_in
from PySide6.QtWidgets import QMenu

from app.library import Library
from ui.window.main_window import MainWindow

LANGUAGES = ["ru", "de", "fr", "es", "uk"]
MARKER = re.compile(r"%L?n|%\d|%\(\w+\)[sr]|%[sr]")
# The code fills %1 with a sentence's rank as a number and %4 with it as an English ordinal
# ("3rd"); the translations take the number.
RANK = "Ranks %4 of the %2 summary sentences"


def kept_wrongly(source: str, forms: list[str]) -> list[str]:
    """The forms that lose or add a marker, a mnemonic or the source's edge spaces and newline.
    A plural's first form may name its one thing without the number ("la phrase")."""
    wrong = []
    for index, form in enumerate(forms):
        wanted = sorted(MARKER.findall(source))
        if index == 0 and len(forms) > 1:
            wanted = [m for m in wanted if m not in ("%n", "%Ln") or m in form]
        ends = all(form.endswith(end) == source.endswith(end) for end in (" ", "\n"))
        ends = ends and form.startswith(" ") == source.startswith(" ")
        mnemonics = form.replace("&&", "").count("&") == min(1, source.replace("&&", "").count("&"))
        if sorted(MARKER.findall(form)) != wanted or not ends or not mnemonics:
            wrong.append(form)
    return wrong


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_translation_keeps_its_markers_mnemonic_and_edges(language: str) -> None:
    wrong = {}
    for (context, source), message in catalogue(CATALOGUES / f"lede_{language}.ts").items():
        translation = message.find("translation")
        assert translation is not None
        forms = [form.text or "" for form in translation.iter("numerusform")]
        wanted = source.replace("%4", "%1") if source.startswith(RANK) else source
        if bad := kept_wrongly(wanted, forms or [translation.text or ""]):
            wrong[context, source] = bad
    assert wrong == {}


def test_the_marker_check_can_fail() -> None:
    assert kept_wrongly("usage: ", ["utilisation :"]) == ["utilisation :"]
    assert kept_wrongly("%1 of %2", ["%1 sur"]) == ["%1 sur"]
    assert kept_wrongly("&Close", ["Fermer"]) == ["Fermer"]
    assert kept_wrongly("%(prog)s: error: %(message)s\n", ["%(prog)s: Fehler: %(message)s"])
    assert kept_wrongly("%n files", ["un fichier", "%n fichiers"]) == []


@pytest.fixture(params=LANGUAGES)
def window_library(
    request: pytest.FixtureRequest, qapp, sample_library: Library
) -> Iterator[Library]:  # type: ignore[no-untyped-def]
    """The window of these tests is built once the language's catalogues are in."""
    yield from (sample_library for _ in interface_in(qapp, request.param))


def mnemonics_used_twice(menu: QMenu) -> list[str]:
    """The texts of `menu` and its submenus whose & letter another text of the same menu has."""
    letters: dict[str, str] = {}
    for action in menu.actions():
        if found := re.search(r"&(\w)", action.text().replace("&&", "")):
            letters[action.text()] = found.group(1).lower()
    counts = Counter(letters.values())
    twice = [text for text, letter in letters.items() if counts[letter] > 1]
    for action in menu.actions():
        if isinstance(submenu := action.menu(), QMenu):
            twice += mnemonics_used_twice(submenu)
    return twice


def test_each_menu_gives_each_mnemonic_letter_once(window: MainWindow) -> None:
    menus = [action.menu() for action in window.menuBar().actions()]
    assert [text for menu in menus for text in mnemonics_used_twice(menu)] == []


def test_the_mnemonic_check_can_fail() -> None:
    clash = QMenu()
    for text in ("&Ouvrir", "&Options…", "&Fermer"):
        clash.addAction(text)
    assert mnemonics_used_twice(clash) == ["&Ouvrir", "&Options…"]


def test_the_choosers_show_their_labels_whole_at_the_default_size(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: window.list_panel.width() > 0)
    bar = window.list_panel.filter_bar
    boxes = (bar.source_box, bar.language_box, bar.tag_box, bar.filter_box, bar.sort_box)
    assert [box.currentText() for box in boxes if box.shown_text() != box.currentText()] == []


def test_the_toolbar_fits_an_800x600_window(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """No button goes into the toolbar's overflow menu (») at the smallest size Lede is for."""
    window.resize(800, 600)
    qtbot.waitUntil(lambda: window.width() == 800)
    buttons = [window.toolbar.widgetForAction(action) for action in window.toolbar.actions()]
    hidden = [button.text() for button in buttons if button is not None and not button.isVisible()]
    assert hidden == []
