"""Long articles are shown a part at a time, so the window never waits for all of one.

Qt parses and lays out HTML on the GUI thread: `setHtml` of a 1,000,000-character article holds
the event loop for over 100 ms. The reader instead sets the first part and appends the rest from
the event loop, one part per turn, each part cut between top-level blocks (paragraphs, lists,
tables...) so no block is split. Parts are made from the highlighted HTML when their turn comes,
so summary and search marks in the last part are there as in the first.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QTextBlockFormat, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit

from app.document import Highlight, RenderedArticle

# About 15-20 ms of GUI-thread time per part on the build machine (see docs/benchmarks.md).
PART_CHARACTERS = 20_000
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)")
_VOID_TAGS = frozenset({"br", "hr", "img", "wbr"})
_BLOCK_TAGS = frozenset(
    {"p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "blockquote", "pre", "table"}
    | {"div", "figure", "section", "article", "header", "footer", "aside", "hr"}
)


def part_ranges(pieces: Sequence[object], size: int = PART_CHARACTERS) -> list[tuple[int, int]]:
    """Piece ranges of about `size` characters each, every one ending with a top-level block."""
    ranges: list[tuple[int, int]] = []
    start = length = depth = 0
    for index, piece in enumerate(pieces):
        if not isinstance(piece, str):
            length += len(getattr(piece, "text", ""))
            continue
        length += len(piece)
        depth = max(0, depth + _depth_change(piece))
        if depth == 0 and length >= size and _ends_block(piece):
            ranges.append((start, index + 1))
            start, length = index + 1, 0
    if start < len(pieces):
        ranges.append((start, len(pieces)))
    return ranges


def html_parts(
    rendered: RenderedArticle, highlights: Sequence[Highlight], size: int = PART_CHARACTERS
) -> Iterator[str]:
    """The article's highlighted HTML, a part at a time (made lazily, when asked for)."""
    for start, end in part_ranges(rendered.pieces, size):
        yield RenderedArticle(rendered.pieces[start:end], rendered.text).html(highlights)


def _depth_change(markup: str) -> int:
    match = _TAG.match(markup)
    if match is None:
        return 0
    if match.group(1):
        return -1
    self_contained = markup.endswith("/>") or "</" in markup  # e.g. a missing image's label
    return 0 if self_contained or match.group(2).lower() in _VOID_TAGS else 1


def _ends_block(markup: str) -> bool:
    match = _TAG.match(markup)
    if match is None:
        return False
    tag = match.group(2).lower()
    return tag in _BLOCK_TAGS and (bool(match.group(1)) or tag == "hr")


class ProgressiveHtml(QObject):
    """Fills a text view's document from a first part and then one more part per event-loop
    turn; starting again or cancelling drops the parts not yet shown."""

    finished = Signal()

    def __init__(self, view: QTextEdit) -> None:
        super().__init__(view)
        self._view = view
        self._parts: Iterator[str] = iter(())
        self._timer = QTimer(self, interval=0)
        self._timer.timeout.connect(self._append_next)

    def start(self, first: str, rest: Iterator[str]) -> None:
        self._parts = rest
        self._view.setHtml(first)
        self._timer.start()

    def cancel(self) -> None:
        self._timer.stop()
        self._parts = iter(())

    def is_loading(self) -> bool:
        return self._timer.isActive()

    def _append_next(self) -> None:
        part = next(self._parts, None)
        if part is None:
            self.cancel()
            self.finished.emit()
            return
        cursor = QTextCursor(self._view.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        # a fresh plain block, or the part's first paragraph would merge into the last one
        cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
        cursor.insertHtml(part)
