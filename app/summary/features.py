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
    overlap_degree: FloatArray  # summed word overlap / (log len + log len), as in TextRank
    overlap_rank: FloatArray  # PageRank over that overlap graph
    length: FloatArray  # content words, saturating at _FULL_LENGTH_WORDS
    similarity: FloatArray  # pairwise cosine similarity, zero diagonal


def term_counts(stems: list[list[str]]) -> tuple[FloatArray, dict[str, int]]:
    """A sentences x vocabulary matrix of word counts, and the vocabulary's column numbers."""
    vocabulary: dict[str, int] = {}
    for words in stems:
        for word in words:
            vocabulary.setdefault(word, len(vocabulary))
    counts = numpy.zeros((len(stems), len(vocabulary)))
    for row, words in enumerate(stems):
        for word, count in Counter(words).items():
            counts[row, vocabulary[word]] = count
    return counts, vocabulary


def tfidf_vectors(
    counts: FloatArray, vocabulary: dict[str, int], extra: list[str]
) -> tuple[FloatArray, FloatArray]:
    """Row-normalised TF-IDF vectors of the sentences, and of `extra` in the same space."""
    sentence_count = counts.shape[0]
    document_frequency = numpy.count_nonzero(counts, axis=0)
    idf = numpy.log((1 + sentence_count) / (1 + document_frequency)) + 1
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
    counts, vocabulary = term_counts(stems)
    vectors, title_vector = tfidf_vectors(counts, vocabulary, title_stems)
    overlap = overlap_graph(counts)
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
        overlap_degree=_scaled(overlap.sum(axis=1)),
        overlap_rank=_scaled(pagerank(overlap)),
        length=lengths / _FULL_LENGTH_WORDS,
        similarity=similarity,
    )


def overlap_graph(counts: FloatArray) -> FloatArray:
    """TextRank's sentence similarity: shared words over the sum of log lengths."""
    present = (counts > 0).astype(numpy.float64)
    shared = present @ present.T
    log_lengths = numpy.log(numpy.maximum(counts.sum(axis=1), 1.0))
    norm = log_lengths[:, None] + log_lengths[None, :]
    graph: FloatArray = numpy.divide(shared, norm, out=numpy.zeros_like(shared), where=norm > 0)
    numpy.fill_diagonal(graph, 0.0)
    return graph


def pagerank(graph: FloatArray, damping: float = 0.85, iterations: int = 50) -> FloatArray:
    """Stationary scores of a random walk over the weighted graph (dangling rows teleport)."""
    count = graph.shape[0]
    out_weight = graph.sum(axis=1, keepdims=True)
    transition = numpy.divide(
        graph, out_weight, out=numpy.full_like(graph, 1.0 / count), where=out_weight > 0
    )
    scores: FloatArray = numpy.full(count, 1.0 / count)
    for _ in range(iterations):
        updated: FloatArray = (1 - damping) / count + damping * (transition.T @ scores)
        if float(numpy.abs(updated - scores).sum()) < 1e-8:
            return updated
        scores = updated
    return scores
