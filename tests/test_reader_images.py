"""A picture in the article takes its own height and no more: the text's tall line height
must not stretch the picture's line into a gap under it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage, QTextBlock

from app.articles import ArticleDraft
from app.document import render_markdown
from app.library import Library
from ui.window.main_window import MainWindow


def png(width: int, height: int) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#44aa77"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


MARKDOWN = (
    "A paragraph before the pictures, long enough to be a line of text.\n\n"
    "![wide](wide.png)\n\nThe paragraph right under the wide picture.\n\n"
    "![small](small.png)\n\nThe paragraph right under the small picture.\n"
)


@pytest.fixture
def window_library(lede_env) -> Library:  # type: ignore[no-untyped-def]
    library = Library(lede_env / "library.sqlite3")
    assets = {"wide.png": png(2400, 1000), "small.png": png(200, 120)}
    library.add_article(ArticleDraft(title="Pictures", markdown=MARKDOWN), assets=assets)
    return library


def blocks(window: MainWindow) -> list[QTextBlock]:
    document = window.reader.document()
    found, block = [], document.begin()
    while block.isValid():
        found.append(block)
        block = block.next()
    return found


def test_the_text_under_a_picture_starts_right_under_it(window: MainWindow) -> None:
    layout = window.reader.document().documentLayout()
    all_blocks = blocks(window)
    pictures = [block for block in all_blocks if block.text() == "\ufffc"]
    assert len(pictures) == 2
    for picture in pictures:
        below = picture.next()
        picture_rect, below_rect = (
            layout.blockBoundingRect(picture),
            layout.blockBoundingRect(below),
        )
        image_height = (
            window.reader.document()
            .resource(2, picture.begin().fragment().charFormat().toImageFormat().name())
            .height()
        )
        assert picture_rect.height() == pytest.approx(image_height, abs=2)
        margins = picture.blockFormat().bottomMargin() + below.blockFormat().topMargin()
        gap = below_rect.top() - picture_rect.bottom()
        assert gap <= margins + 2, f"{gap:.0f} px under a {image_height} px picture"


def test_only_a_paragraph_that_opens_with_a_picture_loses_the_tall_lines() -> None:
    html = render_markdown(
        MARKDOWN + "\nText first ![inline](small.png) then more.\n", ["wide.png", "small.png"]
    ).html()
    assert html.count('<p class="image">') == 2
    assert "<p>Text first" in html
