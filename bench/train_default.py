"""Fit the default summarizer's learned scorer (app/summary/data/learned_scorer.json).

Usage: uv run python bench/train_default.py [--eval-dir ../shared/eval] [--check N]

Reads only the even-numbered records (0-based line index) of cnndm.jsonl and bbc_news.jsonl,
the tuning half that bench/quality.py --split tune reads; the odd records stay held out. For
every candidate sentence the target is 1 if a greedy ROUGE oracle (ROUGE-1 + ROUGE-2 F1,
stemmed) picks it for a three-sentence summary, else 0. The model is ridge regression within
each article (features and targets centred per article, since only the order inside an article
matters), with DATASET_WEIGHTS per set. --check N prints the tune-half ROUGE of the default and
of Lead on the first N tuning records of each set (and of xsum.jsonl when present); --penalty
and --share try other values of the summarizer's constants in that check.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy
from rouge_score import rouge_scorer

from app.summary import learned, lede
from app.summary.algorithms import default_summarizer
from app.summary.document import candidates, read_article, to_sumy_document
from app.summary.languages import stemmer_for, stop_words_for
from app.summary.shortlist import shortlist
from app.summary.tokenizer import OfflineTokenizer
from bench.quality import read_records, reference_lines, score_record

DATASETS = ("cnndm.jsonl", "bbc_news.jsonl")
DEFAULT_EVAL_DIR = Path(__file__).resolve().parents[2] / "shared" / "eval"
# A light ridge: the features are few and the sentences tens of thousands.
RIDGE = 1e-4
# "short": the greedy oracle of a three-sentence summary. (A "long" model trained on the
# uncapped oracle did not beat Reduction's coverage score for long summaries on the tuning half.)
ORACLE_SIZES: dict[str, int | None] = {"short": 3}
# CNN/DM has a quarter of BBC's tuning sentences; weighting it up keeps the lead-heavy shape
# of human-written news from being outvoted.
DATASET_WEIGHTS: dict[str, float] = {"cnndm.jsonl": 8.0, "bbc_news.jsonl": 1.0}
_SCORER = rouge_scorer.RougeScorer(["rouge1"], use_stemmer=True)


def _ngrams(tokens: list[str], size: int) -> Counter[tuple[str, ...]]:
    return Counter(tuple(tokens[i : i + size]) for i in range(len(tokens) - size + 1))


def _f1(candidate: Counter[tuple[str, ...]], reference: Counter[tuple[str, ...]]) -> float:
    overlap = sum((candidate & reference).values())
    if overlap == 0:
        return 0.0
    precision = overlap / sum(candidate.values())
    recall = overlap / sum(reference.values())
    return 2 * precision * recall / (precision + recall)


def sentence_gains(texts: list[str], reference: str) -> numpy.ndarray:
    tokenize = _SCORER._tokenizer.tokenize
    reference_tokens = tokenize(reference)
    references = [_ngrams(reference_tokens, size) for size in (1, 2)]
    gains = []
    for text in texts:
        tokens = tokenize(text)
        gains.append(statistics.fmean(_f1(_ngrams(tokens, n), references[n - 1]) for n in (1, 2)))
    return numpy.asarray(gains)


def oracle_labels(texts: list[str], reference: str, size: int | None) -> numpy.ndarray:
    """1 for the sentences a greedy ROUGE oracle picks (at most `size` of them), else 0."""
    tokenize = _SCORER._tokenizer.tokenize
    reference_tokens = tokenize(reference)
    references = [_ngrams(reference_tokens, n) for n in (1, 2)]
    tokens = [tokenize(text) for text in texts]
    picked: list[int] = []
    best = 0.0
    while len(picked) < min(size or len(texts), len(texts)):
        scores = [
            -1.0
            if index in picked
            else sum(
                _f1(_ngrams([t for i in sorted([*picked, index]) for t in tokens[i]], n), ref)
                for n, ref in zip((1, 2), references, strict=True)
            )
            for index in range(len(texts))
        ]
        candidate = int(numpy.argmax(scores))
        if scores[candidate] <= best:
            break
        best = scores[candidate]
        picked.append(candidate)
    labels = numpy.zeros(len(texts))
    labels[picked] = 1.0
    return labels


def article_rows(record: dict[str, Any]) -> tuple[numpy.ndarray, dict[str, numpy.ndarray]] | None:
    """Per-article centred features and, per model, centred targets (None: too short)."""
    article = read_article(record["text"], "en", record.get("title"))
    chosen = shortlist(candidates(article), stemmer_for("en"), stop_words_for("en"))
    if len(chosen) < 2:
        return None
    document = to_sumy_document(article, chosen, OfflineTokenizer("en"))
    _, features, context = default_summarizer("en", 0.0).sentence_features(document)
    rows = learned.design_matrix(features, context)
    reference = "\n".join(reference_lines(record))
    targets = {
        model: oracle_labels(context.texts, reference, size) for model, size in ORACLE_SIZES.items()
    }
    return rows - rows.mean(axis=0), {model: y - y.mean() for model, y in targets.items()}


def fit(eval_dir: Path, ridge: float = RIDGE) -> dict[str, numpy.ndarray]:
    blocks, targets, weights = [], [], []
    for name in DATASETS:
        records = read_records(eval_dir / name, "tune", 10**9)
        pairs = [rows for rows in map(article_rows, records) if rows is not None]
        total = sum(len(x) for x, _ in pairs)
        for x, y in pairs:
            blocks.append(x)
            targets.append(y)
            weights.append(numpy.full(len(x), DATASET_WEIGHTS.get(name, 1.0) / total))
        print(f"{name}: {len(pairs)} tuning articles, {total} sentences")
    x, w = numpy.vstack(blocks), numpy.sqrt(numpy.concatenate(weights))
    gram = (x * w[:, None]).T @ (x * w[:, None]) + ridge * numpy.eye(x.shape[1])
    return {
        model: numpy.linalg.solve(
            gram, (x * w[:, None]).T @ (numpy.concatenate([t[model] for t in targets]) * w)
        )
        for model in ORACLE_SIZES
    }


def save(models: dict[str, numpy.ndarray]) -> None:
    data = {
        "about": "fitted by bench/train_default.py on the tuning half of cnndm + bbc_news",
        "sentence_features": list(learned.SENTENCE_FEATURES),
        "article_features": list(learned.ARTICLE_FEATURES),
        **{model: [round(float(v), 6) for v in weights] for model, weights in models.items()},
    }
    learned.MODEL_PATH.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    learned.model_weights.cache_clear()


def check(eval_dir: Path, count: int, names: tuple[str, ...]) -> None:
    import bench.quality as quality

    quality.METHODS = ("default", "lead")
    for name in names:
        records = read_records(eval_dir / name, "tune", count)
        scores = [score_record(record) for record in records]
        for method in quality.METHODS:
            cells = []
            for length in quality.LENGTHS:
                r1 = statistics.fmean(s[method][length]["rouge1"] for s in scores)
                r2 = statistics.fmean(s[method][length]["rouge2"] for s in scores)
                cells.append(f"{length}: {r1:.1f}/{r2:.1f}")
            print(f"{name} tune n={len(records)} {method:8} " + "  ".join(cells))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval-dir", type=Path, default=DEFAULT_EVAL_DIR)
    parser.add_argument("--check", type=int, default=0, metavar="N")
    parser.add_argument("--penalty", type=float, default=None, help="try this MMR penalty")
    parser.add_argument("--ridge", type=float, default=RIDGE)
    parser.add_argument("--share", type=float, default=None, help="try this learned share")
    parser.add_argument("--cnndm-weight", type=float, default=None, help="weight of CNN/DM")
    parser.add_argument("--no-fit", action="store_true", help="only --check the current weights")
    args = parser.parse_args(argv)
    missing = [name for name in DATASETS if not (args.eval_dir / name).is_file()]
    if missing:
        print(
            f"error: training data absent: {', '.join(missing)} not in {args.eval_dir}",
            file=sys.stderr,
        )
        return 2
    if args.share is not None:
        lede.LEARNED_SHARE = args.share
    if args.penalty is not None:
        lede.LEAD_REDUNDANCY_PENALTY = args.penalty
    if args.cnndm_weight is not None:
        DATASET_WEIGHTS["cnndm.jsonl"] = args.cnndm_weight
    if not args.no_fit:
        save(fit(args.eval_dir, args.ridge))
        print(f"wrote {learned.MODEL_PATH}")
    if args.check:
        extra = ("xsum.jsonl",) if (args.eval_dir / "xsum.jsonl").is_file() else ()
        check(args.eval_dir, args.check, (*DATASETS, *extra))
    return 0


if __name__ == "__main__":
    sys.exit(main())
