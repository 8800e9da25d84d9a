"""Keyboard first: the shortcuts sheet, Space paging, pane focus, accessible names."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QApplication

from ui.features.shortcuts_sheet import ShortcutsSheet
from ui.window.main_window import MainWindow

from reading_helpers import menu_action, open_row, wait_on_screen


def open_sheet(
    qtbot, window: MainWindow, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier
) -> ShortcutsSheet:
    qtbot.keyClick(window, key, modifier)
    qtbot.waitUntil(lambda: window.shortcuts.sheet is not None)
    sheet = window.shortcuts.sheet
    qtbot.waitUntil(sheet.isVisible)
    return sheet


@pytest.mark.parametrize(
    ("key", "modifier"),
    [
        (Qt.Key.Key_Question, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_Question, Qt.KeyboardModifier.ShiftModifier),
        (Qt.Key.Key_F1, Qt.KeyboardModifier.NoModifier),
    ],
)
def test_question_mark_and_f1_open_the_sheet(
    qtbot, window: MainWindow, key: Qt.Key, modifier: Qt.KeyboardModifier
) -> None:
    sheet = open_sheet(qtbot, window, key, modifier)
    listed = {(entry.action, entry.keys) for entry in sheet.entries}
    assert ("Next article", "J, Alt+Right") in listed
    assert ("Summary", "S") in listed
    assert ("Star", "F") in listed
    assert sheet.model.rowCount() == len(sheet.entries)
    assert sheet.model.item(0, 0).text() == sheet.entries[0].action
    qtbot.keyClick(sheet, Qt.Key.Key_Escape)
    assert not sheet.isVisible()


def test_the_sheet_is_in_the_help_menu(qtbot, window: MainWindow) -> None:
    menu_action(window.menus["help"], "Keyboard shortcuts").trigger()
    qtbot.waitUntil(lambda: window.shortcuts.sheet.isVisible())
    menus = {entry.menu for entry in window.shortcuts.sheet.entries}
    assert {"View", "Go", "Article", "View ▸ Theme"} <= menus


def test_every_menu_action_of_this_feature_has_a_key(window: MainWindow) -> None:
    for menu, text in [
        ("view", "Larger text"),
        ("view", "Smaller text"),
        ("view", "Default text size"),
        ("view", "Next theme"),
        ("view", "Next font"),
        ("view", "Narrower lines"),
        ("view", "Wider lines"),
        ("view", "Skim mode"),
        ("go", "Next unread article"),
        ("go", "Focus the summary"),
        ("article", "Star"),
        ("article", "Tags"),
        ("help", "Keyboard shortcuts"),
    ]:
        assert menu_action(window.menus[menu], text).shortcuts(), text


def test_no_two_actions_share_a_shortcut(window: MainWindow) -> None:
    sequences = Counter(
        sequence.toString()
        for action in window.findChildren(type(window.next_action))
        for sequence in action.shortcuts()
    )
    assert [sequence for sequence, count in sequences.items() if count > 1] == []


def test_standard_zoom_keys_are_used(window: MainWindow) -> None:
    zoom_in = QKeySequence.keyBindings(QKeySequence.StandardKey.ZoomIn)
    assert all(
        sequence in window.appearance_control.zoom_in_action.shortcuts() for sequence in zoom_in
    )


def test_space_pages_down_then_moves_to_the_next_unread(qtbot, window: MainWindow) -> None:
    bar = window.reader.verticalScrollBar()
    open_row(qtbot, window, 5)  # the long read
    window.library.set_read(window.model.article_id(6), True)
    window.model.refresh_article(window.model.article_id(6))
    window.reader.setFocus()
    assert bar.maximum() > bar.pageStep()
    qtbot.keyClick(window.reader, Qt.Key.Key_Space)
    assert bar.value() == bar.pageStep()
    qtbot.keyClick(window.reader, Qt.Key.Key_Space, Qt.KeyboardModifier.ShiftModifier)
    assert bar.value() == 0
    bar.setValue(bar.maximum())
    qtbot.keyClick(window.reader, Qt.Key.Key_Space)
    wait_on_screen(qtbot, window, 7)  # row 6 was already read


def test_space_with_nothing_left_unread_says_so(qtbot, window: MainWindow) -> None:
    for article_id in window.library.article_ids():
        window.library.set_read(article_id, True)
    window.model.reload()
    open_row(qtbot, window, 0)
    window.reader.verticalScrollBar().setValue(window.reader.verticalScrollBar().maximum())
    window.list_view.setFocus()
    qtbot.keyClick(window.list_view, Qt.Key.Key_Space)
    assert window.current_row == 0
    assert window.statusBar().currentMessage() == "No more unread articles."


def test_space_still_types_in_text_fields(qtbot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_T)
    dialog = window.organise.dialog
    qtbot.waitUntil(dialog.isVisible)
    row = window.current_row
    qtbot.keyClicks(dialog.name_edit, "long read")
    assert dialog.name_edit.text() == "long read"
    assert window.current_row == row


def test_the_summary_is_reachable_and_readable_by_keyboard(qtbot, window: MainWindow) -> None:
    assert not window.summary_visible
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.summary_visible
    sentences = window.summary_pane.sentences_view
    qtbot.waitUntil(lambda: window.summary is not None, timeout=10_000)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is sentences)
    qtbot.keyClick(sentences, Qt.Key.Key_Tab)
    assert sentences.textCursor().hasSelection()
    assert sentences.textCursor().charFormat().anchorHref() == "sentence:0"
    with qtbot.waitSignal(window.summary_pane.sentence_activated) as activated:
        qtbot.keyClick(sentences, Qt.Key.Key_Return)
    assert activated.args == [0]
    assert window.session.focused_sentence == 0
    qtbot.keyClick(sentences, Qt.Key.Key_Tab)
    assert sentences.textCursor().charFormat().anchorHref() == "sentence:1"


def test_panes_have_focus_shortcuts(qtbot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.reader)
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.list_view)


def test_focusable_widgets_carry_accessible_names(window: MainWindow) -> None:
    window.set_summary_visible(True)
    pane = window.summary_pane
    widgets = [
        window.list_view,
        window.reader,
        pane,
        pane.algorithm_box,
        pane.mode_box,
        pane.length_spin,
        pane.highlight_box,
        pane.sentences_view,
        pane.time_label,
        window.skim_mode.folded_view.view,
        window.skim_mode.folded_view.unfold_button,
    ]
    for widget in widgets:
        name = widget.accessibleName() or (
            widget.text() if isinstance(widget, QAbstractButton) else ""
        )
        assert name, widget.objectName()
