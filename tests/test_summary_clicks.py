"""The whole block of a summary sentence is its target: between its lines, past its last word."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QTextBrowser

from ui.window.main_window import MainWindow

from gui_helpers import text_point


def show_summary(qtbot, window: MainWindow, mode: str = "sentences") -> QTextBrowser:
    pane = window.summary_pane
    pane.mode_box.setCurrentIndex(pane.mode_box.findData(mode))
    window.set_summary_visible(True)
    qtbot.waitUntil(lambda: window.summary is not None, timeout=10_000)
    return pane.sentences_view


def line_rects(view: QTextBrowser, position: int) -> list[tuple[int, int, int]]:
    """(top, bottom, right) in viewport pixels of each line of the paragraph at `position`."""
    block = view.document().findBlock(position)
    layout = block.layout()
    origin = view.document().documentLayout().blockBoundingRect(block).topLeft()
    offset = QPoint(view.horizontalScrollBar().value(), view.verticalScrollBar().value())
    lines = []
    for number in range(layout.lineCount()):
        line = layout.lineAt(number).naturalTextRect().translated(origin)
        lines.append(
            (
                round(line.top()) - offset.y(),
                round(line.bottom()) - offset.y(),
                round(line.right()) - offset.x(),
            )
        )
    return lines


def wrapped_sentence(window: MainWindow, view: QTextBrowser) -> tuple[int, int]:
    """(summary position, document position) of a sentence that takes two lines or more."""
    assert window.summary is not None
    text = view.document().toPlainText()
    for position, sentence in enumerate(window.summary.sentences):
        start = text.find(" ".join(sentence.text.split())[:40])
        if len(line_rects(view, start)) >= 2:
            return position, start
    raise AssertionError("no summary sentence wraps in the pane")


def test_a_click_between_the_lines_of_a_sentence_follows_it(qtbot, window: MainWindow) -> None:
    view = show_summary(qtbot, window)
    position, start = wrapped_sentence(window, view)
    first, second = line_rects(view, start)[:2]
    assert second[0] - first[1] >= 0
    between = QPoint(text_point(view, view.document().toPlainText()[start:][:5]).x(), 0)
    between.setY((first[1] + second[0]) // 2)
    assert not view.anchorAt(between) or view.anchorAt(between).endswith(f":{position}")
    with qtbot.waitSignal(window.summary_pane.sentence_activated) as activated:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=between)
    assert activated.args == [position]
    assert window.session.focused_sentence == position


def test_a_click_past_the_last_word_of_a_sentence_follows_it(qtbot, window: MainWindow) -> None:
    view = show_summary(qtbot, window)
    position, start = wrapped_sentence(window, view)
    top, bottom, right = line_rects(view, start)[-1]
    past = QPoint(right + 12, (top + bottom) // 2)
    assert past.x() < view.viewport().width()
    assert view.anchorAt(past) == ""
    with qtbot.waitSignal(window.summary_pane.sentence_activated) as activated:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=past)
    assert activated.args == [position]


def test_a_click_on_a_word_follows_the_sentence_once(qtbot, window: MainWindow) -> None:
    view = show_summary(qtbot, window)
    position, start = wrapped_sentence(window, view)
    spy: list[int] = []
    window.summary_pane.sentence_activated.connect(spy.append)
    word = text_point(view, view.document().toPlainText()[start:][:5])
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=word)
    qtbot.wait(50)
    assert spy == [position]


def open_titled(qtbot, window: MainWindow, prefix: str) -> None:
    titles = [str(window.model.index(row).data()) for row in range(window.model.rowCount())]
    window.select_row(next(row for row, title in enumerate(titles) if title.startswith(prefix)))
    qtbot.waitUntil(lambda: window.article is not None and window.article.title.startswith(prefix))


def test_a_sentence_shows_a_pointing_cursor(qtbot, window: MainWindow) -> None:
    view = show_summary(qtbot, window)
    _position, start = wrapped_sentence(window, view)
    first, second = line_rects(view, start)[:2]
    between = QPoint(first[2] // 2, (first[1] + second[0]) // 2)
    qtbot.mouseMove(view.viewport(), between)
    qtbot.waitUntil(lambda: view.viewport().cursor().shape() == Qt.CursorShape.PointingHandCursor)


def test_a_section_heading_is_no_target(qtbot, window: MainWindow) -> None:
    open_titled(qtbot, window, "After Midnight")
    view = show_summary(qtbot, window, "sections")
    assert window.summary is not None and window.summary.headings
    heading = " ".join(window.summary.headings[0].text.split())
    spy: list[int] = []
    window.summary_pane.sentence_activated.connect(spy.append)
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.document().toPlainText().find(heading) + 1)
    point = view.cursorRect(cursor).center()
    qtbot.mouseMove(view.viewport(), point)
    assert view.viewport().cursor().shape() != Qt.CursorShape.PointingHandCursor
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.wait(50)
    assert spy == []
    first_sentence = " ".join(window.summary.sentences[0].text.split())[:30]
    with qtbot.waitSignal(window.summary_pane.sentence_activated) as activated:
        qtbot.mouseClick(
            view.viewport(), Qt.MouseButton.LeftButton, pos=text_point(view, first_sentence)
        )
    assert activated.args == [0]
