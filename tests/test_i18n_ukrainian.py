"""The window in Ukrainian: every message translated with its markers kept, menus and panes
without English, and plural forms with Ukrainian endings (three of them, as in Russian)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from xml.etree.ElementTree import Element

import pytest
from i18n_helpers import (
    action_texts,
    catalogue,
    english_left,
    interface_in,
    menu_texts,
    untranslated,
    widget_texts,
)

from app.library import Library
from ui.i18n import TRANSLATIONS, tr
from ui.window.main_window import MainWindow


def english_in(texts: Iterable[str]) -> dict[str, list[str]]:
    return english_left(texts, "uk")


UKRAINIAN = TRANSLATIONS / "lede_uk.ts"
PLURALS = [message for message in catalogue(UKRAINIAN).values() if message.get("numerus")]


@pytest.fixture
def ukrainian(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    yield from interface_in(qapp, "uk")


@pytest.fixture
def window_library(ukrainian: None, sample_library: Library) -> Library:
    """The window of these tests is built once the Ukrainian catalogues are in."""
    return sample_library


def test_every_ukrainian_message_is_translated() -> None:
    assert untranslated(UKRAINIAN) == []


@pytest.mark.parametrize("message", PLURALS, ids=lambda message: message.findtext("source"))
def test_each_plural_has_three_forms_that_hold_the_number(message: Element) -> None:
    marker = re.search(r"%L?n", message.findtext("source", "")).group(0)  # type: ignore[union-attr]
    forms = [form.text or "" for form in message.iter("numerusform")]
    assert len(forms) == 3
    assert [form.count(marker) for form in forms] == [1, 1, 1]


# Qt's %1 and %n, Python's %s and %(name)s (argparse's): a translation holds the same ones.
MARKERS = re.compile(r"%L?n|%\d|%\([a-z_]+\)[sr]|%[sr]")
# ui/reading/summary_pane.py lets a translation give the rank as a number (%1), not as
# the English ordinal (%4).
RANK_AS_NUMBER = "Ranks %4 of the %2 summary sentences; sentence %3 of the article."


def what_stays(text: str) -> tuple[list[str], str, str, int]:
    """A text's markers, the spaces or newline it starts and ends with, and its mnemonics."""
    spaces = re.fullmatch(r"(\s*).*?(\s*)", text, re.DOTALL)
    assert spaces is not None
    return sorted(set(MARKERS.findall(text))), spaces.group(1), spaces.group(2), text.count("&")


def test_translations_keep_markers_spaces_and_one_mnemonic() -> None:
    changed = []
    for (context, source), message in catalogue(UKRAINIAN).items():
        expected = what_stays(source.replace("%4", "%1") if RANK_AS_NUMBER in source else source)
        forms = [form.text or "" for form in message.iter("numerusform")]
        for form in forms or [message.findtext("translation", "")]:
            if what_stays(form) != expected or form.count("&") > 1:
                changed.append((context, source, form))
    assert changed == []


@pytest.mark.parametrize(
    ("count", "expected"),
    [
        (0, "0 статей"),
        (1, "1 стаття"),
        (2, "2 статті"),
        (5, "5 статей"),
        (11, "11 статей"),
        (21, "21 стаття"),
        (101, "101 стаття"),
        (1234, "1\xa0234 статті"),
    ],
)
def test_ukrainian_plural_forms(ukrainian: None, count: int, expected: str) -> None:
    assert tr("ListPanel", "%Ln articles", None, count) == expected


@pytest.mark.parametrize(("count", "form"), [(1, "розділ"), (3, "розділи"), (12, "розділів")])
def test_ukrainian_plural_forms_of_sections(ukrainian: None, count: int, form: str) -> None:
    assert tr("SummaryPane", " · %n sections", None, count) == f" · {count} {form}"


@pytest.mark.parametrize(
    ("context", "source", "count", "expected"),
    [
        ("Appearance", "%n characters", 56, "56 символів"),
        ("Appearance", "%n characters", 64, "64 символи"),
        ("Appearance", "%n characters", 101, "101 символ"),
        ("FilterBar", "Feed: %1 · %n unread", 21, "Стрічка: %1 · 21 непрочитана"),
        ("FilterBar", "Feed: %1 · %n unread", 14, "Стрічка: %1 · 14 непрочитаних"),
        ("SummaryPane", "%1 of %n sentences", 21, "%1 з 21 речення"),
        ("SummaryPane", "%1 of %n sentences", 22, "%1 з 22 речень"),
    ],
)
def test_other_counts_agree_with_their_number(
    ukrainian: None, context: str, source: str, count: int, expected: str
) -> None:
    assert tr(context, source, None, count) == expected


def test_the_menus_and_toolbar_are_ukrainian(window: MainWindow) -> None:
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles == ["&Файл", "&Вид", "&Перехід", "&Стаття", "&Довідка"]
    texts = [text for menu in window.menus.values() for text in menu_texts(menu)]
    texts += [text for action in window.toolbar.actions() for text in action_texts(action)]
    assert english_in(iter([*texts, window.summary_button.text()])) == {}


def test_the_summary_pane_and_filter_bar_are_ukrainian(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.set_summary_visible(True)
    qtbot.waitUntil(lambda: window.summary is not None, timeout=10_000)
    pane, bar = window.summary_pane, window.list_panel.filter_bar
    bar.language_box.load_choices()
    texts = [*widget_texts(pane), *widget_texts(bar), bar.direction_button.toolTip()]
    assert english_in(iter([*texts, pane.highlight_box.text(), pane.length_spin.suffix()])) == {}
    assert re.search(r"з \d+ речен", pane.time_label.text())
    assert re.fullmatch(r"\d+ стат(тя|ті|ей)", window.list_panel.status.text())


def test_the_detector_finds_english() -> None:
    """The checks above can fail: English is caught, Ukrainian with key names passes."""
    found = english_in(iter(["&Import files…", "Наступна стаття (J, Alt+Вправо)", "Ctrl+F"]))
    assert list(found) == ["&Import files…"]
