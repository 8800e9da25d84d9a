"""Lede's default summarizer: lead position, centrality and title similarity, without repeats.

News puts its most important sentences first, so for a short summary a position prior carries
most of the weight; word-overlap centrality (as in TextRank) and similarity to the title pick
which of the early sentences matter, and redundancy removal (MMR) keeps two sentences that say
the same thing out of one summary. A long summary is a condensed article rather than its lead,
so as the summary's share of the article grows from 30% to 40% the scoring moves over to
coverage: centrality with only a light position prior.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy
import numpy.typing
from sumy.models.dom import ObjectDocumentModel, Sentence
from sumy.nlp.stemmers import null_stemmer
from sumy.summarizers._summarizer import AbstractSummarizer

from app.summary.features import SentenceFeatures, sentence_features

FloatArray = numpy.typing.NDArray[numpy.float64]

# Tuned on the even-numbered records of CNN/DailyMail, BBC News and XSum (the records that
# bench/quality.py --split tune reads) by random search for the largest worst-case margin over Lead on CNN/DM (3
# sentences and reference length) and XSum (3 sentences), with a small pull towards BBC at 3
# sentences. Position carries the most weight; TextRank-style overlap centrality and the title
# decide among the early sentences; the negative length weight offsets long sentences' pull.
LEAD_WEIGHTS = {
    "position": 0.822,
    "first": -0.064,
    "relative_position": -0.137,
    "centrality": -0.023,
    "forward": 0.073,
    "title": 0.418,
    "length": -0.337,
    "overlap_degree": 0.563,
    "overlap_rank": 0.094,
}
LEAD_REDUNDANCY_PENALTY = 0.77
# How the lead weights move for a long read (app/summary/evidence.py), chosen on the even
# records of the long-form English and Russian paper sets (bench/tune_default.py
# --long-reads): much less weight on the first few sentences and more on the first part of
# the text as a whole, and no penalty on long sentences, which in a long read carry the
# findings rather than a news story's quotes. Every cell rose on both sets, at
# three sentences and at the reference's length.
LONG_READ_SHIFT = {"position": -0.6, "relative_position": 0.7, "length": 0.3}
# Reduction's shared-word centrality with a light lead bonus, for long summaries.
COVERAGE_WEIGHTS = {"position": 0.2, "shared_words": 1.0}
# Between these shares of the article the scoring blends from lead to coverage; tuned on the
# even records (short summaries of CNN/DM keep under 0.2, BBC's long references over 0.38).
_LEAD_UNTIL_SHARE = 0.3
_COVERAGE_FROM_SHARE = 0.4
# Enough redundancy-aware picks for any summary a reader asks for (a 10-sentence default).
_MMR_PICKS = 50


def coverage_for_share(share: float) -> float:
    """How far (0 = lead, 1 = coverage) a summary keeping `share` of the article leans."""
    blend = (share - _LEAD_UNTIL_SHARE) / (_COVERAGE_FROM_SHARE - _LEAD_UNTIL_SHARE)
    return min(1.0, max(0.0, blend))


class LedeSummarizer(AbstractSummarizer):  # type: ignore[misc]
    """A sumy summarizer: call it with a document and a count like any other."""

    def __init__(
        self,
        stemmer: Callable[[str], str] = null_stemmer,
        stop_words: frozenset[str] = frozenset(),
        coverage: float = 0.0,
        long_read: float = 0.0,
    ) -> None:
        super().__init__(stemmer)
        self._stop_words = stop_words
        self._coverage = coverage
        self._lead_weights = {
            name: LEAD_WEIGHTS.get(name, 0.0) + long_read * LONG_READ_SHIFT.get(name, 0.0)
            for name in LEAD_WEIGHTS.keys() | LONG_READ_SHIFT.keys()
        }

    @property
    def stop_words(self) -> frozenset[str]:
        return self._stop_words

    @stop_words.setter
    def stop_words(self, words: Any) -> None:
        self._stop_words = frozenset(map(self.normalize_word, words))

    def __call__(self, document: ObjectDocumentModel, sentences_count: Any) -> tuple[Sentence, ...]:
        ratings = self.rate_sentences(document)
        return tuple(self._get_best_sentences(document.sentences, sentences_count, ratings))

    def rate_sentences(self, document: ObjectDocumentModel) -> dict[Sentence, float]:
        sentences = list(document.sentences)
        if not sentences:
            return {}
        features = sentence_features(
            [self._content_stems(sentence.words) for sentence in sentences],
            self._content_stems(
                word for heading in document.headings[:1] for word in heading.words
            ),
        )
        lead, coverage = 1.0 - self._coverage, self._coverage
        importance = lead * _importance(features, self._lead_weights) + coverage * _importance(
            features, COVERAGE_WEIGHTS
        )
        penalty = lead * LEAD_REDUNDANCY_PENALTY
        order, ratings = _redundancy_aware_order(importance, features.similarity, penalty)
        return {sentences[position]: ratings[rank] for rank, position in enumerate(order)}

    def _content_stems(self, words: Any) -> list[str]:
        # The tokenizer yields str already, so lower() is all sumy's normalize_word would do.
        lowered = (word.lower() for word in words)
        return [self._stemmer(word) for word in lowered if word not in self._stop_words]


def _importance(features: SentenceFeatures, weights: dict[str, float]) -> FloatArray:
    total = numpy.zeros(len(features.position))
    for name, weight in weights.items():
        total += weight * getattr(features, name)
    return total


def _redundancy_aware_order(
    importance: FloatArray, similarity: FloatArray, penalty: float
) -> tuple[list[int], list[float]]:
    """Maximal marginal relevance: each next pick trades importance for novelty. Past
    _MMR_PICKS picks (more than any summary a reader asks for, bar huge percentages) the rest
    follow by importance alone, which keeps long texts linear."""
    remaining = numpy.ones(len(importance), dtype=bool)
    closest = numpy.zeros(len(importance))
    order: list[int] = []
    ratings: list[float] = []
    picks = min(len(importance), _MMR_PICKS) if penalty > 0 else 0
    for _ in range(picks):
        marginal = numpy.where(remaining, importance - penalty * closest, -numpy.inf)
        pick = int(numpy.argmax(marginal))
        _append_decreasing(order, ratings, pick, float(marginal[pick]))
        remaining[pick] = False
        closest = numpy.maximum(closest, similarity[pick])
    rest = numpy.flatnonzero(remaining)
    for pick in rest[numpy.argsort(-importance[rest], kind="stable")]:
        _append_decreasing(order, ratings, int(pick), float(importance[pick]))
    return order, ratings


def _append_decreasing(order: list[int], ratings: list[float], pick: int, rating: float) -> None:
    """Ratings strictly decrease along the order, so sumy's sort by rating keeps it."""
    order.append(pick)
    ratings.append(min(rating, ratings[-1] - 1e-9) if ratings else rating)
