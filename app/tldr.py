"""TL;DR lines: one sentence that says what an article is about, cached in the library
(`Library.summaries.lines`).

The line is the summarizer's single best sentence, shortened to fit under a title. Short
articles the summarizer declines get their first sentence instead. `tldr_for_article` is
meant to run in a worker process (see ui/tldr_service.py), reading over its own connection.
"""

from __future__ import annotations

from app import summary as engine
from app.store.connection import shared_reader
from app.store.rows import read_article_text
from app.summary import SummaryError, SummaryLength

MAX_CHARACTERS = 180
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
            length=SummaryLength(sentences=1),
            language=language or None,
            title=title or None,
        )
        sentences = [sentence.text for sentence in summary.sentences]
    except SummaryError:
        sentences = []
    if not sentences:
        spans = engine.split_sentences(text, language or "en")
        sentences = [text[start:end] for start, end in spans[:1]] or [text]
    return shorten(" ".join(sentences[0].split()))


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
