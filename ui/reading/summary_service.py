"""Summaries on the job runner: the latest request wins, stale results are dropped."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from app.errors import LedeError
from app.settings import SummarySettings
from app.summary import Summary, SummaryError
from ui.i18n import tr
from ui.jobs.latest import LatestRequest
from ui.jobs.runner import JobContext, JobRunner, Lane
from ui.jobs.summary_worker import summarize_in_worker

SUMMARY_LANE = Lane("summary")


@dataclass(frozen=True)
class SummaryRequest:
    """Everything a job needs, as plain values: the worker never touches the library or a widget."""

    article_id: int
    text: str
    settings: SummarySettings
    language: str = ""
    title: str = ""


class SummaryService(QObject):
    """Runs one summary at a time in the summary worker process (a pool thread waits for it)
    and reports only the latest request."""

    summary_ready = Signal(object, object)  # SummaryRequest, Summary
    summary_failed = Signal(object, str)  # SummaryRequest, message

    def __init__(self, runner: JobRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._latest: LatestRequest[SummaryRequest, Summary] = LatestRequest(
            runner,
            SUMMARY_LANE,
            self.summary_ready.emit,
            self.summary_failed.emit,
            failure_text=tr("SummaryService", "the summarizer failed"),
            expected=(SummaryError, LedeError),
        )

    def request(self, request: SummaryRequest) -> int:
        """Queue a summary; any earlier request still waiting or running becomes stale."""

        def work(context: JobContext) -> Summary:
            return summarize_in_worker(
                request.text,
                request.settings,
                request.language,
                request.title,
                cancelled=context.is_cancelled,
            )

        return self._latest.submit(request, work)

    def cancel(self) -> None:
        self._latest.cancel()

    def wait_for_idle(self, milliseconds: int = 5000) -> bool:
        return self._runner.wait_for_idle(milliseconds)
