"""A long session: one window, thousands of article opens with summaries, then the quit.

A child process runs the real MainWindow offscreen over the sample library plus synthetic
articles, with the summary pane open. Each open moves to the next article (back to the top at
the end of the list) and waits until its summary is on screen; between opens the session
searches (every 10th open, and clears the search on the next), shows and hides the digest
(every 50th) and switches theme (every 25th). Every 100 opens it samples the resident memory
(RSS) of the window's process and of the summary worker. Then the window quits, as in
bench/quit.py: the figure is the wall time from the close to the end of the process, with the
child checking that no job is still running and the library file is not written afterwards.

The growth is the last sample minus the first one after warm-up (the 200th open), window and
worker together; the slope is a least-squares fit over the samples after warm-up, in MB per
1,000 opens.

Run: `uv run python bench/soak.py [--opens 2000] [--json]`.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

EXTRA_ARTICLES = 40
SAMPLE_EVERY = 100
WARM_UP_OPENS = 200
SUMMARY_WAIT_S = 30.0
THEMES = ("dark", "sepia", "light")


def _article_text(number: int) -> str:
    sentences = [
        f"Report {number} looks at the {topic} of the town in its {part} part."
        f" The council weighed the {topic} against the budget and the season."
        for part in ("first", "second", "third", "last")
        for topic in ("harbour", "library", "ferry", "market", "bridge")
    ]
    return "\n\n".join(" ".join(sentences[i : i + 4]) for i in range(0, len(sentences), 4))


def rss_mb(pid: int) -> float:
    """Resident memory of a process in MB, from /proc (0.0 where it cannot be read)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0.0
    for line in status.splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _worker_pid() -> int:
    from ui.jobs import summary_worker

    executor = summary_worker._executor
    processes = getattr(executor, "_processes", None) or {}
    return next(iter(processes), 0)


class Session:
    """In the child: the window, driven open after open."""

    def __init__(self, workspace: Path) -> None:
        os.environ["LEDE_CONFIG_DIR"] = str(workspace / "config")
        from PySide6.QtWidgets import QApplication

        from app.articles import ArticleDraft
        from app.library import Library
        from app.samples import add_samples
        from ui.window.main_window import MainWindow

        self.application = QApplication(sys.argv[:1])
        self.library = Library(workspace / "library.db")
        add_samples(self.library)
        for number in range(EXTRA_ARTICLES):
            self.library.add_article(ArticleDraft(f"Town report {number}", _article_text(number)))
        self.window = MainWindow(self.library, refresh_feeds_at_start=False)
        self.window.show()
        self.window.set_summary_visible(True)
        self.shown = 0
        self.window.session.summary_shown.connect(self._count_summary)
        self.pump(0.5)

    def _count_summary(self, _summary: object) -> None:
        self.shown += 1

    def pump(self, seconds: float, until: object = None) -> bool:
        from PySide6.QtCore import QEventLoop

        end = time.perf_counter() + seconds
        while time.perf_counter() < end:
            self.application.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            if callable(until) and until():
                return True
            time.sleep(0.001)
        return False

    def open_next(self) -> bool:
        """Move to the next article and wait for its summary; False if none came in time."""
        window = self.window
        before = self.shown
        last_row = window.model.rowCount() - 1
        if window.current_row >= last_row:
            window.select_row(0)
        else:
            window.next_article()
        return self.pump(SUMMARY_WAIT_S, lambda: self.shown > before)

    def between(self, number: int) -> None:
        """What the reader does between opens: search, digest, theme."""
        window = self.window
        search = window.list_panel.search_bar
        if number % 10 == 0:
            search.setText("harbour")
        elif number % 10 == 1 and search.text():
            search.setText("")
        if number % 50 == 0:
            window.digest.action.trigger()
            self.pump(0.05)
            window.digest.action.trigger()
        if number % 25 == 0:
            theme = THEMES[(number // 25) % len(THEMES)]
            window.appearance_control.theme_actions[theme].trigger()
        self.pump(0.005)

    def sample(self, opens: int) -> dict[str, float]:
        window_mb, worker_mb = rss_mb(os.getpid()), rss_mb(_worker_pid())
        return {"opens": opens, "window_mb": window_mb, "worker_mb": worker_mb}

    def quit(self) -> dict[str, object]:
        from ui.main import end_session

        quit_at = time.time()
        print(json.dumps({"quit_at": quit_at}), flush=True)
        self.window.close()
        busy = self.window.jobs.is_busy()
        end_session(self.library)
        return {"close_s": time.time() - quit_at, "jobs_running_after_close": busy}


def _child(opens: int, workspace: Path) -> None:
    session = Session(workspace)
    missed = 0
    started = time.perf_counter()
    for number in range(1, opens + 1):
        session.between(number)
        missed += not session.open_next()
        if number % SAMPLE_EVERY == 0 or number == opens:
            print(json.dumps({"sample": session.sample(number)}), flush=True)
    print(json.dumps({"missed": missed, "session_s": time.perf_counter() - started}), flush=True)
    print(json.dumps(session.quit()), flush=True)


def _library_state(workspace: Path) -> dict[str, tuple[int, int]]:
    return {
        path.name: (path.stat().st_size, path.stat().st_mtime_ns)
        for path in workspace.glob("library.db*")
    }


def run_soak(opens: int) -> dict[str, object]:
    """Run the session in a child process; returns the figures as one dict."""
    with tempfile.TemporaryDirectory(prefix="lede-soak-") as folder:
        workspace = Path(folder)
        command = [
            sys.executable,
            __file__,
            "--child",
            "--opens",
            str(opens),
            "--workspace",
            folder,
        ]
        child = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
        assert child.stdout is not None
        records: dict[str, object] = {}
        samples: list[dict[str, float]] = []
        for line in child.stdout:
            if not line.startswith("{"):
                continue
            record = json.loads(line)
            if "sample" in record:
                samples.append(record["sample"])
            else:
                records.update(record)
            if "close_s" in record:
                break
        closed_state = _library_state(workspace)
        child.wait()
        ended_at = time.time()
        written_after = _library_state(workspace) != closed_state
    if child.returncode != 0 or "quit_at" not in records:
        raise SystemExit(f"the soak session failed (exit status {child.returncode})")
    quit_at = records.pop("quit_at")
    assert isinstance(quit_at, float)
    return {
        "opens": opens,
        **figures(samples),
        "quit_s": round(ended_at - quit_at, 3),
        "written_after_close": written_after,
        **records,
        "samples": samples,
    }


def figures(samples: list[dict[str, float]]) -> dict[str, float]:
    """Growth (last minus first sample after warm-up) and slope (MB per 1,000 opens)."""
    warm = [s for s in samples if s["opens"] >= WARM_UP_OPENS] or samples[-2:]
    totals = [(s["opens"], s["window_mb"] + s["worker_mb"]) for s in warm]
    if len(totals) < 2:
        return {"rss_growth_mb": 0.0, "rss_slope_mb_per_1000_opens": 0.0}
    mean_x = sum(x for x, _ in totals) / len(totals)
    mean_y = sum(y for _, y in totals) / len(totals)
    spread = sum((x - mean_x) ** 2 for x, _ in totals)
    slope = sum((x - mean_x) * (y - mean_y) for x, y in totals) / spread
    return {
        "rss_growth_mb": round(totals[-1][1] - totals[0][1], 1),
        "rss_slope_mb_per_1000_opens": round(slope * 1000, 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--opens", type=int, default=2000)
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--workspace", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args.opens, args.workspace)
        return
    result = run_soak(args.opens)
    if args.json:
        print(json.dumps(result))
        return
    for sample in result["samples"]:  # type: ignore[attr-defined]
        print(
            f"{sample['opens']:>6} opens: window {sample['window_mb']:.1f} MB,"
            f" worker {sample['worker_mb']:.1f} MB"
        )
    shown = {key: value for key, value in result.items() if key != "samples"}
    print(json.dumps(shown, indent=2))


if __name__ == "__main__":
    main()
