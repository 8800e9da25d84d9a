"""Languages: offline detection, stemmers and stop words for sumy."""

from __future__ import annotations

import functools
import importlib.resources
from collections.abc import Callable

import py3langid
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

# Enough text for a confident guess; classifying a whole book would only cost time.
_DETECTION_SAMPLE_CHARS = 4000


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
    """A memoised stemmer: snowball stemming dominates run time on long texts otherwise."""
    return functools.lru_cache(maxsize=65536)(Stemmer(SUMY_LANGUAGE_NAMES[language]))


@functools.cache
def stop_words_for(language: str) -> frozenset[str]:
    if language == "ru":
        data = importlib.resources.files("app.summary").joinpath("data/russian.txt")
        return frozenset(data.read_text(encoding="utf-8").split())
    return frozenset(get_stop_words(SUMY_LANGUAGE_NAMES[language]))
