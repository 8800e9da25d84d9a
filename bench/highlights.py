"""Opening an article with 500 of the reader's highlights, against the same article with none.

Usage: uv run python bench/highlights.py [--repeat 40] [--json]

Builds a library in a temporary folder with one article (the longest English sample,
a long read) stored twice, once with no highlights and once with 500 spread
through it (some with notes), each with its summary cached. In the real window (offscreen),
with the summary pane shown, it opens the two in turn, each after a third article, and times
`open_article` until it returns: the article is then rendered, its highlights placed and marked
and the cached summary shown; "settled" adds the events that follow (the Highlights
view is filled then). Figures are p50/p95 in milliseconds,
with the ratio of 500 highlights to none. The budget is p95 <= 50 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.articles import ArticleDraft
from app.highlights.anchoring import anchor_for
from app.highlights.model import COLOURS
from app.library import Library
from app.reader_summary import summarize_article
from app.settings import load_preferences
from ui.reading.renderer import SYNC_LIMIT

SAMPLES = Path(__file__).resolve().parent.parent / "resources" / "samples"
HIGHLIGHTS = 500


def long_markdown() -> str:
    """The longest English sample article, a typical long read."""
    english = [
        path.read_text(encoding="utf-8")
        for path in sorted(SAMPLES.glob("*.md"))
        if "language: en" in path.read_text(encoding="utf-8")
    ]
    markdown = max(english, key=len).split("---", 2)[2].strip()
    assert len(markdown) < SYNC_LIMIT  # rendered at once on opening, as most articles are
    return markdown


def build(folder: Path) -> tuple[Path, int, int, int]:
    path = folder / "library.sqlite3"
    markdown = long_markdown()
    with Library(path) as library:
        plain = library.add_article(ArticleDraft(title="No highlights", markdown=markdown))
        marked = library.add_article(
            ArticleDraft(title="Highlighted", markdown=markdown + "\n\nEnd.")
        )
        other = library.add_article(
            ArticleDraft(title="Between", markdown="Something else to read.")
        )
        assert plain and marked and other
        text = library.article(marked).body  # type: ignore[union-attr]
        step = len(text) // HIGHLIGHTS
        for number in range(HIGHLIGHTS):
            start = number * step
            highlight_id = library.add_highlight(
                marked, anchor_for(text, start, start + step // 2), COLOURS[number % 4]
            )
            if number % 5 == 0:
                library.update_highlight(highlight_id, note=f"Note {number}")  # type: ignore[arg-type]
        settings = load_preferences(folder / "none.json").summary
        for article_id in (plain, marked, other):
            article = library.article(article_id)
            assert article is not None
            summary = summarize_article(article.body, settings, "en", article.title)
            library.summaries.store(article_id, settings, summary)
    return path, plain, marked, other


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(share * len(ordered)))], 2)


def measure(repeat: int) -> dict[str, Any]:
    from PySide6.QtWidgets import QApplication

    from ui.window.main_window import MainWindow

    application = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        os.environ["LEDE_CONFIG_DIR"] = str(Path(folder) / "config")
        path, plain, marked, other = build(Path(folder))
        with Library(path) as library:
            window = MainWindow(library, refresh_feeds_at_start=False)
            window.show()
            window.set_summary_visible(True)
            application.processEvents()
            times: dict[int, list[float]] = {plain: [], marked: []}
            settled: dict[int, list[float]] = {plain: [], marked: []}
            for round_number in range(repeat):
                order = (plain, marked) if round_number % 2 else (marked, plain)  # no order bias
                for target in order:
                    window.open_article(other)
                    application.processEvents()
                    started = time.perf_counter()
                    window.open_article(target)
                    times[target].append((time.perf_counter() - started) * 1000)
                    assert window.session.summary is not None  # the cached one, shown
                    application.processEvents()  # the Highlights view fills
                    settled[target].append((time.perf_counter() - started) * 1000)
            placed = len(window.highlights.placed)
            window.close()
    none, many = times[plain], times[marked]
    return {
        "repeat": repeat,
        "placed": placed,
        "none_p50_ms": percentile(none, 0.5),
        "none_p95_ms": percentile(none, 0.95),
        "highlights_p50_ms": percentile(many, 0.5),
        "highlights_p95_ms": percentile(many, 0.95),
        "ratio_p50": round(statistics.median(many) / statistics.median(none), 2),
        "settled_none_p95_ms": percentile(settled[plain], 0.95),
        "settled_highlights_p95_ms": percentile(settled[marked], 0.95),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=40)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    result = measure(args.repeat)
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key}: {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
