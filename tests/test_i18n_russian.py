"""The window in Russian: its menus, toolbar, summary pane and filter bar show no English,
and plural forms are right."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from i18n_helpers import (
    CATALOGUES,
    action_texts,
    catalogue,
    english_left,
    interface_in,
    marked_strings,
    menu_texts,
    sheet_texts,
    untranslated,
    widget_texts,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

import app.i18n
from app.cli import main
from app.library import Library
from ui.i18n import TRANSLATIONS, tr
from ui.window.main_window import MainWindow


def english_in(texts: Iterable[str]) -> dict[str, list[str]]:
    return english_left(texts, "ru")


@pytest.fixture
def russian(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    yield from interface_in(qapp, "ru")


@pytest.fixture
def window_library(russian: None, sample_library: Library) -> Library:
    """The window of these tests is built once the Russian catalogues are in."""
    return sample_library


@pytest.mark.parametrize("name", ["file", "view", "go", "article", "help"])
def test_the_menus_are_russian(window: MainWindow, name: str) -> None:
    assert english_in(menu_texts(window.menus[name])) == {}


def test_the_menu_bar_and_toolbar_are_russian(window: MainWindow) -> None:
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles == ["&Файл", "&Вид", "&Переход", "&Статья", "Спр&авка"]
    toolbar = (text for action in window.toolbar.actions() for text in action_texts(action))
    assert english_in(toolbar) == {}
    assert english_in(iter([window.summary_button.text(), window.toolbar.windowTitle()])) == {}


def test_the_summary_pane_is_russian(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.set_summary_visible(True)
    qtbot.waitUntil(lambda: window.summary is not None, timeout=10_000)
    pane = window.summary_pane
    texts = [*widget_texts(pane), pane.highlight_box.text(), pane.length_spin.suffix()]
    texts.append(pane.sentences_view.accessibleName())
    assert english_in(iter(texts)) == {}
    assert "предложени" in pane.time_label.text()


def test_the_filter_bar_is_russian(window: MainWindow) -> None:
    bar = window.list_panel.filter_bar
    bar.language_box.load_choices()
    # The sources' and tags' own names are the library's, not the interface's: their choices
    # are not read, so these boxes show only their "any" entry.
    search = window.list_panel.search_bar
    texts = [*widget_texts(bar), bar.direction_button.toolTip(), search.placeholderText()]
    assert english_in(iter([*texts, search.accessibleName()])) == {}
    assert bar.language_box.findText("Русский") >= 0  # the samples' languages, in Russian


def test_the_list_counts_its_articles_in_russian(window: MainWindow) -> None:
    count = window.model.rowCount()
    assert count > 0
    assert window.list_panel.status.text() == tr("ListPanel", "%Ln articles", None, count)
    assert re.fullmatch(r"\d+ стат(ья|ьи|ей)", window.list_panel.status.text())


@pytest.mark.parametrize(
    ("count", "expected"),
    [
        (0, "0 статей"),
        (1, "1 статья"),
        (2, "2 статьи"),
        (5, "5 статей"),
        (11, "11 статей"),
        (21, "21 статья"),
        (101, "101 статья"),
        (1234, "1\xa0234 статьи"),
    ],
)
def test_russian_plural_forms(russian: None, count: int, expected: str) -> None:
    assert tr("ListPanel", "%Ln articles", None, count) == expected


@pytest.mark.parametrize(("count", "form"), [(1, "раздел"), (3, "раздела"), (12, "разделов")])
def test_russian_plural_forms_of_sections(russian: None, count: int, form: str) -> None:
    assert tr("SummaryPane", " · %n sections", None, count) == f" · {count} {form}"


@pytest.mark.parametrize("path", sorted(TRANSLATIONS.glob("lede_*.ts")), ids=lambda p: p.stem)
def test_every_marked_string_is_in_the_catalogue(path: Path) -> None:
    """lupdate misses a call it cannot read (a plural whose number is an expression)."""
    missing = marked_strings() - set(catalogue(path))
    assert missing == set(), "run scripts/update_translations.py"


def test_every_russian_message_is_translated() -> None:
    assert untranslated(TRANSLATIONS / "lede_ru.ts") == []


# What a translation must carry over from its source as it is: placeholders (Qt's and
# argparse's), markup, and the spaces or newline that join it to the text around it.
MARKERS = r"%L?n|%\d|%\([a-z_]+\)[sr]|%[sr]|</?[a-z]+>"


def carried_over(text: str) -> tuple[list[str], int, bool, bool]:
    kept = sorted(set(re.findall(MARKERS, text)))
    return kept, text.count("&"), text[:1].isspace(), text[-1:].isspace()


def test_russian_translations_keep_what_their_source_holds() -> None:
    changed = []
    for (_context, source), message in catalogue(CATALOGUES / "lede_ru.ts").items():
        forms = [form.text or "" for form in message.iter("numerusform")]
        for text in forms or [message.findtext("translation", "")]:
            # "Ranks %4 …": %4 is an English ordinal ("2nd"), for which a translation may
            # write the number, %1.
            allowed = (carried_over(source), carried_over(source.replace("%4", "%1")))
            if carried_over(text) not in allowed:
                changed.append((source, text))
    assert changed == []


@pytest.mark.parametrize(
    ("count", "expected"),
    [
        (0, "Экспортировано 0 статей"),
        (1, "Экспортирована 1 статья"),
        (2, "Экспортированы 2 статьи"),
        (5, "Экспортировано 5 статей"),
        (11, "Экспортировано 11 статей"),
        (21, "Экспортирована 21 статья"),
        (101, "Экспортирована 101 статья"),
    ],
)
def test_the_core_reads_the_russian_counts(count: int, expected: str) -> None:
    app.i18n.use_language("ru")
    assert app.i18n.tr("ExportActions", "Exported %n articles", None, count) == expected


def test_the_command_line_help_is_russian(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("LANGUAGE", "ru")
    monkeypatch.setenv("LEDE_CONFIG_DIR", str(tmp_path))
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert out.startswith("использование: ") and "показать эту справку и выйти" in out
    assert "Lede — программа для чтения без сети" in out and "usage" not in out


def test_russian_plurals_have_three_forms_with_the_number() -> None:
    for (_context, source), message in catalogue(TRANSLATIONS / "lede_ru.ts").items():
        if message.get("numerus") == "yes":
            forms = [form.text or "" for form in message.iter("numerusform")]
            marker = "%Ln" if "%Ln" in source else "%n"
            assert len(forms) == 3 and all(marker in form for form in forms), source


def test_reading_times_and_list_rows_are_russian(window: MainWindow) -> None:
    assert window.article is not None
    header = window.reader.toPlainText().split("\n\n")[0]
    assert "мин чтения" in header and "min read" not in window.reader.toPlainText()
    index = window.model.index(0)
    for role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
        text = str(index.data(role))
        assert "мин чтения" in text and "min read" not in text
    assert str(index.data(Qt.ItemDataRole.AccessibleTextRole)).endswith("прочитана")


def test_the_highlights_section_is_russian(window: MainWindow) -> None:
    view = window.highlights.view
    assert english_in(iter([view.toPlainText(), view.accessibleName()])) == {}
    assert "Ваши выделения" in view.toPlainText()


def test_the_shortcuts_sheet_is_russian(window: MainWindow) -> None:
    from ui.features.shortcuts_sheet import ShortcutsSheet

    sheet = ShortcutsSheet(window)
    model = sheet.model
    cells, headers = sheet_texts(model)
    labels = [label.text() for label in sheet.findChildren(QLabel)]
    assert english_in(iter([*cells, *headers, *labels, sheet.windowTitle()])) == {}
    assert "Пробел" in [str(model.index(row, 1).data()) for row in range(model.rowCount())]
    sheet.close()


def test_a_highlights_menu_is_russian(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    article = window.article
    assert article is not None
    from app.highlights.anchoring import anchor_for

    body = article.body
    window.operations.add_highlight(article.id, anchor_for(body, 0, 20), "green")
    qtbot.waitUntil(lambda: bool(window.session.library.highlights(article.id)))
    highlight = window.session.library.highlights(article.id)[0]
    menu = window.highlights.highlight_menu(highlight)
    texts = [action.text() for action in menu.actions()]
    assert texts == [
        "Жёлтый",
        "Зелёный",
        "Синий",
        "Розовый",
        "Добавить заметку…",
        "Удалить выделение",
    ]


def test_starring_says_so_in_russian(window: MainWindow) -> None:
    assert window.article is not None
    window.organise.star.trigger()
    assert window.statusBar().currentMessage() == f"«{window.article.title}» в избранном."
    assert window.organise.notice.undo_button.text() == "&Отменить"
