"""Summaries as the reader asks for them: the reader's settings to a summarizer call.

The summaries made are cached in the library: see app/store/summary_cache.py."""

from __future__ import annotations

from app import summary as engine
from app.settings import SummarySettings
from app.summary import Summary, SummaryLength


def length_for(settings: SummarySettings) -> SummaryLength | None:
    """The length these settings ask for; None lets the summarizer fit it to the article."""
    if settings.length_mode == "percent":
        return SummaryLength(percent=float(settings.percent))
    if settings.length_mode == "sentences":
        return SummaryLength(sentences=settings.sentences)
    return None


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
