"""Quitting after a busy session, against quitting an idle one, in the same run.

Each quit runs in a fresh process: the real MainWindow over the sample library plus long
articles. In the busy session the summary pane is open (a summary on its way), the TL;DR line
is on, the whole library is being exported (every article needs a summary), the digest is
gathering, and a folder of files is being imported; the window quits while all of that is
under way. The idle session opens the window and quits. The figure is the wall time from the
quit (the window's close) to the process's end, as the person at the keyboard sees it: the
window stops its jobs, the library closes and the summary worker ends.

Run: `uv run python bench/quit.py [--runs 3]`.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

LONG_ARTICLES = 30
IMPORTED_FILES = 60
BUSY_FOR_S = 2.5  # long enough for the worker to start and every job to be under way
TARGET_S = 0.3


def _long_text(number: int) -> str:
    sentence = (
        "The harbour committee met on the {n}th day to weigh the ferry timetable, the price of "
        "diesel and the gulls that nest on the old pier, and the minutes ran long. "
    )
    return "\n\n".join(sentence.format(n=number + part) * 6 for part in range(40))


def _session(kind: str, workspace: Path) -> None:
    """In the child: build the window, make it busy (or not), then quit and report the time."""
    os.environ["LEDE_CONFIG_DIR"] = str(workspace / "config")
    from PySide6.QtWidgets import QApplication

    from app.articles import ArticleDraft
    from app.library import Library
    from app.samples import add_samples
    from ui.features import export_actions
    from ui.main import end_session
    from ui.window.main_window import MainWindow

    application = QApplication(sys.argv[:1])
    library = Library(workspace / "library.db")
    add_samples(library)
    for number in range(LONG_ARTICLES):
        library.add_article(ArticleDraft(f"Committee minutes {number}", _long_text(number)))
    window = MainWindow(library, refresh_feeds_at_start=False)
    window.show()
    _pump(application, 0.3)
    if kind == "busy":
        _make_busy(window, workspace, export_actions)
        _pump(application, BUSY_FOR_S)
        assert window.jobs.is_busy(), "the session was meant to be busy when it quits"
    quit_at = time.time()
    print(json.dumps({"quit_at": quit_at}), flush=True)
    window.close()
    print(json.dumps({"close_s": time.time() - quit_at}), flush=True)
    end_session(library)  # what ui.main.run_gui does once the window has closed


def _make_busy(window: object, workspace: Path, export_actions: object) -> None:
    from ui.window.main_window import MainWindow

    assert isinstance(window, MainWindow)
    folder = workspace / "to-import"
    folder.mkdir()
    for number in range(IMPORTED_FILES):
        (folder / f"note-{number}.md").write_text(f"# Note {number}\n\n{_long_text(number)}\n")
    export_to = workspace / "export"
    export_actions.choose_folder = lambda _parent, _caption: export_to  # type: ignore[attr-defined]
    window.set_summary_visible(True)
    window.tldr_line.set_enabled(True)
    window.select_row(3)
    window.export_actions.export_all()
    window.digest.action.trigger()
    window.imports.import_paths([folder])


def _pump(application: object, seconds: float) -> None:
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    assert isinstance(application, QApplication)
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        application.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        time.sleep(0.005)


def _one_quit(kind: str) -> float:
    """Seconds from the window's close to the end of its process."""
    with tempfile.TemporaryDirectory(prefix="lede-quit-") as folder:
        child = subprocess.Popen(
            [sys.executable, __file__, "--session", kind, "--workspace", folder],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert child.stdout is not None
        quit_at = None
        for line in child.stdout:
            if line.startswith("{") and "quit_at" in line:
                quit_at = float(json.loads(line)["quit_at"])
                break
        child.wait()  # not the pipe's end: the worker processes hold it too, a moment longer
        ended_at = time.time()
        print(f"  {kind}: {child.stdout.read().strip()}", file=sys.stderr)
    if quit_at is None or child.returncode != 0:
        raise SystemExit(f"the {kind} session failed (exit status {child.returncode})")
    return ended_at - quit_at


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--session", choices=["busy", "idle"])
    parser.add_argument("--workspace", type=Path)
    args = parser.parse_args()
    if args.session:
        _session(args.session, args.workspace)
        return
    idle: list[float] = []
    busy: list[float] = []
    for _run in range(args.runs):  # alternated, so a machine getting slower weighs on both
        idle.append(_one_quit("idle"))
        busy.append(_one_quit("busy"))
    for name, times in (("idle", idle), ("busy", busy)):
        print(
            f"quit after an {name} session: median {statistics.median(times):.3f} s "
            f"(runs: {', '.join(f'{t:.3f}' for t in times)})"
        )
    ratio = statistics.median(busy) / statistics.median(idle)
    verdict = "within" if statistics.median(busy) <= TARGET_S else "over"
    print(f"busy / idle: {ratio:.2f}; busy is {verdict} the {TARGET_S} s target")


if __name__ == "__main__":
    main()
