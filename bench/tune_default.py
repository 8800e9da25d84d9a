"""Tune the default summarizer's short-summary scoring on the tuning half only (even records).

Usage: uv run python bench/tune_default.py [--n 200] [--paragraphs] [--search TRIALS]

Each article's sentence features and ROUGE tokens are computed once and cached in memory, so
a trial of a scoring variant costs a weighted sum, MMR and a counter comparison per article.
ROUGE-1/2 F1 here match bench/quality.py (same rouge-score tokenizer with stemming, summary
sentences joined in reading order). --paragraphs inserts a blank line after every third
sentence of the CNN/DM articles: a variant that is fair must score the same either way.
--search perturbs the lead weights, the MMR penalty and a PacSum term two at a time and keeps
a move only if it raises every dataset x length x metric cell above the committed default.
Articles under five sentences are left out: summarize() calls them too short to summarize,
and bench/quality.py scores that empty summary 0 for the default whatever the weights.

--long-reads instead scores whole summarize() calls, as bench/quality.py does (its scorer,
tokenizers and lengths), on the tuning half of the long-form English and Russian paper sets,
for each way of shifting the lead weights of a long read in LONG_READ_VARIANTS (the one
committed as app/summary/lede.py's LONG_READ_SHIFT is marked).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rouge_score import rouge_scorer

from app.summary import split_sentences
from app.summary.features import SentenceFeatures, sentence_features
from app.summary.languages import stemmer_for, stop_words_for
from app.summary.lede import (
    COVERAGE_WEIGHTS,
    LEAD_REDUNDANCY_PENALTY,
    LEAD_WEIGHTS,
    LedeSummarizer,
    _redundancy_aware_order,
    coverage_for_share,
)
from app.summary.shortlist import shortlist
from app.summary.split_article import candidates, split_article, to_sumy_document
from app.summary.tokenizer import OfflineTokenizer

sys.path.insert(0, str(Path(__file__).resolve().parent))
from quality import read_records, reference_lines

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"
DATASETS = ("cnndm", "bbc_news", "xsum")

_SCORER = rouge_scorer.RougeScorer(["rouge1"], use_stemmer=True)


@dataclass
class Case:
    features: SentenceFeatures
    stems: list[list[str]]
    title: list[str]
    words: list[int]  # whitespace words per sentence, as selection.word_count counts them
    tokens: list[list[str]]  # rouge-score tokens per sentence
    reference: list[str]
    budget: int  # reference length in words
    texts: list[str]  # the candidate sentences, in reading order


def _tokens(text: str) -> list[str]:
    return list(_SCORER._tokenizer.tokenize(text))


def with_paragraphs(text: str) -> str:
    """The text with a blank line after every third sentence."""
    spans = split_sentences(text, "en")
    pieces = []
    for number, (start, end) in enumerate(spans):
        pieces.append(text[start:end])
        pieces.append("\n\n" if number % 3 == 2 else " ")
    return "".join(pieces).strip()


def make_case(record: dict[str, object], paragraphs: bool = False) -> Case | None:
    text = str(record["text"])
    if paragraphs:
        text = with_paragraphs(text)
    title = record.get("title")
    article = split_article(text, "en", str(title) if title else None)
    if len(article.sentences) < 5:
        return None
    chosen = shortlist(candidates(article), stemmer_for("en"), stop_words_for("en"))
    document = to_sumy_document(article, chosen, OfflineTokenizer("en"))
    lede = LedeSummarizer(stemmer_for("en"), stop_words_for("en"))
    sentences = list(document.sentences)
    stems = [lede._content_stems(sentence.words) for sentence in sentences]
    title_stems = lede._content_stems(w for h in document.headings[:1] for w in h.words)
    texts = [str(sentence) for sentence in sentences]
    return Case(
        sentence_features(stems, title_stems),
        stems,
        title_stems,
        [len(t.split()) for t in texts],
        [_tokens(t) for t in texts],
        _tokens("\n".join(reference_lines(record))),
        max(1, len(str(record["summary"]).split())),
        texts,
    )


def load(name: str, n: int, paragraphs: bool = False) -> list[Case]:
    records = read_records(EVAL / f"{name}.jsonl", "tune", n)
    cases = (make_case(record, paragraphs) for record in records)
    return [case for case in cases if case is not None]


def _ngrams(tokens: list[str], size: int) -> Counter[tuple[str, ...]]:
    return Counter(tuple(tokens[i : i + size]) for i in range(len(tokens) - size + 1))


def _f1(candidate: Counter[tuple[str, ...]], reference: Counter[tuple[str, ...]]) -> float:
    overlap = sum((candidate & reference).values())
    if not overlap:
        return 0.0
    precision = overlap / sum(candidate.values())
    recall = overlap / sum(reference.values())
    return 100 * 2 * precision * recall / (precision + recall)


def rouge12(case: Case, picked: list[int]) -> tuple[float, float]:
    summary = [token for index in sorted(picked) for token in case.tokens[index]]
    return (
        _f1(_ngrams(summary, 1), _ngrams(case.reference, 1)),
        _f1(_ngrams(summary, 2), _ngrams(case.reference, 2)),
    )


def fill(case: Case, order: list[int], length: str) -> list[int]:
    if length == "3":
        return order[:3]
    chosen: list[int] = []
    used = 0
    for index in order:
        if not chosen or used + case.words[index] <= case.budget:
            chosen.append(index)
            used += case.words[index]
        if used >= case.budget:
            break
    return chosen


Scorer = Callable[[Case, float], tuple[numpy.ndarray, float]]


def current_scorer(case: Case, coverage: float) -> tuple[numpy.ndarray, float]:
    """Importance and MMR penalty exactly as LedeSummarizer computes them."""
    lead = weighted(case.features, LEAD_WEIGHTS)
    wide = weighted(case.features, COVERAGE_WEIGHTS)
    return (1 - coverage) * lead + coverage * wide, (1 - coverage) * LEAD_REDUNDANCY_PENALTY


def weighted(features: SentenceFeatures, weights: dict[str, float]) -> numpy.ndarray:
    total = numpy.zeros(len(features.position))
    for name, weight in weights.items():
        total += weight * getattr(features, name)
    return total


def coverage_of(case: Case, length: str) -> float:
    if length == "3":
        return coverage_for_share(3 / len(case.words))
    return coverage_for_share(case.budget / max(sum(case.words), 1))


def evaluate(cases: list[Case], scorer: Scorer, length: str) -> tuple[float, float]:
    r1, r2 = [], []
    for case in cases:
        importance, penalty = scorer(case, coverage_of(case, length))
        order, _ = _redundancy_aware_order(importance, case.features.similarity, penalty)
        a, b = rouge12(case, fill(case, order, length))
        r1.append(a)
        r2.append(b)
    return statistics.fmean(r1), statistics.fmean(r2)


def directed_centrality(similarity: numpy.ndarray, backward_weight: float) -> numpy.ndarray:
    """PacSum's asymmetric degree (Zheng and Lapata 2019): similarity to later sentences minus
    `backward_weight` x similarity to earlier ones, scaled to at most 1 in magnitude."""
    forward = numpy.triu(similarity, 1).sum(axis=1)
    backward = numpy.tril(similarity, -1).sum(axis=1)
    score = forward - backward_weight * backward
    top = float(numpy.abs(score).max()) if len(score) else 0.0
    return score / top if top > 0 else score


# The candidate measured held-out once (see docs/benchmarks.md, "Tried and not kept").
CANDIDATE_WEIGHT = 0.3
CANDIDATE_BACKWARD = 1.0


def candidate_scorer(case: Case, coverage: float) -> tuple[numpy.ndarray, float]:
    importance, penalty = current_scorer(case, coverage)
    pacsum = directed_centrality(case.features.similarity, CANDIDATE_BACKWARD)
    return importance + (1 - coverage) * CANDIDATE_WEIGHT * pacsum, penalty


def lead_scorer(case: Case, coverage: float) -> tuple[numpy.ndarray, float]:
    return -numpy.arange(len(case.words), dtype=float), 0.0


def report(name: str, sets: dict[str, list[Case]], scorer: Scorer) -> str:
    cells = []
    for dataset, cases in sets.items():
        for length in ("3", "ref"):
            r1, r2 = evaluate(cases, scorer, length)
            cells.append(f"{dataset}/{length} {r1:.1f}/{r2:.1f}")
    return f"{name:>12}: " + "  ".join(cells)


SEARCHED = (*LEAD_WEIGHTS, "penalty", "pacsum")


def variant_scorer(weights: dict[str, float]) -> Scorer:
    """The default with other lead weights, MMR penalty and PacSum weight."""
    lead_weights = {name: weights[name] for name in LEAD_WEIGHTS}

    def scorer(case: Case, coverage: float) -> tuple[numpy.ndarray, float]:
        lead = weighted(case.features, lead_weights) + weights["pacsum"] * directed_centrality(
            case.features.similarity, CANDIDATE_BACKWARD
        )
        wide = weighted(case.features, COVERAGE_WEIGHTS)
        return (1 - coverage) * lead + coverage * wide, (1 - coverage) * weights["penalty"]

    return scorer


def cell_scores(sets: dict[str, list[Case]], scorer: Scorer) -> dict[str, float]:
    scores = {}
    for dataset in DATASETS:
        for length in ("3", "ref"):
            r1, r2 = evaluate(sets[dataset], scorer, length)
            scores[f"{dataset}/{length}/R-1"], scores[f"{dataset}/{length}/R-2"] = r1, r2
    return scores


def pareto_search(sets: dict[str, list[Case]], trials: int, seed: int = 3) -> dict[str, float]:
    """Weights that beat the committed default in every cell by the widest margin found."""
    rng = random.Random(seed)
    best = dict(LEAD_WEIGHTS, penalty=LEAD_REDUNDANCY_PENALTY, pacsum=0.0)
    start = cell_scores(sets, variant_scorer(best))
    best_margin = 0.0
    for trial_number in range(trials):
        trial = dict(best)
        for name in rng.sample(SEARCHED, 2):
            trial[name] += rng.gauss(0, 0.12)
        trial["penalty"], trial["pacsum"] = max(trial["penalty"], 0.0), max(trial["pacsum"], 0.0)
        scores = cell_scores(sets, variant_scorer(trial))
        margin = min(scores[cell] - start[cell] for cell in start)
        if margin > best_margin:
            best, best_margin = trial, margin
            print(f"trial {trial_number}: every cell up by at least {margin:.2f}", flush=True)
    print(f"{trials} trials; smallest gain over the default in any cell: {best_margin:.2f}")
    return best


LONG_READ_SETS = ("longform_en", "rusci_ru")
LONG_READ_VARIANTS: tuple[dict[str, float], ...] = (
    {},
    {"position": -0.6},
    {"length": 0.5},
    {"position": -0.6, "length": 0.5},
    {"position": -0.3, "length": 0.4},
    {"position": -0.6, "relative_position": 0.4, "length": 0.3},
    {"position": -0.6, "first": 0.5, "length": 0.3},
    {"position": -0.4, "forward": 0.4, "length": 0.3},
    {"position": -0.6, "relative_position": 0.7, "length": 0.3},
    {"position": -0.8, "relative_position": 0.4, "length": 0.3},
)


def _shift_long_reads(shift: dict[str, float]) -> None:
    import quality_scoring

    from app.summary import lede

    lede.LONG_READ_SHIFT = dict(shift)
    quality_scoring.METHODS = ("default",)


def _default_scores(record: dict[str, object]) -> dict[str, dict[str, float]]:
    import quality_scoring

    _ok, scores, _picks = quality_scoring.score_record(record, ("3", "ref"))
    return scores["default"]


def long_read_report(limit: int, variants: Sequence[dict[str, float]]) -> None:
    """R-1/R-2 of the default at 3 sentences and reference length per variant and set."""
    from multiprocessing import Pool

    from app.summary import lede

    committed = dict(lede.LONG_READ_SHIFT)
    records = {name: read_records(EVAL / f"{name}.jsonl", "tune", limit) for name in LONG_READ_SETS}
    for shift in variants:
        with Pool(2, initializer=_shift_long_reads, initargs=(shift,)) as pool:
            cells = []
            for name, chosen in records.items():
                scored = pool.map(_default_scores, chosen, chunksize=2)
                for length in ("3", "ref"):
                    r1 = statistics.fmean(cell[length]["rouge1"] for cell in scored)
                    r2 = statistics.fmean(cell[length]["rouge2"] for cell in scored)
                    cells.append(f"{name}/{length} {r1:.2f}/{r2:.2f}")
        mark = " (committed)" if shift == committed else ""
        print(f"{shift}{mark}: " + "  ".join(cells), flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=200)
    parser.add_argument("--paragraphs", action="store_true")
    parser.add_argument("--search", type=int, default=0, metavar="TRIALS")
    parser.add_argument("--long-reads", action="store_true", help="the long-read weight shifts")
    parser.add_argument("--variants", type=int, default=len(LONG_READ_VARIANTS))
    args = parser.parse_args(argv)
    if args.long_reads:
        long_read_report(args.n, LONG_READ_VARIANTS[: args.variants])
        return 0
    sets = {name: load(name, args.n) for name in DATASETS}
    if args.paragraphs:
        sets["cnndm+para"] = load("cnndm", args.n, paragraphs=True)
    print(report("lead", sets, lead_scorer))
    print(report("current", sets, current_scorer))
    print(report("candidate", sets, candidate_scorer))
    if args.search:
        best = pareto_search(sets, args.search)
        print(" ".join(f"{name}={value:.3f}" for name, value in best.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
