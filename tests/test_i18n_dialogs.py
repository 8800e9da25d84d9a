"""Every dialog and pane the window can show, and the status lines of common actions, in the
Russian and the German interface: no English left in them (names, numbers, paths, article
text and what a server said aside).

Dialogs are opened without blocking: shown and closed, or with Qt's static dialogs replaced
by fakes that keep what they were asked to show."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from i18n_helpers import english_left, interface_in, sheet_texts, widget_texts
from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QAbstractButton,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QTextBrowser,
    QTreeWidget,
    QWidget,
)

import ui.features.digest_view
import ui.features.export_actions
import ui.features.highlights_export
import ui.window.library_recovery
from app.errors import LibraryError, NewerLibraryError
from app.highlights.anchoring import anchor_for
from app.highlights.model import PlacedHighlight
from app.library import Library
from app.store.fetch_queue import QueuedPage
from ui.features.highlights_view import highlights_html
from ui.features.keyboard import next_unread_article
from ui.features.organise_actions import TagsDialog
from ui.features.shortcuts_sheet import ShortcutsSheet
from ui.i18n import LANGUAGE_NAMES, tr
from ui.importing.saved_downloads import FailedPagesDialog
from ui.window.library_recovery import LibraryRecoveryDialog, tell_moved
from ui.window.main_window import MainWindow

WAIT = 10_000
LANGUAGES = ["ru", "de"]


@pytest.fixture(params=LANGUAGES)
def language(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def interface(qapp, language: str) -> Iterator[str]:  # type: ignore[no-untyped-def]
    for _ in interface_in(qapp, language):
        yield language


@pytest.fixture
def window_library(interface: str, sample_library: Library) -> Library:
    """The window is built once the language's catalogues are in."""
    return sample_library


def shown_texts(widget: QWidget) -> list[str]:
    """What a dialog or pane shows: its title, labels, choosers, buttons, fields and views."""
    texts = [widget.windowTitle(), *widget_texts(widget)]
    for button in widget.findChildren(QAbstractButton):
        texts += [button.text(), button.toolTip(), button.accessibleName()]
    for edit in widget.findChildren(QLineEdit):
        texts += [edit.placeholderText(), edit.accessibleName()]
    for view in widget.findChildren(QTextBrowser):
        texts += [view.toPlainText(), view.accessibleName(), view.accessibleDescription()]
    for tree in widget.findChildren(QTreeWidget):
        header = tree.headerItem()
        texts += [header.text(column) for column in range(header.columnCount())]
    return [text for text in texts if text]


def library_names(window: MainWindow) -> list[str]:
    """The library's own words: its articles' titles and sources, and its tags."""
    rows = window.library.rows(window.library.article_ids()).values()
    return [
        *(row.title for row in rows),
        *(row.source for row in rows),
        *window.library.tag_names(),
    ]


def without_patterns(file_filter: str) -> str:
    """A file chooser's filter without its patterns ("(*.md *.txt)"), which stay as they are."""
    return re.sub(r"\([^)]*\)", "", file_filter)


def status_after(window: MainWindow, act: Callable[[], object]) -> str:
    window.statusBar().clearMessage()
    act()
    return window.statusBar().currentMessage()


def test_the_detector_finds_the_english_of_these_dialogs(interface: str) -> None:
    """The checks below can fail: the dialogs' English is caught, the translations pass."""
    english = [
        "No feeds yet: File > Subscribe to feed… adds one.",
        "Saved pages not downloaded",
        "Select a tag to remove.",
        "Start a fresh library",
        "Gathering the articles…",
    ]
    assert set(english_left(english, interface)) == set(english)
    translated = [tr("OrganiseActions", "Starred “%1”."), tr("Highlights", "Yellow")]
    assert english_left(translated, interface) == {}
    assert english_left(["“Quiet Harbour” — 3"], interface, ["Quiet Harbour"]) == {}


def test_the_import_report_and_its_progress(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    interface: str,
    tmp_path: Path,
) -> None:
    good = tmp_path / "harbour.md"
    good.write_text("# Harbour\n\nThe boats came in at dawn.\n", encoding="utf-8")
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"\x00\xff not a pdf")
    window.imports.import_paths([good, broken])
    progress = window.findChild(QProgressDialog, "import-progress")
    assert progress is not None
    texts = [progress.labelText(), *shown_texts(progress)]
    qtbot.waitUntil(lambda: window.imports.message_box is not None, timeout=WAIT)
    box = window.imports.message_box
    texts += [*shown_texts(box), box.informativeText(), window.statusBar().currentMessage()]
    box.accept()
    allowed = [str(good), str(broken), good.name, broken.name, "Harbour"]
    assert english_left(texts, interface, allowed) == {}


def test_a_failed_operation_and_the_address_prompts(
    qtbot, window: MainWindow, interface: str
) -> None:  # type: ignore[no-untyped-def]
    address = "ftp://example.org/file"  # not a web address: refused before any download
    window.imports.add_url(address)
    qtbot.waitUntil(lambda: window.imports.message_box is not None, timeout=WAIT)
    box = window.imports.message_box
    texts = [*shown_texts(box), window.statusBar().currentMessage()]
    box.accept()
    for ask in (window.imports.ask_for_url, window.imports.ask_for_feed):
        ask()
        dialog = window.imports.url_dialog
        assert dialog is not None
        texts += [dialog.windowTitle(), dialog.labelText()]
        dialog.reject()
    assert english_left(texts, interface, [address]) == {}


def test_the_feeds_dialog(window: MainWindow, interface: str) -> None:
    window.imports.show_feeds()
    dialog = window.imports.feeds_dialog
    assert dialog is not None
    empty = shown_texts(dialog)  # no feeds yet: it says how to add one
    url, error = "https://example.org/harbour.xml", "HTTP 404 Not Found"
    feed_id, _ = window.library.add_feed(url, "Harbour notes")
    window.library.update_feed(
        feed_id, refreshed="2026-12-06T06:40:00Z", failed="2026-12-07T06:40:00Z", last_error=error
    )
    dialog.reload()
    dialog.feed_list.setCurrentRow(0)
    item = dialog.feed_list.item(0)
    texts = [*empty, *shown_texts(dialog), item.text(), item.toolTip()]
    dialog.close()
    assert english_left(texts, interface, [url, error, "Harbour notes"]) == {}


def test_saved_pages_not_downloaded(qtbot, interface: str) -> None:  # type: ignore[no-untyped-def]
    pages = [QueuedPage(1, "https://example.org/a", "HTTP 500", "Night trains")]
    parent = QWidget()
    qtbot.addWidget(parent)
    texts = []
    for listed in (pages, pages * 3):  # one page, and several
        dialog = FailedPagesDialog(listed, parent)
        dialog.show()
        texts += shown_texts(dialog)
        dialog.close()
    allowed = ["https://example.org/a", "HTTP 500", "Night trains"]
    assert english_left(texts, interface, allowed) == {}


def test_the_tags_dialog_and_its_messages(window: MainWindow, interface: str) -> None:
    article = window.article
    assert article is not None
    dialog = TagsDialog(window.operations, article.id, article.title, window)
    dialog.show()
    texts = shown_texts(dialog)
    dialog.name_edit.setText("50%2 off")  # a value that looks like a marker stays as it is
    dialog.add_typed()
    assert "50%2 off" in dialog.message.text()
    texts.append(dialog.message.text())
    dialog.tag_list.setCurrentIndex(QModelIndex())
    for act in (dialog.remove_selected, dialog.rename_selected):
        act()
        texts.append(dialog.message.text())
    dialog.tag_list.setCurrentIndex(dialog.tag_model.index(0))
    dialog.name_edit.setText("ports")
    dialog.rename_selected()
    texts.append(dialog.message.text())
    dialog.close()
    allowed = [article.title, "50%2 off", "ports"]
    assert english_left(texts, interface, allowed) == {}


@pytest.fixture
def chooser_calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every file chooser the window would open answers "cancelled" and keeps its caption and
    filter."""
    asked: list[str] = []

    def save_path(_parent: object, caption: str, _suggested: Path, filters: str) -> None:
        asked.extend([caption, without_patterns(filters)])

    def folder(_parent: object, caption: str) -> None:
        asked.append(caption)

    for module in (ui.features.export_actions, ui.features.highlights_export):
        monkeypatch.setattr(module, "choose_save_path", save_path)
        monkeypatch.setattr(module, "choose_folder", folder)
    monkeypatch.setattr(ui.features.digest_view, "choose_save_path", save_path)

    def qt_chooser(answer: object) -> Callable[..., object]:
        def ask(_parent: object, caption: str = "", _folder: str = "", filters: str = "") -> object:
            asked.extend([caption, without_patterns(filters)])
            return answer

        return ask

    for name, answer in [
        ("getOpenFileNames", ([], "")),
        ("getOpenFileName", ("", "")),
        ("getSaveFileName", ("", "")),
        ("getExistingDirectory", ""),
    ]:
        monkeypatch.setattr(QFileDialog, name, staticmethod(qt_chooser(answer)))
    return asked


def test_the_file_choosers_titles_and_filters(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    interface: str,
    chooser_calls: list[str],
) -> None:
    imports, exports, highlights = window.imports, window.export_actions, window.highlight_export
    for choose in (imports.choose_files, imports.choose_folder, imports.choose_opml):
        choose()
    imports.choose_opml_target()
    exports.save_article()
    exports.export_list()
    exports.export_all()
    highlights.choose_markdown_folder()
    highlights.choose_csv_file()
    window.digest.show()
    view = window.digest.view
    assert view is not None
    view.export("md")
    view.export("html")
    view.close()
    assert len([text for text in chooser_calls if text]) >= 14
    assert english_left(chooser_calls, interface) == {}


def test_the_digest(qtbot, window: MainWindow, interface: str) -> None:  # type: ignore[no-untyped-def]
    window.digest.show()
    view = window.digest.view
    assert view is not None
    texts = shown_texts(view)  # still gathering
    qtbot.waitUntil(lambda: view.loaded, timeout=WAIT)
    texts += shown_texts(view)
    allowed = library_names(window)
    for entry in view.entries:
        allowed += [entry.title, entry.source, entry.date, *entry.sentences]
    view.set_scope("listed")
    qtbot.waitUntil(lambda: view.loaded, timeout=WAIT)
    texts += shown_texts(view)
    view.close()
    assert english_left(texts, interface, allowed) == {}


def add_highlight(qtbot, window: MainWindow) -> tuple[str, int]:  # type: ignore[no-untyped-def]
    """A highlight of the open article's first words: its quote and its id."""
    article = window.article
    assert article is not None
    anchor = anchor_for(article.body, 0, 30)
    window.operations.add_highlight(article.id, anchor, "green")
    qtbot.waitUntil(lambda: bool(window.library.highlights(article.id)))
    highlight = window.library.highlights(article.id)[0]
    return highlight.quote, highlight.id


def test_all_highlights_and_the_note_editor(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    interface: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    quote, _ = add_highlight(qtbot, window)
    asked: list[str] = []

    def note_editor(_parent: object, title: str, label: str, _text: str) -> tuple[str, bool]:
        asked.extend([title, label])
        return "", False

    monkeypatch.setattr(QInputDialog, "getMultiLineText", staticmethod(note_editor))
    highlight = window.library.highlights(window.article.id)[0]  # type: ignore[union-attr]
    window.highlights.edit_note(highlight)
    window.highlights.edit_article_note()
    library_view = window.all_highlights
    library_view.open()
    texts = [*asked, *shown_texts(library_view)]
    library_view.colour_box.setCurrentIndex(library_view.colour_box.findData("pink"))
    texts += shown_texts(library_view)  # no pink highlights: it says none match
    library_view.close()
    lost = highlights_html("", [PlacedHighlight(highlight, None)], str)
    texts.append(QTextBrowser(html=lost).toPlainText())  # "could not be placed"
    texts.append(status_after(window, lambda: window.highlights.remove(highlight)))
    allowed = [*library_names(window), " ".join(quote.split())]
    assert english_left(texts, interface, allowed) == {}


def test_the_library_recovery_dialog(
    qtbot,  # type: ignore[no-untyped-def]
    interface: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "library.sqlite3"
    texts = []
    for error in (LibraryError("file is not a database"), NewerLibraryError("schema 9")):
        dialog = LibraryRecoveryDialog(path, error)
        qtbot.addWidget(dialog)
        dialog.show()
        texts += shown_texts(dialog)
        dialog.close()
    told: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", lambda _p, title, text: told.extend([title, text])
    )
    tell_moved(tmp_path / "library.broken.sqlite3")
    allowed = [
        str(path),
        "file is not a database",
        "schema 9",
        str(tmp_path / "library.broken.sqlite3"),
    ]
    assert english_left([*texts, *told], interface, allowed) == {}


def test_the_shortcuts_sheet(window: MainWindow, interface: str) -> None:
    sheet = ShortcutsSheet(window)
    cells, headers = sheet_texts(sheet.model)
    texts = [*cells, *headers, *shown_texts(sheet)]
    # View > Language names each language in itself
    assert english_left(texts, interface, LANGUAGE_NAMES.values()) == {}
    sheet.close()


def test_the_status_lines_of_common_actions(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    interface: str,
    tmp_path: Path,
) -> None:
    opml = tmp_path / "feeds.opml"
    texts = [
        status_after(window, lambda: window.search_steps.step(True)),  # no search typed
        status_after(window, window.export_actions.copy),
        status_after(window, lambda: window.imports.export_opml(opml)),
        status_after(window, window.organise.star.trigger),
    ]
    for row in range(window.model.rowCount()):  # every article read: none left unread
        window.operations.set_read(window.model.article_id(row))
    texts.append(status_after(window, lambda: next_unread_article(window)))
    qtbot.waitUntil(lambda: window.summary is not None, timeout=WAIT)
    allowed = [*library_names(window), str(opml)]
    assert english_left(texts, interface, allowed) == {}


def test_the_empty_list_says_so(qtbot, window: MainWindow, interface: str) -> None:  # type: ignore[no-untyped-def]
    bar = window.list_panel.search_bar
    with qtbot.waitSignal(window.list_panel.query_applied, timeout=5000):
        bar.setFocus()
        qtbot.keyClicks(bar, "xylophonist ")
    qtbot.waitUntil(lambda: window.model.rowCount() == 0 and bool(window.list_panel.status.text()))
    assert english_left([window.list_panel.status.text()], interface) == {}
