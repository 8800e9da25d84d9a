"""The library's list and search paths, timed for two versions of the code in one run.

python bench/store_paths.py --base /tmp/lede-base [--articles 20000] [--rounds 5]

Each round runs a probe process per version (this checkout first, then the base, then the
other way round in the next round) on a private copy of the same synthetic library, one
copy per version: opening a library migrates it, and an older version refuses a newer file
(the shared cached library is never opened, so other checkouts can still use it). A probe opens the library with that version's
`Library` and times each path `REPEAT` times after one warm-up call; the report gives the median per path and the
ratio of this checkout to the base (below 1 is faster).
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPEAT = 15
HERE = Path(__file__).resolve().parents[1]


def probe(library_path: str, code: str) -> dict[str, float]:
    """Median milliseconds of each path, with the `app` package found under `code`."""
    sys.path.insert(0, code)
    from app.library import Library
    from app.queries import ListQuery

    with Library(library_path) as library:
        ids = library.query_ids(ListQuery())
        page = ids[len(ids) // 2 : len(ids) // 2 + 200]
        # The covering-index row reader: `list_rows` where it is a second reader, else `rows`.
        read_rows = getattr(library, "list_rows", library.rows)
        search = ListQuery(search="harbour", sort="relevance")
        found = library.query_ids(search, limit=15)
        paths: dict[str, Callable[[], object]] = {
            "list all": lambda: library.query_ids(ListQuery()),
            "list unread": lambda: library.query_ids(ListQuery(filter="unread")),
            "list by title": lambda: library.query_ids(ListQuery(sort="title")),
            "count unread": lambda: library.count_matching(ListQuery(filter="unread")),
            "search ranked": lambda: library.query_ids(search),
            "search count": lambda: library.count_matching(search),
            "rows, 200": lambda: read_rows(page),
            "snippets, 15": lambda: library.snippets(search, found),
            "open article": lambda: library.article(page[0]),
            "sources+languages": lambda: (library.sources(), library.languages()),
            "reading positions": library.reading_positions,
        }
        return {name: _median_ms(call) for name, call in paths.items()}


def _median_ms(call: Callable[[], object]) -> float:
    call()  # the first call prepares its statements and warms the page cache
    times = []
    for _ in range(REPEAT):
        started = time.perf_counter()
        call()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def run_probe(library: Path, code: Path) -> dict[str, float]:
    command = [sys.executable, __file__, "--probe", str(library), "--code", str(code)]
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    result: dict[str, float] = json.loads(output)
    return result


def measure(library: Path, base: Path, rounds: int) -> dict[str, dict[str, list[float]]]:
    runs: dict[str, dict[str, list[float]]] = {"this": {}, "base": {}}
    with tempfile.TemporaryDirectory(prefix="lede-store-paths-") as folder:
        copies = {label: Path(folder) / f"{label}.db" for label in runs}
        for copy in copies.values():
            shutil.copyfile(library, copy)
        for number in range(rounds):
            order = [("this", HERE), ("base", base)]
            for label, code in order if number % 2 == 0 else reversed(order):
                for name, value in run_probe(copies[label], code).items():
                    runs[label].setdefault(name, []).append(value)
    return runs


def report(runs: dict[str, dict[str, list[float]]]) -> str:
    lines = [f"{'path':<20} {'base ms':>9} {'this ms':>9} {'ratio':>6}"]
    for name, base_times in runs["base"].items():
        base_ms = statistics.median(base_times)
        this_ms = statistics.median(runs["this"][name])
        ratio = this_ms / base_ms if base_ms else float("nan")
        lines.append(f"{name:<20} {base_ms:9.2f} {this_ms:9.2f} {ratio:6.2f}")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", type=Path, help="a checkout of the code to compare with")
    parser.add_argument("--articles", type=int, default=20_000, metavar="N")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--probe", metavar="LIBRARY", help=argparse.SUPPRESS)
    parser.add_argument("--code", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.probe:
        print(json.dumps(probe(args.probe, args.code)))
        return 0
    if args.base is None:
        parser.error("--base is required")
    sys.path.insert(0, str(HERE / "bench"))
    from synthetic_library import ensure_library

    library = ensure_library(args.articles)
    runs: dict[str, Any] = measure(library, args.base.resolve(), args.rounds)
    print(report(runs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
