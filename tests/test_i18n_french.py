"""The window in French: every message is translated and keeps its source's markers, the menus
show no English, the filter boxes' labels fit them, the count of articles takes French plural
forms and digit grouping, and the command line speaks French."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from i18n_helpers import (
    action_texts,
    catalogue,
    english_left,
    interface_in,
    menu_texts,
    untranslated,
)
from PySide6.QtWidgets import QMenu

from app.cli import main
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
    clash = QMenu()
    for text in ("&Ouvrir", "&Options…", "&Fermer"):
        clash.addAction(text)
    assert mnemonics_used_twice(clash) == ["&Ouvrir", "&Options…"]


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


# Qt's %1 and %n, argparse's %(name)s and %s: what a translation must keep, each as often.
MARKER = re.compile(r"%L?n|%\d|%\(\w+\)[sr]|%[sr]")


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


def test_each_translation_keeps_its_markers_mnemonic_and_edges() -> None:
    wrong = {}
    for (context, source), message in catalogue(TRANSLATIONS / "lede_fr.ts").items():
        translation = message.find("translation")
        assert translation is not None
        forms = [form.text or "" for form in translation.iter("numerusform")]
        if source.startswith("Ranks %4"):  # %4 is an English ordinal: French takes %1, the number
            source = source.replace("%4", "%1")
        if bad := kept_wrongly(source, forms or [translation.text or ""]):
            wrong[context, source] = bad
    assert wrong == {}


def test_the_marker_check_can_fail() -> None:
    assert kept_wrongly("usage: ", ["utilisation :"]) == ["utilisation :"]
    assert kept_wrongly("%1 of %2", ["%1 sur"]) == ["%1 sur"]
    assert kept_wrongly("&Close", ["Fermer"]) == ["Fermer"]
    assert kept_wrongly("%n files", ["un fichier", "%n fichiers"]) == []


def test_the_filter_boxes_labels_fit_them(window: MainWindow) -> None:
    """The three boxes under the list are about 90 px wide, the show and sort boxes a little
    wider: their French labels are short enough to be read whole there."""
    bar = window.list_panel.filter_bar
    for box in (bar.source_box, bar.language_box, bar.tag_box):
        assert len(box.itemText(0)) <= 11, box.itemText(0)
    for box in (bar.filter_box, bar.sort_box):
        texts = [box.itemText(index) for index in range(box.count())]
        assert texts and all(len(text) <= 14 for text in texts), texts


def test_the_command_line_speaks_french(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The real catalogue, as LANGUAGE=fr lede reads it: --help, argparse's words, an error."""
    monkeypatch.setenv("LANGUAGE", "fr")
    monkeypatch.setenv("LEDE_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("LEDE_LIBRARY", str(tmp_path / "library.sqlite3"))
    with pytest.raises(SystemExit):
        main(["summarize", "--help"])
    out = capsys.readouterr().out
    assert out.startswith("utilisation\xa0: lede summarize")
    assert "afficher ce message d’aide et quitter" in out and "longueur du résumé" in out
    with pytest.raises(SystemExit):
        main(["summarize"])
    error = "lede: erreur\xa0: Les arguments suivants sont obligatoires\xa0: FILE. Voir --help.\n"
    assert capsys.readouterr().err == error
