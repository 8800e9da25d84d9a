"""Candidate sentences ranked by an algorithm, each with a score in [0, 1].

Kept apart from summarize.py so that summarize_by_section can rank sections without
importing app.summary.summarize: importing that submodule directly would set the package's
`summarize` attribute to the module, shadowing the function that `app.summary` exports.
"""

from __future__ import annotations

import math

from app.summary.algorithms import build_summarizer, default_summarizer, rank_sentences
from app.summary.evidence import long_read_degree
from app.summary.languages import stemmer_for, stop_words_for
from app.summary.lede import coverage_for_share
from app.summary.selection import summary_share
from app.summary.shortlist import shortlist
from app.summary.split_article import ArticleSentence, SplitArticle, candidates, to_sumy_document
from app.summary.tokenizer import OfflineTokenizer
from app.summary.types import SummaryError, SummaryLength

# sumy's own algorithms compare every pair of sentences in pure Python; past this many
# candidates a book would take minutes, so they see only the first ones.
SUMY_CANDIDATE_LIMIT = 200
# A one-sentence summary (a TL;DR line) has to say what the whole article is about, so it
# leans halfway to the sentence that shares the most with the rest. On the tuning half of
# XSum (one-sentence references; summarizable articles) R-1 rose from 17.5 to 18.6 and R-2
# from 1.8 to 2.5; all the way (1.0) gave 19.0 and 2.9, but read worse as TL;DR lines of the
# samples (a survey figure from the middle of a feature, a sentence that "solved this").
ONE_SENTENCE_COVERAGE = 0.5


def check_types(text: object, language: object, title: object) -> None:
    if not isinstance(text, str):
        raise SummaryError("text must be a str")
    if language is not None and not isinstance(language, str):
        raise SummaryError("language must be an ISO 639-1 code or None")
    if title is not None and not isinstance(title, str):
        raise SummaryError("title must be a str or None")


def ranked_sentences(
    article: SplitArticle, algorithm: str, language: str, length: SummaryLength
) -> list[tuple[ArticleSentence, float]]:
    """Candidate sentences best first, each with a score in [0, 1]."""
    if algorithm == "default":
        chosen = shortlist(candidates(article), stemmer_for(language), stop_words_for(language))
        summarizer = default_summarizer(
            language, _coverage(length, chosen), long_read_degree(article)
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


def _coverage(length: SummaryLength, chosen: list[ArticleSentence]) -> float:
    if length.sentences == 1:
        return ONE_SENTENCE_COVERAGE
    return coverage_for_share(summary_share(length, [sentence.text for sentence in chosen]))


def _scores(ranked: list[tuple[ArticleSentence, float]]) -> list[float]:
    """Ratings rescaled to [0, 1]; by rank when ratings are not usable numbers."""
    ratings = [rating for _, rating in ranked]
    finite = all(math.isfinite(rating) for rating in ratings)
    top, bottom = (max(ratings), min(ratings)) if ratings else (0.0, 0.0)
    if finite and top > bottom:
        return [(rating - bottom) / (top - bottom) for rating in ratings]
    total = len(ranked)
    return [(total - rank) / total for rank in range(total)]
