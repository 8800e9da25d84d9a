"""A lane where the latest request wins: the pattern of the summary, render and query services.

Each request is a plain value; its job's result (or failure message) is handed back together
with the request it answers, and only for the newest request: an older one is cancelled as
the new one is submitted.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from app.errors import LedeError
from ui.jobs.runner import JobRunner, Lane, Work

Request = TypeVar("Request")
Result = TypeVar("Result")


class LatestRequest(Generic[Request, Result]):
    """Submits requests to one lane of a runner; reports `(request, result)` to `on_ready` and
    `(request, message)` to `on_failed`, for the latest request only."""

    def __init__(
        self,
        runner: JobRunner,
        lane: Lane,
        on_ready: Callable[[Request, Result], None],
        on_failed: Callable[[Request, str], None],
        *,
        failure_text: str,
        expected: tuple[type[Exception], ...] = (LedeError,),
    ) -> None:
        self.runner, self.lane = runner, lane
        self._on_ready, self._on_failed = on_ready, on_failed
        self._failure_text, self._expected = failure_text, expected
        self._job = 0

    def submit(self, request: Request, work: Work[Result]) -> int:
        """Run `work` for `request`; every earlier request of the lane becomes stale."""
        self._job = self.runner.submit(
            self.lane,
            work,
            lambda result: self._on_ready(request, result),
            lambda message: self._on_failed(request, message),
            latest_wins=True,
            failure_text=self._failure_text,
            expected=self._expected,
        )
        return self._job

    def cancel(self) -> None:
        self.runner.cancel_lane(self.lane)

    def is_pending(self) -> bool:
        """Whether the latest request is yet to report."""
        return self.runner.is_pending(self._job)
