"""summarize(): text in, a Summary of sentence spans out."""

from __future__ import annotations

import math

from app.summary.algorithms import (
    build_summarizer,
    check_algorithm,
    default_summarizer,
    rank_sentences,
)
from app.summary.document import (
    Article,
    ArticleSentence,
    candidates,
    read_article,
    to_sumy_document,
)
from app.summary.evidence import long_read_degree
from app.summary.languages import resolve_language, stemmer_for, stop_words_for
from app.summary.lede import coverage_for_share
from app.summary.sections import MIN_HEADINGS, find_sections, sections_first
from app.summary.selection import (
    MAX_DEFAULT_SENTENCES,
    check_length,
    default_length,
    pick,
    summary_share,
)
from app.summary.shortlist import shortlist
from app.summary.standalone import choose_standing
from app.summary.tokenizer import OfflineTokenizer
from app.summary.types import Summary, SummaryError, SummaryLength, SummarySentence

MIN_SENTENCES = 5
# sumy's own algorithms compare every pair of sentences in pure Python; past this many
# candidates a book would take minutes, so they see only the first ones.
SUMY_CANDIDATE_LIMIT = 200


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
    article = read_article(text, code, title)
    count = len(article.sentences)
    if count < MIN_SENTENCES:
        return Summary((), algorithm, code, count, too_short=True)
    wanted = length or default_length(count)
    ranked = ranked_sentences(article, algorithm, code, wanted)
    if length is None and algorithm == "default":
        wanted, ranked = _covering_sections(article, wanted, ranked)
    if algorithm == "default":
        picked = choose_standing(ranked, article, wanted, code)
    else:
        chosen = pick([sentence.text for sentence, _ in ranked], wanted, count)
        picked = sorted((ranked[position] for position in chosen), key=lambda item: item[0].index)
    sentences = tuple(
        SummarySentence(sentence.start, sentence.end, sentence.text, score, sentence.index)
        for sentence, score in picked
    )
    return Summary(sentences, algorithm, code, count, too_short=False)


def _covering_sections(
    article: Article, wanted: SummaryLength, ranked: list[tuple[ArticleSentence, float]]
) -> tuple[SummaryLength, list[tuple[ArticleSentence, float]]]:
    """The automatic length and order for an article with headings: a sentence from each
    section first, and room for one per section (up to the longest automatic summary)."""
    sections = len(find_sections(article))
    if sections - 1 < MIN_HEADINGS:
        return wanted, ranked
    size = max(wanted.sentences or 0, min(sections, MAX_DEFAULT_SENTENCES))
    return SummaryLength(sentences=size), sections_first(ranked, article)


def check_types(text: object, language: object, title: object) -> None:
    if not isinstance(text, str):
        raise SummaryError("text must be a str")
    if language is not None and not isinstance(language, str):
        raise SummaryError("language must be an ISO 639-1 code or None")
    if title is not None and not isinstance(title, str):
        raise SummaryError("title must be a str or None")


def ranked_sentences(
    article: Article, algorithm: str, language: str, length: SummaryLength
) -> list[tuple[ArticleSentence, float]]:
    """Candidate sentences best first, each with a score in [0, 1]."""
    if algorithm == "default":
        chosen = shortlist(candidates(article), stemmer_for(language), stop_words_for(language))
        share = summary_share(length, [sentence.text for sentence in chosen])
        summarizer = default_summarizer(
            language, coverage_for_share(share), long_read_degree(article)
        )
    else:
        chosen = candidates(article, SUMY_CANDIDATE_LIMIT)
        summarizer = build_summarizer(algorithm, language)
    if not chosen:
        return []
    document = to_sumy_document(article, chosen, OfflineTokenizer(language))
    ranking = rank_sentences(summarizer, document)
    by_text = {sentence.text: sentence for sentence in chosen}
    ranked = [(by_text[str(sentence)], rating) for sentence, rating in ranking]
    if not ranked:
        # sumy returns nothing when no content words remain (LSA): fall back to reading order.
        ranked = [(sentence, 0.0) for sentence in chosen]
    return list(zip([sentence for sentence, _ in ranked], _scores(ranked), strict=True))


def _scores(ranked: list[tuple[ArticleSentence, float]]) -> list[float]:
    """Ratings rescaled to [0, 1]; by rank when ratings are not usable numbers."""
    ratings = [rating for _, rating in ranked]
    finite = all(math.isfinite(rating) for rating in ratings)
    top, bottom = (max(ratings), min(ratings)) if ratings else (0.0, 0.0)
    if finite and top > bottom:
        return [(rating - bottom) / (top - bottom) for rating in ratings]
    total = len(ranked)
    return [(total - rank) / total for rank in range(total)]
