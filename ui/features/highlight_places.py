"""Places in the reader's document as offsets in the article's plain text, and back.

The reader shows a header (title, details, a rule) and then the article's HTML, which Qt turns
into blocks, table cells and image characters. The article's plain text (the one summary
sentences and highlights are offsets into) has the same characters in the same order, with
"\\n\\n" between blocks where Qt has one separator, and without what the HTML only shows
(footnote markers, missing-image labels). Walking both once aligns them.
"""

from __future__ import annotations

from array import array

from PySide6.QtGui import QTextDocument, QTextFormat

# What Qt puts between blocks, cells and frames, or in place of an image.
_SEPARATORS = frozenset("\u2029\u2028\ufdd0\ufdd1\ufdd2\ufffc")


def body_start(document: QTextDocument) -> int:
    """The position just after the header's rule, where the article's own text begins."""
    block = document.begin()
    while block.isValid():
        rule = QTextFormat.Property.BlockTrailingHorizontalRulerWidth
        if block.blockFormat().hasProperty(rule):
            return block.next().position() if block.next().isValid() else document.characterCount()
        block = block.next()
    return 0


class TextPlaces:
    """For each document position, the offset in the plain text it stands at."""

    def __init__(self, document: QTextDocument, text: str) -> None:
        self._start = body_start(document)
        self._text = text
        self._offsets = _align(document.toRawText()[self._start :], text)

    def offset(self, position: int) -> int:
        """The plain-text offset of a document position (the header maps to 0)."""
        index = position - self._start
        if index < 0:
            return 0
        if index >= len(self._offsets):
            return len(self._text)
        return self._offsets[index]

    def span(self, first: int, last: int) -> tuple[int, int] | None:
        """The plain-text range of a selection between two document positions, without the
        whitespace at its edges; None when it holds no text of the article."""
        start, end = self.offset(first), self.offset(last)
        chosen = self._text[start:end]
        start += len(chosen) - len(chosen.lstrip())
        end -= len(chosen) - len(chosen.rstrip())
        return (start, end) if start < end else None


def _is_space(character: str) -> bool:
    return character.isspace() or character in _SEPARATORS


def _align(shown: str, text: str) -> array[int]:
    """offsets[i]: where the i-th shown character stands in `text` (the next character's
    offset for one `text` does not have)."""
    offsets = array("i", bytes(4 * len(shown)))
    j, length = 0, len(text)
    for i, character in enumerate(shown):
        if j < length and character == text[j]:
            offsets[i] = j
            j += 1
            continue
        if j < length and text[j].isspace():
            while j < length and text[j].isspace():  # "\n\n" where Qt has one separator
                j += 1
            if j < length and character == text[j]:
                offsets[i] = j
                j += 1
                continue
        offsets[i] = j  # a separator or a marker the plain text leaves out
        if _is_space(character) and j < length and text[j] == " ":
            j += 1
    return offsets
