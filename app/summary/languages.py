"""Languages: offline detection, stemmers and stop words for sumy."""

from __future__ import annotations

import functools
import importlib.resources
from collections.abc import Callable

import py3langid
import Stemmer as Snowball
from sumy.nlp.stemmers import Stemmer
from sumy.utils import get_stop_words

from app.summary.splitting import without_surrogates
from app.summary.types import SummaryError

SUMY_LANGUAGE_NAMES = {
    "en": "english",
    "ru": "russian",
    "de": "german",
    "fr": "french",
    "es": "spanish",
    "uk": "ukrainian",
}
SUPPORTED_LANGUAGES: tuple[str, ...] = tuple(SUMY_LANGUAGE_NAMES)
FALLBACK_LANGUAGE = "en"

# Enough text for a confident guess among the supported languages; longer samples cost
# about 1 ms per 1,000 characters.
_DETECTION_SAMPLE_CHARS = 500


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language, or "en" when there is nothing to go on."""
    sample = without_surrogates(text[:_DETECTION_SAMPLE_CHARS])
    if not any(char.isalpha() for char in sample):
        return FALLBACK_LANGUAGE
    code, _score = py3langid.classify(sample)
    return str(code)


def resolve_language(text: str, language: str | None) -> str:
    """The supported language to process `text` in; explicit unsupported codes are errors."""
    if language is None:
        detected = detect_language(text)
        return detected if detected in SUMY_LANGUAGE_NAMES else FALLBACK_LANGUAGE
    code = language.lower()
    if code not in SUMY_LANGUAGE_NAMES:
        supported = ", ".join(SUPPORTED_LANGUAGES)
        raise SummaryError(f"unsupported language {language!r} (supported: {supported})")
    return code


@functools.cache
def stemmer_for(language: str) -> Callable[[str], str]:
    """PyStemmer's C Snowball stemmers (the same algorithms NLTK ships, about 100 times
    faster); sumy's own stemmer for Ukrainian, which Snowball lacks, memoised."""
    name = SUMY_LANGUAGE_NAMES[language]
    if name in Snowball.algorithms():
        stem_word: Callable[[str], str] = Snowball.Stemmer(name).stemWord
        return stem_word
    return functools.lru_cache(maxsize=65536)(Stemmer(name))


@functools.cache
def stop_words_for(language: str) -> frozenset[str]:
    if language == "ru":
        data = importlib.resources.files("app.summary").joinpath("data/russian.txt")
        return frozenset(data.read_text(encoding="utf-8").split())
    return frozenset(get_stop_words(SUMY_LANGUAGE_NAMES[language]))
