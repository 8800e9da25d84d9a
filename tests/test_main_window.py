"""The reader window driven as a person would: select, summarize, follow sentences, move on."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QFontMetrics, QImage, QTextDocument
from PySide6.QtWidgets import QToolButton

from app.document import asset_url
from app.library import Library
from app.store.summary_cache import cache_key
from ui.reading.reader_view import MIN_MARGIN
from ui.reading.summary_pane import SummaryPane
from ui.window.main_window import GET_SUMMARY, HIDE_SUMMARY, MainWindow

from gui_helpers import background_at, is_visible_in, text_point

LONG_READ = "Three by Five"


def open_titled(qtbot, window: MainWindow, prefix: str) -> None:
    for row in range(window.model.rowCount()):
        if str(window.model.index(row).data()).startswith(prefix):
            window.list_view.setFocus()
            qtbot.mouseClick(
                window.list_view.viewport(),
                Qt.MouseButton.LeftButton,
                pos=window.list_view.visualRect(window.model.index(row)).center(),
            )
            qtbot.waitUntil(
                lambda: window.article is not None and window.article.title.startswith(prefix)
            )
            return
    raise AssertionError(f"no article starts with {prefix!r}")


def wait_for_summary(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.summary is not None, timeout=10_000)


def click_sentence(qtbot, window: MainWindow, needle: str) -> None:
    """Click the summary sentence that holds `needle`: the article shows it, marked."""
    view = window.summary_pane.sentences_view
    with qtbot.waitSignal(window.summary_pane.sentence_activated):
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=text_point(view, needle))
    assert is_visible_in(window.reader, needle)
    assert background_at(window.reader, needle) == "#ffc94d"


def toolbar_button(window: MainWindow, action) -> QToolButton:
    button = window.toolbar.widgetForAction(action)
    assert isinstance(button, QToolButton)
    return button


def test_first_run_shows_samples_and_opens_the_newest(window: MainWindow) -> None:
    assert window.model.rowCount() >= 10
    assert window.current_row == 0
    assert window.article is not None
    assert window.article.title in window.reader.toPlainText()
    assert window.windowTitle() == f"{window.article.title} — Lede"
    assert (
        window.article.row.is_read
        or window.library.rows([window.article.id])[window.article.id].is_read
    )
    assert not window.summary_visible
    assert window.summary_button.text() == GET_SUMMARY


def test_the_shortcut_s_toggles_the_summary(qtbot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_S)
    assert window.summary_visible
    wait_for_summary(qtbot, window)
    assert window.summary_pane.summary is window.summary
    first = window.summary.sentences[0].text
    assert " ".join(first.split()) in window.summary_pane.sentences_view.toPlainText()
    assert f"of {window.summary.sentence_count} sentences" in window.summary_pane.time_label.text()
    qtbot.keyClick(window, Qt.Key.Key_S)
    assert not window.summary_visible


def test_the_toolbar_and_the_article_button_toggle_the_summary(qtbot, window: MainWindow) -> None:
    qtbot.mouseClick(toolbar_button(window, window.summary_action), Qt.MouseButton.LeftButton)
    assert window.summary_visible
    assert window.summary_button.text() == HIDE_SUMMARY
    qtbot.mouseClick(window.summary_button, Qt.MouseButton.LeftButton)
    assert not window.summary_visible
    assert not window.summary_action.isChecked()
    qtbot.mouseClick(window.summary_button, Qt.MouseButton.LeftButton)
    assert window.summary_visible and window.summary_action.isChecked()


def test_length_and_algorithm_changes_update_the_summary(qtbot, window: MainWindow) -> None:
    open_titled(qtbot, window, LONG_READ)
    window.set_summary_visible(True)
    wait_for_summary(qtbot, window)
    pane = window.summary_pane
    pane.mode_box.setCurrentIndex(pane.mode_box.findData("sentences"))
    pane.length_spin.setValue(7)
    qtbot.waitUntil(lambda: window.summary is not None and len(window.summary.sentences) == 7)
    pane.mode_box.setCurrentIndex(pane.mode_box.findData("percent"))
    pane.length_spin.setValue(10)
    qtbot.waitUntil(
        lambda: (
            window.summary is not None
            and len(window.summary.sentences) == round(window.summary.sentence_count * 0.10)
        )
    )
    pane.algorithm_box.setCurrentIndex(pane.algorithm_box.findData("lexrank"))
    qtbot.waitUntil(lambda: window.summary is not None and window.summary.algorithm == "lexrank")
    assert window.preferences.summary.algorithm == "lexrank"
    assert window.preferences.summary.length_mode == "percent"


def test_clicking_a_summary_sentence_scrolls_to_it_and_marks_it(qtbot, window: MainWindow) -> None:
    open_titled(qtbot, window, LONG_READ)
    window.summary_pane.mode_box.setCurrentIndex(window.summary_pane.mode_box.findData("sentences"))
    window.summary_pane.length_spin.setValue(8)
    window.set_summary_visible(True)
    qtbot.waitUntil(lambda: window.summary is not None and len(window.summary.sentences) == 8)
    last = window.summary.sentences[-1]
    needle = " ".join(last.text.split())[:40]
    assert not is_visible_in(window.reader, needle)
    click_sentence(qtbot, window, needle)
    assert window.reader.verticalScrollBar().value() > 0
    found = window.reader.document().find(needle)
    assert not found.isNull()
    line = QFontMetrics(window.reader.document().defaultFont()).lineSpacing()
    assert window.reader.cursorRect(found).top() >= 2 * line, "lines of context above it"


def show_by_section(qtbot, window: MainWindow, title: str) -> SummaryPane:
    """Open the article with this title and ask for its summary by section."""
    open_titled(qtbot, window, title)
    pane = window.summary_pane
    pane.mode_box.setCurrentIndex(pane.mode_box.findData("sections"))
    window.set_summary_visible(True)
    return pane


def test_by_section_shows_each_heading_above_its_sentences_which_still_link(
    qtbot, window: MainWindow
) -> None:
    pane = show_by_section(qtbot, window, "After Midnight")
    assert not pane.length_spin.isEnabled()
    qtbot.waitUntil(lambda: window.summary is not None and bool(window.summary.headings))
    summary = window.summary
    shown = pane.sentences_view.toPlainText()
    headings = [heading.text for heading in summary.headings]
    assert "Who rides at night" in headings and "What comes next" in headings
    # Each heading is shown once, before its section's first sentence and after the one before.
    for heading in summary.headings:
        sentence = " ".join(summary.sentences[heading.before].text.split())
        assert shown.index(sentence) > shown.index(heading.text)
        if heading.before:
            earlier = " ".join(summary.sentences[heading.before - 1].text.split())
            assert shown.index(earlier) < shown.index(heading.text)
    assert f"{len(headings)} sections" in pane.time_label.text()
    assert window.preferences.summary.length_mode == "sections"
    last = " ".join(summary.sentences[-1].text.split())[:40]
    click_sentence(qtbot, window, last)


def test_by_section_an_article_without_headings_says_so_and_shows_its_summary(
    qtbot, window: MainWindow
) -> None:
    pane = show_by_section(qtbot, window, "Eastbrook Library")
    wait_for_summary(qtbot, window)
    assert window.summary.headings == () and window.summary.sentences
    shown = pane.sentences_view.toPlainText()
    assert "no sections to summarize by" in shown
    assert " ".join(window.summary.sentences[0].text.split()) in shown


def test_highlight_toggle_marks_every_summary_sentence(qtbot, window: MainWindow) -> None:
    window.set_summary_visible(True)
    wait_for_summary(qtbot, window)
    sentences = [" ".join(s.text.split())[:30] for s in window.summary.sentences]
    assert all(background_at(window.reader, text) != "#fff1a8" for text in sentences)
    qtbot.keyClick(window, Qt.Key.Key_H)
    assert window.summary_pane.highlight_box.isChecked()
    assert all(background_at(window.reader, text) == "#fff1a8" for text in sentences)


@pytest.mark.parametrize(
    ("forward", "backward"),
    [
        (
            (Qt.Key.Key_J, Qt.KeyboardModifier.NoModifier),
            (Qt.Key.Key_K, Qt.KeyboardModifier.NoModifier),
        ),
        (
            (Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier),
            (Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier),
        ),
    ],
)
def test_next_and_previous_by_keyboard_follow_the_list(
    qtbot, window: MainWindow, forward, backward
) -> None:
    second_id = window.model.article_id(1)
    assert not window.library.rows([second_id])[second_id].is_read
    qtbot.keyClick(window, forward[0], forward[1])
    assert window.current_row == 1
    assert window.article is not None and window.article.id == second_id
    assert window.library.rows([second_id])[second_id].is_read
    qtbot.keyClick(window, forward[0], forward[1])
    qtbot.keyClick(window, backward[0], backward[1])
    assert window.current_row == 1


def test_toolbar_next_and_previous(qtbot, window: MainWindow) -> None:
    qtbot.mouseClick(toolbar_button(window, window.next_action), Qt.MouseButton.LeftButton)
    assert window.current_row == 1
    qtbot.mouseClick(toolbar_button(window, window.previous_action), Qt.MouseButton.LeftButton)
    assert window.current_row == 0
    qtbot.mouseClick(toolbar_button(window, window.previous_action), Qt.MouseButton.LeftButton)
    assert window.current_row == 0


def test_summaries_are_cached_per_article_algorithm_and_length(qtbot, window: MainWindow) -> None:
    window.set_summary_visible(True)
    wait_for_summary(qtbot, window)
    article_id = window.article.id
    key = cache_key(window.summary_pane.settings)
    assert window.library.cached_summary(article_id, key) is not None
    qtbot.keyClick(window, Qt.Key.Key_J)
    wait_for_summary(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_K)
    assert window.summary is not None, "a cached summary shows without waiting for the worker"
    assert window.article.id == article_id


def test_a_too_short_article_says_so(qtbot, window: MainWindow) -> None:
    open_titled(qtbot, window, "Winter Ferry Timetable")
    window.set_summary_visible(True)
    wait_for_summary(qtbot, window)
    assert window.summary.too_short
    assert "too short to summarize" in window.summary_pane.sentences_view.toPlainText()


def test_a_restart_restores_the_window(qtbot, sample_library: Library) -> None:
    first = MainWindow(sample_library)
    qtbot.addWidget(first)
    first.show()
    qtbot.waitUntil(lambda: first.article is not None)
    screen = first.screen().availableGeometry()
    width, height = screen.width() - 60, screen.height() - 40
    first.resize(width, height)
    first.select_row(3)
    chosen = first.article.id
    first.set_summary_visible(True)
    first.summary_pane.algorithm_box.setCurrentIndex(
        first.summary_pane.algorithm_box.findData("luhn")
    )
    total = sum(first.splitter.sizes())
    first.splitter.setSizes([total * 25 // 100, total * 45 // 100, total * 30 // 100])
    sizes = first.splitter.sizes()
    first.close()

    second = MainWindow(sample_library)
    qtbot.addWidget(second)
    second.show()
    qtbot.waitUntil(lambda: second.article is not None)
    assert second.article.id == chosen
    assert (second.size().width(), second.size().height()) == (width, height)
    assert second.summary_visible
    restored = second.splitter.sizes()
    assert (restored[0], restored[2]) == (sizes[0], sizes[2])
    assert abs(restored[1] - sizes[1]) <= 8
    assert second.summary_pane.settings.algorithm == "luhn"
    second.summaries.wait_for_idle()


def test_summary_width_survives_collapsing(qtbot, window: MainWindow) -> None:
    window.set_summary_visible(True)
    sizes = window.splitter.sizes()
    window.splitter.setSizes([sizes[0], sizes[1] + sizes[2] - 420, 420])
    width = window.summary_pane.width()
    window.set_summary_visible(False)
    window.set_summary_visible(True)
    assert abs(window.summary_pane.width() - width) <= 2


def test_a_wide_image_is_shown_from_the_library_within_the_column(
    qtbot, window: MainWindow
) -> None:
    open_titled(qtbot, window, "Reading Offline")
    keys = list(window.article.asset_keys)
    assert keys, "the field guide ships an image"
    window.reader.resize(520, 600)
    image = window.reader.loadResource(
        QTextDocument.ResourceType.ImageResource.value, QUrl(asset_url(keys[0]))
    )
    assert isinstance(image, QImage) and not image.isNull()
    assert image.width() <= window.reader.viewport().width() - 2 * MIN_MARGIN
    assert (
        window.reader.loadResource(
            QTextDocument.ResourceType.ImageResource.value, QUrl("https://example.org/a.png")
        )
        is None
    )


def test_every_menu_entry_has_a_shortcut(window: MainWindow) -> None:
    missing = [
        f"{name}: {action.text()}"
        for name, menu in window.menus.items()
        for action in menu.actions()
        if action.text() and action.menu() is None and not action.shortcuts()
    ]
    assert missing == []


def test_code_and_images_fit_the_column(qtbot, window: MainWindow) -> None:
    open_titled(qtbot, window, "Reading Offline")
    qtbot.waitUntil(lambda: window.reader.horizontalScrollBar().maximum() == 0)
    window.set_summary_visible(True)
    qtbot.waitUntil(lambda: window.summary is not None, timeout=10_000)
    total = sum(window.splitter.sizes())
    side = (total - 540) // 2
    window.splitter.setSizes([side, 540, total - 540 - side])
    qtbot.wait(50)
    reader = window.reader
    assert reader.viewport().width() < 640, "the column is narrower than the image"
    column = reader.viewport().width() - 2 * MIN_MARGIN
    document = reader.document()
    block = document.begin()
    widths = {}
    while block.isValid():
        widths[block.text()[:30]] = document.documentLayout().blockBoundingRect(block).width()
        block = block.next()
    too_wide = {text: width for text, width in widths.items() if width > column}
    assert too_wide == {}, "long code lines and images fit the column"


def test_an_opened_article_keeps_the_column_and_starts_keyboard_reading_at_the_top(
    qtbot, window: MainWindow
) -> None:
    reader = window.reader
    margin = reader.document().rootFrame().frameFormat().leftMargin()
    assert margin > MIN_MARGIN, "the window is wide: the column has side margins"
    open_titled(qtbot, window, "Reading Offline")
    assert reader.document().rootFrame().frameFormat().leftMargin() == margin
    assert reader.textCursor().position() == 0
    reader.setFocus()
    qtbot.keyClick(reader, Qt.Key.Key_Tab)
    first_link = reader.textCursor()
    assert first_link.hasSelection() and first_link.charFormat().isAnchor()
    assert first_link.selectionStart() == min(
        position for position in _anchor_positions(reader.document())
    )


def _anchor_positions(document: QTextDocument) -> list[int]:
    positions = []
    block = document.begin()
    while block.isValid():
        for fragment_range in block.textFormats():
            if fragment_range.format.isAnchor() and fragment_range.format.anchorHref():
                positions.append(block.position() + fragment_range.start)
        block = block.next()
    return positions


def title_lines(window: MainWindow) -> list[str]:
    """The lines the reader's title block is laid out in."""
    block = window.reader.document().begin()
    while block.isValid() and not block.text().strip():
        block = block.next()
    layout = block.layout()
    text = block.text()
    return [
        text[line.textStart() : line.textStart() + line.textLength()]
        for line in (layout.lineAt(i) for i in range(layout.lineCount()))
    ]


def test_a_small_window_keeps_the_article_readable_and_folds_the_list(
    qtbot, window: MainWindow
) -> None:
    window.resize(800, 600)
    window.set_summary_visible(True)
    open_titled(qtbot, window, "What Ten")
    qtbot.waitUntil(lambda: window.reader.width() >= 400)
    lines = title_lines(window)
    assert len(lines) > 1
    assert all(line.endswith(" ") for line in lines[:-1]), lines
    list_pane = window.splitter.widget(0)
    assert list_pane.isHidden()
    assert window.width() == 800
    assert window.summary_visible
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: not list_pane.isHidden())
    assert list_pane.width() >= 180


def test_ctrl_end_and_ctrl_home_go_to_the_end_and_the_top_of_the_article(
    qtbot, window: MainWindow
) -> None:
    open_titled(qtbot, window, LONG_READ)
    bar = window.reader.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bar.value() == bar.maximum())
    qtbot.keyClick(window.reader, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bar.value() == 0)


def test_the_language_chooser_shows_names_and_filters_by_code(qtbot, window: MainWindow) -> None:
    box = window.list_panel.filter_bar.language_box
    box.load_choices()
    offered = {box.itemText(i): box.itemData(i) for i in range(1, box.count())}
    assert offered["German"] == "de"
    assert offered["English"] == "en"
    assert offered["Russian"] == "ru"
