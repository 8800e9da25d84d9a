"""The summary cache: summaries stored per article and settings, and TL;DR lines.

`SummaryCache.get_or_compute` is the one "cached summary, else compute, then store" path.
Where the computing runs in a worker and the storing on the GUI thread, the two halves,
`cached` and `store`, are the same code that path runs, with the same key and form.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Sequence
from contextlib import suppress
from dataclasses import asdict, fields
from typing import Any, TypeVar

from app.errors import LibraryWriteError
from app.settings import SummarySettings
from app.store.connection import transaction
from app.summary import Summary, SummaryHeading, SummarySentence

# The version moves with the default summarizer, so summaries made by an earlier one are made again.
CACHE_VERSION = 2
# TL;DR lines are stored as plain text under this key; "gist" lines (app/tldr.py's choice
# among the best three sentences) replace the earlier best-sentence lines.
TLDR_KEY = f"v{CACHE_VERSION}/tldr-gist"
_CHUNK = 500
Cached = TypeVar("Cached", SummarySentence, SummaryHeading)


def cache_key(settings: SummarySettings) -> str:
    return f"v{CACHE_VERSION}/{settings.cache_key()}"


def summary_to_json(summary: Summary) -> str:
    return json.dumps(asdict(summary), ensure_ascii=False)


def summary_from_json(payload: str) -> Summary | None:
    """Rebuild a cached summary; None when the payload is not one we wrote."""
    try:
        raw = json.loads(payload)
        sentences = tuple(_rebuilt(SummarySentence, item) for item in raw["sentences"])
        headings = tuple(_rebuilt(SummaryHeading, item) for item in raw.get("headings", ()))
        if any(not 0 <= heading.before < len(sentences) for heading in headings):
            return None
        return Summary(
            sentences=sentences,
            algorithm=str(raw["algorithm"]),
            language=str(raw["language"]),
            sentence_count=int(raw["sentence_count"]),
            too_short=bool(raw["too_short"]),
            headings=headings,
        )
    except (ValueError, KeyError, TypeError, OverflowError):
        return None


# The field types of the cached values, as their dataclasses spell them.
_FIELD_TYPES: dict[str, type | tuple[type, ...]] = {"int": int, "str": str, "float": (int, float)}


def _rebuilt(cls: type[Cached], item: dict[str, Any]) -> Cached:
    """One cached sentence or heading, its fields of the types the pane and export expect
    (a damaged cache row is made again instead of failing where the value is shown)."""
    value = cls(**item)
    for field in fields(value):  # type: ignore[arg-type]
        field_value = getattr(value, field.name)
        if isinstance(field_value, bool) or not isinstance(
            field_value, _FIELD_TYPES[str(field.type)]
        ):
            raise TypeError(f"{cls.__name__}.{field.name}")
    return value


def cached_payload(connection: sqlite3.Connection, article_id: int, key: str) -> str | None:
    row = connection.execute(
        "SELECT payload FROM summaries WHERE article_id = ? AND settings_key = ?",
        (article_id, key),
    ).fetchone()
    return str(row[0]) if row else None


def cached_payloads(connection: sqlite3.Connection, ids: Sequence[int], key: str) -> dict[int, str]:
    """The cached payloads of some articles under one key, a few queries for any number."""
    found: dict[int, str] = {}
    for start in range(0, len(ids), _CHUNK):
        chunk = list(ids[start : start + _CHUNK])
        marks = ",".join("?" * len(chunk))
        rows = connection.execute(
            "SELECT article_id, payload FROM summaries"
            f" WHERE settings_key = ? AND article_id IN ({marks})",
            (key, *chunk),
        )
        found.update((int(article_id), str(payload)) for article_id, payload in rows)
    return found


def store_payload(connection: sqlite3.Connection, article_id: int, key: str, payload: str) -> None:
    """Store a payload; an article deleted meanwhile gets none (no orphan rows)."""
    with transaction(connection) as db:
        db.execute(
            "INSERT OR REPLACE INTO summaries (article_id, settings_key, payload)"
            " SELECT id, ?, ? FROM articles WHERE id = ?",
            (key, payload, article_id),
        )


class SummaryCache:
    """Summaries by article and reader settings, over one connection (read-only will do for
    lookups)."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection

    def cached(self, article_id: int, settings: SummarySettings) -> Summary | None:
        payload = cached_payload(self._connection, article_id, cache_key(settings))
        return summary_from_json(payload) if payload else None

    def cached_many(self, ids: Sequence[int], settings: SummarySettings) -> dict[int, Summary]:
        payloads = cached_payloads(self._connection, ids, cache_key(settings))
        summaries = {article_id: summary_from_json(p) for article_id, p in payloads.items()}
        return {article_id: s for article_id, s in summaries.items() if s is not None}

    def store(self, article_id: int, settings: SummarySettings, summary: Summary) -> None:
        """Keep a summary for next time; on a full or read-only disk it is simply not kept
        (the summary is still shown, and made again next time)."""
        with suppress(LibraryWriteError):
            store_payload(
                self._connection, article_id, cache_key(settings), summary_to_json(summary)
            )

    def lines(self, ids: Sequence[int]) -> dict[int, str]:
        """The TL;DR lines known for some articles (see app/tldr.py)."""
        return cached_payloads(self._connection, ids, TLDR_KEY) if ids else {}

    def store_line(self, article_id: int, line: str) -> None:
        with suppress(LibraryWriteError):  # as for summaries: a cache may go unwritten
            store_payload(self._connection, article_id, TLDR_KEY, line)

    def get_or_compute(
        self, article_id: int, settings: SummarySettings, compute: Callable[[], Summary]
    ) -> Summary:
        """The cached summary, else `compute()`'s, stored for next time. What `compute`
        raises reaches the caller, and nothing is stored."""
        summary = self.cached(article_id, settings)
        if summary is None:
            summary = compute()
            self.store(article_id, settings, summary)
        return summary
