"""Child processes for work that would hold the GIL against the window.

`run_in_child` runs one call in a fresh child process, which has a GIL of its own, so long
pure-Python or C work there does not stall the window the way it would in a thread.
`wait_for` waits for a child's result but gives up as soon as the job is cancelled, so a
closing window never waits for work nobody wants. `run_at_low_priority` runs inside a child,
for background work that should yield the CPU to everything the reader is doing.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor

PARENT_CHECK_SECONDS = 0.5
LOW_PRIORITY_NICENESS = 10  # added to the worker's own niceness, up to the system's 19
POLL_SECONDS = 0.02
Result = TypeVar("Result")
Cancelled = Callable[[], bool]


class JobCancelledError(Exception):
    """Raised inside a job that was cancelled (for example while it waited for a child's
    result); the job runner ends the job without a report."""


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


def wait_for(future: Future[Result], cancelled: Cancelled | None = None) -> Result:
    """The future's result; raises JobCancelledError as soon as `cancelled()` says so."""
    if cancelled is None:
        return future.result()
    while True:
        try:
            return future.result(timeout=POLL_SECONDS)
        except TimeoutError:
            if cancelled():
                future.cancel()
                raise JobCancelledError from None


def run_in_child(
    function: Callable[..., Result], *arguments: object, cancelled: Cancelled | None = None
) -> Result:
    """Call `function(*arguments)` in a new child process and wait for its result; a cancelled
    call stops the child instead of waiting for it."""
    executor = child_process_pool()
    try:
        result = wait_for(executor.submit(function, *arguments), cancelled)
    except JobCancelledError:
        stop_processes(executor)
        raise
    executor.shutdown(wait=True)
    return result


def stop_processes(executor: ProcessPoolExecutor) -> None:
    """End a pool's children now, without waiting for the call in hand (its result is not
    wanted). The pool keeps its processes in `_processes`; no public API ends them before 3.14."""
    processes = list((getattr(executor, "_processes", None) or {}).values())
    # Queued calls are not cancelled here: the pool's manager thread fails them as it sees the
    # processes end (cancelling them too makes it raise InvalidStateError as it does).
    executor.shutdown(wait=False)
    for process in processes:
        process.terminate()


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
    thread = threading.get_native_id()
    try:  # lower than the worker itself, even when Lede was started under `nice`
        lowered = min(os.getpriority(os.PRIO_PROCESS, thread) + LOW_PRIORITY_NICENESS, 19)
        os.setpriority(os.PRIO_PROCESS, thread, lowered)
    except OSError:
        return
