"""Big libraries: start-up, memory, opening, search, filters and scrolling at N articles.

Usage: uv run python bench/library.py --articles N [--json] [--starts 5]

Builds (once, cached in the temp folder) a synthetic library of N articles, then measures in
one run, each start in a fresh process: a bare PySide6 QMainWindow's start-up and peak memory
(the baseline), Lede's start-up (process start to first painted window through ui.main.run_gui
--library) and peak memory, and, in one more process driving the real window offscreen:
opening articles with a cached and with a fresh summary, searching a common and a rare word
through the search field, switching filters and sorts, and scrolling the whole list page by
page while a 10 ms heartbeat timer records the longest event-loop stall.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic_library import COMMON_WORD, RARE_WORD, ensure_library, very_common_word

PROBES = Path(__file__).resolve().parent / "library_probes.py"


def run_probe(*args: str) -> tuple[dict[str, Any], float]:
    """Run one probe in a fresh process; returns its JSON and when the process was started."""
    environment = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    # Python caches compiled modules on a reader's machine after the first start; some
    # sandboxes set PYTHONDONTWRITEBYTECODE, which makes every start compile every module.
    environment.pop("PYTHONDONTWRITEBYTECODE", None)
    started = time.time()
    completed = subprocess.run(
        [sys.executable, str(PROBES), *args],
        capture_output=True,
        text=True,
        env=environment,
        check=False,
    )
    if completed.returncode != 0:
        raise SystemExit(f"probe {args[0]} failed:\n{completed.stderr[-3000:]}")
    return json.loads(completed.stdout.strip().splitlines()[-1]), started


def measure_starts(starts: int, library: str) -> dict[str, dict[str, float]]:
    """Bare and Lede starts taken in turns, so a busy moment on the machine hits both alike."""
    runs: dict[str, dict[str, list[float]]] = {"bare": {}, "lede": {}}
    for _ in range(starts):
        for name, args in (("bare", ("bare",)), ("lede", ("startup", library))):
            result, started = run_probe(*args)
            figures = runs[name]
            figures.setdefault("peak_rss_mb", []).append(result["peak_rss_mb"])
            for key in ("painted_at", "article_shown_at", "started_at"):
                if result.get(key) is not None:
                    figures.setdefault(key, []).append(result[key] - started)
    return {
        name: {
            key: max(values) if key == "peak_rss_mb" else statistics.median(values)
            for key, values in figures.items()
        }
        for name, figures in runs.items()
    }


def measure(articles: int, starts: int, interact: bool = True) -> dict[str, Any]:
    library = str(ensure_library(articles))
    # Warm the file cache and Python's compiled-module cache once, as a reader's second start.
    run_probe("bare")
    run_probe("startup", library)
    starts_measured = measure_starts(starts, library)
    bare, app = starts_measured["bare"], starts_measured["lede"]
    starts_only = {
        "articles": articles,
        "startup_s": round(app["painted_at"], 3),
        "bare_startup_s": round(bare["painted_at"], 3),
        # Lede's window paints first, then lists everything and opens the last article.
        "article_shown_s": round(app["article_shown_at"], 3),
        "started_s": round(app["started_at"], 3),
        "startup_peak_rss_mb": round(app["peak_rss_mb"], 1),
        "bare_peak_rss_mb": round(bare["peak_rss_mb"], 1),
    }
    if not interact:
        return starts_only
    words = [COMMON_WORD, RARE_WORD]
    session, _ = run_probe("interact", library, *words, very_common_word())
    target_searches = [session["searches"][word] for word in words]
    return {
        **starts_only,
        "peak_rss_mb": round(max(app["peak_rss_mb"], session["peak_rss_mb"]), 1),
        # The window's process and its worker processes: the sum of their peaks (an upper bound).
        "peak_total_rss_mb": round(session["peak_total_rss_mb"], 1),
        "open_cached_p95_ms": session["open_cached"]["p95"],
        "open_fresh_p95_ms": session["open_fresh"]["p95"],
        "search_p50_ms": max(search["p50"] for search in target_searches),
        "search_p95_ms": max(search["p95"] for search in target_searches),
        "max_scroll_stall_ms": max(
            session["scroll"]["max_gap_ms"], session["scroll_with_tldr"]["max_gap_ms"]
        ),
        "filter_switch_p95_ms": session["filters"]["p95"],
        "load_average": round(os.getloadavg()[0], 2),
        "details": session,
    }


def report_starts(result: dict[str, Any]) -> list[str]:
    bare = result["bare_startup_s"]
    return [
        f"articles: {result['articles']:,}",
        f"start-up to first paint: {result['startup_s']:.3f} s"
        f"  (bare window {bare:.3f} s, ratio {result['startup_s'] / bare:.2f}x; target <= 1.5x)",
        f"first article on screen: {result['article_shown_s']:.3f} s"
        f" ({result['article_shown_s'] / bare:.2f}x); every feature installed:"
        f" {result['started_s']:.3f} s ({result['started_s'] / bare:.2f}x)",
        f"start-up memory: {result['startup_peak_rss_mb']:.0f} MB"
        f" (bare window {result['bare_peak_rss_mb']:.0f} MB)",
    ]


def report(result: dict[str, Any]) -> str:
    if "details" not in result:
        return "\n".join(report_starts(result))
    details = result["details"]
    searches = details["searches"]
    lines = [
        *report_starts(result),
        f"peak memory with the worker processes: {result['peak_total_rss_mb']:.0f} MB"
        f" (+{result['peak_total_rss_mb'] - result['bare_peak_rss_mb']:.0f} MB)",
        f"peak memory of the window's process: {result['peak_rss_mb']:.0f} MB (start-up alone"
        f" {result['startup_peak_rss_mb']:.0f} MB; bare window {result['bare_peak_rss_mb']:.0f} MB,"
        f" +{result['peak_rss_mb'] - result['bare_peak_rss_mb']:.0f} MB; target <= +100 MB)",
        f"open with cached summary: p50 {details['open_cached']['p50']:.1f} ms,"
        f" p95 {result['open_cached_p95_ms']:.1f} ms (target p95 <= 50 ms)",
        f"open with fresh summary: p50 {details['open_fresh']['p50']:.1f} ms,"
        f" p95 {result['open_fresh_p95_ms']:.1f} ms",
    ]
    for word, label in (
        (COMMON_WORD, "common word, ~10% of articles"),
        (RARE_WORD, "rare word"),
        (very_common_word(), "most frequent word, ~all articles; outside the target"),
    ):
        figures = searches[word]
        lines.append(
            f"search {word!r} ({label}): p50 {figures['p50']:.1f} ms, p95 {figures['p95']:.1f} ms"
        )
    lines += [
        f"search p95 (common and rare): {result['search_p95_ms']:.1f} ms (target <= 30 ms)",
        f"switching filters and sorts: p50 {details['filters']['p50']:.1f} ms,"
        f" p95 {result['filter_switch_p95_ms']:.1f} ms",
    ]
    for key, label in (("scroll", "scrolling"), ("scroll_with_tldr", "with the TL;DR line on")):
        scroll = details[key]
        lines.append(
            f"{label}: {scroll['pages']:,} pages in {scroll['seconds']:.1f} s, longest stall"
            f" {scroll['max_gap_ms']:.1f} ms (GUI thread busy {scroll['max_gap_cpu_ms']:.1f} ms"
            f" of it), {scroll['gaps_over_50_ms']} stalls over 50 ms, most CPU in one gap"
            f" {scroll['max_cpu_per_gap_ms']:.1f} ms (target: no stall over 50 ms)"
        )
    lines.append(f"load average while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000, metavar="N")
    parser.add_argument("--starts", type=int, default=5, help="start-ups measured per window")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument(
        "--starts-only", action="store_true", help="measure the start-ups, not the session"
    )
    args = parser.parse_args()
    result = measure(args.articles, args.starts, interact=not args.starts_only)
    print(json.dumps(result) if args.json else report(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
