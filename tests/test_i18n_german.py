"""The window in German: the menus, toolbar, summary pane and filter bar show no English text
of the catalogue and none of the English words only English has; plural forms are right; the
command line speaks German too."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import pytest
from i18n_helpers import (
    action_texts,
    english_left,
    interface_in,
    menu_texts,
    untranslated,
    widget_texts,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from app.library import Library
from ui.i18n import TRANSLATIONS, tr
from ui.window.main_window import MainWindow


def english_in(texts: Iterable[str]) -> dict[str, list[str]]:
    return english_left(texts, "de", qt_key_names())


def qt_key_names() -> list[str]:
    """The arrow keys' names as Qt's own German catalogue writes them in a shortcut ("Alt+Links")."""
    keys = (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down)
    return [QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText) for key in keys]


@pytest.fixture
def german(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    yield from interface_in(qapp, "de")


@pytest.fixture
def window_library(german: None, sample_library: Library) -> Library:
    return sample_library


@pytest.mark.parametrize("name", ["file", "view", "go", "article", "help"])
def test_the_menus_are_german(window: MainWindow, name: str) -> None:
    assert english_in(menu_texts(window.menus[name])) == {}


def test_the_menu_bar_and_toolbar_are_german(window: MainWindow) -> None:
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles == ["&Datei", "&Ansicht", "&Gehe zu", "A&rtikel", "&Hilfe"]
    toolbar = [text for action in window.toolbar.actions() for text in action_texts(action)]
    assert english_in(iter([*toolbar, window.summary_button.text()])) == {}


def test_the_summary_pane_and_filter_bar_are_german(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.set_summary_visible(True)
    qtbot.waitUntil(lambda: window.summary is not None, timeout=10_000)
    pane, bar = window.summary_pane, window.list_panel.filter_bar
    bar.language_box.load_choices()
    texts = [*widget_texts(pane), *widget_texts(bar), pane.highlight_box.text()]
    texts += [pane.length_spin.suffix(), bar.direction_button.toolTip()]
    texts += [window.list_panel.search_bar.placeholderText()]
    assert english_in(iter(texts)) == {}
    assert "Sätze" in pane.time_label.text()


def test_the_detector_finds_english(window: MainWindow) -> None:
    """The check above can fail: English texts are caught, German ones pass."""
    english = ["&Import files…", "Next &unread article (N)", "Feeds and tags"]
    assert set(english_in(iter(english))) == set(english)
    assert english_in(iter(["Feed abonnieren…", "Tab wechselt", "Sepia"])) == {}


@pytest.mark.parametrize(
    ("count", "expected"),
    [(0, "0 Artikel"), (1, "1 Artikel"), (2, "2 Artikel"), (1234, "1.234 Artikel")],
)
def test_german_counts(german: None, count: int, expected: str) -> None:
    assert tr("ListPanel", "%Ln articles", None, count) == expected


@pytest.mark.parametrize(
    ("count", "form"), [(1, "Abschnitt"), (2, "Abschnitte"), (21, "Abschnitte")]
)
def test_german_plural_forms(german: None, count: int, form: str) -> None:
    assert tr("SummaryPane", " · %n sections", None, count) == f" · {count} {form}"


@pytest.mark.parametrize(
    ("count", "expected"),
    [(0, "1–0 von 0 Artikeln"), (1, "1–1 von 1 Artikel"), (2, "1–2 von 2 Artikeln"),
     (1234, "1–1234 von 1.234 Artikeln")],
)  # fmt: skip
def test_the_digests_range_of_articles(german: None, count: int, expected: str) -> None:
    shown = tr("DigestView", "%1–%2 of %Ln articles", None, count)
    assert shown.replace("%1", "1").replace("%2", str(count)) == expected


def test_every_german_message_is_translated() -> None:
    assert untranslated(TRANSLATIONS / "lede_de.ts") == []
