"""summarize_by_section(): a few sentences under each heading of a structured article."""

from __future__ import annotations

from app.summary.algorithms import check_algorithm
from app.summary.languages import resolve_language
from app.summary.ranking import check_types, ranked_sentences
from app.summary.sections import (
    MIN_HEADINGS,
    Section,
    find_sections,
    section_article,
    sentences_for_section,
)
from app.summary.split_article import SplitArticle, split_article
from app.summary.standalone import chosen_sentences
from app.summary.types import SectionedSummary, SectionSummary, SummaryLength


def summarize_by_section(
    text: str,
    *,
    algorithm: str = "default",
    language: str | None = None,
    title: str | None = None,
) -> SectionedSummary:
    """The opening and every section under a heading, each with its best sentences (one or
    two, three for a long section) in article order. Sections are summarized on their own,
    so a sentence is chosen for what it says about its section."""
    check_types(text, language, title)
    check_algorithm(algorithm)
    code = resolve_language(text, language)
    article = split_article(text, code, title)
    sections = find_sections(article)
    heading_count = len(sections) - 1
    if heading_count < MIN_HEADINGS:
        return SectionedSummary((), code, len(article.sentences), heading_count)
    summaries = []
    for section in sections:
        summary = _summarize_section(article, section, algorithm, code)
        if summary is not None:
            summaries.append(summary)
    return SectionedSummary(tuple(summaries), code, len(article.sentences), heading_count)


def _summarize_section(
    article: SplitArticle, section: Section, algorithm: str, language: str
) -> SectionSummary | None:
    wanted = sentences_for_section(len(section.candidates))
    if not wanted:
        return None
    length = SummaryLength(sentences=wanted)
    ranked = ranked_sentences(section_article(article, section), algorithm, language, length)
    count = len(section.sentences)
    sentences = chosen_sentences(ranked, article, length, count, algorithm, language)
    if section.heading is None:
        opening = sentences[0].start
        return SectionSummary(None, opening, opening, sentences, count)
    heading = section.heading
    return SectionSummary(heading.text, heading.start, heading.end, sentences, count)
