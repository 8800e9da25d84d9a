"""The digest: many articles at a glance, each as title, source, date and a 2-3 sentence summary.

Digest summaries are ordinary summaries of three sentences made with the reader's algorithm,
cached in the library like any other; a summary the reader already has for an article serves
too, trimmed to its best three sentences.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from app.library import ArticleRow, Library
from app.queries import open_reader
from app.settings import SummarySettings
from app.summaries import cache_key, summarize_article, summary_from_json
from app.summary import Summary, SummaryError, split_sentences

DIGEST_SENTENCES = 3
CACHE_CHUNK = 500


@dataclass(frozen=True)
class DigestEntry:
    """One article in the digest; `sentences` is empty until its summary is known."""

    article_id: int
    title: str
    source: str
    date: str
    sentences: tuple[str, ...] = ()
    ready: bool = False


def digest_settings(reader: SummarySettings) -> SummarySettings:
    """The reader's algorithm, asked for exactly DIGEST_SENTENCES sentences."""
    return replace(reader, length_mode="sentences", sentences=DIGEST_SENTENCES)


def digest_entries(rows: Iterable[ArticleRow]) -> list[DigestEntry]:
    """Entries for these rows, newest first (published date, else the date added)."""
    entries = [
        DigestEntry(row.id, row.title, row.source, (row.published or row.added)[:10])
        for row in rows
    ]
    return sorted(entries, key=lambda entry: (entry.date, entry.article_id), reverse=True)


def entries_for_ids(library: Library, ids: Sequence[int]) -> list[DigestEntry]:
    rows = library.rows(ids)
    return digest_entries(rows[article_id] for article_id in ids if article_id in rows)


def summary_sentences(summary: Summary, text: str, language: str) -> tuple[str, ...]:
    """The summary's best sentences in reading order; an article too short to summarize gives
    its opening sentences instead."""
    if summary.sentences and not summary.too_short:
        best = sorted(summary.sentences, key=lambda sentence: -sentence.score)
        chosen = sorted(best[:DIGEST_SENTENCES], key=lambda sentence: sentence.index)
        return tuple(" ".join(sentence.text.split()) for sentence in chosen)
    return opening_sentences(text, language)


def opening_sentences(text: str, language: str, count: int = 2) -> tuple[str, ...]:
    try:
        spans = split_sentences(text, language or "en")
    except SummaryError:
        spans = []
    sentences = tuple(" ".join(text[start:end].split()) for start, end in spans[:count])
    return sentences or ((" ".join(text.split())[:300],) if text.strip() else ())


def cached_sentences(
    library: Library, ids: Sequence[int], reader: SummarySettings
) -> dict[int, tuple[str, ...]]:
    """Digest sentences from cached summaries, by article id: a digest-length summary first,
    else the reader's own; articles with neither (or too short to summarize) are absent."""
    found: dict[int, tuple[str, ...]] = {}
    for settings in (digest_settings(reader), reader):
        wanted = [article_id for article_id in ids if article_id not in found]
        for start in range(0, len(wanted), CACHE_CHUNK):
            payloads = library.cached_summaries(
                wanted[start : start + CACHE_CHUNK], cache_key(settings)
            )
            for article_id, payload in payloads.items():
                summary = summary_from_json(payload)
                if summary is not None and summary.sentences and not summary.too_short:
                    found[article_id] = summary_sentences(summary, "", "")
    return found


def summarize_for_digest(
    text: str, reader: SummarySettings, language: str = "", title: str = ""
) -> tuple[Summary, tuple[str, ...]]:
    """Summarize one article at digest length; returns the summary (to cache) and its lines."""
    summary = summarize_article(text, digest_settings(reader), language, title)
    return summary, summary_sentences(summary, text, language)


@dataclass(frozen=True)
class DigestSource:
    """What a digest summary is made from, read in the worker over its own connection."""

    article_id: int
    title: str
    text: str
    language: str


def read_sources(path: Path, ids: Sequence[int]) -> Iterator[DigestSource]:
    """The texts of these articles, one at a time, over a read-only connection."""
    connection = open_reader(path)
    try:
        for article_id in ids:
            row = connection.execute(
                "SELECT title, body, language FROM articles WHERE id = ?", (article_id,)
            ).fetchone()
            if row is not None:
                yield DigestSource(article_id, str(row[0]), str(row[1]), str(row[2]))
    finally:
        connection.close()
