"""Sentence spans with exact character offsets.

Blocks (paragraphs, headings, list items, code) are separated by blank lines and a sentence
never crosses one, so each block is segmented on its own. The segmenter's pieces are mapped
back to the text by searching forward from a cursor, which keeps offsets exact even when the
segmenter drops or normalises whitespace.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import sentencex

from app.summary.types import SummaryError

_BLANK_LINE = re.compile(r"\n[^\S\n]*\n\s*")
_SPLITTER_LANGUAGES = ("en", "ru", "de", "fr", "es", "uk")
_LIST_MARKER = re.compile(r"(?:\d{1,3}|[A-Za-z]|[ivxIVX]{1,4})[.)]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_OPENING_MARKS = " \t\n\"'«„“‘("


def block_spans(text: str) -> Iterator[tuple[int, int]]:
    """Yield the (start, end) of each non-blank block, whitespace-trimmed."""
    start = 0
    for gap in _BLANK_LINE.finditer(text):
        yield from _trimmed(text, start, gap.start())
        start = gap.end()
    yield from _trimmed(text, start, len(text))


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        yield start, end


def sentencex_pieces(language: str, block: str) -> list[str]:
    splitter_language = language if language in _SPLITTER_LANGUAGES else "en"
    return list(sentencex.segment(splitter_language, block))


def merge_fragments(pieces: list[str]) -> list[str]:
    """Undo the segmenter's cuts that no sentence boundary explains: after a bare list marker
    ("1.", "b)") and before a lower-case word (an abbreviation such as "approx." or "т.е.")."""
    merged: list[str] = []
    for piece in pieces:
        if merged and (_LIST_MARKER.fullmatch(merged[-1].strip()) or _starts_lower(piece)):
            merged[-1] += piece
        else:
            merged.append(piece)
    return merged


def _starts_lower(piece: str) -> bool:
    opening = piece.lstrip(_OPENING_MARKS)
    return bool(opening) and opening[0].islower()


def _segment(language: str, block: str) -> list[str]:
    return merge_fragments(sentencex_pieces(language, block))


def _piece_starts(block: str, pieces: list[str]) -> list[int]:
    """Where each segmenter piece begins in `block`; pieces that cannot be found are merged."""
    starts = [0]
    cursor = 0
    for piece in pieces:
        stripped = piece.strip()
        found = block.find(stripped, cursor) if stripped else -1
        if found < 0:
            continue
        if found > starts[-1]:
            starts.append(found)
        cursor = found + len(stripped)
    return starts


def without_surrogates(text: str) -> str:
    """The text with lone surrogates (not encodable as UTF-8) replaced one for one, so that
    offsets into the result are offsets into `text`."""
    return _SURROGATE.sub("\ufffd", text)


def _block_sentences(text: str, start: int, end: int, language: str) -> Iterator[tuple[int, int]]:
    block = without_surrogates(text[start:end])
    starts = _piece_starts(block, _segment(language, block))
    for piece_start, piece_end in zip(starts, [*starts[1:], len(block)], strict=True):
        yield from _trimmed(text, start + piece_start, start + piece_end)


def split_sentences(text: str, language: str) -> list[tuple[int, int]]:
    """Exact (start, end) spans of the sentences of `text`, in document order."""
    if not isinstance(text, str):
        raise SummaryError("text must be a str")
    spans: list[tuple[int, int]] = []
    for start, end in block_spans(text):
        spans.extend(_block_sentences(text, start, end, language))
    return spans
