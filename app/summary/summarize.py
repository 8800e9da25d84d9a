"""summarize(): text in, a Summary of sentence spans out."""

from __future__ import annotations

from app.summary.algorithms import check_algorithm
from app.summary.languages import resolve_language
from app.summary.ranking import check_types, ranked_sentences
from app.summary.sections import MIN_HEADINGS, find_sections, sections_first
from app.summary.selection import (
    MAX_DEFAULT_SENTENCES,
    check_length,
    default_length,
)
from app.summary.split_article import ArticleSentence, SplitArticle, split_article
from app.summary.standalone import chosen_sentences, points_back
from app.summary.types import Summary, SummaryLength

MIN_SENTENCES = 5


def summarize(
    text: str,
    *,
    algorithm: str = "default",
    length: SummaryLength | None = None,
    language: str | None = None,
    title: str | None = None,
) -> Summary:
    """Pick the sentences of `text` that best summarise it, in document order."""
    check_types(text, language, title)
    check_algorithm(algorithm)
    if length is not None:
        check_length(length)
    code = resolve_language(text, language)
    article = split_article(text, code, title)
    count = len(article.sentences)
    if count < MIN_SENTENCES:
        return Summary((), algorithm, code, count, too_short=True)
    wanted = length or default_length(count)
    ranked = ranked_sentences(article, algorithm, code, wanted)
    if length is None and algorithm == "default":
        wanted, ranked = _covering_sections(article, wanted, ranked, code)
    sentences = chosen_sentences(ranked, article, wanted, count, algorithm, code)
    return Summary(sentences, algorithm, code, count, too_short=False)


def _covering_sections(
    article: SplitArticle,
    wanted: SummaryLength,
    ranked: list[tuple[ArticleSentence, float]],
    language: str,
) -> tuple[SummaryLength, list[tuple[ArticleSentence, float]]]:
    """The automatic length and order for an article with headings: a sentence from each
    section first, and room for one per section (up to the longest automatic summary)."""
    sections = len(find_sections(article))
    if sections - 1 < MIN_HEADINGS:
        return wanted, ranked
    size = max(wanted.sentences or 0, min(sections, MAX_DEFAULT_SENTENCES))

    def stands_alone(sentence: ArticleSentence) -> bool:
        return not points_back(sentence.text, language)

    return SummaryLength(sentences=size), sections_first(ranked, article, stands_alone)
