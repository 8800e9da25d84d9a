"""What the summary pane says about a summary: which sentences rank highest, the time it saves."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCursor

from app.summary import Summary, SummarySentence
from ui.reading.summary_pane import SummaryPane, key_positions, reading_time_line
from ui.window.main_window import MainWindow


def summary_scored(*scores: float) -> Summary:
    sentences = tuple(
        SummarySentence(10 * number, 10 * number + 9, f"Sentence number {number}.", score, number)
        for number, score in enumerate(scores)
    )
    return Summary(sentences, "default", "en", 40, too_short=False)


@pytest.mark.parametrize(
    ("scores", "key"),
    [
        ((1.0, 0.9, 0.95), {0}),  # a third of the summary, the best first
        ((0.3, 1.0, 0.2, 0.8, 0.9, 0.4), {1, 4}),
        ((1.0, 1.0, 1.0), {0}),  # a tie: the earlier sentence
        ((1.0, 0.2), set()),  # two sentences: nothing stands out
        ((), set()),
    ],
)
def test_the_key_sentences_are_the_best_ranked_third(scores, key) -> None:
    assert key_positions(summary_scored(*scores)) == key


@pytest.mark.parametrize(
    ("article", "summary", "line"),
    [
        (1500, 200, "7 min read → 1 min summary · 3 of 40 sentences"),
        (250, 70, "3 of 40 sentences · 28% of the words"),  # 1 min either way: say the share
        (0, 0, "3 of 40 sentences"),
    ],
)
def test_the_time_line_says_something_useful(article, summary, line) -> None:
    assert reading_time_line(article, summary, summary_scored(1, 1, 1)) == line


def bold_sentences(pane: SummaryPane) -> list[str]:
    document = pane.sentences_view.document()
    bold = []
    block = document.begin()
    while block.isValid():
        cursor = QTextCursor(block)
        cursor.movePosition(QTextCursor.MoveOperation.NextCharacter)
        if block.text() and cursor.charFormat().fontWeight() >= 600:
            bold.append(block.text())
        block = block.next()
    return bold


def test_the_pane_says_what_bold_means(window: MainWindow) -> None:
    window.set_summary_visible(True)
    pane = window.summary_pane
    pane.show_summary(summary_scored(0.3, 1.0, 0.2, 0.8, 0.9, 0.4), 1500)
    assert bold_sentences(pane) == ["Sentence number 1.", "Sentence number 4."]
    assert pane.key_legend.isVisible()
    assert "bold" in pane.key_legend.text().lower()
    assert "2" in pane.key_legend.text()
    pane.show_summary(summary_scored(1.0, 0.2), 1500)
    assert bold_sentences(pane) == []
    assert not pane.key_legend.isVisible()


def test_a_sentence_tooltip_gives_its_rank_in_words(window: MainWindow) -> None:
    pane = window.summary_pane
    pane.show_summary(summary_scored(0.3, 1.0, 0.2), 1500)
    tip = tooltip_at(pane, "Sentence number 1.")
    assert tip.startswith("Ranks 1st of the 3 summary sentences")
    assert "sentence 2 of the article" in tip
    assert tooltip_at(pane, "Sentence number 2.").startswith("Ranks 3rd")


def tooltip_at(pane: SummaryPane, text: str) -> str:
    document = pane.sentences_view.document()
    cursor = QTextCursor(document)
    cursor.setPosition(document.toPlainText().find(text) + 1)
    return cursor.charFormat().toolTip()
