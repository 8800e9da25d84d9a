"""Digest summaries on the job runner: one run at a time, a newer run makes older ones stale.

A job walks the articles in order over its own read-only connection and reports what it finds
as progress (the entries, cached sentences, each new summary); the runner drops the reports of
a run that is no longer the latest.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from app.digest import (
    DigestEntry,
    cached_batches,
    gather_entries,
    read_sources,
    summarize_for_digest,
)
from app.errors import LedeError
from app.settings import SummarySettings
from app.summary import Summary, SummaryError
from ui.i18n import filled, tr
from ui.jobs.runner import JobContext, JobRunner, Lane
from ui.jobs.summary_worker import call_in_worker

DIGEST_LANE = Lane("digest")


@dataclass(frozen=True)
class _Gathered:
    entries: list[DigestEntry]


@dataclass(frozen=True)
class _Cached:
    sentences: dict[int, tuple[str, ...]]


@dataclass(frozen=True)
class _Summarized:
    """One article's digest sentences, or (with no summary) why it has none."""

    article_id: int
    summary: Summary | None
    sentences: tuple[str, ...] = ()
    failure: str = ""


_Report = _Gathered | _Cached | _Summarized
_DigestWork = Callable[[JobContext], None]


class _DigestRun:
    """The work of one run, in the pool: gather (optionally), then summarize in order."""

    def __init__(self, path: Path, ids: Sequence[int] | None, settings: SummarySettings):
        self._path, self._settings = path, settings
        self._ids = None if ids is None else list(ids)

    def gather_and_summarize(self, context: JobContext) -> None:
        """Entries first, then a page at a time: what the cache holds, then what it lacks."""
        entries = gather_entries(self._path, self._ids)
        context.progress(_Gathered(entries))
        ids = [entry.article_id for entry in entries]
        for cached, missing in cached_batches(self._path, ids, self._settings):
            context.check()
            if cached:
                context.progress(_Cached(cached))
            self._summarize_all(missing, context)

    def summarize_given(self, context: JobContext) -> None:
        self._summarize_all(self._ids or [], context)

    def _summarize_all(self, ids: Sequence[int], context: JobContext) -> None:
        for source in read_sources(self._path, ids):
            context.check()
            try:
                summary, sentences = call_in_worker(
                    summarize_for_digest,
                    source.text,
                    self._settings,
                    source.language,
                    source.title,
                    cancelled=context.is_cancelled,
                )
            except (SummaryError, LedeError) as error:
                context.progress(_Summarized(source.article_id, None, failure=str(error)))
                continue
            context.progress(_Summarized(source.article_id, summary, sentences))


class DigestService(QObject):
    """Runs one digest at a time; a newer run makes older results stale."""

    entries_gathered = Signal(object)  # list of DigestEntry, newest first
    cached_found = Signal(object)  # {article id: sentences} from the summary cache
    sentences_ready = Signal(int, object, object)  # article id, Summary, sentences
    sentences_failed = Signal(int, str)  # article id, message

    def __init__(self, runner: JobRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner

    def gather(
        self, library_path: Path, ids: Sequence[int] | None, settings: SummarySettings
    ) -> int:
        """Start a digest: its entries (the unread articles when `ids` is None), then, page by
        page, their cached summaries and the ones still to make."""
        return self._submit(_DigestRun(library_path, ids, settings).gather_and_summarize)

    def request(self, library_path: Path, ids: Sequence[int], settings: SummarySettings) -> int:
        """Summarize these articles in this order (the digest's entries are already known)."""
        self.cancel()
        if not ids:
            return 0
        return self._submit(_DigestRun(library_path, ids, settings).summarize_given)

    def _submit(self, work: _DigestWork) -> int:
        return self._runner.submit(
            DIGEST_LANE,
            work,
            lambda _none: None,
            lambda message: self.sentences_failed.emit(
                0, filled(tr("DigestService", "the digest stopped: %1"), message)
            ),
            on_progress=self._on_report,
            latest_wins=True,
            expected=(Exception,),  # an unreadable library must not take the window down
        )

    def cancel(self) -> None:
        self._runner.cancel_lane(DIGEST_LANE)

    def wait_for_idle(self, milliseconds: int = 10_000) -> bool:
        return self._runner.wait_for_idle(milliseconds)

    def _on_report(self, report: _Report) -> None:
        if isinstance(report, _Gathered):
            self.entries_gathered.emit(report.entries)
        elif isinstance(report, _Cached):
            self.cached_found.emit(report.sentences)
        elif report.summary is None:
            self.sentences_failed.emit(report.article_id, report.failure)
        else:
            self.sentences_ready.emit(report.article_id, report.summary, report.sentences)
