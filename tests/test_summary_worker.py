"""Summaries are made in a worker process: the window's process never loads the summarizer,
and a worker that dies is replaced without the reader seeing an error."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from app.articles import ArticleDraft
from app.library import Library
from app.settings import SummarySettings
from ui.jobs.processes import LOW_PRIORITY_NICENESS
from ui.jobs.runner import JobRunner
from ui.jobs.summary_worker import (
    SummaryWorkerError,
    call_in_worker,
    call_in_worker_at_low_priority,
    shut_down_worker,
    start_worker,
)
from ui.list.tldr_service import TldrService
from ui.reading.summary_service import SummaryRequest, SummaryService

ROOT = Path(__file__).resolve().parents[1]
TEXT = " ".join(
    f"Sentence number {n} says something about the harbour and the boats." for n in range(12)
)


def _request(article_id: int) -> SummaryRequest:
    return SummaryRequest(article_id=article_id, text=TEXT, settings=SummarySettings())


def test_the_windows_process_never_loads_the_summarizer() -> None:
    script = (
        "import sys\n"
        "from PySide6.QtCore import QCoreApplication, QTimer\n"
        "from app.settings import SummarySettings\n"
        "from ui.jobs.runner import JobRunner\n"
        "from ui.reading.summary_service import SummaryRequest, SummaryService\n"
        "application = QCoreApplication([])\n"
        "runner = JobRunner()\n"
        "service = SummaryService(runner)\n"
        "service.summary_ready.connect(lambda _r, s: print(len(s.sentences)) or application.quit())\n"
        "service.summary_failed.connect(lambda _r, m: print(m) or application.quit())\n"
        f"service.request(SummaryRequest(1, {TEXT!r}, SummarySettings()))\n"
        "QTimer.singleShot(60_000, application.quit)\n"
        "application.exec()\n"
        "runner.shut_down(10)\n"
        "heavy = ('sumy', 'nltk', 'numpy')\n"
        "print(sorted({m.split('.')[0] for m in sys.modules if m.split('.')[0] in heavy}))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True
    )
    count, loaded = result.stdout.split()
    assert int(count) > 0
    assert loaded == "[]"


def test_a_killed_worker_is_replaced_for_the_next_summary(qtbot, runner: JobRunner) -> None:
    service = SummaryService(runner)
    with qtbot.waitSignal(service.summary_ready, timeout=60_000):
        service.request(_request(1))
    first_worker = call_in_worker(os.getpid)
    assert first_worker != os.getpid()
    os.kill(first_worker, signal.SIGKILL)
    with qtbot.waitSignal(service.summary_ready, timeout=60_000) as ready:
        service.request(_request(2))
    assert ready.args[0].article_id == 2
    assert call_in_worker(os.getpid) != first_worker
    assert service.wait_for_idle()


def test_a_request_that_kills_the_worker_twice_fails_and_the_next_one_works() -> None:
    with pytest.raises(SummaryWorkerError, match="stopped unexpectedly"):
        call_in_worker(os._exit, 3)
    assert call_in_worker(len, "harbour") == 7


def _is_running(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except FileNotFoundError:
        return False
    return "\nState:\tZ" not in status  # a zombie has ended; only its exit status is left


def test_the_worker_ends_when_the_windows_process_is_killed() -> None:
    script = (
        "import os, sys\n"
        "from ui.jobs.summary_worker import call_in_worker\n"
        "print(call_in_worker(os.getpid), flush=True)\n"
        "os._exit(0)  # as if killed: no clean-up runs\n"
    )
    # The worker inherits the output pipe, so this returns only once the worker has ended too.
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    worker = int(result.stdout.split()[0])
    assert worker != os.getpid()
    assert not _is_running(worker)


MAX_NICENESS = 19


def _thread_niceness() -> int:
    import threading

    return os.getpriority(os.PRIO_PROCESS, threading.get_native_id())


def _lowered(normal: int) -> int:
    """`normal` lowered by the background niceness, which the system caps at 19 (so a suite run
    under `nice` expects what the kernel gives, not more)."""
    if normal >= MAX_NICENESS:
        pytest.skip("already at the lowest priority: nothing to lower")
    return min(normal + LOW_PRIORITY_NICENESS, MAX_NICENESS)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="per-thread nice is Linux's")
def test_background_work_runs_at_a_lower_priority_in_the_same_worker() -> None:
    worker = call_in_worker(os.getpid)
    normal = call_in_worker(_thread_niceness)
    assert call_in_worker_at_low_priority(os.getpid) == worker
    assert call_in_worker_at_low_priority(_thread_niceness) == _lowered(normal)
    assert call_in_worker(_thread_niceness) == normal  # summaries keep their priority


def _summarize_then_tell_niceness() -> int:
    from app.reader_summary import summarize_article

    assert summarize_article(TEXT, SummarySettings(), "en").sentences
    return _thread_niceness()


def _lowered_threads() -> int:
    """How many of this process's threads run at a lower priority than the process."""
    normal = os.getpriority(os.PRIO_PROCESS, os.getpid())
    threads = [int(tid) for tid in os.listdir("/proc/self/task")]
    return sum(os.getpriority(os.PRIO_PROCESS, tid) > normal for tid in threads)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="per-thread nice is Linux's")
def test_a_worker_started_by_background_work_lowers_only_that_work() -> None:
    shut_down_worker()
    expected = _lowered(os.getpriority(os.PRIO_PROCESS, 0))  # the worker starts at ours
    assert call_in_worker_at_low_priority(_summarize_then_tell_niceness) == expected
    # The summarizer's libraries start their threads as the worker starts, at normal priority.
    assert call_in_worker(_lowered_threads) == 1


@pytest.mark.gui
def test_tldr_lines_and_summaries_share_one_worker(
    qtbot, tmp_path: Path, runner: JobRunner
) -> None:  # type: ignore[no-untyped-def]
    with Library(tmp_path / "library.sqlite3") as library:
        article_id = library.add_article(ArticleDraft(title="Harbour", markdown=TEXT))
        service = TldrService(library, runner)
        with qtbot.waitSignal(service.tldr_ready, timeout=60_000) as ready:
            service.request([article_id])
        assert runner.shut_down(30.0)
    assert ready.args[0] == article_id and "harbour" in ready.args[1]
    assert _worker_processes() == [call_in_worker(os.getpid)]


def _worker_processes() -> list[int]:
    """This process's pool workers (multiprocessing's resource tracker is a child too)."""
    children = Path(f"/proc/{os.getpid()}/task/{os.getpid()}/children").read_text().split()
    return [
        int(pid) for pid in children if b"spawn_main" in Path(f"/proc/{pid}/cmdline").read_bytes()
    ]


class _FakePool:
    def submit(self, function: object, *arguments: object) -> None:
        return None

    def shutdown(self, wait: bool = True, cancel_futures: bool = False) -> None:
        return None


def test_starting_the_worker_spawns_it_off_the_calling_thread(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import threading
    import time

    shut_down_worker()
    spawned_on: list[threading.Thread] = []

    def pool(_initializer: object = None) -> _FakePool:
        spawned_on.append(threading.current_thread())
        return _FakePool()

    monkeypatch.setattr("ui.jobs.summary_worker.child_process_pool", pool)
    start_worker()
    deadline = time.monotonic() + 10
    while not spawned_on and time.monotonic() < deadline:
        time.sleep(0.01)
    assert spawned_on and spawned_on[0] is not threading.current_thread()
    shut_down_worker()
