"""Filling a summary with sentences that stand on their own.

A sentence that opens by pointing back ("He", "But", "This") reads as dangling when the
sentence before it is missing. Taken in rank order, such a sentence either comes with the
sentences it leans on (when the length has room for them, and they can be summary lines)
or gives way to the next best sentence. A summary never exceeds its length: the pair costs
two sentences, or both sentences' words.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from app.summary.coherence import leans_back
from app.summary.selection import pick, word_count
from app.summary.split_article import ArticleSentence, SplitArticle
from app.summary.types import SummaryLength, SummarySentence

# An opening phrase this short, ended by a comma, is read for a word that points back at its
# end: "Next to it, ...", "After that, ...", "Like them, ...".
_OPENING_PHRASE_WORDS = 4
_OPENING_PHRASE = re.compile(r"^[^,;:.!?]{1,60},")
# A sentence that points back and is shorter than this says too little to be worth the
# room its support takes ("Next to it, create backup.timer."): it gives way instead.
_MIN_SUPPORTED_WORDS = 8
# How many sentences back a chain of leaning sentences may be followed ("He..." after
# "But..." after the sentence that names him); past that the candidate gives way.
_MAX_CHAIN = 3

Ranked = Sequence[tuple[ArticleSentence, float]]


@dataclass
class _Budget:
    sentences: int | None
    words: int | None
    used_sentences: int = 0
    used_words: int = 0
    chosen: dict[int, tuple[ArticleSentence, float]] = field(default_factory=dict)

    def fits(self, group: list[ArticleSentence]) -> bool:
        if self.sentences is not None:
            return self.used_sentences + len(group) <= self.sentences
        words = sum(word_count(sentence.text) for sentence in group)
        # The best sentence always makes a summary, however long, as the other lengths do.
        alone = not self.chosen and len(group) == 1
        return alone or self.used_words + words <= (self.words or 0)

    def full(self) -> bool:
        if self.sentences is not None:
            return self.used_sentences >= self.sentences
        return self.used_words >= (self.words or 0)

    def take(self, sentence: ArticleSentence, score: float) -> None:
        self.chosen[sentence.index] = (sentence, score)
        self.used_sentences += 1
        self.used_words += word_count(sentence.text)


def choose_standing(
    ranked: Ranked, article: SplitArticle, length: SummaryLength, language: str
) -> list[tuple[ArticleSentence, float]]:
    """The summary's sentences with their scores, in article order."""
    budget = _budget_for(length, len(article.sentences))
    scores = {sentence.index: score for sentence, score in ranked}
    for sentence, _score in ranked:
        if budget.full():
            break
        if sentence.index in budget.chosen:
            continue
        group = _with_support(sentence, article, budget.chosen, language)
        if group and budget.fits(group):
            for member in group:
                budget.take(member, scores.get(member.index, 0.0))
    if not budget.chosen and ranked:
        # Every candidate leans on a sentence there was no room for: the best one still
        # says more than an empty summary.
        budget.take(*ranked[0])
    return sorted(budget.chosen.values(), key=lambda item: item[0].index)


def _budget_for(length: SummaryLength, sentence_count: int) -> _Budget:
    if length.words is not None:
        return _Budget(None, length.words)
    if length.percent is not None:
        return _Budget(max(1, math.floor(sentence_count * length.percent / 100)), None)
    return _Budget(length.sentences or 1, None)


def _with_support(
    sentence: ArticleSentence,
    article: SplitArticle,
    chosen: dict[int, tuple[ArticleSentence, float]],
    language: str,
) -> list[ArticleSentence]:
    """The sentence and the ones before it that it leans on, not yet chosen, in article
    order; empty when it leans on something that cannot be a summary line."""
    group = [sentence]
    current = sentence
    while current.index > 0 and current.index - 1 not in chosen:
        if not points_back(current.text, language):
            return group
        if word_count(current.text) < _MIN_SUPPORTED_WORDS:
            return []
        previous = article.sentences[current.index - 1]
        if not previous.selectable or len(group) >= _MAX_CHAIN:
            return []
        group.insert(0, previous)
        current = previous
    return group


def points_back(sentence: str, language: str) -> bool:
    """Whether the sentence needs the one before it: it opens with a word that points back
    (coherence.leans_back), or its short opening phrase ends with one ("Next to it, ...")."""
    if leans_back(sentence, language):
        return True
    phrase = _OPENING_PHRASE.match(sentence.lstrip())
    if phrase is None:
        return False
    words = phrase.group(0)[:-1].split()
    return 1 < len(words) <= _OPENING_PHRASE_WORDS and leans_back(words[-1], language)


def chosen_sentences(
    ranked: list[tuple[ArticleSentence, float]],
    article: SplitArticle,
    length: SummaryLength,
    count: int,
    algorithm: str,
    language: str,
) -> tuple[SummarySentence, ...]:
    """The summary's sentences, in article order, from candidates ranked best first: the
    default's stand on their own; another algorithm's are its best `length` of `count`."""
    if algorithm == "default":
        picked = choose_standing(ranked, article, length, language)
    else:
        chosen = pick([sentence.text for sentence, _ in ranked], length, count)
        picked = sorted((ranked[position] for position in chosen), key=lambda item: item[0].index)
    return tuple(
        SummarySentence(sentence.start, sentence.end, sentence.text, score, sentence.index)
        for sentence, score in picked
    )
