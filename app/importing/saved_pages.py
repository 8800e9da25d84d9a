"""Downloading the pages of saved addresses: a few at a time, never two from one host at once.

An export's items that came as addresses only are bookmarks with a row in the page queue
(`app/store/fetch_queue.py`). This takes the waiting rows, downloads each page on one of a few
worker threads, and stores each page on the caller's thread as soon as it arrives, so what is
done stays done if the process stops: a later run picks up the rows still waiting. A failure
keeps the bookmark, with its reason, for the reader to see and try again.

Workers are daemon threads: stopping (or quitting) never waits for a slow server, and a page
still downloading then simply stays in the queue.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from app.articles import ArticleDraft
from app.errors import LedeError
from app.i18n import filled, marked, tr
from app.importing.fetch import Fetcher
from app.importing.pages import download_article
from app.library import Library
from app.store.fetch_queue import QueuedPage

WORKERS = 4
POLL_SECONDS = 0.1  # how often a wait for the next page checks whether to stop
ALREADY_SAVED = marked("SavedPages", "The same page is already in the library.")

log = logging.getLogger(__name__)

Page = tuple[ArticleDraft, dict[str, bytes]]
Download = Callable[[str, Fetcher], Page]


@dataclass(frozen=True)
class DownloadProgress:
    """Reported after each page: how far the run is, and the bookmarks that got their page."""

    done: int
    total: int
    label: str
    filled: tuple[int, ...] = ()


@dataclass
class DownloadReport:
    filled: list[int] = field(default_factory=list)
    failed: list[tuple[QueuedPage, str]] = field(default_factory=list)
    cancelled: bool = False

    def summary(self) -> str:
        filled, failed = len(self.filled), len(self.failed)
        if filled == 1:
            text = tr("SavedPages", "%Ln saved page downloaded", None, filled)
        else:
            text = tr("SavedPages", "%Ln saved pages downloaded", None, filled)
        if failed:
            text += tr("SavedPages", ", %Ln could not be (kept as bookmarks)", None, failed)
        if self.cancelled:
            text += tr("SavedPages", "; stopped, the rest stay queued")
        return text


class HostTurns:
    """Hands out pages so that no two from the same host are out at once, taking hosts in
    turn, so one site with thousands of saved pages does not hold up all the others."""

    def __init__(self, pages: Iterable[QueuedPage]) -> None:
        self._waiting: dict[str, deque[QueuedPage]] = {}
        for page in pages:
            self._waiting.setdefault(host_of(page.url), deque()).append(page)
        self._ready = deque(self._waiting)

    def next(self) -> QueuedPage | None:
        """A page whose host has nothing out, or None when every such host is busy or done."""
        if not self._ready:
            return None
        host = self._ready.popleft()
        return self._waiting[host].popleft()

    def returned(self, page: QueuedPage) -> None:
        """The page is back (downloaded or failed): its host may have the next one."""
        host = host_of(page.url)
        if self._waiting[host]:
            self._ready.append(host)


def host_of(url: str) -> str:
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""


def download_queued(
    library: Library,
    open_fetcher: Callable[[], Fetcher],
    progress: Callable[[DownloadProgress], None] = lambda _: None,
    cancelled: Callable[[], bool] = lambda: False,
    download: Download = download_article,
    workers: int = WORKERS,
) -> DownloadReport:
    """Download every waiting page (pages queued meanwhile too) into `library`."""
    report = DownloadReport()
    tried: set[int] = set()
    with _Workers(open_fetcher, download, workers) as pool:
        while not report.cancelled:
            pages = [page for page in library.waiting_pages() if page.article_id not in tried]
            if not pages:
                break
            tried.update(page.article_id for page in pages)
            _download_round(library, pages, pool, report, progress, cancelled)
    return report


def _download_round(
    library: Library,
    pages: list[QueuedPage],
    pool: _Workers,
    report: DownloadReport,
    progress: Callable[[DownloadProgress], None],
    cancelled: Callable[[], bool],
) -> None:
    turns = HostTurns(pages)
    out = 0
    for done in range(len(pages)):
        while out < pool.size and (page := turns.next()) is not None:
            pool.start(page)
            out += 1
        answer = pool.next_answer(cancelled)
        if answer is None:
            report.cancelled = True
            return
        page, result = answer
        out -= 1
        turns.returned(page)
        filled = _store(library, page, result, report)
        progress(DownloadProgress(done + 1, len(pages), page.url, filled))


def _store(
    library: Library, page: QueuedPage, result: Page | str, report: DownloadReport
) -> tuple[int, ...]:
    """Keep the page, or its bookmark with the reason; returns the article ids that changed."""
    if isinstance(result, str):
        reason = result
    elif library.fill_bookmark(page.article_id, *result):
        report.filled.append(page.article_id)
        return (page.article_id,)
    else:
        reason = tr("SavedPages", ALREADY_SAVED)
    library.mark_page_failed(page.article_id, reason)
    report.failed.append((page, reason))
    return (page.article_id,)


Answer = tuple[QueuedPage, Page | str]


class _Workers:
    """A few daemon threads, each with its own network client, downloading pages they are
    handed; each answer is the page, or the one-line reason it could not be had."""

    def __init__(self, open_fetcher: Callable[[], Fetcher], download: Download, size: int):
        self.size = size
        self._download = download
        self._open_fetcher = open_fetcher
        self._work: queue.SimpleQueue[QueuedPage | None] = queue.SimpleQueue()
        self._answers: queue.SimpleQueue[Answer] = queue.SimpleQueue()
        self._threads: list[threading.Thread] = []

    def __enter__(self) -> _Workers:
        return self

    def __exit__(self, *_: object) -> None:
        for _thread in self._threads:
            self._work.put(None)  # each idle worker closes its client and ends

    def start(self, page: QueuedPage) -> None:
        if len(self._threads) < self.size:
            thread = threading.Thread(target=self._run, name="saved-pages", daemon=True)
            self._threads.append(thread)
            thread.start()
        self._work.put(page)

    def next_answer(self, cancelled: Callable[[], bool]) -> Answer | None:
        """The next page back, or None as soon as `cancelled` says to stop."""
        while not cancelled():
            try:
                return self._answers.get(timeout=POLL_SECONDS)
            except queue.Empty:
                continue
        return None

    def _run(self) -> None:
        with _client(self._open_fetcher) as fetcher:
            while (page := self._work.get()) is not None:
                self._answers.put((page, self._fetch(page, fetcher)))

    def _fetch(self, page: QueuedPage, fetcher: Fetcher) -> Page | str:
        try:
            return self._download(page.url, fetcher)
        except LedeError as error:
            return str(error)
        except Exception:  # one page a parser cannot take must not stop the queue
            log.exception("downloading %s", page.url)
            unexpected = tr(
                "SavedPages", "%1 could not be read (an unexpected error; see the log)."
            )
            return filled(unexpected, page.url)


@contextmanager
def _client(open_fetcher: Callable[[], Fetcher]) -> Iterator[Fetcher]:
    fetcher = open_fetcher()
    try:
        yield fetcher
    finally:
        fetcher.close()
