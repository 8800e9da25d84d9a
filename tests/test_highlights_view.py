"""The Highlights view under the summary, safe notes, and keeping a summary sentence."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QUrl
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication

from app.document import render_markdown
from app.highlights.anchoring import anchor_for
from app.highlights.model import Highlight, PlacedHighlight
from app.library import Library
from ui.features.highlights import highlight_anchor
from ui.features.highlights_view import SHOWN_NOTE, highlights_html, note_html
from ui.window.main_window import MainWindow


def test_a_note_is_shown_as_text_never_as_markup() -> None:
    shown = note_html("<script>alert(1)</script> <b>x</b>\x00\x1b[31m\u202eevil\nline *two*")
    assert "<script>" not in shown and "&lt;script&gt;" in shown and "&lt;b&gt;" in shown
    assert "\x00" not in shown and "\x1b" not in shown and "\u202e" not in shown
    assert "<br/>\nline <em>two</em>" in shown  # its line kept, its Markdown rendered


def test_a_notes_markdown_is_rendered_but_links_and_images_are_only_words() -> None:
    shown = note_html(
        "Read the *log* and `code`\n\n[a link](javascript:alert(1)) ![x](http://e/i.png)"
    )
    assert "<em>log</em>" in shown and "<code>code</code>" in shown
    assert "<a" not in shown and "<img" not in shown and "javascript" not in shown
    assert "a link" in shown


def test_a_million_character_note_is_shown_in_part() -> None:
    shown = note_html("n" * 1_000_000)
    assert len(shown) == SHOWN_NOTE + 1 and shown.endswith("…")


def test_unplaced_highlights_are_listed_apart_without_a_link() -> None:
    anchor = anchor_for("The lamp turns at dusk.", 4, 14)
    here = Highlight(1, 9, anchor, "green", "", "2026", "2026")
    gone = Highlight(2, 9, anchor, "pink", "lost note", "2026", "2026")
    markup = highlights_html(
        "", [PlacedHighlight(here, (4, 14)), PlacedHighlight(gone, None)], highlight_anchor
    )
    placed, lost = markup.split("Could not be placed")
    assert "href='#highlight-1'" in placed and "mark-green" in placed
    assert "lamp turns" in lost and "lost note" in lost and "href" not in lost


def test_the_view_lists_the_article_note_and_highlights_and_a_click_jumps_there(
    qtbot, window: MainWindow, sample_library: Library
) -> None:  # type: ignore[no-untyped-def]
    article = window.session.article
    assert article is not None
    near_end = len(article.body) - 40
    highlight_id = sample_library.add_highlight(
        article.id, anchor_for(article.body, near_end, near_end + 20), "blue"
    )
    assert highlight_id is not None
    window.operations.set_article_note(article.id, "<i>mine</i>")
    view = window.highlights.view
    text = view.toPlainText()
    assert (
        "<i>mine</i>" in text and " ".join(article.body[near_end : near_end + 20].split()) in text
    )
    bar = window.reader.verticalScrollBar()
    bar.setValue(0)
    view.anchorClicked.emit(QUrl(f"#{highlight_anchor(highlight_id)}"))
    assert bar.value() > 0


def test_keep_this_makes_the_followed_summary_sentence_a_highlight(
    qtbot, window: MainWindow, sample_library: Library
) -> None:  # type: ignore[no-untyped-def]
    article = window.session.article
    assert article is not None
    window.highlights.keep_sentence()
    assert sample_library.highlights(article.id) == []  # no sentence followed yet
    window.set_summary_visible(True)
    qtbot.waitUntil(lambda: window.summary is not None, timeout=20_000)
    window.summary_pane.sentence_activated.emit(1)
    window.highlights.keep_action.trigger()
    (kept,) = sample_library.highlights(article.id)
    sentence = window.summary.sentences[1]  # type: ignore[union-attr]
    text = render_markdown(article.markdown).text
    assert kept.quote == text[sentence.start : sentence.end]


def test_all_highlights_newest_first_filtered_by_colour_and_tag_and_a_click_opens_one(
    qtbot, window: MainWindow, sample_library: Library
) -> None:  # type: ignore[no-untyped-def]
    first, second = sample_library.article_ids()[:2]
    for article_id, colour in ((first, "green"), (second, "pink"), (first, "blue")):
        body = sample_library.article(article_id).body  # type: ignore[union-attr]
        sample_library.add_highlight(article_id, anchor_for(body, 100, 130), colour)
    sample_library.add_tag(second, "later")
    view = window.all_highlights
    view.action.trigger()
    assert view.isVisible()
    text = view.list_view.toPlainText()
    blue = " ".join(sample_library.article(first).body[100:130].split())  # type: ignore[union-attr]
    assert text.index(blue) < text.index(
        " ".join(sample_library.article(second).body[100:130].split())
    )  # type: ignore[union-attr]
    view.colour_box.setCurrentIndex(view.colour_box.findData("pink"))
    assert view.list_view.toPlainText().count("·") == 1
    view.colour_box.setCurrentIndex(0)
    view.tag_box.setCurrentIndex(view.tag_box.findData("later"))
    assert sample_library.article(second).title in view.list_view.toPlainText()  # type: ignore[union-attr]
    assert view.list_view.toPlainText().count("·") == 1
    (pink,) = sample_library.library_highlights(colour="pink")
    view.list_view.anchorClicked.emit(QUrl(f"#{second}:{pink.highlight.id}"))
    qtbot.waitUntil(
        lambda: window.session.article is not None and window.session.article.id == second
    )
    view.close()


def test_the_context_menu_of_a_summary_sentence_keeps_that_sentence(
    qtbot, window: MainWindow, sample_library: Library
) -> None:  # type: ignore[no-untyped-def]
    article = window.session.article
    assert article is not None
    window.set_summary_visible(True)
    qtbot.waitUntil(lambda: window.summary is not None, timeout=20_000)
    sentences = window.summary_pane.sentences_view
    block = sentences.document().findBlockByNumber(1)
    rect = sentences.document().documentLayout().blockBoundingRect(block)
    point = rect.center().toPoint() - QPoint(0, sentences.verticalScrollBar().value())
    assert sentences.sentence_at(point) == 1
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, point, sentences.viewport().mapToGlobal(point)
    )
    QApplication.sendEvent(sentences.viewport(), event)
    menu = sentences.menu
    assert menu is not None
    offered = [action.text() for action in menu.actions()]
    assert offered[0] == window.highlights.keep_action.text() and len(offered) > 2  # Copy too
    menu.actions()[0].trigger()
    menu.close()
    (kept,) = sample_library.highlights(article.id)
    sentence = window.summary.sentences[1]  # type: ignore[union-attr]
    assert kept.quote == render_markdown(article.markdown).text[sentence.start : sentence.end]
