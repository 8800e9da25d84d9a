"""Summaries as the reader asks for them: the reader's settings to a summarizer call.

The summaries made are cached in the library: see app/store/summary_cache.py."""

from __future__ import annotations

from app import summary as engine
from app.settings import SummarySettings
from app.summary import (
    SectionedSummary,
    Summary,
    SummaryHeading,
    SummaryLength,
    SummarySentence,
)


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
    """Summarize an article's plain text with the reader's settings. By section, an article
    without two headings gets the automatic summary (its `headings` are empty)."""
    if settings.length_mode == "sections":
        sectioned = engine.summarize_by_section(
            text, algorithm=settings.algorithm, language=language or None, title=title or None
        )
        if sectioned.sections:
            return flatten_sections(sectioned, settings.algorithm)
    return engine.summarize(
        text,
        algorithm=settings.algorithm,
        length=length_for(settings),
        language=language or None,
        title=title or None,
    )


def flatten_sections(sectioned: SectionedSummary, algorithm: str) -> Summary:
    """A summary by section as one Summary: its sentences in article order, and each
    section's heading placed above the section's first sentence (the opening has none)."""
    sentences: list[SummarySentence] = []
    headings: list[SummaryHeading] = []
    for section in sectioned.sections:
        if section.heading is not None:
            headings.append(
                SummaryHeading(
                    section.heading, section.heading_start, section.heading_end, len(sentences)
                )
            )
        sentences.extend(section.sentences)
    return Summary(
        tuple(sentences),
        algorithm,
        sectioned.language,
        sectioned.sentence_count,
        too_short=False,
        headings=tuple(headings),
    )
