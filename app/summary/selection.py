"""How long a summary is, and which ranked sentences fill it."""

from __future__ import annotations

import math
from collections.abc import Sequence

from app.summary.types import SummaryError, SummaryLength

# Short news reads well in three sentences; longer pieces need a few more, but a summary
# longer than ten sentences stops being a summary.
_MIN_DEFAULT_SENTENCES = 3
MAX_DEFAULT_SENTENCES = 10


def default_length(sentence_count: int) -> SummaryLength:
    """About three sentences for short news, growing with the square root of the length."""
    grown = round(math.sqrt(max(sentence_count, 0) / 2))
    return SummaryLength(sentences=max(_MIN_DEFAULT_SENTENCES, min(MAX_DEFAULT_SENTENCES, grown)))


def check_length(length: SummaryLength) -> None:
    if not isinstance(length, SummaryLength):
        raise SummaryError("length must be a SummaryLength")
    values = [length.sentences, length.percent, length.words]
    if sum(value is not None for value in values) != 1:
        raise SummaryError("set exactly one of sentences, percent or words in SummaryLength")
    for value in values:
        if isinstance(value, bool):
            raise SummaryError("summary length must be a number, not a bool")
    if length.sentences is not None and not (
        isinstance(length.sentences, int) and length.sentences >= 1
    ):
        raise SummaryError(f"sentences must be a whole number >= 1, got {length.sentences!r}")
    if length.percent is not None and not (
        isinstance(length.percent, int | float) and 1 <= length.percent <= 100
    ):
        raise SummaryError(f"percent must be between 1 and 100, got {length.percent!r}")
    if length.words is not None and not (isinstance(length.words, int) and length.words >= 1):
        raise SummaryError(f"words must be a whole number >= 1, got {length.words!r}")


def summary_share(length: SummaryLength, candidate_texts: Sequence[str]) -> float:
    """About what share of the article a summary of `length` keeps."""
    if length.percent is not None:
        return length.percent / 100
    if length.words is not None:
        total = sum(word_count(text) for text in candidate_texts)
        return length.words / max(total, 1)
    return (length.sentences or 1) / max(len(candidate_texts), 1)


def word_count(text: str) -> int:
    return len(text.split())


def pick(ranked_texts: Sequence[str], length: SummaryLength, sentence_count: int) -> list[int]:
    """Positions in `ranked_texts` (best first) that make up a summary of `length`."""
    if length.words is not None:
        return _fill_word_budget(ranked_texts, length.words)
    if length.percent is not None:
        wanted = max(1, math.floor(sentence_count * length.percent / 100))
    else:
        wanted = length.sentences or 1
    return list(range(min(wanted, len(ranked_texts))))


def _fill_word_budget(ranked_texts: Sequence[str], budget: int) -> list[int]:
    """Greedy fill: take each sentence in rank order that still fits (the best one always)."""
    chosen: list[int] = []
    used = 0
    for position, text in enumerate(ranked_texts):
        words = word_count(text)
        if not chosen or used + words <= budget:
            chosen.append(position)
            used += words
        if used >= budget:
            break
    return chosen
