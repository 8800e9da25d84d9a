"""Files given to Lede to open (the command line, the desktop's "Open with"): each is imported
the way File > Import does it, and the reader is shown the first, whether it was new or already
in the library."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from app.importing import files
from app.importing.report import ImportReport, Progress
from app.library import Library


@dataclass(frozen=True)
class Opened:
    """What opening files did: the import's report, and the article to show (None when no file
    could be read)."""

    report: ImportReport
    show: int | None


def open_paths(
    library: Library,
    paths: Sequence[Path],
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> Opened:
    report = files.import_paths(library, paths, progress, cancelled)
    if report.added_ids:
        return Opened(report, report.added_ids[0])
    return Opened(report, report.duplicate_ids[0] if report.duplicate_ids else None)
