"""A bounded candidate list for the default summarizer on very long texts.

The default summarizer builds sentence x sentence matrices; their size grows with the
square of the sentence count. Past SHORTLIST_SIZE candidates, the opening sentences are kept and
a linear-time score (how frequent in the whole text each sentence's words are, per word) picks
the rest, so a 1,000,000-character book costs a bounded matrix.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from app.summary.split_article import ArticleSentence
from app.summary.tokenizer import words_of

SHORTLIST_SIZE = 400
# The opening sentences are always kept: the lead of a text is its most likely summary.
_ALWAYS_KEPT = 20


def shortlist(
    sentences: list[ArticleSentence],
    stemmer: Callable[[str], str],
    stop_words: frozenset[str],
) -> list[ArticleSentence]:
    if len(sentences) <= SHORTLIST_SIZE:
        return sentences
    stems = [
        [stemmer(word) for word in (w.lower() for w in words_of(s.text)) if word not in stop_words]
        for s in sentences
    ]
    frequency = Counter(word for words in stems for word in words)
    scores = [sum(frequency[word] for word in set(words)) / (1 + len(words)) for words in stems]
    rest = sorted(range(_ALWAYS_KEPT, len(sentences)), key=lambda i: scores[i], reverse=True)
    kept = sorted([*range(_ALWAYS_KEPT), *rest[: SHORTLIST_SIZE - _ALWAYS_KEPT]])
    return [sentences[i] for i in kept]
