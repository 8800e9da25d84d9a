"""The list's second line with the date in the locale's form, against the stored ISO date.

Usage: uv run python bench/list_row_text.py [--rows 20000]

The delegate writes each visible row's second line (source, date, reading time, tags) on every
repaint. This times `describe_row` as it is (the date through `local_date`) and the same line
with the ISO date cut from the stamp, as it was made before, in the same process, under the C
locale and under German. Figures are microseconds per row, with the ratio to the baseline and
what 30 visible rows cost a repaint.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from app.document import reading_minutes
from app.store.rows import ArticleRow
from ui.i18n import minutes_read
from ui.list.article_model import describe_row

VISIBLE_ROWS = 30
STAMP = "2026-03-07T09:30:00.000000+00:00"


def iso_line(row: ArticleRow) -> str:
    """The line as it was made before: the date cut from the stamp."""
    parts = [row.source, row.published[:10], minutes_read(reading_minutes(row.word_count))]
    return " · ".join(part for part in parts if part)


def per_row_us(make: Callable[[ArticleRow], str], row: ArticleRow, rows: int) -> float:
    best = float("inf")
    for _ in range(5):  # the best of five: the machine is shared
        started = time.perf_counter()
        for _ in range(rows):
            make(row)
        best = min(best, (time.perf_counter() - started) / rows * 1e6)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=20_000)
    rows = parser.parse_args().rows
    application = QApplication.instance() or QApplication([])
    row = ArticleRow(1, "Title", "Coastline Review", STAMP, STAMP, "en", 2300, False, False, False)
    print(f"{'locale':8} {'ISO µs':>8} {'locale µs':>10} {'ratio':>6} {'30 rows ms':>11}")
    for name in ("C", "de_DE"):
        QLocale.setDefault(QLocale(name))
        baseline, local = per_row_us(iso_line, row, rows), per_row_us(describe_row, row, rows)
        repaint = local * VISIBLE_ROWS / 1000
        print(f"{name:8} {baseline:8.2f} {local:10.2f} {local / baseline:6.2f} {repaint:11.3f}")
    del application


if __name__ == "__main__":
    main()
