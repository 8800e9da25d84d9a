"""An offline tokenizer with the interface sumy expects (no NLTK data needed)."""

from __future__ import annotations

import re

from app.summary.splitting import split_sentences

# Letters and digits, keeping inner apostrophes and hyphens so "don't" and "e-mail" stay whole.
_WORD = re.compile(r"\w+(?:['’\-]\w+)*")


def words_of(sentence: str) -> list[str]:
    return _WORD.findall(sentence)


def has_words(sentence: str) -> bool:
    return _WORD.search(sentence) is not None


class OfflineTokenizer:
    """sumy's tokenizer protocol: `language`, `to_sentences` and `to_words`."""

    def __init__(self, language: str) -> None:
        self.language = language

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return tuple(
            paragraph[start:end] for start, end in split_sentences(paragraph, self.language)
        )

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(words_of(sentence))
