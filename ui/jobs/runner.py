"""One runner for all the window's background work.

A feature submits a job to a *lane* with typed callbacks: `on_success(result)`,
`on_failure(message)` and, for long jobs, `on_progress(value)`. Each lane runs one job at a
time, in submission order, on the runner's single thread pool; a job submitted with
`latest_wins` makes every earlier job of its lane stale (a queued one never starts, a running
one is asked to stop, and neither reports). Callbacks run on the GUI thread; jobs never touch
widgets. `shut_down(timeout)` is the one way to stop: it cancels everything, waits for the
running jobs to end, and from then on no callback runs.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThread, QThreadPool, Signal, Slot

from app.errors import LedeError
from ui.i18n import tr
from ui.jobs.processes import JobCancelledError

Result = TypeVar("Result")


class JobContext:
    """What a job sees while it runs in the pool: whether it should stop, and a way to report
    progress. Thread-safe. (Whether its reports are still wanted is the runner's business: a
    cancelled job's reports are dropped on the GUI thread.)"""

    def __init__(self, job_id: int, report: Callable[[int, object], None]) -> None:
        self.job_id = job_id
        self._cancel = threading.Event()
        self._report = report

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        """Stop here (raise JobCancelledError) if the job is no longer wanted."""
        if self._cancel.is_set():
            raise JobCancelledError

    def progress(self, value: object) -> None:
        """Hand `value` to the job's `on_progress` callback on the GUI thread."""
        self._report(self.job_id, value)


Work = Callable[[JobContext], Result]
Success = Callable[[Result], None]
Failure = Callable[[str], None]
Progress = Callable[[Any], None]


@dataclass(frozen=True)
class Lane:
    """A queue of jobs that run one after another; `low_priority` lowers its thread."""

    name: str
    low_priority: bool = False


@dataclass
class _Job(Generic[Result]):
    lane: Lane
    work: Work[Result]
    context: JobContext
    on_success: Success[Result]
    on_failure: Failure | None
    on_progress: Progress | None
    failure_text: str
    expected: tuple[type[Exception], ...]


@dataclass
class _LaneState:
    pending: deque[_Job[Any]] = field(default_factory=deque)
    running: _Job[Any] | None = None


class _Dispatcher(QObject):
    """Lives on the GUI thread: signals from pool threads arrive there, queued."""

    succeeded = Signal(int, object)
    failed = Signal(int, str)
    progressed = Signal(int, object)


class _Runnable(QRunnable):
    def __init__(self, runner: JobRunner, job: _Job[Any]) -> None:
        super().__init__()
        self._runner = runner
        self._job = job

    def run(self) -> None:
        job = self._job
        thread = QThread.currentThread()
        before = thread.priority()
        if job.lane.low_priority:
            thread.setPriority(QThread.Priority.LowestPriority)
        try:
            self._runner._report_outcome(job, job.work(job.context))
        except JobCancelledError:
            pass
        except job.expected as error:
            self._runner._report_failure(job, str(error))
        except Exception as error:  # a bug in one job must not take the reader down
            self._runner._report_failure(job, f"{job.failure_text}: {error!r}")
        finally:
            if job.lane.low_priority:  # the pool's threads serve every lane
                thread.setPriority(_settable(before))
            self._runner._start_next(job)


def _settable(priority: QThread.Priority) -> QThread.Priority:
    """A thread started with "inherit" reports that, but cannot be set back to it."""
    if priority == QThread.Priority.InheritPriority:
        return QThread.Priority.NormalPriority
    return priority


class JobRunner(QObject):
    """Runs jobs off the GUI thread, a lane at a time; see the module's docstring."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._lock = threading.Lock()
        self._lanes: dict[Lane, _LaneState] = {}
        self._jobs: dict[int, _Job[Any]] = {}
        self._last_id = 0
        self._closed = False
        self._dispatcher = _Dispatcher(self)
        self._dispatcher.succeeded.connect(self._on_succeeded)
        self._dispatcher.failed.connect(self._on_failed)
        self._dispatcher.progressed.connect(self._on_progressed)

    def submit(
        self,
        lane: Lane,
        work: Work[Result],
        on_success: Success[Result],
        on_failure: Failure | None = None,
        *,
        on_progress: Progress | None = None,
        latest_wins: bool = False,
        failure_text: str = "",
        expected: tuple[type[Exception], ...] = (LedeError,),
    ) -> int:
        """Queue `work` on `lane`; its job id. After shut_down nothing is queued (id 0).

        An `expected` error reaches `on_failure` as its message; any other error, as
        `failure_text` ("the job failed" if none is given) and its repr (a bug in one job
        must not take the reader down)."""
        failure_text = failure_text or tr("JobRunner", "the job failed")
        with self._lock:
            if self._closed:
                return 0
            self._last_id += 1
            context = JobContext(self._last_id, self._dispatcher.progressed.emit)
            job = _Job(
                lane, work, context, on_success, on_failure, on_progress, failure_text, expected
            )
            state = self._lanes.setdefault(lane, _LaneState())
            if latest_wins:
                self._cancel_lane_locked(state)
            self._jobs[job.context.job_id] = job
            state.pending.append(job)
            if state.running is None:
                self._run_locked(state)
            return job.context.job_id

    def cancel(self, job_id: int) -> None:
        """Ask one job to stop (a queued one never starts); it reports nothing more."""
        with self._lock:
            job = self._jobs.pop(job_id, None)
            if job is None:
                return
            job.context.cancel()
            state = self._lanes[job.lane]
            if job in state.pending:
                state.pending.remove(job)

    def request_stop(self, job_id: int) -> None:
        """Ask a running job to stop early; unlike `cancel`, it still reports how it ended."""
        with self._lock:
            job = self._jobs.get(job_id)
        if job is not None:
            job.context.cancel()

    def cancel_lane(self, lane: Lane) -> None:
        """Cancel every job of a lane, queued or running."""
        with self._lock:
            state = self._lanes.get(lane)
            if state is not None:
                self._cancel_lane_locked(state)

    def is_busy(self, lane: Lane | None = None) -> bool:
        """Whether a job (of `lane`, or of any lane) is yet to report."""
        with self._lock:
            return any(job.lane == lane or lane is None for job in self._jobs.values())

    def is_pending(self, job_id: int) -> bool:
        with self._lock:
            return job_id in self._jobs

    def wait_for_idle(self, milliseconds: int = 10_000) -> bool:
        """Block until no job runs (callbacks are still to be delivered by the event loop)."""
        return self._pool.waitForDone(milliseconds)

    def shut_down(self, timeout: float) -> bool:
        """Cancel every job and wait up to `timeout` seconds for running ones to end; from now on
        nothing starts and no callback runs. Whether every job ended in time."""
        with self._lock:
            self._closed = True
            for state in self._lanes.values():
                self._cancel_lane_locked(state)
        return self._pool.waitForDone(max(0, round(timeout * 1000)))

    @property
    def is_shut_down(self) -> bool:
        return self._closed

    # -- inside the lock ------------------------------------------------------------------------

    def _cancel_lane_locked(self, state: _LaneState) -> None:
        for job in (*state.pending, *([state.running] if state.running else [])):
            job.context.cancel()
            self._jobs.pop(job.context.job_id, None)
        state.pending.clear()

    def _run_locked(self, state: _LaneState) -> None:
        state.running = state.pending.popleft() if state.pending else None
        if state.running is not None:
            self._pool.start(_Runnable(self, state.running))

    # -- from pool threads ----------------------------------------------------------------------

    def _start_next(self, finished: _Job[Any]) -> None:
        """Called by a job's own thread as it ends: its lane's next job starts at once."""
        with self._lock:
            state = self._lanes[finished.lane]
            if state.running is finished:
                self._run_locked(state)

    def _report_outcome(self, job: _Job[Any], result: object) -> None:
        self._dispatcher.succeeded.emit(job.context.job_id, result)

    def _report_failure(self, job: _Job[Any], message: str) -> None:
        self._dispatcher.failed.emit(job.context.job_id, message)

    # -- on the GUI thread ----------------------------------------------------------------------

    def _take(self, job_id: int) -> _Job[Any] | None:
        with self._lock:
            if self._closed:
                return None
            return self._jobs.pop(job_id, None)

    @Slot(int, object)
    def _on_succeeded(self, job_id: int, result: object) -> None:
        job = self._take(job_id)
        if job is not None:
            job.on_success(result)

    @Slot(int, str)
    def _on_failed(self, job_id: int, message: str) -> None:
        job = self._take(job_id)
        if job is not None and job.on_failure is not None:
            job.on_failure(message)

    @Slot(int, object)
    def _on_progressed(self, job_id: int, value: object) -> None:
        with self._lock:
            job = None if self._closed else self._jobs.get(job_id)
        if job is not None and job.on_progress is not None:
            job.on_progress(value)
