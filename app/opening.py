"""Files given to Lede to open (the command line, the desktop's "Open with"): each is imported
the way File > Import does it, and the reader is shown the first, whether it was new or already
in the library."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from app.errors import LedeError
from app.importing import files
from app.importing.report import ImportReport, Progress
from app.library import Library
from app.store.article_writes import content_hash


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
    return Opened(report, _stored_copy(library, paths) if report.duplicates else None)


def _stored_copy(library: Library, paths: Sequence[Path]) -> int | None:
    """The article a file already in the library became, found the way the import found it."""
    for path in paths:
        if not path.is_file():
            continue
        try:
            draft = files.read_draft(path)
        except (LedeError, OSError):
            continue
        found = library.find_duplicate(content_hash(draft.markdown), draft.url)
        if found is not None:
            return found
    return None
