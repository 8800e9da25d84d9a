"""Plain values that the summary package hands to the rest of the app."""

from __future__ import annotations

from dataclasses import dataclass

# The algorithms a reader can choose, in menu order: key -> display name.
ALGORITHMS: dict[str, str] = {
    "default": "Lede (default)",
    "lexrank": "LexRank",
    "textrank": "TextRank",
    "lsa": "LSA",
    "luhn": "Luhn",
    "edmundson": "Edmundson",
    "kl": "KL-Sum",
    "sumbasic": "SumBasic",
    "reduction": "Reduction",
}


class SummaryError(Exception):
    """A request the summarizer cannot honour (unknown algorithm, language or length)."""


@dataclass(frozen=True)
class SummarySentence:
    start: int
    end: int
    text: str
    score: float
    index: int


@dataclass(frozen=True)
class SummaryLength:
    sentences: int | None = None
    percent: float | None = None
    words: int | None = None


@dataclass(frozen=True)
class Summary:
    sentences: tuple[SummarySentence, ...]
    algorithm: str
    language: str
    sentence_count: int
    too_short: bool
