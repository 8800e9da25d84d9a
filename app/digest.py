"""The digest: many articles at a glance, each as title, source, date and a 2-3 sentence summary.

Digest summaries are ordinary summaries of three sentences made with the reader's algorithm,
cached in the library like any other; a summary the reader already has for an article serves
too, trimmed to its best three sentences.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from app.queries import ListQuery
from app.reader_summary import summarize_article
from app.settings import SummarySettings
from app.store.connection import open_reader
from app.store.list_sql import fetch_ids
from app.store.rows import ArticleText, read_article_text, read_headlines
from app.store.summary_cache import SummaryCache
from app.summary import Summary, SummaryError, split_sentences

DIGEST_SENTENCES = 3
CHUNK = 100


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


def summarize_for_digest(
    text: str, reader: SummarySettings, language: str = "", title: str = ""
) -> tuple[Summary, tuple[str, ...]]:
    """Summarize one article at digest length; returns the summary (to cache) and its lines."""
    summary = summarize_article(text, digest_settings(reader), language, title)
    return summary, summary_sentences(summary, text, language)


def read_sources(path: Path, ids: Sequence[int]) -> Iterator[ArticleText]:
    """The texts of these articles, one at a time, over a read-only connection."""
    connection = open_reader(path)
    try:
        for article_id in ids:
            source = read_article_text(connection, article_id)
            if source is not None:
                yield source
    finally:
        connection.close()


def gather_entries(path: Path, ids: Sequence[int] | None) -> list[DigestEntry]:
    """The digest's entries, newest first: these articles, or the unread ones when `ids` is
    None. Runs over its own read-only connection."""
    connection = open_reader(path)
    try:
        if ids is None:
            ids = fetch_ids(connection, ListQuery(filter="unread"))
        return _read_entries(connection, ids)
    finally:
        connection.close()


def cached_batches(
    path: Path, ids: Sequence[int], reader: SummarySettings
) -> Iterator[tuple[dict[int, tuple[str, ...]], list[int]]]:
    """For each batch of ids, in order: the digest sentences the cache holds, and the ids whose
    summaries are still to be made. Lets a worker fill the digest in page by page."""
    connection = open_reader(path)
    try:
        for chunk in _chunks(ids):
            cached = _read_cached(connection, chunk, reader)
            yield cached, [article_id for article_id in chunk if article_id not in cached]
    finally:
        connection.close()


def _chunks(ids: Sequence[int]) -> Iterator[list[int]]:
    for start in range(0, len(ids), CHUNK):
        yield list(ids[start : start + CHUNK])


def _read_entries(connection: sqlite3.Connection, ids: Sequence[int]) -> list[DigestEntry]:
    """Entries for these ids, newest first (published date, else the date added)."""
    entries = [
        DigestEntry(article_id, title, source, date[:10])
        for article_id, title, source, date in read_headlines(connection, ids)
    ]
    return sorted(entries, key=lambda entry: (entry.date, entry.article_id), reverse=True)


def _read_cached(
    connection: sqlite3.Connection, ids: Sequence[int], reader: SummarySettings
) -> dict[int, tuple[str, ...]]:
    """Digest sentences from cached summaries: a digest-length summary first, else the
    reader's own; articles with neither (or too short to summarize) are absent."""
    cache = SummaryCache(connection)
    found: dict[int, tuple[str, ...]] = {}
    for settings in (digest_settings(reader), reader):
        wanted = [article_id for article_id in ids if article_id not in found]
        for article_id, summary in cache.cached_many(wanted, settings).items():
            if summary.sentences and not summary.too_short:
                found[article_id] = summary_sentences(summary, "", "")
    return found
