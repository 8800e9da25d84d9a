"""Extractive summaries: the only part of Lede that knows sumy and NLTK."""

from app.summary.algorithms import ALGORITHMS
from app.summary.languages import SUPPORTED_LANGUAGES, detect_language
from app.summary.selection import default_length
from app.summary.splitting import split_sentences
from app.summary.summarize import summarize
from app.summary.types import Summary, SummaryError, SummaryLength, SummarySentence

__all__ = [
    "ALGORITHMS",
    "SUPPORTED_LANGUAGES",
    "Summary",
    "SummaryError",
    "SummaryLength",
    "SummarySentence",
    "default_length",
    "detect_language",
    "split_sentences",
    "summarize",
]
