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
class SummaryHeading:
    """A heading shown above the summary sentence at `before` (a position in `sentences`);
    `start`/`end` are its span in the text."""

    text: str
    start: int
    end: int
    before: int


@dataclass(frozen=True)
class Summary:
    sentences: tuple[SummarySentence, ...]
    algorithm: str
    language: str
    sentence_count: int
    too_short: bool
    headings: tuple[SummaryHeading, ...] = ()  # a summary by section: its sections' headings


@dataclass(frozen=True)
class SectionSummary:
    """The summary sentences of one section, under its heading.

    `heading` is None for the text before the first heading (the article's opening);
    `heading_start`/`heading_end` are the heading's character span in the text (both equal
    to the first sentence's start for the opening). `sentence_count` counts the section's
    sentences, chosen or not."""

    heading: str | None
    heading_start: int
    heading_end: int
    sentences: tuple[SummarySentence, ...]
    sentence_count: int


@dataclass(frozen=True)
class SectionedSummary:
    """A summary by section, in article order. `sections` is empty when the article has
    fewer than two headings (`heading_count` says how many it has): show the plain summary
    then. Sections without a sentence that can be summarized are left out."""

    sections: tuple[SectionSummary, ...]
    language: str
    sentence_count: int
    heading_count: int
