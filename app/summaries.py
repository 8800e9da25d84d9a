"""Summaries as the reader asks for them: settings to lengths, and the cache's JSON form."""

from __future__ import annotations

import json
from dataclasses import asdict

from app import summary as engine
from app.settings import SummarySettings
from app.summary import Summary, SummaryLength, SummarySentence

# 2: the default summarizer of issue 13 (standing sentences, long reads, sections).
CACHE_VERSION = 2


def length_for(settings: SummarySettings) -> SummaryLength | None:
    """The length these settings ask for; None lets the summarizer fit it to the article."""
    if settings.length_mode == "percent":
        return SummaryLength(percent=float(settings.percent))
    if settings.length_mode == "sentences":
        return SummaryLength(sentences=settings.sentences)
    return None


def cache_key(settings: SummarySettings) -> str:
    return f"v{CACHE_VERSION}/{settings.cache_key()}"


def summarize_article(
    text: str, settings: SummarySettings, language: str = "", title: str = ""
) -> Summary:
    """Summarize an article's plain text with the reader's settings."""
    return engine.summarize(
        text,
        algorithm=settings.algorithm,
        length=length_for(settings),
        language=language or None,
        title=title or None,
    )


def summary_to_json(summary: Summary) -> str:
    return json.dumps(asdict(summary), ensure_ascii=False)


def summary_from_json(payload: str) -> Summary | None:
    """Rebuild a cached summary; None when the payload is not one we wrote."""
    try:
        raw = json.loads(payload)
        sentences = tuple(SummarySentence(**item) for item in raw["sentences"])
        return Summary(
            sentences=sentences,
            algorithm=str(raw["algorithm"]),
            language=str(raw["language"]),
            sentence_count=int(raw["sentence_count"]),
            too_short=bool(raw["too_short"]),
        )
    except (ValueError, KeyError, TypeError):
        return None
