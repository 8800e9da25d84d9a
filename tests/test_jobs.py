"""The job runner: typed callbacks, lanes in order, latest wins, cancel, one shut-down."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QCoreApplication

from app.errors import LedeError
from ui.jobs.processes import JobCancelledError
from ui.jobs.runner import JobContext, JobRunner, Lane

LANE = Lane("test")
OTHER = Lane("other", low_priority=True)


def test_a_result_reaches_its_success_callback(qtbot, runner: JobRunner) -> None:
    results: list[int] = []
    runner.submit(LANE, lambda _context: 6 * 7, results.append)
    qtbot.waitUntil(lambda: results == [42])
    assert not runner.is_busy()


@pytest.mark.parametrize(
    ("error", "message"),
    [
        (LedeError("the file is gone"), "the file is gone"),
        (ValueError("bug"), "the job failed: ValueError('bug')"),
    ],
)
def test_an_error_reaches_the_failure_callback(
    qtbot, runner: JobRunner, error: Exception, message: str
) -> None:
    def work(_context: JobContext) -> None:
        raise error

    failures: list[str] = []
    runner.submit(LANE, work, lambda _none: pytest.fail("no result expected"), failures.append)
    qtbot.waitUntil(lambda: failures == [message])


def test_a_lane_runs_its_jobs_one_at_a_time_in_order(qtbot, runner: JobRunner) -> None:
    running, most, order = [0], [0], []
    lock = threading.Lock()

    def work(number: int) -> int:
        with lock:
            running[0] += 1
            most[0] = max(most[0], running[0])
        time.sleep(0.01)
        with lock:
            running[0] -= 1
        return number

    for number in range(5):
        runner.submit(LANE, lambda _context, n=number: work(n), order.append)
    qtbot.waitUntil(lambda: len(order) == 5)
    assert order == [0, 1, 2, 3, 4]
    assert most == [1]


def test_the_latest_request_wins(qtbot, runner: JobRunner) -> None:
    release = threading.Event()
    results: list[int] = []

    def held(number: int, context: JobContext) -> int:
        while not release.is_set():
            context.check()
            time.sleep(0.005)
        return number

    for number in range(4):
        runner.submit(
            LANE, lambda context, n=number: held(n, context), results.append, latest_wins=True
        )
    release.set()
    qtbot.waitUntil(lambda: not runner.is_busy())
    assert runner.wait_for_idle()
    qtbot.waitUntil(lambda: results == [3])


def test_a_cancelled_job_reports_nothing_but_a_stopped_one_does(qtbot, runner: JobRunner) -> None:
    started = threading.Event()

    def wait_to_stop(context: JobContext) -> str:
        started.set()
        while not context.is_cancelled():
            time.sleep(0.005)
        return "stopped early"

    reported: list[str] = []
    cancelled = runner.submit(LANE, wait_to_stop, reported.append)
    assert started.wait(5)
    runner.cancel(cancelled)
    assert runner.wait_for_idle()
    started.clear()
    stopped = runner.submit(LANE, wait_to_stop, reported.append)
    assert started.wait(5)
    runner.request_stop(stopped)
    qtbot.waitUntil(lambda: reported == ["stopped early"])


def test_progress_arrives_in_order_on_the_gui_thread(qtbot, runner: JobRunner) -> None:
    seen: list[tuple[int, bool]] = []
    gui_thread = threading.current_thread()

    def count(context: JobContext) -> None:
        for step in range(3):
            context.progress(step)

    done: list[None] = []
    runner.submit(
        OTHER,
        count,
        done.append,
        on_progress=lambda step: seen.append((step, threading.current_thread() is gui_thread)),
    )
    qtbot.waitUntil(lambda: done == [None])
    assert seen == [(0, True), (1, True), (2, True)]


def test_shut_down_stops_every_lane_and_no_callback_runs_after(qtbot) -> None:
    runner = JobRunner()
    started = threading.Barrier(3, timeout=5)
    called: list[object] = []

    def until_cancelled(context: JobContext) -> None:
        started.wait()
        while True:
            context.check()
            time.sleep(0.005)

    for lane in (LANE, OTHER):
        runner.submit(lane, until_cancelled, called.append, called.append)
        runner.submit(lane, lambda _context: "queued", called.append)
    started.wait()
    begun = time.monotonic()
    assert runner.shut_down(5.0)
    assert time.monotonic() - begun < 1.0
    assert runner.submit(LANE, lambda _context: "late", called.append) == 0
    assert not runner.is_busy()
    QCoreApplication.processEvents()  # whatever the jobs reported before they ended arrives
    assert called == []


def test_a_finished_result_not_yet_delivered_is_dropped_at_shut_down(qtbot) -> None:
    runner = JobRunner()
    called: list[str] = []
    runner.submit(LANE, lambda _context: "done", called.append)
    assert runner.wait_for_idle()  # the result waits in the event queue
    assert runner.shut_down(1.0)
    QCoreApplication.processEvents()
    assert called == []


def test_a_cancelled_job_stops_at_its_next_check() -> None:
    context = JobContext(1, lambda _id, _value: None)
    context.cancel()
    with pytest.raises(JobCancelledError):
        context.check()
