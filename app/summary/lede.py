"""Lede's default summarizer: lead position, centrality and title similarity, without repeats.

News puts its most important sentences first, so a position prior carries most of the weight;
TF-IDF centrality and similarity to the title pick which of the early sentences matter, and
redundancy removal (MMR) keeps two sentences that say the same thing out of one summary.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy
from sumy.models.dom import ObjectDocumentModel, Sentence
from sumy.nlp.stemmers import null_stemmer
from sumy.summarizers._summarizer import AbstractSummarizer

from app.summary.features import SentenceFeatures, sentence_features

FloatArray = numpy.typing.NDArray[numpy.float64]

WEIGHTS = {
    "position": 1.0,
    "first": 0.5,
    "centrality": 0.6,
    "forward": 0.3,
    "title": 0.4,
    "length": 0.2,
}
REDUNDANCY_PENALTY = 0.5


class LedeSummarizer(AbstractSummarizer):  # type: ignore[misc]
    """A sumy summarizer: call it with a document and a count like any other."""

    def __init__(self, stemmer: Callable[[str], str] = null_stemmer) -> None:
        super().__init__(stemmer)
        self._stop_words: frozenset[str] = frozenset()

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
        importance = _importance(features)
        order, ratings = _redundancy_aware_order(importance, features.similarity)
        return {sentences[position]: ratings[rank] for rank, position in enumerate(order)}

    def _content_stems(self, words: Any) -> list[str]:
        # The tokenizer yields str already, so lower() is all sumy's normalize_word would do.
        lowered = (word.lower() for word in words)
        return [self._stemmer(word) for word in lowered if word not in self._stop_words]


def _importance(features: SentenceFeatures) -> FloatArray:
    total = numpy.zeros(len(features.position))
    for name, weight in WEIGHTS.items():
        total += weight * getattr(features, name)
    return total


def _redundancy_aware_order(
    importance: FloatArray, similarity: FloatArray
) -> tuple[list[int], list[float]]:
    """Maximal marginal relevance: each next pick trades importance for novelty."""
    remaining = numpy.ones(len(importance), dtype=bool)
    closest = numpy.zeros(len(importance))
    order: list[int] = []
    ratings: list[float] = []
    for _ in range(len(importance)):
        marginal = numpy.where(remaining, importance - REDUNDANCY_PENALTY * closest, -numpy.inf)
        pick = int(numpy.argmax(marginal))
        order.append(pick)
        ratings.append(
            min(float(marginal[pick]), ratings[-1]) if ratings else float(marginal[pick])
        )
        remaining[pick] = False
        closest = numpy.maximum(closest, similarity[pick])
    return order, ratings
