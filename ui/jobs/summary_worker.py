"""The summary worker: one child process that makes the summaries the window asks for.

Summarizing is Python and NumPy work that holds the GIL; in a thread of the window's process
it would stall painting and scrolling for as long as an article takes, and the summarizer's
libraries (sumy, NLTK, NumPy: about 60 MB) would stay in the window's process for the rest of
the session. So the window's services hand each summary to this process and wait in a pool
thread, with the GIL released. The worker starts with the first summary (or ahead of it, when
the summary pane is open at start), serves every window of the process, and is replaced when
it dies: a killed worker costs the next summary a restart, not an error. Background work (the
list's TL;DR lines) shares it at a lower CPU priority, one call at a time, so a summary the
reader asks for waits for at most one of those calls, and one summarizer is in memory.
"""

from __future__ import annotations

import atexit
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from app.errors import LedeError
from ui.jobs.processes import (
    Cancelled,
    child_process_pool,
    run_at_low_priority,
    stop_processes,
    wait_for,
)

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor

    from app.settings import SummarySettings
    from app.summary import Summary

Result = TypeVar("Result")

_lock = threading.Lock()
_executor: ProcessPoolExecutor | None = None


class SummaryWorkerError(LedeError):
    """The worker died twice in a row on one request (for example, out of memory)."""


def call_in_worker(
    function: Callable[..., Result], *arguments: object, cancelled: Cancelled | None = None
) -> Result:
    """`function(*arguments)` in the worker; blocks, so call it from a pool thread. Once
    `cancelled()` says so it stops waiting (JobCancelledError); the worker finishes the call
    and serves the next one."""
    from concurrent.futures.process import BrokenProcessPool

    for _attempt in range(2):
        executor = _current_executor()
        try:
            return wait_for(executor.submit(function, *arguments), cancelled)
        except BrokenProcessPool:
            _discard(executor)
    from ui.i18n import tr  # only here: nothing else in this module needs Qt

    raise SummaryWorkerError(
        tr("SummaryWorker", "the summarizer stopped unexpectedly on this article")
    )


def call_in_worker_at_low_priority(
    function: Callable[..., Result], *arguments: object, cancelled: Cancelled | None = None
) -> Result:
    """`call_in_worker`, on a worker thread that yields the CPU to everything else."""
    result: Result = call_in_worker(run_at_low_priority, function, *arguments, cancelled=cancelled)
    return result


def summarize_in_worker(
    text: str,
    settings: SummarySettings,
    language: str = "",
    title: str = "",
    cancelled: Cancelled | None = None,
) -> Summary:
    """`app.reader_summary.summarize_article` in the worker."""
    from app.reader_summary import summarize_article

    return call_in_worker(summarize_article, text, settings, language, title, cancelled=cancelled)


def start_worker() -> None:
    """Start the worker ahead of the first summary, loading the summarizer in the background.

    Returns at once: spawning a process takes the calling thread (the window's) tens of
    milliseconds, over 100 ms while an import keeps the other core and the GIL busy."""
    threading.Thread(target=_spawn, name="summary-worker-start", daemon=True).start()


def _spawn() -> None:
    _current_executor().submit(int)  # a pool starts its process with the first task


def shut_down_worker() -> None:
    """Stop the worker (it finishes the summary in hand); the next request starts another."""
    global _executor
    with _lock:
        executor, _executor = _executor, None
    if executor is not None:
        executor.shutdown(wait=True, cancel_futures=True)


def _current_executor() -> ProcessPoolExecutor:
    global _executor
    with _lock:
        if _executor is None:
            _executor = child_process_pool(_load_summarizer)
        return _executor


def _discard(executor: ProcessPoolExecutor) -> None:
    global _executor
    with _lock:
        if _executor is executor:
            _executor = None
    executor.shutdown(wait=False, cancel_futures=True)


def _load_summarizer() -> None:
    """Load the summarizer as the worker starts, on its main thread: NumPy's math library
    starts its threads then, and threads inherit the priority of the thread that starts them,
    so they must not be started by the low-priority thread."""
    from app.summary import lede  # noqa: F401  (imports sumy, NLTK and NumPy)


def end_worker() -> None:
    """The process is ending: nobody waits for the call in hand, so the worker is ended, not
    waited for (a summary of a long article would hold the quit for seconds). Call it before
    the interpreter exits: at exit, concurrent.futures joins its threads first, and they wait
    for the call in hand."""
    global _executor
    with _lock:
        executor, _executor = _executor, None
    if executor is not None:
        stop_processes(executor)


# Stopped while the interpreter is whole: left to interpreter teardown, the executor's
# clean-up runs after the modules it needs are gone and prints an error.
atexit.register(end_worker)
