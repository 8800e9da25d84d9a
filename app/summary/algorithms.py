"""sumy's summarizers, configured for offline use, and a way to read their full ranking."""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from typing import Any

import numpy
import numpy.typing
from sumy.models.dom import ObjectDocumentModel, Sentence
from sumy.summarizers._summarizer import AbstractSummarizer
from sumy.summarizers.edmundson import EdmundsonSummarizer
from sumy.summarizers.kl import KLSummarizer
from sumy.summarizers.lex_rank import LexRankSummarizer
from sumy.summarizers.lsa import LsaSummarizer
from sumy.summarizers.luhn import LuhnSummarizer
from sumy.summarizers.reduction import ReductionSummarizer
from sumy.summarizers.sum_basic import SumBasicSummarizer
from sumy.summarizers.text_rank import TextRankSummarizer

from app.i18n import filled, tr
from app.summary.languages import stemmer_for, stop_words_for
from app.summary.lede import LedeSummarizer
from app.summary.types import ALGORITHMS, SummaryError


class StableLsaSummarizer(LsaSummarizer):  # type: ignore[misc]
    """LSA with a sorted term index (sumy's frozenset order changes with hash randomisation)
    and without sumy's warning about short texts: warnings filters are process-wide, so
    silencing them per call would race between the threads that summarize."""

    def _create_dictionary(self, document: ObjectDocumentModel) -> dict[str, int]:
        words = map(self.normalize_word, document.words)
        unique_words = sorted({self.stem_word(w) for w in words if w not in self._stop_words})
        return {word: row for row, word in enumerate(unique_words)}

    def _create_matrix(
        self, document: ObjectDocumentModel, dictionary: dict[str, int]
    ) -> numpy.typing.NDArray[numpy.float64]:
        matrix = numpy.zeros((len(dictionary), len(document.sentences)))
        for column, sentence in enumerate(document.sentences):
            for word in map(self.stem_word, sentence.words):
                if word in dictionary:
                    matrix[dictionary[word], column] += 1
        return matrix


_SUMMARIZER_CLASSES: dict[str, Callable[..., Any]] = {
    "lexrank": LexRankSummarizer,
    "textrank": TextRankSummarizer,
    "lsa": StableLsaSummarizer,
    "luhn": LuhnSummarizer,
    "kl": KLSummarizer,
    "sumbasic": SumBasicSummarizer,
    "reduction": ReductionSummarizer,
}


def check_algorithm(algorithm: str) -> None:
    if not isinstance(algorithm, str) or algorithm not in ALGORITHMS:
        raise SummaryError(
            filled(
                tr("Summary", "unknown algorithm %1 (known: %2)"),
                repr(algorithm),
                ", ".join(ALGORITHMS),
            )
        )


@functools.cache
def build_summarizer(algorithm: str, language: str) -> AbstractSummarizer:
    """A ready summarizer, kept for reuse (they hold only configuration); Edmundson is limited
    to its title and location methods, which need only stop words (as null words), instead of
    cue words nobody supplies."""
    if algorithm == "default":
        return default_summarizer(language, coverage=0.0)
    check_algorithm(algorithm)
    stemmer = stemmer_for(language)
    stop_words = stop_words_for(language)
    if algorithm == "edmundson":
        edmundson = EdmundsonSummarizer(
            stemmer, cue_weight=0.0, key_weight=0.0, title_weight=1.0, location_weight=1.0
        )
        edmundson.null_words = stop_words
        return edmundson
    summarizer = _SUMMARIZER_CLASSES[algorithm](stemmer)
    summarizer.stop_words = stop_words
    return summarizer


def default_summarizer(language: str, coverage: float, long_read: float = 0.0) -> LedeSummarizer:
    """Lede's summarizer, leaning from lead (0) to coverage (1) for this summary's length,
    and from news (0) to a long read (1) for this article."""
    return LedeSummarizer(stemmer_for(language), stop_words_for(language), coverage, long_read)


class _RankingRecorder:
    """Passed to sumy as the sentence count: sumy hands it every sentence sorted by rating."""

    def __init__(self) -> None:
        self.ranking: list[tuple[Sentence, float]] = []

    def __call__(self, infos: Sequence[Any]) -> Sequence[Any]:
        self.ranking = [(info.sentence, float(info.rating)) for info in infos]
        return infos


def rank_sentences(
    summarizer: AbstractSummarizer, document: ObjectDocumentModel
) -> list[tuple[Sentence, float]]:
    """Every sentence of `document` with its rating, best first (empty if sumy gave up)."""
    recorder = _RankingRecorder()
    # Degenerate input makes sumy's numpy code divide by zero (LexRank's NaN); the caller only
    # needs an order. numpy's error state, unlike warnings filters, is local to the thread.
    with numpy.errstate(all="ignore"):
        summarizer(document, recorder)
    return recorder.ranking
