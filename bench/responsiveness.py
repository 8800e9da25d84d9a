"""How long the window's event loop stalls while heavy work runs.

A 10 ms QTimer heartbeat records the gap between its ticks; a stall is a gap beyond the 10 ms
period. First an idle baseline, then under load: a 1,000,000-character article is opened and
summarized in the real MainWindow while a 1,000-file import runs through the File menu's import
service. Run: `uv run python bench/responsiveness.py` (offscreen unless QT_QPA_PLATFORM is set).
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.articles import ArticleDraft, read_article_file  # noqa: E402
from app.library import Library  # noqa: E402
from app.samples import add_samples  # noqa: E402
from ui.reading.summary_service import SummaryRequest  # noqa: E402

PERIOD_MS = 10
BIG_ARTICLE_CHARS = 1_000_000
IMPORT_FILES = 1000
TIMEOUT_S = 600


class Heartbeat:
    """Ticks every PERIOD_MS and keeps the gaps between ticks."""

    def __init__(self) -> None:
        self.gaps_ms: list[float] = []
        self.busy_ms: list[float] = []  # GUI-thread CPU time within each gap
        self.ends_s: list[float] = []  # when each gap ended, in seconds since start()
        self._started = time.perf_counter()
        self._last = time.perf_counter()
        self._last_cpu = time.thread_time()
        self._timer = QTimer()
        self._timer.setInterval(PERIOD_MS)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.gaps_ms.clear()
        self.busy_ms.clear()
        self.ends_s.clear()
        self._last = self._started = time.perf_counter()
        self._last_cpu = time.thread_time()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _tick(self) -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        self.gaps_ms.append((now - self._last) * 1000)
        self.busy_ms.append((cpu - self._last_cpu) * 1000)
        self.ends_s.append(now - self._started)
        self._last, self._last_cpu = now, cpu

    def worst(self, count: int = 5) -> str:
        """The longest gaps, each with the GUI thread's own CPU time in it (the rest is waiting:
        for the GIL or for a CPU core)."""
        gaps = sorted(zip(self.gaps_ms, self.busy_ms, self.ends_s, strict=True), reverse=True)
        return ", ".join(
            f"{gap:.0f} ms (busy {busy:.0f}, at {end:.1f} s)" for gap, busy, end in gaps[:count]
        )

    def stalls(self) -> tuple[float, float]:
        """The largest and the 99th-percentile stall, in ms beyond the period."""
        stalls = sorted(max(0.0, gap - PERIOD_MS) for gap in self.gaps_ms)
        p99 = statistics.quantiles(stalls, n=100)[98] if len(stalls) > 1 else stalls[0]
        return stalls[-1], p99


def big_article() -> ArticleDraft:
    samples = sorted((ROOT / "resources" / "samples").glob("*.md"))
    english = [read_article_file(path).markdown for path in samples[:8]]
    text = "\n\n".join(english)
    body = (text * (BIG_ARTICLE_CHARS // len(text) + 1))[:BIG_ARTICLE_CHARS]
    return ArticleDraft(title="A million characters", markdown=body, language="en")


def write_import_files(folder: Path) -> None:
    folder.mkdir()
    for n in range(IMPORT_FILES):
        sentences = " ".join(f"Note {n} line {k} tells of harbour {k * n % 97}." for k in range(40))
        (folder / f"note-{n:04d}.md").write_text(f"# Note {n}\n\n{sentences}\n")


def wait_until(done: Callable[[], bool]) -> None:
    """Run the real event loop until done() holds, checking every 20 ms."""
    loop = QEventLoop()
    deadline = time.perf_counter() + TIMEOUT_S

    def check() -> None:
        if done() or time.perf_counter() > deadline:
            loop.quit()

    poll = QTimer()
    poll.timeout.connect(check)
    poll.start(20)
    loop.exec()
    poll.stop()
    if not done():
        raise SystemExit("the load did not finish in time")


def idle(seconds: float) -> None:
    end = time.perf_counter() + seconds
    wait_until(lambda: time.perf_counter() > end)


def idle_baseline(seconds: float = 2.0) -> tuple[Heartbeat, float, float]:
    """A heartbeat, and the largest and p99 stall it saw while the window idled."""
    heartbeat = Heartbeat()
    heartbeat.start()
    idle(seconds)
    heartbeat.stop()
    return heartbeat, *heartbeat.stalls()


def main() -> None:
    workspace = Path(tempfile.mkdtemp(prefix="lede-responsiveness-"))
    os.environ["LEDE_LIBRARY"] = str(workspace / "library.db")
    os.environ["LEDE_CONFIG_DIR"] = str(workspace / "config")
    QApplication(sys.argv[:1])
    from ui.window.main_window import MainWindow

    library = Library(workspace / "library.db")
    big_id = library.add_article(big_article())
    add_samples(library)  # newer than the big article: the window opens on a sample
    assert big_id is not None
    write_import_files(workspace / "notes")
    window = MainWindow(library, refresh_feeds_at_start=False)
    window.show()
    wait_until(lambda: window.article is not None)
    heartbeat, base_max, base_p99 = idle_baseline()

    milestones: dict[str, float] = {}

    def mark(name: str) -> Callable[..., None]:
        return lambda *_args: milestones.setdefault(name, time.perf_counter() - started)

    def on_summary(request: SummaryRequest, _summary: object) -> None:
        if request.article_id == big_id:
            mark("summarized")()

    def big_article_done() -> bool:
        """Summarized and shown in full, or left: the import's end opens the last note."""
        moved_on = window.article is None or window.article.id != big_id
        return moved_on or ("summarized" in milestones and not window.reader.is_loading())

    window.article_opened.connect(mark("rendered"))
    window.summaries.summary_ready.connect(on_summary)
    heartbeat.start()
    started = time.perf_counter()
    window.imports.import_paths([workspace / "notes"])
    window.select_article(big_id)
    window.set_summary_visible(True)
    wait_until(big_article_done)  # long articles are shown part by part, again once summarized
    mark("shown in full")()
    summarized = time.perf_counter() - started
    wait_until(lambda: not window.imports.service.is_busy())
    imported = time.perf_counter() - started
    heartbeat.stop()
    load_max, load_p99 = heartbeat.stalls()
    added = library.count()
    window.close()

    print(f"machine: {os.cpu_count()} cores, {_cpu_model()}")
    print(f"idle baseline: max stall {base_max:.1f} ms, p99 {base_p99:.1f} ms")
    print(
        f"under load: max stall {load_max:.1f} ms, p99 {load_p99:.1f} ms"
        f" ({len(heartbeat.gaps_ms)} ticks; ratio to idle max {load_max / max(base_max, 0.1):.1f}x)"
    )
    print(f"longest gaps: {heartbeat.worst()}")
    print("milestones:", ", ".join(f"{name} at {at:.1f} s" for name, at in milestones.items()))
    if "summarized" not in milestones:
        print("NOTE: the import ended first and opened its last note; the big summary was dropped")
    print(f"load average during the run: {os.getloadavg()[0]:.1f}")
    print(
        f"1,000,000-char article shown in full and summarized in {summarized:.1f} s;"
        f" {IMPORT_FILES} files imported in {imported:.1f} s ({added} articles in the library)"
    )
    print("target: no stall above 100 ms:", "met" if load_max <= 100 else "NOT met")


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return "unknown CPU"


if __name__ == "__main__":
    main()
