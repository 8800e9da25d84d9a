"""Plumbing shared by the services that work off the GUI thread.

`LatestJobs` is the bookkeeping of "the latest request wins": each request gets a new job id,
and a result is passed on only while its id is still the newest. `run_in_child` runs one call
in a fresh child process, which has a GIL of its own, so long pure-Python or C work there does
not stall the window the way it would in a thread. `run_at_low_priority` runs inside such a
child, for background work that should yield the CPU to everything the reader is doing.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Generic, TypeVar

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

PARENT_CHECK_SECONDS = 0.5
LOW_PRIORITY_NICENESS = 10
Request = TypeVar("Request")
Result = TypeVar("Result")


class LatestJobs(Generic[Request]):
    """Job ids and the request of the newest job; thread-safe, so a worker may ask `is_latest`."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._latest = 0
        self._pending: dict[int, Request] = {}

    def start(self, request: Request) -> int:
        """A new job id for this request; every earlier job becomes stale."""
        with self._lock:
            self._latest += 1
            self._pending = {self._latest: request}
            return self._latest

    def cancel(self) -> None:
        """Make every job stale, including the latest."""
        with self._lock:
            self._latest += 1
            self._pending.clear()

    def is_latest(self, job_id: int) -> bool:
        with self._lock:
            return job_id == self._latest

    def is_pending(self) -> bool:
        """Whether the latest job has yet to report."""
        with self._lock:
            return bool(self._pending)

    def finish(self, job_id: int) -> Request | None:
        """The job's request if its result should be passed on, else None (a stale job)."""
        with self._lock:
            return self._pending.pop(job_id, None)


def child_process_pool(
    initializer: Callable[[], object] | None = None,
) -> ProcessPoolExecutor:
    """One worker process, spawned: forking a process that runs Qt threads is unsafe."""
    # Imported here: multiprocessing costs a start 20 ms, and most sessions never need it.
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    context = multiprocessing.get_context("spawn")
    return ProcessPoolExecutor(
        1, mp_context=context, initializer=_start_child, initargs=(initializer,)
    )


def _start_child(initializer: Callable[[], object] | None) -> None:
    """In the child: leave when the window's process is gone, then run `initializer`.

    A pool's child holds both ends of its job queue, so it never sees the window's process
    end; killed or crashed, the window would leave it waiting forever.
    """
    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_CHECK_SECONDS)
        os._exit(0)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()
    if initializer is not None:
        initializer()


def run_in_child(
    function: Callable[..., Result],
    *arguments: object,
    initializer: Callable[[], object] | None = None,
) -> Result:
    """Call `function(*arguments)` in a new child process and wait for its result."""
    with child_process_pool(initializer) as executor:
        return executor.submit(function, *arguments).result()


_low_priority_thread: ThreadPoolExecutor | None = None


def run_at_low_priority(function: Callable[..., Result], *arguments: object) -> Result:
    """In a worker process: `function(*arguments)` on a thread with a lower CPU priority.

    Only that thread is lowered: a process cannot raise its priority again, and the same
    worker makes the summaries the reader is waiting for.
    """
    global _low_priority_thread
    if _low_priority_thread is None:
        from concurrent.futures import ThreadPoolExecutor

        _low_priority_thread = ThreadPoolExecutor(1, initializer=_lower_thread_priority)
    return _low_priority_thread.submit(function, *arguments).result()


def _lower_thread_priority() -> None:
    # Linux gives each thread its own nice value; elsewhere a thread id is not a process id,
    # and the call could lower some other process, so the thread keeps its priority there.
    if not sys.platform.startswith("linux"):
        return
    try:
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), LOW_PRIORITY_NICENESS)
    except OSError:
        return
