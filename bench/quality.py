"""Summary quality: ROUGE and the dangling share of every algorithm against reference summaries.

Usage: uv run python bench/quality.py DATASET [DATASET ...] [--n 500] [--split heldout|tune|all]
           [--lengths 3,ref] [--json] [--save-json FILE] [--dump FILE] [--workers 2]
       uv run python bench/quality.py DATASET --splitters   (compare sentence splitters)

DATASET is JSONL with {"id", "title", "text", "summary"} (optionally "summary_sentences" and
"language", an ISO 639-1 code; English when absent). One table is printed per file. Records
are split by 0-based line index: odd lines are held out for reporting, even lines are the only
ones tuning may look at. ROUGE-L is the summary-level variant (rougeLsum, one sentence a line),
the usual choice for multi-sentence summaries. Lengths: "1" and "3" sentences, and "ref", the
reference's word count. Dangling is the percentage of summary sentences that open with a word
pointing back (app/summary/coherence.py) while the article's sentence before it is left out.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import json
import random
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from multiprocessing import Pool
from pathlib import Path
from typing import IO, Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from quality_scoring import (
    LENGTHS,
    METHODS,
    Picks,
    Record,
    Scores,
    record_language,
    reference_lines,
    rouge_for,
    score_record,
)

from app.summary import split_sentences
from app.summary import splitting as splitting_module
from app.summary.languages import SUMY_LANGUAGE_NAMES
from app.summary.summarize import MIN_SENTENCES

__all__ = ["main", "read_records", "reference_lines"]

DEFAULT_LENGTHS = "3,ref"
METRICS = ("rouge1", "rouge2", "rougeL")
BOOTSTRAP_SAMPLES = 1000
SEED = 20261128
Scored = tuple[bool, Scores, Picks]


class DatasetError(ValueError):
    """A dataset line that is not a record the bench can score."""


def read_records(path: Path, split: str, limit: int) -> list[Record]:
    records = []
    lines_read = 0
    with path.open(encoding="utf-8") as lines:
        try:
            for line_number, line in enumerate(lines):
                lines_read = line_number + 1
                if split == "all" or (line_number % 2 == 1) == (split == "heldout"):
                    records.append(parse_record(line, lines_read))
                if len(records) >= limit:
                    break
        except UnicodeDecodeError:
            # Text is decoded a block at a time, so the bad bytes are near this line.
            raise DatasetError(f"near line {lines_read + 1}: not UTF-8 text") from None
    return records


def parse_record(line: str, line_number: int) -> Record:
    """One JSONL line as a record, or a DatasetError that names the line and the problem."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise DatasetError(f"line {line_number}: not JSON ({error.msg})") from None
    if not isinstance(record, dict):
        raise DatasetError(f"line {line_number}: a record must be a JSON object")
    for field in ("text", "summary"):
        if not isinstance(record.get(field), str):
            raise DatasetError(f"line {line_number}: {field!r} must be a string")
    if "id" not in record:
        raise DatasetError(f"line {line_number}: the record has no 'id'")
    for field in ("title", "language"):
        if record.get(field) is not None and not isinstance(record[field], str):
            raise DatasetError(f"line {line_number}: {field!r} must be a string")
    if record_language(record) not in SUMY_LANGUAGE_NAMES:
        known = ", ".join(SUMY_LANGUAGE_NAMES)
        raise DatasetError(
            f"line {line_number}: language {record['language']!r} is not one Lede summarizes"
            f" ({known})"
        )
    return record


def parse_lengths(value: str) -> tuple[str, ...]:
    """A comma list of summary lengths ("1", "3", "ref"), in that order, each once."""
    asked = {part.strip() for part in value.split(",") if part.strip()}
    unknown = asked - set(LENGTHS)
    if not asked or unknown:
        raise argparse.ArgumentTypeError(
            f"lengths are a comma list of {', '.join(LENGTHS)}; got {value!r}"
        )
    return tuple(length for length in LENGTHS if length in asked)


def bootstrap_interval(values: list[float]) -> tuple[float, float]:
    """95% bootstrap confidence interval of the mean."""
    rng = random.Random(SEED)
    means = sorted(
        statistics.fmean(rng.choices(values, k=len(values))) for _ in range(BOOTSTRAP_SAMPLES)
    )
    return means[int(0.025 * BOOTSTRAP_SAMPLES)], means[int(0.975 * BOOTSTRAP_SAMPLES) - 1]


def aggregate(per_record: list[Scores], lengths: tuple[str, ...]) -> dict[str, Any]:
    """Mean F1 per metric (a plain number), median ms, the 95% intervals under "ci95", and
    the dangling share: dangling sentences as a percentage of all the summaries' sentences."""
    results: dict[str, Any] = {}
    for method in METHODS:
        results[method] = {}
        for length in lengths:
            cells = [record[method][length] for record in per_record]
            cell: dict[str, Any] = {"ci95": {}}
            for metric in METRICS:
                values = [scores[metric] for scores in cells]
                cell[metric] = statistics.fmean(values)
                cell["ci95"][metric] = list(bootstrap_interval(values))
            cell["ms_median"] = statistics.median(scores["ms"] for scores in cells)
            sentences = sum(scores["sentences"] for scores in cells)
            dangling = sum(scores["dangling"] for scores in cells)
            cell["dangling"] = 100 * dangling / sentences if sentences else 0.0
            results[method][length] = cell
    return results


def score_all(
    records: list[Record], workers: int, lengths: tuple[str, ...], keep_picks: bool
) -> list[Scored]:
    """Every record's scores, in the records' order."""
    score = functools.partial(score_record, lengths=lengths, keep_picks=keep_picks)
    if workers <= 1 or len(records) <= 1:
        return [score(record) for record in records]
    # Longest first and one at a time: a long-form record takes a minute where news takes
    # milliseconds, and one started last would leave the other workers idle until it ends.
    order = sorted(range(len(records)), key=lambda index: -len(records[index]["text"]))
    with Pool(workers) as pool:
        scored = pool.imap(score, [records[index] for index in order], chunksize=1)
        by_index = dict(zip(order, scored, strict=True))
    return [by_index[index] for index in range(len(records))]


def evaluate(
    scored: list[Scored], lengths: tuple[str, ...]
) -> tuple[dict[str, Any], dict[str, Any], int]:
    """Results over every record, over the summarizable ones, and how many those are."""
    summarizable = [scores for ok, scores, _picks in scored if ok]
    every = aggregate([scores for _ok, scores, _picks in scored], lengths)
    if not summarizable:
        return every, {}, 0
    return every, aggregate(summarizable, lengths), len(summarizable)


def tokenizer_note(records: list[Record]) -> str:
    languages = sorted({record_language(record) for record in records})
    return "; ".join(f"{code}: {rouge_for(code)[1]}" for code in languages)


def table_lines(
    dataset: str, count: int, results: dict[str, Any], lengths: tuple[str, ...], note: str
) -> Iterator[str]:
    yield (
        f"{dataset}: n={count}; ROUGE F1 mean [95% CI], tokens: {note}; dangling = % of"
        " summary sentences leaning on a left-out sentence; ms = median per article"
    )
    yield "| method | length | R-1 | R-2 | R-L | dangling % | ms |"
    yield "|---|---|---|---|---|---|---|"
    for method in METHODS:
        for length in lengths:
            cell = results[method][length]
            metrics = " | ".join(
                "{:.1f} [{:.1f}, {:.1f}]".format(cell[m], *cell["ci95"][m]) for m in METRICS
            )
            yield (
                f"| {method} | {length} | {metrics} | {cell['dangling']:.1f}"
                f" | {cell['ms_median']:.2f} |"
            )


def dump_lines(dataset: str, records: list[Record], scored: list[Scored]) -> Iterator[str]:
    """One JSON line per record, method and length, with the sentences the method picked."""
    for record, (_ok, _scores, picks) in zip(records, scored, strict=True):
        for method, by_length in picks.items():
            for length, sentences in by_length.items():
                line = {"id": record["id"], "method": method, "length": length}
                line |= {"sentences": sentences, "dataset": dataset}
                yield json.dumps(line, ensure_ascii=False)


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


def run_dataset(
    path: Path, args: argparse.Namespace, dump: IO[str] | None, saved: IO[str] | None
) -> int:
    """Score one dataset and print its table (or its JSON object); 2 when it cannot be read."""
    try:
        records = read_records(path, args.split, args.n)
    except DatasetError as error:
        print(f"error: {path}: {error}", file=sys.stderr)
        return 2
    if not records:
        print(f"error: no records in {path} for split {args.split}", file=sys.stderr)
        return 2
    started = time.perf_counter()
    scored = score_all(records, args.workers, args.lengths, keep_picks=dump is not None)
    results, summarizable, count = evaluate(scored, args.lengths)
    seconds = time.perf_counter() - started
    if dump is not None:
        dump.writelines(line + "\n" for line in dump_lines(path.name, records, scored))
    note = tokenizer_note(records)
    report = {"dataset": path.name, "n": len(records), "results": results}
    report |= {"n_summarizable": count, "results_summarizable": summarizable}
    report |= {"lengths": list(args.lengths), "tokenizer": note, "seconds": seconds}
    if saved is not None:
        saved.write(json.dumps(report) + "\n")
    if args.json:
        print(json.dumps(report), flush=True)
        return 0
    print("\n".join(table_lines(path.name, len(records), results, args.lengths, note)))
    if summarizable and count < len(records):
        print(
            f"\nThe {count} of {len(records)} articles with at least {MIN_SENTENCES} sentences"
            " (the rest get no summary from summarize(), scored 0, while lead and random"
            " pick what there is):"
        )
        print("\n".join(table_lines(path.name, count, summarizable, args.lengths, note)))
    print(f"\n{path.name}: {seconds:.1f} s wall time with {args.workers} workers\n", flush=True)
    return 0


def parse_arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("datasets", type=Path, nargs="+", metavar="DATASET")
    parser.add_argument("--n", type=int, default=500)
    parser.add_argument("--split", choices=("heldout", "tune", "all"), default="heldout")
    parser.add_argument(
        "--lengths",
        type=parse_lengths,
        default=parse_lengths(DEFAULT_LENGTHS),
        help="comma list of 1, 3 and ref (default 3,ref; XSum is judged at 1)",
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object per file")
    parser.add_argument("--dump", type=Path, help="write every pick to FILE as JSON lines")
    parser.add_argument(
        "--save-json", type=Path, help="also write each file's --json object to FILE"
    )
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--splitters", action="store_true", help="compare sentence splitters")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_arguments(argv)
    missing = [path for path in args.datasets if not path.is_file()]
    if missing:
        print(f"error: dataset {missing[0]} does not exist", file=sys.stderr)
        return 2
    if args.splitters:
        for path in args.datasets:
            print("\n".join(splitter_table(path, args.n)))
        return 0
    with contextlib.ExitStack() as outputs:
        dump, saved = (
            outputs.enter_context(target.open("w", encoding="utf-8")) if target else None
            for target in (args.dump, args.save_json)
        )
        return max([run_dataset(path, args, dump, saved) for path in args.datasets])


if __name__ == "__main__":
    sys.exit(main())
