"""One record of bench/quality.py: every method's pick at every length, scored.

ROUGE for English keeps rouge-score's own tokenizer (a-z and digits) and Porter stemmer, so
English figures stay comparable with every earlier run. Every other language is scored with
RougeTokens: lower-cased runs of letters and digits in any script, each word longer than three
characters stemmed by that language's Snowball stemmer (PyStemmer), the rule rouge-score
applies to Porter. The dangling share comes from app/summary/coherence.py, on the article's
sentences as summarize() reads them (headings included: a sentence after a left-out heading
has no sentence of its own before it in the summary either).
"""

from __future__ import annotations

import functools
import random
import re
import time
import unicodedata
from collections.abc import Callable
from typing import Any

import Stemmer as Snowball
from rouge_score import rouge_scorer

from app.summary import ALGORITHMS, SummaryLength, split_sentences, summarize
from app.summary.coherence import dangling_indices
from app.summary.languages import SUMY_LANGUAGE_NAMES
from app.summary.split_article import candidates, split_article
from app.summary.summarize import MIN_SENTENCES

# Lead and a seeded random pick beside every algorithm a reader can choose, in menu order.
METHODS = ("default", "lead", "random", *(name for name in ALGORITHMS if name != "default"))
LENGTHS = ("1", "3", "ref")
ROUGE_TYPES = ("rouge1", "rouge2", "rougeLsum")
SEED = 20261128
DEFAULT_LANGUAGE = "en"
ENGLISH_TOKENIZER = "rouge-score's tokenizer (a-z, 0-9) + Porter stemmer"
_LETTERS_AND_DIGITS = re.compile(r"[^\W_]+")

Record = dict[str, Any]
# A method's pick: indices into the article's sentences, as summarize() numbers them.
Picker = Callable[[Record, SummaryLength], list[int]]
# Per method, per length: rouge1/rouge2/rougeL (F1 percent), ms, sentences and dangling counts.
Scores = dict[str, dict[str, dict[str, float]]]
Picks = dict[str, dict[str, list[str]]]


def record_language(record: Record) -> str:
    return str(record.get("language") or DEFAULT_LANGUAGE)


def reference_lines(record: Record) -> list[str]:
    sentences = record.get("summary_sentences")
    if sentences:
        return [str(sentence) for sentence in sentences]
    summary = record["summary"]
    spans = split_sentences(summary, record_language(record))
    return [summary[start:end] for start, end in spans]


def target_length(record: Record, length: str) -> SummaryLength:
    """ "1" and "3" are sentence counts; "ref" is the reference's word count, the budget the
    summary's sentences are fitted into."""
    if length in ("1", "3"):
        return SummaryLength(sentences=int(length))
    return SummaryLength(words=max(1, len(record["summary"].split())))


class RougeTokens:
    """rouge-score's tokenizer protocol (`tokenize(text) -> list[str]`) for any script."""

    def __init__(self, language: str) -> None:
        name = SUMY_LANGUAGE_NAMES.get(language, "")
        self._stemmer = Snowball.Stemmer(name) if name in Snowball.algorithms() else None
        stemming = f"Snowball {name} stemmer" if self._stemmer else "no stemmer"
        self.description = f"Unicode letters and digits, lower-cased + {stemming}"

    def tokenize(self, text: str) -> list[str]:
        folded = unicodedata.normalize("NFC", text).lower()
        words = _LETTERS_AND_DIGITS.findall(folded)
        if self._stemmer is None:
            return words
        return [self._stemmer.stemWord(word) if len(word) > 3 else word for word in words]


@functools.cache
def rouge_for(language: str) -> tuple[rouge_scorer.RougeScorer, str]:
    """The scorer for a language's records, and how it tokenizes (for the table's header)."""
    if language == "en":
        return rouge_scorer.RougeScorer(list(ROUGE_TYPES), use_stemmer=True), ENGLISH_TOKENIZER
    tokens = RougeTokens(language)
    return rouge_scorer.RougeScorer(list(ROUGE_TYPES), tokenizer=tokens), tokens.description


def _baseline_pick(record: Record, length: SummaryLength, shuffle: bool) -> list[int]:
    """Lead (first sentences) or a seeded random pick, trimmed to `length` like summarize()."""
    article = split_article(record["text"], record_language(record), record.get("title"))
    pool = candidates(article)
    if shuffle:
        order = random.Random(f"{SEED}:{record['id']}").sample(range(len(pool)), len(pool))
    else:
        order = list(range(len(pool)))
    chosen: list[int] = []
    used = 0
    for position in order:
        words = len(pool[position].text.split())
        if length.sentences is not None and len(chosen) >= length.sentences:
            break
        if length.words is not None and chosen and used + words > length.words:
            continue
        chosen.append(position)
        used += words
    return sorted(pool[position].index for position in chosen)


def _summary_pick(algorithm: str) -> Picker:
    def pick(record: Record, length: SummaryLength) -> list[int]:
        summary = summarize(
            record["text"],
            algorithm=algorithm,
            length=length,
            language=record_language(record),
            title=record.get("title"),
        )
        return [sentence.index for sentence in summary.sentences]

    return pick


def method_picker(method: str) -> Picker:
    if method in ("lead", "random"):
        shuffle = method == "random"
        return lambda record, length: _baseline_pick(record, length, shuffle)
    return _summary_pick(method)


def score_record(
    record: Record, lengths: tuple[str, ...], keep_picks: bool = False
) -> tuple[bool, Scores, Picks]:
    """Whether summarize() summarizes the record (it has enough sentences), the scores of
    every method at every length, and (with keep_picks) the sentences each one picked."""
    language = record_language(record)
    scorer, _tokenizer = rouge_for(language)
    article = split_article(record["text"], language, record.get("title"))
    texts = [sentence.text for sentence in article.sentences]
    reference = "\n".join(reference_lines(record))
    scores: Scores = {}
    picks: Picks = {}
    for method in METHODS:
        picker = method_picker(method)
        scores[method], picks[method] = {}, {}
        for length in lengths:
            started = time.perf_counter()
            chosen = picker(record, target_length(record, length))
            elapsed_ms = (time.perf_counter() - started) * 1000
            picked = [texts[index] for index in chosen]
            rouge = scorer.score(reference, "\n".join(picked))
            scores[method][length] = {
                "rouge1": 100 * rouge["rouge1"].fmeasure,
                "rouge2": 100 * rouge["rouge2"].fmeasure,
                "rougeL": 100 * rouge["rougeLsum"].fmeasure,
                "ms": elapsed_ms,
                "sentences": len(chosen),
                "dangling": len(dangling_indices(chosen, texts, language)),
            }
            if keep_picks:
                picks[method][length] = picked
    return len(candidates(article)) >= MIN_SENTENCES, scores, picks
