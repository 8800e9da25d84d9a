"""Next with the summary pane open: the article read ahead against the same window without it.

A reader paging through with the summary pane open presses Next, reads, presses Next. The
bench measures, in one window on a copy of the synthetic library, the time from Next to the
article's text and summary on screen (repainted), for a run of articles with reading ahead
and a run of other articles without it, in the order on, off, off, on, so that a machine
getting faster or slower during the run weighs on both. Between two Nexts the reader "reads"
until the next article is ready, or for DWELL_S without reading ahead.

Run: `uv run python bench/read_ahead.py [--articles 1000] [--steps 25]`.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

DWELL_S = 1.0


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def _copy_of_library(articles: int, folder: Path) -> Path:
    from bench.synthetic_library import ensure_library

    source = ensure_library(articles)
    target = folder / "library.db"
    shutil.copy(source, target)
    return target


class Reader:
    """The real window, paged through with Next as a reader with the summary pane open would."""

    def __init__(self, library_path: Path) -> None:
        from PySide6.QtWidgets import QApplication

        from ui.main import open_library
        from ui.window.main_window import MainWindow

        self.application = QApplication(sys.argv[:1])
        self.window = MainWindow(open_library(str(library_path)))
        self.window.resize(1280, 800)
        self.window.show()
        self.window.select_row(0)
        self.window.set_summary_visible(True)
        self.wait_until(lambda: self.window.summary is not None, timeout=120)

    def wait_until(self, done, timeout: float = 60.0) -> bool:  # type: ignore[no-untyped-def]
        deadline = time.perf_counter() + timeout
        while not done():
            if time.perf_counter() > deadline:
                return False
            self.application.processEvents()
            time.sleep(0.0005)
        return True

    def set_reading_ahead(self, enabled: bool) -> None:
        from ui.reading.read_ahead import install_read_ahead

        window = self.window
        if window.read_ahead is not None:
            window.read_ahead.wait_for_idle()
            self.wait_until(lambda: False, timeout=0.1)
            window.read_ahead.deleteLater()
            window.read_ahead = None
            self.wait_until(lambda: False, timeout=0.1)
        if enabled:
            window.read_ahead = install_read_ahead(window)

    def next_article(self) -> float:
        """Milliseconds from Next to the next article's text and summary painted."""
        window = self.window
        started = time.perf_counter()
        window.next_article()
        if not self.wait_until(lambda: window.summary is not None, timeout=120):
            raise TimeoutError("no summary arrived")
        window.reader.viewport().repaint()
        window.summary_pane.repaint()
        return (time.perf_counter() - started) * 1000

    def read(self) -> None:
        """Stay on the article: until the next one is ready, or DWELL_S without reading ahead."""
        read_ahead = self.window.read_ahead
        if read_ahead is None:
            self.wait_until(lambda: False, timeout=DWELL_S)
            return
        next_id = self.window.model.article_id(self.window.current_row + 1)
        ready: list[int] = []
        read_ahead.prepared.connect(ready.append)
        self.wait_until(lambda: next_id in ready, timeout=30)
        read_ahead.prepared.disconnect(ready.append)


def measure(reader: Reader, steps: int) -> dict[str, list[float]]:
    times: dict[str, list[float]] = {"on": [], "off": []}
    for mode in ("on", "off", "off", "on"):
        reader.set_reading_ahead(mode == "on")
        reader.read()
        for _ in range(steps):
            times[mode].append(reader.next_article())
            reader.read()
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--steps", type=int, default=25, help="Nexts per run (4 runs)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="lede-read-ahead-") as folder:
        os.environ["LEDE_CONFIG_DIR"] = str(Path(folder) / "config")
        reader = Reader(_copy_of_library(args.articles, Path(folder)))
        times = measure(reader, args.steps)
        reader.window.close()
    print(f"Next with the summary pane open, {args.articles:,} articles, {2 * args.steps} each:")
    for mode in ("off", "on"):
        values = times[mode]
        print(
            f"  reading ahead {mode:3}: p50 {statistics.median(values):6.1f} ms,"
            f" p95 {_percentile(values, 0.95):6.1f} ms, max {max(values):6.1f} ms"
        )
    ratio = statistics.median(times["on"]) / statistics.median(times["off"])
    print(f"  p50 with / without: {ratio:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
