"""TL;DR lines: one sentence that says what an article is about, cached in the library
(`Library.summaries.lines`).

The line is one of the summarizer's best three sentences: the best-ranked that reads whole in
the list's two lines (short enough, not a question, not a fragment), else the best one shortened.
Short articles the summarizer declines get their first sentence instead. `tldr_for_article` is
meant to run in a worker process (see ui/tldr_service.py), reading over its own connection.
"""

from __future__ import annotations

from app import summary as engine
from app.store.connection import shared_reader
from app.store.rows import read_article_text
from app.summary import SummaryError, SummaryLength

MAX_CHARACTERS = 180
# A sentence this short shows whole in the list's two lines once the list is about 450 px wide
# (two lines hold about 72 characters at the default 300 px; bench/tldr_lines.py), so it wins
# over a longer one ranked a little better. 80 picked more openers than gists on the samples.
PREFERRED_CHARACTERS = 120
CANDIDATES = 3
NEAR_BEST = 0.6  # a candidate ranks at least this share of the best sentence's score
MIN_WORDS = 6
# A line is made from the article's opening (about 3,000 words): a book-length article would
# take the worker a second, and a summary the reader asks for waits behind the line in hand.
SOURCE_CHARACTERS = 20_000


def one_line_summary(text: str, language: str = "", title: str = "") -> str:
    """The article's best sentence on one line, at most MAX_CHARACTERS long; '' for no text."""
    if not text.strip():
        return ""
    text = opening(text)
    try:
        summary = engine.summarize(
            text,
            length=SummaryLength(sentences=CANDIDATES),
            language=language or None,
            title=title or None,
        )
        scored = [(" ".join(item.text.split()), item.score) for item in summary.sentences]
    except SummaryError:
        scored = []
    if not scored:
        spans = engine.split_sentences(text, language or "en")
        first = [text[start:end] for start, end in spans[:1]] or [text]
        return shorten(" ".join(first[0].split()))
    return shorten(gist_line(scored))


def gist_line(scored: list[tuple[str, float]]) -> str:
    """Of (sentence, score) candidates, the best-ranked one a reader takes in whole under a
    title: near the best score, a statement of some words, short enough to show uncut."""
    ranked = sorted(scored, key=lambda item: -item[1])
    best_score = ranked[0][1]
    readable = [
        sentence
        for sentence, score in ranked
        if score >= NEAR_BEST * best_score
        and len(sentence.split()) >= MIN_WORDS
        and not sentence.rstrip("\"'”»").endswith("?")
    ]
    for limit in (PREFERRED_CHARACTERS, MAX_CHARACTERS):
        fitting = [sentence for sentence in readable if len(sentence) <= limit]
        if fitting:
            return fitting[0]
    return ranked[0][0]


def opening(text: str, limit: int = SOURCE_CHARACTERS) -> str:
    """The first `limit` characters of the text, cut after a whole paragraph where one ends."""
    if len(text) <= limit:
        return text
    end = text.rfind("\n\n", 0, limit)
    return text[:end] if end > 0 else text[:limit]


def shorten(line: str, limit: int = MAX_CHARACTERS) -> str:
    """Cut a line at a word boundary so it fits, marking the cut with an ellipsis."""
    if len(line) <= limit:
        return line
    cut = line[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:—- ")
    return cut + "…"


def tldr_for_article(library_path: str, article_id: int) -> str | None:
    """The TL;DR line of a stored article; None when it is no longer in the library."""
    source = read_article_text(shared_reader(library_path), article_id)
    if source is None:
        return None
    return one_line_summary(source.text, source.language, source.title)
