"""Highlights in the real window: drag to select, a key highlights, a click changes it, undo."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QInputDialog

from app.document import render_markdown
from app.highlights.anchoring import anchor_for
from app.library import Library
from ui.window.main_window import MainWindow

from reading_helpers import menu_action, shown_window


def point_of(window: MainWindow, position: int) -> QPoint:
    """The viewport point in the middle of the character at a document position."""
    cursor = QTextCursor(window.reader.document())
    cursor.setPosition(position)
    rect = window.reader.cursorRect(cursor)
    return QPoint(rect.left() + 1, rect.center().y())


def drag_select(qtbot, window: MainWindow, words: str) -> None:  # type: ignore[no-untyped-def]
    """Select the words in the reader with the mouse, as a reader would."""
    raw = window.reader.document().toRawText()
    first = raw.index(words, raw.index("\u2029", raw.index(window.session.article.title) + 1))  # type: ignore[union-attr]
    viewport = window.reader.viewport()
    window.reader.ensureCursorVisible()
    start, end = point_of(window, first), point_of(window, first + len(words))
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(viewport, pos=QPoint((start.x() + end.x()) // 2, end.y()))
    qtbot.mouseMove(viewport, pos=end)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)
    assert window.reader.textCursor().selectedText() == words


def first_words(window: MainWindow) -> str:
    """A few words from the open article's first paragraph, on its first lines."""
    text = window.session.rendered.text  # type: ignore[union-attr]
    paragraph = text.split("\n\n")[1]
    return " ".join(paragraph.split()[1:4])


def test_a_dragged_selection_is_highlighted_with_a_key_and_shows_again_after_a_restart(
    qtbot, window: MainWindow, sample_library: Library
) -> None:  # type: ignore[no-untyped-def]
    article = window.session.article
    assert article is not None
    words = first_words(window)
    drag_select(qtbot, window, words)
    qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.ShiftModifier)
    (stored,) = sample_library.highlights(article.id)
    assert stored.quote == words and stored.colour == "yellow"
    assert article.body[stored.anchor.start : stored.anchor.end] == words
    assert 'class="mark-yellow"' in window.session.rendered.html(window.reader._highlights)  # type: ignore[union-attr]
    window.close()
    again = shown_window(qtbot, sample_library)
    assert again.session.article is not None and again.session.article.id == article.id
    assert [item.highlight.id for item in again.highlights.placed] == [stored.id]
    assert any(mark.css_class == "mark-yellow" for mark in again.reader._highlights)


# A highlight's menu pops up as a real menu does; offscreen Qt cannot grab the keyboard for it.
MENU_POPUP = pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")


@MENU_POPUP
def test_a_click_on_a_highlight_changes_its_colour_adds_a_note_and_removes_it_with_undo(
    qtbot, window: MainWindow, sample_library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    article = window.session.article
    assert article is not None
    words = first_words(window)
    drag_select(qtbot, window, words)
    highlight_id = window.highlights.highlight_selection("blue")
    assert highlight_id is not None
    raw = window.reader.document().toRawText()
    inside = raw.rindex(words) + 2
    qtbot.mouseClick(
        window.reader.viewport(), Qt.MouseButton.LeftButton, pos=point_of(window, inside)
    )
    menu = window.highlights.menu
    assert menu is not None and menu.isVisible()
    menu_action(menu, "Pink").trigger()
    assert sample_library.highlight(highlight_id).colour == "pink"  # type: ignore[union-attr]
    note = "<b>not bold</b> \x07 a *Markdown* note"
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *args: (note, True))
    menu.close()
    qtbot.mouseClick(
        window.reader.viewport(), Qt.MouseButton.LeftButton, pos=point_of(window, inside)
    )
    menu_action(window.highlights.menu, "Add note").trigger()  # type: ignore[arg-type]
    assert sample_library.highlight(highlight_id).note == note  # type: ignore[union-attr]
    window.highlights.menu.close()  # type: ignore[union-attr]
    qtbot.mouseClick(
        window.reader.viewport(), Qt.MouseButton.LeftButton, pos=point_of(window, inside)
    )
    menu_action(window.highlights.menu, "Remove highlight").trigger()  # type: ignore[arg-type]
    assert sample_library.highlights(article.id) == []
    assert not any(mark.css_class.startswith("mark-") for mark in window.reader._highlights)
    window.highlights.menu.close()  # type: ignore[union-attr]
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    (back,) = sample_library.highlights(article.id)
    assert (back.id, back.colour, back.note) == (highlight_id, "pink", note)
    assert any(mark.css_class == "mark-pink" for mark in window.reader._highlights)


@MENU_POPUP
def test_the_context_menu_highlights_the_selection_in_a_chosen_colour(
    qtbot, window: MainWindow, sample_library: Library
) -> None:  # type: ignore[no-untyped-def]
    article = window.session.article
    assert article is not None
    words = first_words(window)
    drag_select(qtbot, window, words)
    window.reader.customContextMenuRequested.emit(QPoint(10, 10))
    menu = window.highlights.menu
    assert menu is not None
    menu_action(menu, "Green").trigger()
    (stored,) = sample_library.highlights(article.id)
    assert (stored.quote, stored.colour) == (words, "green")


def test_highlighting_with_nothing_selected_writes_nothing(
    qtbot, window: MainWindow, sample_library: Library
) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.ShiftModifier)
    assert sample_library.library_highlights() == []
    assert "Select some" in window.statusBar().currentMessage()


def test_a_changed_article_places_its_highlight_again_or_lists_it_unplaced(
    qtbot, tmp_path: Path, sample_library: Library
) -> None:  # type: ignore[no-untyped-def]
    article_id = sample_library.article_ids()[0]
    article = sample_library.article(article_id)
    assert article is not None
    start = article.body.index("\n\n") + 2  # the second paragraph stays
    words = article.body[start : start + 20]
    sample_library.add_highlight(article_id, anchor_for(article.body, start, start + 20), "green")
    gone = article.body[: article.body.index(".") + 1]  # the first sentence goes
    sample_library.add_highlight(article_id, anchor_for(article.body, 0, len(gone)), "pink")
    changed = "An update was added at the top.\n\n" + article.markdown.replace(gone, "")
    body = render_markdown(changed).text
    assert gone not in body and words in body
    with sample_library.transaction() as db:
        db.execute(
            "UPDATE articles SET markdown = ?, body = ? WHERE id = ?", (changed, body, article_id)
        )
    window = shown_window(qtbot, sample_library)
    window.select_article(article_id)
    qtbot.waitUntil(
        lambda: (
            window.session.article is not None
            and window.session.article.id == article_id
            and window.session.rendered is not None
        )
    )
    spans = {item.highlight.colour: item.span for item in window.highlights.placed}
    assert spans["pink"] is None  # could not be placed, but still listed
    green = spans["green"]
    assert green is not None and body[green[0] : green[1]] == words
    window.close()


def test_file_export_highlights_writes_markdown_and_csv_in_a_job(
    qtbot, window: MainWindow, sample_library: Library, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    article = window.session.article
    assert article is not None
    sample_library.add_highlight(article.id, anchor_for(article.body, 4, 30), "blue")
    assert menu_action(window.menus["file"], "Export highlights as Markdown") is not None
    with qtbot.waitSignal(window.highlight_export.exported, timeout=10_000) as told:
        window.highlight_export.export(tmp_path / "vault", "markdown")
    assert told.args == [f"Wrote 1 file(s) to {tmp_path / 'vault'}."]
    (written,) = (tmp_path / "vault").glob("*.md")
    assert f"> {article.body[4:30].strip()}" in written.read_text(encoding="utf-8")
    with qtbot.waitSignal(window.highlight_export.exported, timeout=10_000):
        window.highlight_export.export(tmp_path / "h.csv", "csv")
    assert article.body[4:30] in (tmp_path / "h.csv").read_text(encoding="utf-8")
