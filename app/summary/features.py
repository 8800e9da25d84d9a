"""Per-sentence features for the default summarizer, from TF-IDF vectors of stemmed words."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import numpy
import numpy.typing

FloatArray = numpy.typing.NDArray[numpy.float64]

# Sentences longer than this gain nothing more from length; shorter ones are often captions.
_FULL_LENGTH_WORDS = 20


@dataclass(frozen=True)
class SentenceFeatures:
    position: FloatArray  # 1 / (1 + index): news leads with what matters
    first: FloatArray  # 1 for the first sentence only
    relative_position: FloatArray  # 1 at the start down to 0 at the end
    centrality: FloatArray  # summed similarity to every other sentence, max 1
    forward: FloatArray  # summed similarity to later sentences (PacSum's directed centrality)
    title: FloatArray  # cosine similarity to the title
    length: FloatArray  # content words, saturating at _FULL_LENGTH_WORDS
    similarity: FloatArray  # pairwise cosine similarity, zero diagonal


def tfidf_vectors(stems: list[list[str]], extra: list[str]) -> tuple[FloatArray, FloatArray]:
    """Row-normalised TF-IDF vectors of the sentences, and of `extra` in the same space."""
    vocabulary: dict[str, int] = {}
    for words in stems:
        for word in words:
            vocabulary.setdefault(word, len(vocabulary))
    counts = numpy.zeros((len(stems), len(vocabulary)))
    for row, words in enumerate(stems):
        for word, count in Counter(words).items():
            counts[row, vocabulary[word]] = count
    document_frequency = numpy.count_nonzero(counts, axis=0)
    idf = numpy.log((1 + len(stems)) / (1 + document_frequency)) + 1
    vectors = _normalised_rows(numpy.log1p(counts) * idf)
    extra_counts = numpy.zeros((1, len(vocabulary)))
    for word in extra:
        if word in vocabulary:
            extra_counts[0, vocabulary[word]] += 1
    return vectors, _normalised_rows(numpy.log1p(extra_counts) * idf)[0]


def _normalised_rows(matrix: FloatArray) -> FloatArray:
    norms = numpy.linalg.norm(matrix, axis=1, keepdims=True)
    normalised: FloatArray = numpy.divide(
        matrix, norms, out=numpy.zeros_like(matrix), where=norms > 0
    )
    return normalised


def _scaled(values: FloatArray) -> FloatArray:
    top = float(values.max()) if len(values) else 0.0
    return values / top if top > 0 else numpy.zeros_like(values)


def sentence_features(stems: list[list[str]], title_stems: list[str]) -> SentenceFeatures:
    count = len(stems)
    vectors, title_vector = tfidf_vectors(stems, title_stems)
    similarity = vectors @ vectors.T
    numpy.fill_diagonal(similarity, 0.0)
    indexes = numpy.arange(count, dtype=numpy.float64)
    lengths = numpy.array([min(len(words), _FULL_LENGTH_WORDS) for words in stems], dtype=float)
    return SentenceFeatures(
        position=1.0 / (1.0 + indexes),
        first=(indexes == 0).astype(numpy.float64),
        relative_position=1.0 - indexes / max(count, 1),
        centrality=_scaled(similarity.sum(axis=1)),
        forward=_scaled(numpy.triu(similarity).sum(axis=1)),
        title=vectors @ title_vector,
        length=lengths / _FULL_LENGTH_WORDS,
        similarity=similarity,
    )
