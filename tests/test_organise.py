"""Organising: star, archive, keep unread and tags, in the library and from the window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.errors import LibraryError
from app.library import Library
from ui.features.organise_actions import TagsDialog
from ui.window.main_window import MainWindow

from reading_helpers import menu_action, wait_on_screen


def first_id(library: Library) -> int:
    return library.article_ids()[0]


def row_of(library: Library, article_id: int):
    return library.rows([article_id])[article_id]


def test_star_archive_and_position_are_stored(sample_library: Library) -> None:
    article_id = first_id(sample_library)
    sample_library.set_starred(article_id)
    sample_library.set_archived(article_id)
    sample_library.set_position(article_id, 1.7)
    row = row_of(sample_library, article_id)
    assert row.starred and row.archived
    assert sample_library.reading_positions() == {article_id: 1.0}
    sample_library.set_starred(article_id, False)
    assert not row_of(sample_library, article_id).starred


def test_tags_add_remove_and_rename(sample_library: Library) -> None:
    first, second = sample_library.article_ids()[:2]
    assert sample_library.add_tag(first, "  slow   reads ") == "slow reads"
    assert sample_library.add_tag(second, "Slow Reads") == "slow reads"
    sample_library.add_tag(first, "cities")
    assert sample_library.article_tags(first) == ["cities", "slow reads"]
    assert sample_library.rename_tag("SLOW READS", "Long reads") == "Long reads"
    assert sample_library.article_tags(second) == ["Long reads"]
    sample_library.remove_tag(second, "long reads")
    assert sample_library.article_tags(second) == []
    assert sample_library.tag_names() == ["cities", "Long reads"]
    sample_library.remove_tag(first, "Long reads")
    assert sample_library.tag_names() == ["cities"]


def test_renaming_onto_an_existing_tag_merges_them(sample_library: Library) -> None:
    first, second = sample_library.article_ids()[:2]
    sample_library.add_tag(first, "essay")
    sample_library.add_tag(second, "essays")
    sample_library.add_tag(first, "essays")
    sample_library.rename_tag("essays", "essay")
    assert sample_library.tag_names() == ["essay"]
    assert sample_library.article_tags(first) == ["essay"]
    assert sample_library.article_tags(second) == ["essay"]


@pytest.mark.parametrize("name", ["", "   ", "x" * 65])
def test_bad_tag_names_are_refused(sample_library: Library, name: str) -> None:
    with pytest.raises(LibraryError):
        sample_library.add_tag(first_id(sample_library), name)
    assert sample_library.tag_names() == []


def test_renaming_a_missing_tag_is_a_clear_error(sample_library: Library) -> None:
    with pytest.raises(LibraryError, match="no tag named"):
        sample_library.rename_tag("nothing", "something")


@pytest.mark.parametrize(
    ("key", "menu_text", "column"),
    [(Qt.Key.Key_F, "Star", "starred"), (Qt.Key.Key_E, "Archive", "archived")],
)
def test_star_and_archive_by_key_and_menu(
    qtbot, window: MainWindow, key: Qt.Key, menu_text: str, column: str
) -> None:
    article_id = window.article.id
    action = menu_action(window.menus["article"], menu_text)
    window.list_view.setFocus()
    qtbot.keyClick(window.list_view, key)
    assert getattr(row_of(window.library, article_id), column)
    assert action.isChecked()
    action.trigger()
    assert not getattr(row_of(window.library, article_id), column)
    assert not action.isChecked()


def test_star_state_follows_the_open_article(qtbot, window: MainWindow) -> None:
    star = window.organise.star
    star.trigger()
    qtbot.keyClick(window, Qt.Key.Key_J)
    wait_on_screen(qtbot, window, 1)
    assert not star.isChecked()
    qtbot.keyClick(window, Qt.Key.Key_K)
    wait_on_screen(qtbot, window, 0)
    assert star.isChecked()


def test_keep_unread_marks_the_article_unread_in_the_list(qtbot, window: MainWindow) -> None:
    article_id = window.article.id
    assert row_of(window.library, article_id).is_read
    qtbot.keyClick(window, Qt.Key.Key_U)
    assert not row_of(window.library, article_id).is_read
    assert window.model.index(0).data(Qt.ItemDataRole.AccessibleTextRole).endswith("unread")
    assert menu_action(window.menus["article"], "Keep unread").isChecked()


def open_tags_dialog(qtbot, window: MainWindow) -> TagsDialog:
    qtbot.keyClick(window, Qt.Key.Key_T)
    qtbot.waitUntil(
        lambda: window.organise.dialog is not None and window.organise.dialog.isVisible()
    )
    return window.organise.dialog


def test_tags_dialog_adds_renames_and_removes(qtbot, window: MainWindow) -> None:
    article_id = window.article.id
    dialog = open_tags_dialog(qtbot, window)
    qtbot.keyClicks(dialog.name_edit, "libraries")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.name_edit, "towns")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.tags == ["libraries", "towns"]
    assert window.library.article_tags(article_id) == ["libraries", "towns"]
    dialog.tag_list.setCurrentIndex(dialog.tag_model.index(1))
    qtbot.keyClicks(dialog.name_edit, "Cities")
    qtbot.mouseClick(dialog.rename_button, Qt.MouseButton.LeftButton)
    assert window.library.tag_names() == ["Cities", "libraries"]
    assert "Renamed" in dialog.message.text()
    dialog.tag_list.setFocus()
    dialog.tag_list.setCurrentIndex(dialog.tag_model.index(0))
    qtbot.keyClick(dialog.tag_list, Qt.Key.Key_Delete)
    assert window.library.article_tags(article_id) == ["libraries"]
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert window.library.article_tags(article_id) == []


def test_tags_dialog_explains_a_bad_name(qtbot, window: MainWindow) -> None:
    dialog = open_tags_dialog(qtbot, window)
    qtbot.keyClicks(dialog.name_edit, "   ")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert dialog.message.text() == "A tag needs a name."
    assert dialog.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_every_organise_action_has_a_key_and_a_menu_entry(window: MainWindow) -> None:
    menu = window.menus["article"]
    for text in ("Star", "Archive", "Keep unread", "Tags"):
        action = menu_action(menu, text)
        assert action.shortcut().toString()


def test_tags_survive_in_a_new_library_connection(sample_library: Library, tmp_path: Path) -> None:
    article_id = first_id(sample_library)
    sample_library.add_tag(article_id, "keep")
    with Library(sample_library.path) as again:
        assert again.article_tags(article_id) == ["keep"]


def test_renaming_a_tag_updates_every_row_and_a_list_filtered_to_it(
    qtbot, window: MainWindow
) -> None:
    library = window.library
    opened, other = window.article.id, library.article_ids()[-1]
    assert opened != other
    library.add_tag(opened, "harbours")
    library.add_tag(other, "harbours")
    assert window.list_panel.filter_bar.tag_box.choose("harbours")
    qtbot.waitUntil(lambda: window.model.rowCount() == 2)

    dialog = open_tags_dialog(qtbot, window)
    dialog.tag_list.setCurrentIndex(dialog.tag_model.index(0))
    qtbot.keyClicks(dialog.name_edit, "ports")
    qtbot.mouseClick(dialog.rename_button, Qt.MouseButton.LeftButton)

    assert window.list_panel.filter_bar.tag_box.currentData() == "ports"
    qtbot.waitUntil(lambda: window.list_panel.query.tag == "ports")
    qtbot.waitUntil(lambda: window.model.rowCount() == 2)
    # the other row's tags too, not only the open article's
    assert [window.model.tags(row) for row in range(2)] == [("ports",), ("ports",)]
