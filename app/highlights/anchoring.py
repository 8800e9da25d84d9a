"""Where a highlight stands in an article's plain text, and where it stands after the text changed.

An anchor keeps the quote (`exact`), up to CONTEXT characters before and after it (`prefix`,
`suffix`) and its offsets. Placing it again tries the offsets first (the text is unchanged,
the usual case and the cheap one), then every place the quote occurs, preferring the one
whose surroundings match best and then the one nearest the old offset. A quote that no
longer occurs is not placed: the caller lists it as "could not be placed", never drops it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

CONTEXT = 32
MAX_CANDIDATES = 2_000  # occurrences weighed for a very common quote ("the")


@dataclass(frozen=True)
class TextAnchor:
    """A TextQuoteSelector (exact, prefix, suffix) with a TextPositionSelector (start, end)."""

    exact: str
    prefix: str
    suffix: str
    start: int
    end: int


def anchor_for(text: str, start: int, end: int) -> TextAnchor:
    """The anchor of text[start:end]; the range is clipped to the text and must not be empty."""
    start, end = max(0, start), min(len(text), end)
    if start >= end:
        raise ValueError("a highlight needs at least one character of the text")
    prefix = text[max(0, start - CONTEXT) : start]
    return TextAnchor(text[start:end], prefix, text[end : end + CONTEXT], start, end)


def place(text: str, anchor: TextAnchor) -> tuple[int, int] | None:
    """Where the anchor's quote stands in `text` now, or None if it occurs nowhere."""
    exact = anchor.exact
    if not exact:
        return None
    if text[anchor.start : anchor.end] == exact:
        return anchor.start, anchor.end
    starts = _occurrences(text, exact)
    if not starts:
        return None
    best = max(starts, key=lambda found: _rank(text, anchor, found))
    return best, best + len(exact)


def _occurrences(text: str, exact: str) -> list[int]:
    found: list[int] = []
    position = text.find(exact)
    while position >= 0 and len(found) < MAX_CANDIDATES:
        found.append(position)
        position = text.find(exact, position + 1)
    return found


def _rank(text: str, anchor: TextAnchor, found: int) -> tuple[int, int]:
    return _context_score(text, anchor, found), -abs(found - anchor.start)


def _context_score(text: str, anchor: TextAnchor, found: int) -> int:
    """How many characters of the prefix and suffix match around an occurrence, plus one so
    that an occurrence with no matching context still counts (a quote at the text's edge)."""
    before = text[max(0, found - len(anchor.prefix)) : found]
    after_start = found + len(anchor.exact)
    after = text[after_start : after_start + len(anchor.suffix)]
    matched_before = _shared_length(reversed(before), reversed(anchor.prefix))
    matched_after = _shared_length(after, anchor.suffix)
    return matched_before + matched_after + 1


def _shared_length(first: Iterable[str], second: Iterable[str]) -> int:
    """How many characters the two run alike from their start."""
    count = 0
    for left, right in zip(first, second, strict=False):
        if left != right:
            break
        count += 1
    return count
