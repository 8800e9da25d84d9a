"""Skim mode: articles open on their summary with the full text folded; Enter unfolds."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from ui.features.skim_mode import UNFOLD
from ui.reading.themes import DARK
from ui.window.main_window import MainWindow

from gui_helpers import is_visible_in
from reading_helpers import menu_action, open_row, wait_on_screen


def folded_text(window: MainWindow) -> str:
    return window.skim_mode.folded_view.view.toPlainText()


def wait_for_folded_summary(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.summary is not None, timeout=10_000)
    first = " ".join(window.summary.sentences[0].text.split())
    qtbot.waitUntil(lambda: first in folded_text(window))


def test_skim_mode_folds_the_open_article_onto_its_summary(qtbot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    skim = window.skim_mode
    assert skim.enabled and skim.folded
    assert window.reader.isHidden()
    assert window.article.title in folded_text(window)
    assert skim.folded_view.unfold_button.text() == UNFOLD
    wait_for_folded_summary(qtbot, window)
    assert f"Summary · {len(window.summary.sentences)} of" in folded_text(window)


def test_next_and_previous_open_folded_and_enter_unfolds(qtbot, window: MainWindow) -> None:
    menu_action(window.menus["view"], "Skim mode").trigger()
    qtbot.keyClick(window, Qt.Key.Key_J)
    wait_on_screen(qtbot, window, 1)
    assert window.skim_mode.folded and window.reader.isHidden()
    wait_for_folded_summary(qtbot, window)
    window.list_view.setFocus()
    qtbot.keyClick(window.list_view, Qt.Key.Key_Return)
    assert not window.skim_mode.folded
    assert window.reader.isVisible()
    assert window.article.title in window.reader.toPlainText()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.reader)
    qtbot.keyClick(window, Qt.Key.Key_K)
    wait_on_screen(qtbot, window, 0)
    assert window.skim_mode.folded
    qtbot.mouseClick(window.skim_mode.folded_view.unfold_button, Qt.MouseButton.LeftButton)
    assert window.reader.isVisible()


def test_enter_on_the_folded_summary_unfolds(qtbot, window: MainWindow) -> None:
    window.skim_mode.set_enabled(True)
    view = window.skim_mode.folded_view.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Enter)
    assert window.reader.isVisible()


def test_turning_skim_off_unfolds_and_opens_articles_whole(qtbot, window: MainWindow) -> None:
    window.skim_mode.set_enabled(True)
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert not window.skim_mode.enabled
    assert window.reader.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_J)
    wait_on_screen(qtbot, window, 1)
    assert window.reader.isVisible()
    assert not window.skim_mode.folded


def test_a_short_article_says_to_read_it_whole(qtbot, window: MainWindow) -> None:
    window.skim_mode.set_enabled(True)
    for row in range(window.model.rowCount()):
        if window.model.index(row).data().startswith("Winter Ferry"):
            window.select_row(row)
    qtbot.waitUntil(lambda: window.summary is not None, timeout=10_000)
    assert window.summary.too_short  # the four-sentence ferry brief
    qtbot.waitUntil(lambda: "read it whole" in folded_text(window))


def test_the_summary_pane_and_skim_agree(qtbot, window: MainWindow) -> None:
    window.set_summary_visible(True)
    window.skim_mode.set_enabled(True)
    qtbot.keyClick(window, Qt.Key.Key_J)
    wait_for_folded_summary(qtbot, window)
    assert window.summary_pane.summary is window.summary


def test_the_folded_summary_follows_the_theme(qtbot, window: MainWindow) -> None:
    window.skim_mode.set_enabled(True)
    wait_for_folded_summary(qtbot, window)
    menu_action(window.menus["view"], "Dark").trigger()
    style = window.skim_mode.folded_view.view.document().defaultStyleSheet()
    assert f"color: {DARK.text}" in style
    assert window.article.title in folded_text(window)
    assert window.skim_mode.folded_view.view.palette().color(QPalette.ColorRole.Base) == QColor(
        DARK.base
    )


def test_a_folded_summary_sentence_unfolds_at_that_sentence(qtbot, window: MainWindow) -> None:
    window.skim_mode.set_enabled(True)
    open_row(qtbot, window, 5)  # the long read
    wait_for_folded_summary(qtbot, window)
    view = window.skim_mode.folded_view.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert view.textCursor().charFormat().anchorHref() == "sentence:1"
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert window.reader.isVisible()
    qtbot.waitUntil(lambda: window.session.focused_sentence == 1)
    second = " ".join(window.summary.sentences[1].text.split())[:40]
    qtbot.waitUntil(lambda: is_visible_in(window.reader, second))


def test_a_summary_pane_sentence_unfolds_too(qtbot, window: MainWindow) -> None:
    window.set_summary_visible(True)
    window.skim_mode.set_enabled(True)
    wait_for_folded_summary(qtbot, window)
    window.summary_pane.sentence_activated.emit(0)
    assert window.reader.isVisible()
    qtbot.waitUntil(lambda: window.session.focused_sentence == 0)


def test_folding_keeps_the_keyboard_in_the_reader_pane(qtbot, window: MainWindow) -> None:
    window.reader.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.reader)
    qtbot.keyClick(window.reader, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.skim_mode.folded
    assert QApplication.focusWidget() is window.skim_mode.folded_view.view
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_J)
    wait_on_screen(qtbot, window, 1)


def test_skim_mode_shows_the_summary_once_and_gives_the_pane_back(
    qtbot, window: MainWindow
) -> None:
    window.set_summary_visible(True)
    qtbot.waitUntil(lambda: window.summary is not None, timeout=10_000)
    window.skim_mode.set_enabled(True)
    wait_for_folded_summary(qtbot, window)
    assert not window.summary_pane.isVisible()
    assert not window.summary_action.isChecked()
    assert window.settings.flag("summary/visible")  # a restart brings the pane back
    qtbot.keyClick(window, Qt.Key.Key_J)
    wait_on_screen(qtbot, window, 1)
    wait_for_folded_summary(qtbot, window)
    assert not window.summary_pane.isVisible()
    window.skim_mode.folded_view.view.setFocus()
    qtbot.keyClick(window.skim_mode.folded_view.view, Qt.Key.Key_Return)
    assert not window.skim_mode.folded
    assert window.summary_pane.isVisible()
    assert window.summary_action.isChecked()
