"""Summary speed: the default summarizer against sumy's LexRank on the same texts.

Usage: uv run python bench/speed.py [--eval-dir ../shared/eval] [--repeat 30]

Texts of about 300 and 3,000 words are built from BBC articles when the evaluation data is
present (synthetic sentences otherwise); the 1,000,000-character text is the BBC articles
repeated (or synthetic), and for the summary by section the same text with 500 heading lines
spread through it. Times are medians of whole summarize() calls, language detection
included; memory is the peak Python allocation of one call (tracemalloc, timed separately).
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.summary import SummaryLength, summarize, summarize_by_section

DEFAULT_EVAL_DIR = Path(__file__).resolve().parents[2] / "shared" / "eval"
BOOK_CHARS = 1_000_000
BOOK_HEADINGS = 500
_WORDS = [
    "market",
    "council",
    "river",
    "report",
    "school",
    "energy",
    "price",
    "growth",
    "team",
    "season",
    "minister",
    "plan",
    "court",
    "water",
    "city",
    "bank",
    "music",
    "film",
    "police",
    "health",
    "rail",
    "budget",
    "voters",
    "league",
]


def synthetic_paragraphs(count: int) -> list[str]:
    rng = random.Random(7)
    paragraphs = []
    for _ in range(count):
        sentences = [
            " ".join(rng.choice(_WORDS) for _ in range(rng.randint(8, 25))).capitalize() + "."
            for _ in range(rng.randint(1, 4))
        ]
        paragraphs.append(" ".join(sentences))
    return paragraphs


def source_paragraphs(eval_dir: Path) -> list[str]:
    path = eval_dir / "bbc_news.jsonl"
    if not path.is_file():
        return synthetic_paragraphs(20000)
    paragraphs: list[str] = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            paragraphs.extend(json.loads(line)["text"].split("\n\n"))
    return paragraphs


def text_of_words(paragraphs: list[str], words: int, offset: int) -> str:
    chosen: list[str] = []
    total = 0
    for paragraph in paragraphs[offset:] + paragraphs[:offset]:
        if total >= words:
            break
        chosen.append(paragraph)
        total += len(paragraph.split())
    return "\n\n".join(chosen)


def text_of_chars(paragraphs: list[str], chars: int) -> str:
    parts: list[str] = []
    total = 0
    while total < chars:
        for paragraph in paragraphs:
            parts.append(paragraph)
            total += len(paragraph) + 2
            if total >= chars:
                break
    return "\n\n".join(parts)[:chars]


def with_headings(text: str, headings: int) -> str:
    """The text with `headings` heading lines spread evenly between its paragraphs."""
    paragraphs = text.split("\n\n")
    step = max(1, len(paragraphs) // headings)
    parts: list[str] = []
    for number, paragraph in enumerate(paragraphs):
        if number % step == 0 and number // step < headings:
            parts.append(f"Part {number // step + 1} of the collection")
        parts.append(paragraph)
    return "\n\n".join(parts)


def by_section_ms(text: str, repeat: int) -> tuple[float, float]:
    wall, cpu = [], []
    for _ in range(repeat):
        started, started_cpu = time.perf_counter(), time.process_time()
        summarize_by_section(text)
        wall.append(1000 * (time.perf_counter() - started))
        cpu.append(1000 * (time.process_time() - started_cpu))
    return statistics.median(wall), statistics.median(cpu)


def by_section_peak_mib(text: str) -> float:
    tracemalloc.start()
    summarize_by_section(text)
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 2**20


def median_ms(texts: list[str], algorithm: str) -> tuple[float, float]:
    """Median wall-clock and CPU milliseconds; CPU time shows the cost when the machine is
    shared and wall-clock time includes waiting for a core."""
    wall, cpu = [], []
    for text in texts:
        started, started_cpu = time.perf_counter(), time.process_time()
        summarize(text, algorithm=algorithm, length=SummaryLength(sentences=3))
        wall.append(1000 * (time.perf_counter() - started))
        cpu.append(1000 * (time.process_time() - started_cpu))
    return statistics.median(wall), statistics.median(cpu)


def _row(label: str, ours: tuple[float, float], lexrank: tuple[float, float]) -> str:
    return (
        f"| {label} | {ours[0]:.2f} | {ours[1]:.2f} | {lexrank[0]:.2f} | {lexrank[1]:.2f} "
        f"| {lexrank[0] / ours[0]:.1f}x |"
    )


def peak_mib(text: str, algorithm: str) -> float:
    tracemalloc.start()
    summarize(text, algorithm=algorithm, length=SummaryLength(sentences=3))
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 2**20


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval-dir", type=Path, default=DEFAULT_EVAL_DIR)
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args(argv)
    paragraphs = source_paragraphs(args.eval_dir)
    summarize(paragraphs[0] * 3)  # load language model and stemmers outside the timings
    print(
        "| text | default ms | default CPU ms | LexRank ms | LexRank CPU ms | LexRank / default |"
    )
    print("|---|---|---|---|---|---|")
    for words in (300, 3000):
        texts = [text_of_words(paragraphs, words, 97 * n) for n in range(args.repeat)]
        ours, lexrank = median_ms(texts, "default"), median_ms(texts, "lexrank")
        print(_row(f"{words:,} words", ours, lexrank))
    book = text_of_chars(paragraphs, BOOK_CHARS)
    ours, lexrank = median_ms([book] * 3, "default"), median_ms([book] * 3, "lexrank")
    print(_row(f"{BOOK_CHARS:,} chars", ours, lexrank))
    print(f"\npeak Python memory for the {BOOK_CHARS:,}-character text: ", end="")
    print(
        f"default {peak_mib(book, 'default'):.0f} MiB, LexRank {peak_mib(book, 'lexrank'):.0f} MiB"
    )
    # Room for the heading lines (about 35 characters each) inside the same million.
    sectioned = with_headings(
        text_of_chars(paragraphs, BOOK_CHARS - 35 * BOOK_HEADINGS), BOOK_HEADINGS
    )
    wall, cpu = by_section_ms(sectioned, 3)
    print(
        f"by section, {len(sectioned):,} chars with {BOOK_HEADINGS} headings: {wall:.0f} ms"
        f" ({cpu:.0f} ms CPU), peak Python memory {by_section_peak_mib(sectioned):.0f} MiB"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
