"""Reading comfort at scale: the digest and reading progress on a library of N articles.

Usage: uv run python bench/reading.py --articles N [--json] [--repeat 5]

Works on a private copy of the synthetic library of bench/library.py and measures, in one run,
what the digest and progress cost: listing the unread articles (the baseline every digest needs),
gathering the digest's entries, then the first page's and every page's cached summaries (all in the
digest's worker, which shows each page as it is read), showing one page of the digest and, for comparison, the whole digest as one document (on the
GUI thread), and reading every article's saved position (on the GUI thread, once when the
window opens). Figures are medians in milliseconds, with the ratio to the baseline.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from synthetic_library import ensure_library

from app.digest import cached_batches, digest_settings, gather_entries
from app.library import Library
from app.queries import ListQuery
from app.settings import SummarySettings
from app.store.summary_cache import cache_key

FULL_DOCUMENT_LIMIT = 20_000


def median_ms(action: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return round(statistics.median(times), 2)


def private_copy(source: Path, folder: Path) -> Path:
    """A consistent copy (WAL included) that this benchmark may write to."""
    target = folder / "library.sqlite3"
    with sqlite3.connect(source) as original, sqlite3.connect(target) as copy:
        original.backup(copy)
    return target


def fill_digest_cache(library: Library, ids: list[int]) -> None:
    payload = json.dumps(
        {
            "sentences": [
                {
                    "start": i * 80,
                    "end": i * 80 + 79,
                    "text": f"Sentence {i} " * 8,
                    "score": 1.0 - i / 10,
                    "index": i,
                }
                for i in range(3)
            ],
            "algorithm": "default",
            "language": "en",
            "sentence_count": 40,
            "too_short": False,
        }
    )
    key = cache_key(digest_settings(SummarySettings()))
    with library.transaction() as db:
        db.executemany(
            "INSERT OR REPLACE INTO summaries (article_id, settings_key, payload) VALUES (?,?,?)",
            [(article_id, key, payload) for article_id in ids],
        )


def render_ms(entries: list[Any], repeat: int) -> float:
    from PySide6.QtWidgets import QApplication, QTextBrowser

    from ui.features.digest_view import digest_html_for_view

    _application = QApplication.instance() or QApplication([])
    view = QTextBrowser()
    view.resize(760, 640)
    return median_ms(lambda: view.setHtml(digest_html_for_view(entries)), repeat)


def measure(articles: int, repeat: int) -> dict[str, Any]:
    from ui.features.digest_view import PAGE_SIZE

    with tempfile.TemporaryDirectory() as folder:
        path = private_copy(ensure_library(articles), Path(folder))
        with Library(path) as library:
            settings = SummarySettings()
            unread = library.query_ids(ListQuery(filter="unread"))
            baseline = median_ms(lambda: library.query_ids(ListQuery(filter="unread")), repeat)

            def gather() -> list[Any]:
                return gather_entries(path, None)

            def first_page_cached() -> object:
                ids = [entry.article_id for entry in gather_entries(path, None)]
                return next(cached_batches(path, ids, settings))

            def all_cached() -> object:
                ids = [entry.article_id for entry in gather_entries(path, None)]
                return list(cached_batches(path, ids, settings))

            entries_ms = median_ms(gather, repeat)
            fill_digest_cache(library, unread)
            first_page_ms = median_ms(first_page_cached, repeat)
            all_cached_ms = median_ms(all_cached, max(1, repeat // 2))
            entries = gather()
            page = render_ms(entries[:PAGE_SIZE], repeat)
            whole = render_ms(entries, 1) if len(entries) <= FULL_DOCUMENT_LIMIT else None
            for article_id in library.article_ids()[::10]:
                library.set_position(article_id, 0.5)
            positions = median_ms(library.reading_positions, repeat)
    return {
        "articles": articles,
        "unread": len(unread),
        "unread_query_ms": baseline,
        "digest_entries_ms": entries_ms,
        "digest_first_page_cached_ms": first_page_ms,
        "digest_all_cached_ms": all_cached_ms,
        "digest_page_render_ms": page,
        "digest_whole_render_ms": whole,
        "reading_positions_ms": positions,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    result = measure(args.articles, args.repeat)
    if args.json:
        print(json.dumps(result))
        return 0
    baseline = result["unread_query_ms"]
    print(f"{result['articles']} articles, {result['unread']} unread")
    for name, value in result.items():
        if name.endswith("_ms"):
            ratio = f"{value / baseline:6.1f}x" if value is not None and baseline else "      "
            shown = "skipped" if value is None else f"{value:9.2f} ms"
            print(f"  {name:28} {shown}  {ratio}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
