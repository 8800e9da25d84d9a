"""RSS and Atom feeds: subscribing by a feed's or a page's address, and refreshing."""

from __future__ import annotations

import io
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Any
from urllib.parse import urljoin

from app.articles import ArticleDraft
from app.errors import FeedError, LedeError, full_stop
from app.i18n import filled, tr
from app.importing.authors import author_name
from app.importing.fetch import FEED_OR_PAGE, PAGE_TYPES, Fetched, Fetcher
from app.importing.html_extract import decode_html, detect_language, html_fragment_to_markdown
from app.importing.images import download_images
from app.importing.pages import download_article
from app.importing.report import ImportReport, Progress, each_until_cancelled
from app.importing.urls import stored_address
from app.library import Feed, Library, utc_timestamp

MAX_ENTRIES = 200
MAX_ERROR_CHARACTERS = 500  # of a failed refresh's reason, kept with the feed
EXCERPT_WORDS = 150
_PARSER_POSITION = re.compile(r"^<unknown>:(\d+):(\d+):\s*")
_ENTRY_END = re.compile(rb"</(?:item|entry)\s*>", re.IGNORECASE)
_FEED_LINK_TYPES = frozenset({"application/rss+xml", "application/atom+xml", "application/rdf+xml"})


@dataclass(frozen=True)
class FeedEntry:
    """One item of a feed, as plain values."""

    title: str
    url: str
    html: str
    has_full_content: bool
    author: str = ""
    published: str = ""

    @property
    def usable(self) -> bool:
        """Whether there is anything to make an article from (a broken feed yields empties)."""
        return bool(self.url or self.html.strip())


@dataclass(frozen=True)
class ParsedFeed:
    url: str
    title: str
    site_url: str
    language: str
    entries: tuple[FeedEntry, ...]


@dataclass(frozen=True)
class Subscription:
    """The result of subscribing: the feed, whether it was new, and its first articles."""

    feed_id: int
    title: str
    new: bool
    report: ImportReport


def parse_feed(data: bytes, url: str) -> ParsedFeed:
    """Read RSS or Atom bytes; raises FeedError when they are not a feed at all."""
    import feedparser  # only when a feed is actually read

    parsed = feedparser.parse(
        io.BytesIO(first_entries(data)), response_headers={"content-location": url}
    )
    entries = tuple(entry for entry in map(_entry, parsed.entries[:MAX_ENTRIES]) if entry.usable)
    broken = parsed.get("bozo") and not entries
    if broken or not parsed.get("version"):
        problem = parsed.get("bozo_exception")
        if problem:
            unreadable = tr("Feeds", "%1 is not a readable RSS or Atom feed (%2)")
        else:
            unreadable = tr("Feeds", "%1 is not a readable RSS or Atom feed")
        raise FeedError(
            full_stop(filled(unreadable, url, _problem_text(problem) if problem else ""))
        )
    channel = parsed.feed
    return ParsedFeed(
        url=url,
        title=str(channel.get("title", "")).strip() or url,
        site_url=stored_address(str(channel.get("link", ""))),
        language=str(channel.get("language", ""))[:2].lower(),
        entries=entries,
    )


def find_feed_link(page_html: str, page_url: str) -> str:
    """The first RSS or Atom feed a page announces with <link rel="alternate">, or ''."""
    finder = _FeedLinkFinder()
    finder.feed(page_html[:500_000])
    return urljoin(page_url, finder.found) if finder.found else ""


def subscribe(
    library: Library,
    url: str,
    fetcher: Fetcher,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> Subscription:
    """Subscribe to the feed at `url`, or to the one the page at `url` links, and read it."""
    fetched = _fetch_feed(url, fetcher)
    parsed = parse_feed(fetched.data, fetched.url)
    feed_id, new = library.add_feed(parsed.url, parsed.title, parsed.site_url)
    report = add_entries(library, feed_id, parsed, fetcher, progress, cancelled)
    library.update_feed(
        feed_id, refreshed=utc_timestamp(), etag=fetched.etag, modified=fetched.modified
    )
    return Subscription(feed_id, parsed.title, new, report)


def refresh_feeds(
    library: Library,
    fetcher: Fetcher,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> ImportReport:
    """Refresh every feed; a feed that fails is reported and the others go on."""
    report = ImportReport()
    feeds = library.feeds()
    for feed in each_until_cancelled(feeds, report, _feed_name, progress, cancelled):
        try:
            report.merge(refresh_feed(library, feed, fetcher, cancelled=cancelled))
        except LedeError as error:
            reason = str(error)[:MAX_ERROR_CHARACTERS] or tr("Feeds", "The feed could not be read.")
            report.fail(_feed_name(feed), reason)  # a server's own words can run on: cut
            library.update_feed(feed.id, failed=utc_timestamp(), last_error=reason)
    return report


def _feed_name(feed: Feed) -> str:
    return feed.title or feed.url


def refresh_feed(
    library: Library,
    feed: Feed,
    fetcher: Fetcher,
    cancelled: Callable[[], bool] = lambda: False,
) -> ImportReport:
    """Add the feed's new entries; asks the server only for changes since the last refresh."""
    conditional = {"If-None-Match": feed.etag} if feed.etag else {}
    if feed.modified:
        conditional["If-Modified-Since"] = feed.modified
    fetched = fetcher.get(feed.url, FEED_OR_PAGE, headers=conditional)
    if fetched.not_modified:
        library.update_feed(feed.id, refreshed=utc_timestamp(), failed="", last_error="")
        return ImportReport()
    parsed = parse_feed(fetched.data, feed.url)
    report = add_entries(library, feed.id, parsed, fetcher, cancelled=cancelled)
    fields = {
        "refreshed": utc_timestamp(),
        "etag": fetched.etag,
        "modified": fetched.modified,
        "failed": "",
        "last_error": "",
    }
    if not feed.title or feed.title == feed.url:
        fields["title"] = parsed.title
    library.update_feed(feed.id, **fields)
    return report


def add_entries(
    library: Library,
    feed_id: int,
    parsed: ParsedFeed,
    fetcher: Fetcher,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> ImportReport:
    """Store the entries not seen before, oldest first so the newest lists on top."""
    report = ImportReport()
    fresh = [e for e in parsed.entries if not e.url or library.find_duplicate("", e.url) is None]
    oldest_first = fresh[::-1]
    titled = each_until_cancelled(oldest_first, report, lambda e: e.title, progress, cancelled)
    for entry in titled:
        try:
            draft, images = entry_article(entry, parsed, fetcher)
            article_id, added = library.add_or_find_article(draft, images, feed_id=feed_id)
        except LedeError as error:
            report.fail(entry.title or entry.url, str(error))
            continue
        report.add(article_id if added else None, entry.title)
    return report


def entry_article(
    entry: FeedEntry, feed: ParsedFeed, fetcher: Fetcher
) -> tuple[ArticleDraft, dict[str, bytes]]:
    """An entry as a draft with images; an excerpt-only entry is completed from its page."""
    markdown = html_fragment_to_markdown(entry.html) if entry.html else ""
    if entry.url and (not markdown or _is_excerpt(entry, markdown)):
        try:
            page, images = download_article(entry.url, fetcher)
        except LedeError:
            if not markdown:
                raise
        else:
            return _with_entry_details(page, entry, feed), images
    if not markdown:
        raise FeedError(tr("Feeds", "The entry has no text and no link to its page."))
    draft = ArticleDraft(
        title=entry.title or "Untitled",
        markdown=markdown + "\n",
        author=entry.author,
        source=feed.title,
        url=entry.url,
        published=entry.published,
        language=feed.language or detect_language(markdown),
    )
    return draft, download_images(markdown, fetcher)


def _is_excerpt(entry: FeedEntry, markdown: str) -> bool:
    return not entry.has_full_content and len(markdown.split()) < EXCERPT_WORDS


def _with_entry_details(page: ArticleDraft, entry: FeedEntry, feed: ParsedFeed) -> ArticleDraft:
    return ArticleDraft(
        title=entry.title or page.title,
        markdown=page.markdown,
        author=entry.author or page.author,
        source=feed.title or page.source,
        url=entry.url,
        published=entry.published or page.published,
        language=page.language or feed.language,
    )


def _fetch_feed(url: str, fetcher: Fetcher) -> Fetched:
    fetched = fetcher.get(url, FEED_OR_PAGE)
    if fetched.content_type not in PAGE_TYPES and not _looks_like_html(fetched.data):
        return fetched
    page = decode_html(fetched.data, fetched.charset, fetched.url)
    link = find_feed_link(page, fetched.url)
    if not link:
        raise FeedError(
            filled(tr("Feeds", "%1 is a web page that links no RSS or Atom feed."), fetched.url)
        )
    return fetcher.get(link, FEED_OR_PAGE)


def _looks_like_html(data: bytes) -> bool:
    head = data[:1024].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html"))


def _entry(item: Any) -> FeedEntry:
    content = item.get("content") or []
    full = str(content[0].get("value", "")) if content else ""
    summary = str(item.get("summary", ""))
    return FeedEntry(
        title=" ".join(str(item.get("title", "")).split()),
        url=stored_address(str(item.get("link", ""))),  # only http(s) leaves Lede
        html=full or summary,
        has_full_content=bool(full.strip()),
        # not feedparser's author_detail: it reads "news@x.example (Priya Raman)" as a name
        # "ple (Priya Raman"
        author=author_name(str(item.get("author", ""))),
        published=_iso_date(item.get("published_parsed") or item.get("updated_parsed")),
    )


def _iso_date(parsed: time.struct_time | None) -> str:
    """ISO 8601 with a four-digit year (strftime writes the year 1 as '1', which sorts wrong)."""
    if not parsed:
        return ""
    year, month, day, hour, minute, second = parsed[:6]
    return f"{year:04d}-{month:02d}-{day:02d}T{hour:02d}:{minute:02d}:{min(second, 59):02d}Z"


def first_entries(data: bytes, limit: int = MAX_ENTRIES) -> bytes:
    """The feed cut after its `limit`-th entry: feedparser reads a whole document before any
    entry can be dropped (10,000 entries took 3.9 s), and only the first are kept."""
    for count, match in enumerate(_ENTRY_END.finditer(data), 1):
        if count == limit:
            return data[: match.end()]
    return data


def _problem_text(problem: object) -> str:
    """The XML parser's complaint in words: '<unknown>:1:66: x' becomes 'line 1, column 66: x'."""
    text = str(problem).strip()
    first = text.splitlines()[0] if text else type(problem).__name__
    return _PARSER_POSITION.sub(r"line \1, column \2: ", first)


class _FeedLinkFinder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag != "link" or self.found:
            return
        values = {name: (value or "") for name, value in attrs}
        rel = values.get("rel", "").lower().split()
        kind = values.get("type", "").lower().split(";")[0].strip()
        if "alternate" in rel and kind in _FEED_LINK_TYPES and values.get("href"):
            self.found = values["href"].strip()
