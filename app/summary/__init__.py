"""Extractive summaries: the only part of Lede that knows sumy and NLTK.

The plain types load at once; the summarizers (sumy, NLTK, numpy) load on first use, so
importing this package costs a window's start-up nothing.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from app.summary.types import (
    ALGORITHMS,
    SectionedSummary,
    SectionSummary,
    Summary,
    SummaryError,
    SummaryHeading,
    SummaryLength,
    SummarySentence,
)

if TYPE_CHECKING:
    from app.summary.by_section import summarize_by_section
    from app.summary.languages import SUPPORTED_LANGUAGES, detect_language
    from app.summary.selection import default_length
    from app.summary.splitting import split_sentences
    from app.summary.summarize import summarize

_LAZY = {
    "SUPPORTED_LANGUAGES": "app.summary.languages",
    "detect_language": "app.summary.languages",
    "default_length": "app.summary.selection",
    "split_sentences": "app.summary.splitting",
    "summarize": "app.summary.summarize",
    "summarize_by_section": "app.summary.by_section",
}

__all__ = [
    "ALGORITHMS",
    "SUPPORTED_LANGUAGES",
    "SectionSummary",
    "SectionedSummary",
    "Summary",
    "SummaryError",
    "SummaryHeading",
    "SummaryLength",
    "SummarySentence",
    "default_length",
    "detect_language",
    "split_sentences",
    "summarize",
    "summarize_by_section",
]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'app.summary' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
