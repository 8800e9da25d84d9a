"""The measurements bench/library.py runs, each in its own process (started through
bench/library_probes.py); each prints one JSON line."""

from __future__ import annotations

import itertools
import json
import os
import random
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QEvent, QObject, QPoint, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

SETTLE_MS = 800
HEARTBEAT_MS = 10
# Each search or filter change starts from a settled window, as when a person types: the
# previous list's batched layout has finished (it runs between events, never blocking).
SETTLE_BETWEEN_MS = 500


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def children_peak_rss_mb() -> float:
    """The peak resident memory (VmHWM) of each child process still running (the summary and
    TL;DR workers), added up: with this process's own peak, an upper bound of the peak of the
    whole application (peaks at different moments are added, and shared pages counted twice).
    Read once at the end, so measuring costs the window nothing."""
    total_kb = 0
    for children in Path("/proc/self/task").glob("*/children"):
        for pid in children.read_text().split():
            try:
                status = Path(f"/proc/{pid}/status").read_text()
            except OSError:
                continue  # a child that has just exited
            for line in status.splitlines():
                if line.startswith("VmHWM:"):
                    total_kb += int(line.split()[1])
    return total_kb / 1024


class FirstPaint(QObject):
    """Notes the wall-clock time of the first paint of a main window and, for Lede's window,
    of its first article on screen and of the end of its start; then quits a bit later."""

    def __init__(self, application: QApplication) -> None:
        super().__init__()
        self.painted_at: float | None = None
        self.article_shown_at: float | None = None
        self.started_at: float | None = None
        self._application = application

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            self.painted_at is None
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QMainWindow)
        ):
            self.painted_at = time.time()
            if hasattr(watched, "article_opened"):
                watched.article_opened.connect(self._on_article_shown)
                watched.started.connect(self._on_started)
            else:
                QTimer.singleShot(SETTLE_MS, self._application.quit)
        return False

    def _on_article_shown(self) -> None:
        if self.article_shown_at is None:
            self.article_shown_at = time.time()
            QTimer.singleShot(SETTLE_MS, self._application.quit)

    def _on_started(self) -> None:
        self.started_at = time.time()

    def times(self) -> dict[str, float | None]:
        return {
            "painted_at": self.painted_at,
            "article_shown_at": self.article_shown_at,
            "started_at": self.started_at,
        }


def bare() -> dict[str, Any]:
    application = QApplication(sys.argv[:1])
    first = FirstPaint(application)
    application.installEventFilter(first)
    window = QMainWindow()
    window.resize(1280, 800)
    window.show()
    application.exec()
    return {"painted_at": first.painted_at, "peak_rss_mb": peak_rss_mb()}


def startup(library: str) -> dict[str, Any]:
    """The real start-up path (ui.main.run_gui with --library), watched from outside."""
    application = QApplication(sys.argv[:1])
    first = FirstPaint(application)
    application.installEventFilter(first)
    from app.cli import build_parser
    from ui.importing import import_actions
    from ui.main import run_gui

    # The synthetic feeds' addresses lead nowhere: a start-up refresh would only add failed
    # downloads to the timings (docs/benchmarks.md gives its memory separately).
    import_actions.STARTUP_REFRESH_DELAY_MS = 24 * 3600 * 1000
    run_gui(build_parser().parse_args(["--library", library]))
    return {**first.times(), "peak_rss_mb": peak_rss_mb()}


class Session:
    """The real MainWindow on a library, driven the way a reader drives it."""

    def __init__(self, library_path: str) -> None:
        from ui.main import open_library
        from ui.window.main_window import MainWindow

        self.application = QApplication(sys.argv[:1])
        self.library = open_library(library_path)
        self.window = MainWindow(self.library, refresh_feeds_at_start=False)
        self.window.resize(1280, 800)
        self.window.show()
        self.pump(300)

    def pump(self, milliseconds: int = 0) -> None:
        deadline = time.perf_counter() + milliseconds / 1000
        self.application.processEvents()
        while time.perf_counter() < deadline:
            self.application.processEvents()
            time.sleep(0.002)

    def wait_until(self, done: Callable[[], bool], timeout: float = 30.0) -> None:
        deadline = time.perf_counter() + timeout
        while not done():
            if time.perf_counter() > deadline:
                raise TimeoutError("the window did not finish in time")
            self.application.processEvents()
            time.sleep(0.0005)

    def timed_query(self, change: Callable[[], None]) -> float:
        """Milliseconds from a search or filter change to the new list painted: its first
        rows laid out and drawn, snippets and all (the view lays rows out from the event loop
        after the model changes; a repaint before that draws an empty list)."""
        panel = self.window.list_panel
        view, model = self.window.list_view, self.window.model
        applied: list[bool] = []
        panel.query_applied.connect(lambda: applied.append(True))
        started = time.perf_counter()
        change()
        self.wait_until(
            lambda: (
                bool(applied) and (model.rowCount() == 0 or view.indexAt(QPoint(1, 1)).isValid())
            )
        )
        view.viewport().repaint()
        elapsed = (time.perf_counter() - started) * 1000
        panel.query_applied.disconnect()
        return elapsed


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def _summary_of(values: list[float]) -> dict[str, float]:
    return {
        "p50": round(statistics.median(values), 2),
        "p95": round(_percentile(values, 0.95), 2),
        "max": round(max(values), 2),
    }


def measure_open(session: Session, ids: list[int], fresh: bool) -> list[float]:
    """Milliseconds from opening an article to its text and summary on screen."""
    window = session.window
    window.set_summary_visible(True)
    times = []
    for article_id in ids:
        started = time.perf_counter()
        window.open_article(article_id)
        session.wait_until(lambda: window.summary is not None, timeout=60)
        window.reader.viewport().repaint()
        window.summary_pane.repaint()
        times.append((time.perf_counter() - started) * 1000)
    return times


def measure_searches(session: Session, words: list[str], rounds: int) -> dict[str, list[float]]:
    bar = session.window.list_panel.search_bar
    times: dict[str, list[float]] = {word: [] for word in words}
    for _ in range(rounds):
        for word in words:
            session.pump(SETTLE_BETWEEN_MS)
            times[word].append(session.timed_query(lambda word=word: bar.setText(word)))
            session.timed_query(bar.clear)
    return times


def measure_filters(session: Session) -> list[float]:
    bar = session.window.list_panel.filter_bar
    box = bar.filter_box
    times = []
    for _ in range(3):
        for value in ("unread", "starred", "archived", "all"):
            session.pump(SETTLE_BETWEEN_MS)
            times.append(session.timed_query(lambda v=value: box.setCurrentIndex(box.findData(v))))
        for sort in ("published", "title", "reading_time", "added"):
            session.pump(SETTLE_BETWEEN_MS)
            times.append(session.timed_query(lambda s=sort: bar.set_sort(s)))
    return times


def measure_scroll(session: Session) -> dict[str, float]:
    """Scroll the list top to bottom a page at a time while a 10 ms heartbeat watches."""
    view = session.window.list_view
    bar = view.verticalScrollBar()
    _wait_for_layout(session)
    bar.setValue(0)
    session.pump(100)
    beats: list[tuple[float, float]] = []  # wall clock, GUI thread CPU time
    heartbeat = QTimer(interval=HEARTBEAT_MS)
    heartbeat.timeout.connect(lambda: beats.append((time.perf_counter(), time.thread_time())))
    finished: list[bool] = []

    def step() -> None:
        if bar.value() >= bar.maximum():
            finished.append(True)
            return
        bar.setValue(bar.value() + bar.pageStep())
        QTimer.singleShot(0, step)

    started = time.perf_counter()
    heartbeat.start()
    QTimer.singleShot(0, step)
    session.wait_until(lambda: bool(finished), timeout=900)
    heartbeat.stop()
    # A gap is the wall time between heartbeats; its CPU share tells our own work apart from
    # time the loaded machine gave to other processes.
    gaps = [
        ((later[0] - earlier[0]) * 1000, (later[1] - earlier[1]) * 1000)
        for earlier, later in itertools.pairwise(beats)
    ]
    worst = max(gaps, default=(0.0, 0.0))
    return {
        "max_gap_ms": round(worst[0], 2),
        "max_gap_cpu_ms": round(worst[1], 2),
        "max_cpu_per_gap_ms": round(max((cpu for _, cpu in gaps), default=0.0), 2),
        "gaps_over_50_ms": sum(1 for wall, _ in gaps if wall > 50),
        "seconds": round(time.perf_counter() - started, 2),
        "pages": round(bar.maximum() / max(1, bar.pageStep())),
    }


def _wait_for_layout(session: Session) -> None:
    """The list lays itself out in batches and sets its scroll range when the last is done:
    wait until the range covers every row (one step per row) and holds still."""
    bar = session.window.list_view.verticalScrollBar()
    rows = session.window.model.rowCount()
    steady, last = 0, -1
    while steady < 3 or bar.maximum() + bar.pageStep() < rows:
        session.pump(100)
        steady = steady + 1 if bar.maximum() == last else 0
        last = bar.maximum()


def _ids_for_open(session: Session, count: int, seed: int) -> list[int]:
    ids = session.window.model.article_ids()
    return random.Random(seed).sample(ids, min(count, len(ids)))


def _prepare_cached_summaries(session: Session, ids: list[int]) -> None:
    from functools import partial

    from app.document import render_markdown
    from ui.jobs.summary_worker import summarize_in_worker

    settings = session.window.summary_pane.settings
    for article_id in ids:
        article = session.library.article(article_id)
        assert article is not None
        text = render_markdown(article.markdown).text
        # In the summary worker, as the window would: the bench keeps the summarizer out
        # of the window's process too, so its memory is the window's own.
        session.library.summaries.get_or_compute(
            article_id,
            settings,
            partial(summarize_in_worker, text, settings, article.row.language, article.title),
        )


def _forget(session: Session, ids: list[int], read_states: dict[int, bool]) -> None:
    """Put the library back as it was: no new summaries, read states as before."""
    from app.store.summary_cache import cache_key

    key = cache_key(session.window.summary_pane.settings)
    with session.library.transaction() as db:
        db.executemany(
            "DELETE FROM summaries WHERE article_id = ? AND settings_key = ?",
            [(article_id, key) for article_id in ids],
        )
    for article_id, was_read in read_states.items():
        session.library.set_read(article_id, was_read)


def interact(library: str, words: list[str]) -> dict[str, Any]:
    session = Session(library)
    cached_ids = _ids_for_open(session, 30, 1)
    fresh_ids = [i for i in _ids_for_open(session, 40, 2) if i not in cached_ids][:10]
    rows = session.library.rows(cached_ids + fresh_ids)
    read_states = {article_id: row.is_read for article_id, row in rows.items()}
    _prepare_cached_summaries(session, cached_ids)
    try:
        open_cached = measure_open(session, cached_ids, fresh=False)
        open_fresh = measure_open(session, fresh_ids, fresh=True)
    finally:
        _forget(session, fresh_ids, read_states)
    session.window.set_summary_visible(False)
    # Thirty searches per word: with ten, the 95th percentile is simply the slowest one.
    searches = measure_searches(session, words, rounds=30)
    filters = measure_filters(session)
    scroll = measure_scroll(session)
    session.window.tldr_line.set_enabled(True)
    session.pump(200)
    scroll_tldr = measure_scroll(session)
    session.window.tldr_line.set_enabled(False)
    workers_peak = children_peak_rss_mb()
    session.window.close()
    return {
        "open_cached": _summary_of(open_cached),
        "open_fresh": _summary_of(open_fresh),
        "searches": {word: _summary_of(times) for word, times in searches.items()},
        "filters": _summary_of(filters),
        "scroll": scroll,
        "scroll_with_tldr": scroll_tldr,
        "peak_rss_mb": peak_rss_mb(),
        "peak_total_rss_mb": peak_rss_mb() + workers_peak,
    }


def main() -> int:
    os.environ.setdefault("LEDE_CONFIG_DIR", tempfile.mkdtemp(prefix="lede-bench-config-"))
    probe = sys.argv[1]
    if probe == "bare":
        result = bare()
    elif probe == "startup":
        result = startup(sys.argv[2])
    else:
        result = interact(sys.argv[2], sys.argv[3:])
    print(json.dumps(result), flush=True)
    # Skip interpreter teardown: PySide6 may crash collecting Qt objects at exit, after
    # the figures are out.
    os._exit(0)
