"""Can an article's content tell a BBC News Summary article from an XSum article?

Both files hold BBC articles. At three sentences the best summaries of the two differ (long,
central sentences for BBC News' extractive references; the lead for XSum's one-sentence
ones), so a summarizer that reads only the article can serve both only as far as it can tell
the articles apart. This fits a logistic regression on content features (no paragraph breaks
or other formatting, which differ between the files' exports) to 250 even-numbered records of
each file and reports its accuracy on 250 odd-numbered ones; chance is 0.50.

Run: `uv run python bench/article_sources.py` (reads ../shared/eval; says so when it is absent).
"""

from __future__ import annotations

import json
import statistics
import sys
from pathlib import Path

import numpy

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app import summary as engine

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"
FILES = ("bbc_news", "xsum")
PER_FILE = 250
FEATURES = (
    "sentences",
    "words",
    "mean sentence words",
    "sd of sentence words",
    "first sentence words",
    "quotation marks per word",
    "share of digits",
)


def features(text: str) -> list[float]:
    flat = " ".join(text.split())
    spans = engine.split_sentences(flat, "en")
    lengths = [len(flat[start:end].split()) for start, end in spans] or [0]
    words = max(1, len(flat.split()))
    quotes = sum(character in '"“”' for character in flat)
    digits = sum(character.isdigit() for character in flat)
    return [
        len(spans),
        words,
        statistics.mean(lengths),
        statistics.pstdev(lengths),
        lengths[0],
        quotes / words,
        digits / max(1, len(flat)),
    ]


def load(name: str, parity: int) -> numpy.ndarray:
    with (EVAL / f"{name}.jsonl").open(encoding="utf-8") as lines:
        records = [json.loads(line) for number, line in enumerate(lines) if number % 2 == parity]
    return numpy.array([features(record["text"]) for record in records[:PER_FILE]])


def labelled(parity: int) -> tuple[numpy.ndarray, numpy.ndarray]:
    bbc, xsum = (load(name, parity) for name in FILES)
    return numpy.vstack([bbc, xsum]), numpy.array([1] * len(bbc) + [0] * len(xsum))


def fit(x: numpy.ndarray, y: numpy.ndarray) -> tuple[numpy.ndarray, float]:
    """Logistic regression by gradient descent, lightly regularised."""
    weights, bias = numpy.zeros(x.shape[1]), 0.0
    for _ in range(3000):
        error = 1 / (1 + numpy.exp(-(x @ weights + bias))) - y
        weights -= 0.1 * (x.T @ error / len(y) + 0.01 * weights)
        bias -= 0.1 * float(error.mean())
    return weights, bias


def main() -> int:
    if not EVAL.is_dir():
        print(f"{EVAL} is not present: nothing to measure")
        return 0
    tune_x, tune_y = labelled(0)
    held_x, held_y = labelled(1)
    mean, spread = tune_x.mean(axis=0), tune_x.std(axis=0) + 1e-9
    weights, bias = fit((tune_x - mean) / spread, tune_y)
    predicted = ((held_x - mean) / spread @ weights + bias) > 0
    print(f"{'feature':26} BBC News median  XSum median")
    for column, name in enumerate(FEATURES):
        bbc = numpy.median(tune_x[tune_y == 1, column])
        xsum = numpy.median(tune_x[tune_y == 0, column])
        print(f"{name:26} {bbc:15.3f}  {xsum:11.3f}")
    accuracy = float((predicted == held_y).mean())
    print(f"held-out accuracy, {PER_FILE} articles of each: {accuracy:.2f} (chance 0.50)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
