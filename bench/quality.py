"""Summary quality: ROUGE of every algorithm against reference summaries.

Usage: uv run python bench/quality.py DATASET [--n 500] [--split heldout|tune|all] [--json]
       uv run python bench/quality.py DATASET --splitters   (compare sentence splitters)

DATASET is JSONL with {"id", "title", "text", "summary"} (optionally "summary_sentences").
Records are split by 0-based line index: odd lines are held out for reporting, even lines
are the only ones tuning may look at. ROUGE-L is the summary-level variant (rougeLsum, one
sentence a line), the usual choice for multi-sentence summaries.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from multiprocessing import Pool
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rouge_score import rouge_scorer

from app.summary import SummaryLength, split_sentences, summarize
from app.summary import splitting as splitting_module
from app.summary.document import candidates, read_article
from app.summary.summarize import MIN_SENTENCES

METHODS = (
    "default",
    "lead",
    "random",
    "lexrank",
    "textrank",
    "lsa",
    "luhn",
    "edmundson",
    "kl",
    "sumbasic",
    "reduction",
)
LENGTHS = ("3", "ref")
METRICS = ("rouge1", "rouge2", "rougeL")
BOOTSTRAP_SAMPLES = 1000
SEED = 20261128

Record = dict[str, Any]
Picker = Callable[[Record, SummaryLength], list[str]]


def read_records(path: Path, split: str, limit: int) -> list[Record]:
    records = []
    with path.open(encoding="utf-8") as lines:
        for line_number, line in enumerate(lines):
            if split == "all" or (line_number % 2 == 1) == (split == "heldout"):
                records.append(json.loads(line))
            if len(records) >= limit:
                break
    return records


def reference_lines(record: Record) -> list[str]:
    sentences = record.get("summary_sentences")
    if sentences:
        return [str(sentence) for sentence in sentences]
    return [record["summary"][start:end] for start, end in split_sentences(record["summary"], "en")]


def target_length(record: Record, length: str) -> SummaryLength:
    if length == "3":
        return SummaryLength(sentences=3)
    return SummaryLength(words=max(1, len(record["summary"].split())))


def _baseline_pick(record: Record, length: SummaryLength, shuffle: bool) -> list[str]:
    """Lead (first sentences) or a seeded random pick, trimmed to `length` like summarize()."""
    article = read_article(record["text"], "en", record.get("title"))
    pool = [sentence.text for sentence in candidates(article)]
    if shuffle:
        order = random.Random(f"{SEED}:{record['id']}").sample(range(len(pool)), len(pool))
    else:
        order = list(range(len(pool)))
    chosen: list[int] = []
    used = 0
    for position in order:
        words = len(pool[position].split())
        if length.sentences is not None and len(chosen) >= length.sentences:
            break
        if length.words is not None and chosen and used + words > length.words:
            continue
        chosen.append(position)
        used += words
    return [pool[position] for position in sorted(chosen)]


def _summary_pick(algorithm: str) -> Picker:
    def pick(record: Record, length: SummaryLength) -> list[str]:
        summary = summarize(
            record["text"], algorithm=algorithm, length=length, title=record.get("title")
        )
        return [sentence.text for sentence in summary.sentences]

    return pick


def method_picker(method: str) -> Picker:
    if method in ("lead", "random"):
        shuffle = method == "random"
        return lambda record, length: _baseline_pick(record, length, shuffle)
    return _summary_pick(method)


_SCORER: rouge_scorer.RougeScorer | None = None


Scores = dict[str, dict[str, dict[str, float]]]


def is_summarizable(record: Record) -> bool:
    """Whether the article has enough sentences for summarize() to summarize it: shorter
    ones get an honest "too short" (no sentences, scored 0), while lead and random still
    pick what there is."""
    article = read_article(record["text"], "en", record.get("title"))
    return len(candidates(article)) >= MIN_SENTENCES


def score_record(record: Record) -> tuple[bool, Scores]:
    """Whether the record is summarizable, and the ROUGE F1 (percent) and milliseconds of
    every method at every length."""
    global _SCORER
    if _SCORER is None:
        _SCORER = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeLsum"], use_stemmer=True)
    reference = "\n".join(reference_lines(record))
    results: dict[str, dict[str, dict[str, float]]] = {}
    for method in METHODS:
        picker = method_picker(method)
        results[method] = {}
        for length in LENGTHS:
            started = time.perf_counter()
            picked = picker(record, target_length(record, length))
            elapsed_ms = (time.perf_counter() - started) * 1000
            scores = _SCORER.score(reference, "\n".join(picked))
            results[method][length] = {
                "rouge1": 100 * scores["rouge1"].fmeasure,
                "rouge2": 100 * scores["rouge2"].fmeasure,
                "rougeL": 100 * scores["rougeLsum"].fmeasure,
                "ms": elapsed_ms,
            }
    return is_summarizable(record), results


def bootstrap_interval(values: list[float]) -> tuple[float, float]:
    """95% bootstrap confidence interval of the mean."""
    rng = random.Random(SEED)
    means = sorted(
        statistics.fmean(rng.choices(values, k=len(values))) for _ in range(BOOTSTRAP_SAMPLES)
    )
    return means[int(0.025 * BOOTSTRAP_SAMPLES)], means[int(0.975 * BOOTSTRAP_SAMPLES) - 1]


def aggregate(per_record: list[Scores]) -> dict[str, Any]:
    """Mean F1 per metric (a plain number), median ms, and the 95% intervals under "ci95"."""
    results: dict[str, Any] = {}
    for method in METHODS:
        results[method] = {}
        for length in LENGTHS:
            cell: dict[str, Any] = {"ci95": {}}
            for metric in METRICS:
                values = [record[method][length][metric] for record in per_record]
                cell[metric] = statistics.fmean(values)
                cell["ci95"][metric] = list(bootstrap_interval(values))
            cell["ms_median"] = statistics.median(r[method][length]["ms"] for r in per_record)
            results[method][length] = cell
    return results


def evaluate(records: list[Record], workers: int) -> tuple[dict[str, Any], dict[str, Any], int]:
    """Results over every record, over the summarizable ones, and how many those are."""
    if workers > 1 and len(records) > 1:
        with Pool(workers) as pool:
            scored = pool.map(score_record, records, chunksize=4)
    else:
        scored = [score_record(record) for record in records]
    summarizable = [scores for ok, scores in scored if ok]
    every = aggregate([scores for _ok, scores in scored])
    return every, aggregate(summarizable) if summarizable else {}, len(summarizable)


def table_lines(dataset: str, count: int, results: dict[str, Any]) -> Iterator[str]:
    yield f"{dataset}: n={count}; ROUGE F1 mean [95% CI]; ms = median per article"
    yield "| method | length | R-1 | R-2 | R-L | ms |"
    yield "|---|---|---|---|---|---|"
    for method in METHODS:
        for length in LENGTHS:
            cell = results[method][length]
            metrics = " | ".join(
                "{:.1f} [{:.1f}, {:.1f}]".format(cell[m], *cell["ci95"][m]) for m in METRICS
            )
            yield f"| {method} | {length} | {metrics} | {cell['ms_median']:.2f} |"


GOLD_PATH = Path(__file__).resolve().parents[1] / "tests" / "data" / "sentences_gold.jsonl"


def _splitters() -> dict[str, Callable[[str, str], list[str]]]:
    """Each candidate as (language, block) -> sentence strings; imported here, bench-only."""
    import nupunkt
    import pysbd
    from nltk.tokenize.punkt import PunktSentenceTokenizer

    punkt = PunktSentenceTokenizer()
    pysbd_segmenters = {
        code: pysbd.Segmenter(language=code, clean=False) for code in ("en", "ru", "de")
    }

    def with_pysbd(language: str, block: str) -> list[str]:
        return list(pysbd_segmenters.get(language, pysbd_segmenters["en"]).segment(block))

    return {
        "sentencex + merge rules (ours)": splitting_module._segment,
        "sentencex": splitting_module.sentencex_pieces,
        "pysbd": with_pysbd,
        "nupunkt": lambda language, block: list(nupunkt.sent_tokenize(block)),
        "nltk-punkt (untrained)": lambda language, block: list(punkt.tokenize(block)),
    }


def _split_with(segment: Callable[[str, str], list[str]], text: str, language: str) -> list[str]:
    original = splitting_module._segment
    splitting_module._segment = segment
    try:
        return [text[start:end] for start, end in split_sentences(text, language)]
    finally:
        splitting_module._segment = original


def splitter_scores(
    segment: Callable[[str, str], list[str]], gold: list[Record], articles: list[Record]
) -> dict[str, float]:
    """Share of gold sentences per language and of reference article sentences reproduced."""
    scores: dict[str, float] = {}
    for language in ("en", "ru", "de"):
        found = total = 0
        for case in (case for case in gold if case["language"] == language):
            produced = set(_split_with(segment, case["text"], language))
            found += sum(sentence in produced for sentence in case["sentences"])
            total += len(case["sentences"])
        scores[f"gold {language}"] = 100 * found / total
    found = total = 0
    started = time.perf_counter()
    for record in articles:
        produced = set(_split_with(segment, record["text"], "en"))
        references = [s.strip() for s in reference_lines(record) if s.strip() in record["text"]]
        found += sum(sentence in produced for sentence in references)
        total += len(references)
    scores["reference"] = 100 * found / max(total, 1)
    scores["ms"] = 1000 * (time.perf_counter() - started) / max(len(articles), 1)
    return scores


def splitter_table(dataset: Path, limit: int) -> Iterator[str]:
    gold = [json.loads(line) for line in GOLD_PATH.read_text(encoding="utf-8").splitlines()]
    articles = read_records(dataset, "all", limit)
    yield f"gold set: {len(gold)} cases; reference sentences: {dataset.name}, n={len(articles)}"
    yield "| splitter | gold en | gold ru | gold de | reference | ms per article |"
    yield "|---|---|---|---|---|---|"
    for name, segment in _splitters().items():
        s = splitter_scores(segment, gold, articles)
        yield (
            f"| {name} | {s['gold en']:.1f} | {s['gold ru']:.1f} | {s['gold de']:.1f} "
            f"| {s['reference']:.1f} | {s['ms']:.2f} |"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dataset", type=Path)
    parser.add_argument("--n", type=int, default=500)
    parser.add_argument("--split", choices=("heldout", "tune", "all"), default="heldout")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--splitters", action="store_true", help="compare sentence splitters")
    args = parser.parse_args(argv)
    if not args.dataset.is_file():
        print(f"error: dataset {args.dataset} does not exist", file=sys.stderr)
        return 2
    if args.splitters:
        print("\n".join(splitter_table(args.dataset, args.n)))
        return 0
    records = read_records(args.dataset, args.split, args.n)
    if not records:
        print(f"error: no records in {args.dataset} for split {args.split}", file=sys.stderr)
        return 2
    results, summarizable, count = evaluate(records, args.workers)
    if args.json:
        report = {"dataset": args.dataset.name, "n": len(records), "results": results}
        report |= {"n_summarizable": count, "results_summarizable": summarizable}
        print(json.dumps(report))
        return 0
    print("\n".join(table_lines(args.dataset.name, len(records), results)))
    if summarizable and count < len(records):
        print(
            f"\nThe {count} of {len(records)} articles with at least {MIN_SENTENCES} sentences"
            " (the rest get no summary from summarize(), scored 0, while lead and random"
            " pick what there is):"
        )
        print("\n".join(table_lines(args.dataset.name, count, summarizable)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
