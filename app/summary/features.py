"""Per-sentence features for the default summarizer, from TF-IDF vectors of stemmed words.

Sentences are kept as sparse (sentence, term, weight) triples: a sentence holds a dozen
content words out of a vocabulary of thousands, and dense sentence x vocabulary products were
the slowest part of a summary. Pairwise sums come from a self-join on the term column.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import numpy
import numpy.typing

FloatArray = numpy.typing.NDArray[numpy.float64]
IntArray = numpy.typing.NDArray[numpy.int64]

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
    overlap_degree: FloatArray  # summed word overlap / (log len + log len), as in TextRank
    overlap_rank: FloatArray  # PageRank over that overlap graph
    shared_words: FloatArray  # Reduction's degree: shared word pairs / (log len + log len)
    similarity: FloatArray  # pairwise cosine similarity, zero diagonal


@dataclass(frozen=True)
class SparseTerms:
    rows: IntArray  # sentence of each entry
    columns: IntArray  # term of each entry
    counts: FloatArray  # occurrences of the term in the sentence
    vocabulary: dict[str, int]
    sentence_count: int


def sparse_terms(stems: list[list[str]]) -> SparseTerms:
    vocabulary: dict[str, int] = {}
    rows: list[int] = []
    columns: list[int] = []
    counts: list[int] = []
    for row, words in enumerate(stems):
        for word, count in Counter(words).items():
            rows.append(row)
            columns.append(vocabulary.setdefault(word, len(vocabulary)))
            counts.append(count)
    return SparseTerms(
        numpy.array(rows, dtype=numpy.int64),
        numpy.array(columns, dtype=numpy.int64),
        numpy.array(counts, dtype=numpy.float64),
        vocabulary,
        len(stems),
    )


def pairwise_sums(terms: SparseTerms, weights: FloatArray) -> FloatArray:
    """The sentence x sentence matrix of sum over shared terms of weight_i * weight_j."""
    size = terms.sentence_count
    order = numpy.argsort(terms.columns, kind="stable")
    rows, columns, values = terms.rows[order], terms.columns[order], weights[order]
    starts = numpy.flatnonzero(numpy.r_[True, columns[1:] != columns[:-1]])
    sizes = numpy.diff(numpy.r_[starts, len(columns)])
    shared = sizes >= 2
    starts, sizes = starts[shared], sizes[shared]
    pair_counts = sizes * sizes
    offsets = numpy.arange(int(pair_counts.sum())) - numpy.repeat(
        numpy.cumsum(pair_counts) - pair_counts, pair_counts
    )
    group_sizes = numpy.repeat(sizes, pair_counts)
    left = numpy.repeat(starts, pair_counts) + offsets // group_sizes
    right = numpy.repeat(starts, pair_counts) + offsets % group_sizes
    flat = numpy.bincount(
        rows[left] * size + rows[right],
        weights=values[left] * values[right],
        minlength=size * size,
    )
    matrix: FloatArray = flat.astype(numpy.float64).reshape(size, size)
    numpy.fill_diagonal(matrix, 0.0)
    return matrix


def _idf(terms: SparseTerms) -> FloatArray:
    document_frequency = numpy.bincount(terms.columns, minlength=len(terms.vocabulary))
    idf: FloatArray = numpy.log((1 + terms.sentence_count) / (1 + document_frequency)) + 1
    return idf


def _unit_rows(terms: SparseTerms, values: FloatArray) -> FloatArray:
    norms = numpy.sqrt(numpy.bincount(terms.rows, values * values, terms.sentence_count))
    scaled: FloatArray = values / numpy.where(norms > 0, norms, 1.0)[terms.rows]
    return scaled


def _title_similarity(terms: SparseTerms, unit_values: FloatArray, title: list[str]) -> FloatArray:
    idf = _idf(terms)
    title_weights = numpy.zeros(len(terms.vocabulary))
    for word, count in Counter(word for word in title if word in terms.vocabulary).items():
        column = terms.vocabulary[word]
        title_weights[column] = numpy.log1p(count) * idf[column]
    norm = float(numpy.linalg.norm(title_weights))
    if norm == 0:
        return numpy.zeros(terms.sentence_count)
    products = unit_values * title_weights[terms.columns] / norm
    similarity: FloatArray = numpy.bincount(terms.rows, products, terms.sentence_count).astype(
        numpy.float64
    )
    return similarity


def overlap_graph(terms: SparseTerms, weights: FloatArray) -> FloatArray:
    """TextRank's sentence similarity: shared words over the sum of log lengths (each shared
    word counted once with unit weights, or count x count with the counts, as Reduction does)."""
    shared = pairwise_sums(terms, weights)
    lengths = numpy.bincount(terms.rows, terms.counts, terms.sentence_count)
    log_lengths = numpy.log(numpy.maximum(lengths, 1.0))
    norm = log_lengths[:, None] + log_lengths[None, :]
    graph: FloatArray = numpy.divide(shared, norm, out=numpy.zeros_like(shared), where=norm > 0)
    return graph


def _scaled(values: FloatArray) -> FloatArray:
    top = float(values.max()) if len(values) else 0.0
    return values / top if top > 0 else numpy.zeros_like(values)


def sentence_features(stems: list[list[str]], title_stems: list[str]) -> SentenceFeatures:
    count = len(stems)
    terms = sparse_terms(stems)
    unit_values = _unit_rows(terms, numpy.log1p(terms.counts) * _idf(terms)[terms.columns])
    similarity = pairwise_sums(terms, unit_values)
    overlap = overlap_graph(terms, numpy.ones(len(terms.rows)))
    shared_words = overlap_graph(terms, terms.counts)
    indexes = numpy.arange(count, dtype=numpy.float64)
    lengths = numpy.array([min(len(words), _FULL_LENGTH_WORDS) for words in stems], dtype=float)
    return SentenceFeatures(
        position=1.0 / (1.0 + indexes),
        first=(indexes == 0).astype(numpy.float64),
        relative_position=1.0 - indexes / max(count, 1),
        centrality=_scaled(similarity.sum(axis=1)),
        forward=_scaled(numpy.triu(similarity).sum(axis=1)),
        title=_title_similarity(terms, unit_values, title_stems),
        length=lengths / _FULL_LENGTH_WORDS,
        overlap_degree=_scaled(overlap.sum(axis=1)),
        overlap_rank=_scaled(pagerank(overlap)),
        shared_words=_scaled(shared_words.sum(axis=1)),
        similarity=similarity,
    )


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
        if float(numpy.abs(updated - scores).sum()) < 1e-6:
            return updated
        scores = updated
    return scores
