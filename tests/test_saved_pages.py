"""Downloading the pages of saved addresses: a few at a time, one per host, resumable, and every
failure kept as a bookmark with its reason."""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.articles import ArticleDraft
from app.cli import build_parser, run_command
from app.errors import FetchError
from app.importing.fetch import Fetcher
from app.importing.saved_pages import (
    ALREADY_SAVED,
    HostTurns,
    download_queued,
)
from app.importing.services.saving import bookmark_markdown
from app.library import Library
from app.store.fetch_queue import QueuedPage
from app.store.saved_items import SavedItem, SavedState
from tests.http_fixtures import LocalSite, site  # noqa: F401 (the fixture)

PAGE = """<html><head><title>{title}</title></head><body><article><h1>{title}</h1>
<p>{title} is a page that was saved elsewhere and is downloaded now, long enough to be an
article that Lede keeps: it has a few sentences, and each of them says something.</p>
<p>The second paragraph says more about {title}, so that the page reads as an article.</p>
</article></body></html>"""


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    with Library(tmp_path / "library.sqlite3") as opened:
        yield opened


def queue_bookmarks(library: Library, urls: list[str], tags: tuple[str, ...] = ()) -> list[int]:
    items = [
        SavedItem(
            ArticleDraft(url, bookmark_markdown(url, url), url=url),
            SavedState(tags=tags, starred=True),
            queue_url=url,
        )
        for url in urls
    ]
    ids = library.add_saved_items(items)
    assert None not in ids
    return [article_id for article_id in ids if article_id is not None]


def test_hosts_take_turns_and_never_have_two_pages_out() -> None:
    pages = [QueuedPage(i, f"https://{host}/{i}") for i, host in enumerate("aaaab")]
    turns = HostTurns(pages)
    first, second = turns.next(), turns.next()
    assert first is not None and second is not None
    assert {first.url.split("/")[2], second.url.split("/")[2]} == {"a", "b"}
    assert turns.next() is None  # both hosts are busy
    turns.returned(first)
    third = turns.next()
    assert third is not None and third.url.split("/")[2] == "a"


def test_pages_replace_their_bookmarks_and_failures_keep_them(
    library: Library,
    site: LocalSite,  # noqa: F811
) -> None:
    good = site.add("/good", PAGE.format(title="Night trains"))
    gone = site.url("/gone")  # no route: the server answers 404
    ids = queue_bookmarks(library, [good, gone], tags=("later",))
    report = download_queued(library, Fetcher)
    assert report.filled == [ids[0]]
    filled = library.article(ids[0])
    assert filled is not None and "second paragraph" in filled.markdown
    assert filled.row.starred and library.article_tags(ids[0]) == ["later"]
    [(page, reason)] = report.failed
    assert page.article_id == ids[1] and "404" in reason
    kept = library.article(ids[1])
    assert kept is not None and kept.url == gone  # still a bookmark, with its title
    assert [(p.article_id, p.reason, p.title) for p in library.failed_pages()] == [
        (ids[1], reason, gone)
    ]
    assert library.waiting_pages() == []


def test_a_page_already_in_the_library_leaves_the_bookmark(
    library: Library,
    site: LocalSite,  # noqa: F811
) -> None:
    first = site.add("/a", PAGE.format(title="Same"))
    second = site.add("/b", PAGE.format(title="Same"))
    ids = queue_bookmarks(library, [first, second])
    report = download_queued(library, Fetcher)
    assert report.filled == [ids[0]]
    assert [(p.article_id, r) for p, r in report.failed] == [(ids[1], ALREADY_SAVED)]


class FakeWeb:
    """A download that takes a moment and records how many pages each host has out at once."""

    def __init__(self, seconds: float = 0.05) -> None:
        self.seconds = seconds
        self.out: Counter[str] = Counter()
        self.most_per_host = 0
        self.most_at_once = 0
        self.asked: list[str] = []
        self._lock = threading.Lock()

    def __call__(self, url: str, _fetcher: Fetcher) -> tuple[ArticleDraft, dict[str, bytes]]:
        host = url.split("/")[2]
        with self._lock:
            self.asked.append(url)
            self.out[host] += 1
            self.most_per_host = max(self.most_per_host, self.out[host])
            self.most_at_once = max(self.most_at_once, sum(self.out.values()))
        time.sleep(self.seconds)
        with self._lock:
            self.out[host] -= 1
        if url.endswith("/broken"):
            raise FetchError(f"{url} answered 500 Internal Server Error.")
        return ArticleDraft(url, f"# {url}\n\nThe text of {url}.\n", url=url), {}


def test_at_most_four_at_once_and_one_per_host(library: Library) -> None:
    urls = [f"https://host{i % 6}.example/{i}" for i in range(60)]
    queue_bookmarks(library, urls)
    web = FakeWeb()
    report = download_queued(library, Fetcher, download=web)
    assert len(report.filled) == 60 and not report.failed
    assert web.most_per_host == 1
    assert web.most_at_once == 4
    assert library.waiting_pages() == []


def test_stopping_keeps_the_rest_queued_and_a_new_run_resumes(library: Library) -> None:
    urls = [f"https://host{i % 3}.example/{i}" for i in range(30)]
    queue_bookmarks(library, urls)
    web = FakeWeb()
    progress: list[int] = []

    def stop_after_five() -> bool:
        return len(progress) >= 5

    first = download_queued(
        library,
        Fetcher,
        lambda p: progress.append(p.done),
        stop_after_five,
        download=web,
    )
    assert first.cancelled and len(first.filled) == 5
    assert len(library.waiting_pages()) == 25
    second = download_queued(library, Fetcher, download=web)
    assert not second.cancelled and len(first.filled) + len(second.filled) == 30
    assert library.waiting_pages() == []


def test_an_unexpected_error_fails_one_page_only(library: Library) -> None:
    urls = ["https://a.example/1", "https://a.example/broken", "https://b.example/2"]
    ids = queue_bookmarks(library, urls)

    def download(url: str, fetcher: Fetcher) -> tuple[ArticleDraft, dict[str, bytes]]:
        if url.endswith("broken"):
            raise RuntimeError("a parser fell over")
        return FakeWeb(0)(url, fetcher)

    report = download_queued(library, Fetcher, download=download)
    assert sorted(report.filled) == [ids[0], ids[2]]
    [(page, reason)] = report.failed
    assert page.article_id == ids[1] and "unexpected error" in reason


def test_the_command_line_imports_then_downloads_and_lists_failures(
    tmp_path: Path,
    site: LocalSite,  # noqa: F811
    capsys: pytest.CaptureFixture[str],
) -> None:
    good = site.add("/kept", PAGE.format(title="Lighthouses"))
    gone = site.url("/moved-away")
    export = tmp_path / "pocket.csv"
    export.write_text(
        f"title,url,time_added,tags,status\nLighthouses,{good},1700000000,sea,unread\n"
        f"Gone,{gone},1700000001,,archive\n",
        encoding="utf-8",
    )
    where = ["--library", str(tmp_path / "lib.sqlite3")]
    assert run_command(build_parser().parse_args([*where, "import", str(export)])) == 0
    assert "2 saved addresses still to download" in capsys.readouterr().out
    assert run_command(build_parser().parse_args([*where, "fetch-saved"])) == 1
    captured = capsys.readouterr()
    assert captured.out.strip() == "1 saved page downloaded, 1 could not be (kept as bookmarks)"
    assert captured.err.strip() == f"lede: {gone} answered 404 Not Found."
    assert run_command(build_parser().parse_args([*where, "fetch-saved"])) == 0
    assert "1 failed before: --retry" in capsys.readouterr().out
    site.add("/moved-away", PAGE.format(title="Back again"))
    assert run_command(build_parser().parse_args([*where, "fetch-saved", "--retry"])) == 0
    assert capsys.readouterr().out.strip() == "1 saved page downloaded"
