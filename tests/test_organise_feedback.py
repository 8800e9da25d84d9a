"""Star, archive and tags say what they did: in the status bar (archive with Undo) and the list."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ui.list.article_model import describe_row
from ui.window.main_window import MainWindow


def message(window: MainWindow) -> str:
    return window.statusBar().currentMessage()


def meta_line(window: MainWindow, article_id: int) -> str:
    position = window.model.position_of(article_id)
    assert position is not None
    row = window.model.article_row(position)
    assert row is not None
    return describe_row(row, window.model.tags(position))


def test_archive_says_so_and_can_be_undone(qtbot, window: MainWindow) -> None:
    article = window.article
    assert article is not None
    qtbot.keyClick(window, Qt.Key.Key_E)
    assert window.library.rows([article.id])[article.id].archived
    assert message(window) == f"Archived “{article.title}”."
    undo = window.organise.notice.undo_button
    assert undo.isVisible()
    qtbot.mouseClick(undo, Qt.MouseButton.LeftButton)
    assert not window.library.rows([article.id])[article.id].archived
    assert message(window) == f"“{article.title}” is back from the archive."
    assert not undo.isVisible()


def test_star_and_keep_unread_say_so(qtbot, window: MainWindow) -> None:
    article = window.article
    assert article is not None
    qtbot.keyClick(window, Qt.Key.Key_F)
    assert message(window) == f"Starred “{article.title}”."
    assert not window.organise.notice.undo_button.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_F)
    assert message(window) == f"Took the star off “{article.title}”."
    qtbot.keyClick(window, Qt.Key.Key_U)
    assert message(window) == f"“{article.title}” stays unread."


def test_the_list_row_shows_archived_and_tags(qtbot, window: MainWindow) -> None:
    article = window.article
    assert article is not None
    assert "Archived" not in meta_line(window, article.id)
    window.library.add_tag(article.id, "harbours")
    window.library.add_tag(article.id, "long reads")
    qtbot.keyClick(window, Qt.Key.Key_E)
    line = meta_line(window, article.id)
    assert line.startswith("Archived · ")
    assert line.endswith("· harbours, long reads")


def test_closing_the_tags_dialog_says_which_tags_the_article_has(qtbot, window: MainWindow) -> None:
    article = window.article
    assert article is not None
    qtbot.keyClick(window, Qt.Key.Key_T)
    dialog = window.organise.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    qtbot.keyClicks(dialog.name_edit, "ferries")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    dialog.reject()
    qtbot.waitUntil(lambda: "ferries" in message(window))
    assert message(window) == f"Tags of “{article.title}”: ferries."
    assert meta_line(window, article.id).endswith("· ferries")


def header_text(window: MainWindow) -> str:
    text = window.reader.toPlainText()
    return text[: text.find(window.article.title) + 400] if window.article else ""


def test_the_article_header_shows_star_archive_and_tags(qtbot, window: MainWindow) -> None:
    article = window.article
    assert article is not None
    assert "Archived" not in header_text(window)
    bar = window.reader.verticalScrollBar()
    qtbot.keyClick(window, Qt.Key.Key_F)
    qtbot.keyClick(window, Qt.Key.Key_E)
    qtbot.waitUntil(lambda: "Archived" in header_text(window))
    assert "Starred" in header_text(window)
    window.library.add_tag(article.id, "ferries")
    window.organise._after_tags(article.id)
    qtbot.waitUntil(lambda: "Tags: ferries" in header_text(window))
    place = bar.value()
    qtbot.keyClick(window, Qt.Key.Key_E)
    qtbot.waitUntil(lambda: "Archived" not in header_text(window))
    assert bar.value() == place
