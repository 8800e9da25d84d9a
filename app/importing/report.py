"""What a bulk import did: how many articles were added, skipped as duplicates, or failed."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from app.i18n import filled, tr

Progress = Callable[[int, int, str], None]
"""Called before each item with (items done, items in all, the item's name)."""

Item = TypeVar("Item")


class ImportCancelledError(Exception):
    """The reader stopped an import in the middle of one item (a long PDF, a large export);
    what was stored before it stays."""


@dataclass(frozen=True)
class Failure:
    """One item that could not be imported and the one-line reason why."""

    name: str
    reason: str


@dataclass
class ImportReport:
    """Filled in as an import runs; `added_ids` lets the window select what is new."""

    added_ids: list[int] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    duplicate_ids: list[int] = field(default_factory=list)  # the stored copies, where known
    failures: list[Failure] = field(default_factory=list)
    cancelled: bool = False

    @property
    def added(self) -> int:
        return len(self.added_ids)

    def add(self, article_id: int | None, name: str, stored_copy: int | None = None) -> None:
        """Record the result of Library.add_article: an id, or None for a duplicate (whose
        stored copy's id, when the caller knows it, lets the window show it)."""
        if article_id is None:
            self.duplicates.append(name)
            if stored_copy is not None:
                self.duplicate_ids.append(stored_copy)
        else:
            self.added_ids.append(article_id)

    def fail(self, name: str, reason: str) -> None:
        self.failures.append(Failure(name, reason))

    def merge(self, other: ImportReport) -> None:
        self.added_ids.extend(other.added_ids)
        self.duplicates.extend(other.duplicates)
        self.duplicate_ids.extend(other.duplicate_ids)
        self.failures.extend(other.failures)
        self.cancelled = self.cancelled or other.cancelled

    def summary(self) -> str:
        """One line for people, e.g. '3 added, 1 skipped as a duplicate, 2 failed'."""
        added, duplicates, failed = self.added, len(self.duplicates), len(self.failures)
        parts = [tr("Import", "%Ln added", None, added)]
        if duplicates == 1:
            parts.append(tr("Import", "%Ln skipped as a duplicate", None, duplicates))
        elif duplicates:
            parts.append(tr("Import", "%Ln skipped as duplicates", None, duplicates))
        if failed:
            parts.append(tr("Import", "%Ln failed", None, failed))
        line = ", ".join(parts)
        return filled(tr("Import", "%1 (cancelled)"), line) if self.cancelled else line

    def failure_lines(self) -> list[str]:
        return [f"{failure.name}: {failure.reason}" for failure in self.failures]


def each_until_cancelled(
    items: Sequence[Item],
    report: ImportReport,
    name: Callable[[Item], str],
    progress: Progress | None,
    cancelled: Callable[[], bool],
) -> Iterator[Item]:
    """The items in order, telling progress about each; stops and marks the report cancelled
    as soon as `cancelled` says so."""
    for done, item in enumerate(items):
        if cancelled():
            report.cancelled = True
            return
        if progress is not None:
            progress(done, len(items), name(item))
        yield item
