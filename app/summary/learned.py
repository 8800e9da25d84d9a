"""A small learned sentence scorer: a linear model over sentence and article features.

The model predicts how much of a reference summary a sentence alone would recover (ROUGE-1 plus
ROUGE-2 F1). Each sentence feature also enters multiplied by a few article-level features
(length in sentences, mean sentence length, paragraph structure, how lead-heavy the centrality
is), so one set of weights can favour the lead on short, lead-heavy news and long central
sentences on articles shaped otherwise, without knowing where an article comes from. The
weights are plain data (data/learned_scorer.json), fitted by bench/train_default.py.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy
import numpy.typing

from app.summary.features import SentenceFeatures

FloatArray = numpy.typing.NDArray[numpy.float64]

MODEL_PATH = Path(__file__).with_name("data") / "learned_scorer.json"

SENTENCE_FEATURES = (
    "bias",
    "position",
    "first",
    "relative_position",
    "centrality",
    "forward",
    "backward",
    "title",
    "length",
    "words",
    "overlap_degree",
    "overlap_rank",
    "shared_words",
    "number",
    "quote",
)
ARTICLE_FEATURES = ("bias", "sentences", "mean_words", "lead_heavy")

_DIGIT = re.compile(r"\d")
_QUOTE = re.compile('["“”«»]')
# Word counts past this add nothing more; the scale keeps every feature near [0, 1].
_WORDS_SCALE = 40.0
_SENTENCES_SCALE = 50.0


@dataclass(frozen=True)
class SentenceContext:
    """What the scorer reads besides the TF-IDF features: the raw sentences and their layout."""

    texts: list[str]
    word_counts: list[int]
    paragraphs: list[int]  # paragraph number of each sentence, from 0


def _paragraph_columns(paragraphs: list[int]) -> tuple[FloatArray, FloatArray]:
    numbers = numpy.asarray(paragraphs, dtype=numpy.float64)
    starts = numpy.r_[True, numbers[1:] != numbers[:-1]] if len(numbers) else numpy.zeros(0)
    ranks = numpy.cumsum(starts) - 1 if len(numbers) else numpy.zeros(0)
    return 1.0 / (1.0 + ranks), starts.astype(numpy.float64)


def _lead_heaviness(features: SentenceFeatures) -> float:
    """How much more central the opening sentences are than the article on average."""
    opening = features.overlap_degree[:3]
    mean = float(features.overlap_degree.mean())
    return float(opening.mean()) - mean if len(opening) else 0.0


def sentence_matrix(features: SentenceFeatures, context: SentenceContext) -> FloatArray:
    count = len(features.position)
    words = numpy.asarray(context.word_counts, dtype=numpy.float64)
    paragraph_position, paragraph_first = _paragraph_columns(context.paragraphs)
    backward = numpy.tril(features.similarity).sum(axis=1)
    top = float(backward.max()) if count else 0.0
    columns = {
        "bias": numpy.ones(count),
        "backward": backward / top if top > 0 else numpy.zeros(count),
        "words": numpy.minimum(words, _WORDS_SCALE) / _WORDS_SCALE,
        "paragraph_position": paragraph_position,
        "paragraph_first": paragraph_first,
        "number": numpy.array([bool(_DIGIT.search(text)) for text in context.texts], float),
        "quote": numpy.array([bool(_QUOTE.search(text)) for text in context.texts], float),
    }
    return numpy.column_stack(
        [
            columns[name] if name in columns else getattr(features, name)
            for name in SENTENCE_FEATURES
        ]
    )


def article_vector(features: SentenceFeatures, context: SentenceContext) -> FloatArray:
    count = max(len(context.word_counts), 1)
    paragraphs = len(set(context.paragraphs))
    return numpy.array(
        [
            1.0,
            min(count, _SENTENCES_SCALE) / _SENTENCES_SCALE,
            min(sum(context.word_counts) / count, _WORDS_SCALE) / _WORDS_SCALE,
            _lead_heaviness(features),
        ]
    )


def design_matrix(features: SentenceFeatures, context: SentenceContext) -> FloatArray:
    """Every sentence feature times every article feature: one row per sentence."""
    sentences = sentence_matrix(features, context)
    article = article_vector(features, context)
    product: FloatArray = (sentences[:, :, None] * article[None, None, :]).reshape(
        len(sentences), -1
    )
    return product


@cache
def model_weights(model: str) -> FloatArray:
    """The weights of one fitted model ("short": trained on three-sentence oracles)."""
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    if data["sentence_features"] != list(SENTENCE_FEATURES) or data["article_features"] != list(
        ARTICLE_FEATURES
    ):
        raise ValueError(f"{MODEL_PATH.name} was trained on other features")
    return numpy.asarray(data[model], dtype=numpy.float64)


def learned_importance(
    features: SentenceFeatures, context: SentenceContext, model: str
) -> FloatArray:
    """design_matrix(...) @ weights, without building the design matrix: each sentence
    feature's weight is its row of weights dotted with the article's features."""
    weights = model_weights(model).reshape(len(SENTENCE_FEATURES), len(ARTICLE_FEATURES))
    scores: FloatArray = sentence_matrix(features, context) @ (
        weights @ article_vector(features, context)
    )
    return scores
