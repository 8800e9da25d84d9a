"""The reader's library: articles, their images and cached summaries in one SQLite file.

`Library` is the facade over app/store/, where every SQL statement is: it holds the one
connection that writes, and each write is one transaction, so a crash loses at most that write.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path

from app.articles import ArticleDraft
from app.fts import snippet
from app.highlights.anchoring import TextAnchor
from app.highlights.model import Highlight, LibraryHighlight
from app.queries import ListQuery
from app.store import (
    article_writes,
    feeds,
    fetch_queue,
    highlights,
    list_sql,
    page_map,
    rows,
    saved_items,
    tags,
)
from app.store.article_writes import content_hash
from app.store.connection import connect, move_aside, transaction, utc_timestamp
from app.store.feeds import Feed
from app.store.fetch_queue import QueuedPage
from app.store.rows import Article, ArticleRow
from app.store.saved_items import SavedItem
from app.store.summary_cache import SummaryCache, cached_payload, cached_payloads, store_payload
from app.store.tags import MAX_TAG_LENGTH, tag_name

__all__ = [
    "MAX_TAG_LENGTH",
    "Article",
    "ArticleRow",
    "Feed",
    "Library",
    "QueuedPage",
    "SavedItem",
    "content_hash",
    "move_aside",
    "tag_name",
    "utc_timestamp",
]


class Library:
    """An open library file. Each write is one transaction; a crash loses at most that write."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self._connection, self.created = connect(self.path)
        self.summaries = SummaryCache(self._connection)

    def close(self) -> None:
        self._connection.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        with transaction(self._connection) as db:
            yield db

    # -- articles -----------------------------------------------------------------------------

    def add_article(
        self,
        draft: ArticleDraft,
        assets: Mapping[str, bytes] | None = None,
        feed_id: int | None = None,
    ) -> int | None:
        """Store a draft with its images; returns the new id, or None when it is already stored."""
        return article_writes.insert_article(self._connection, draft, assets, feed_id)

    def add_or_find_article(
        self,
        draft: ArticleDraft,
        assets: Mapping[str, bytes] | None = None,
        feed_id: int | None = None,
    ) -> tuple[int, bool]:
        """Add the draft; returns (id, True) when new, or (id of the stored copy, False)."""
        return article_writes.add_or_find(self._connection, draft, assets, feed_id)

    def find_duplicate(self, digest: str, url: str = "") -> int | None:
        return article_writes.find_duplicate(self._connection, digest, url)

    def delete_article(self, article_id: int) -> None:
        article_writes.delete_article(self._connection, article_id)

    def count(self) -> int:
        return list_sql.article_count(self._connection)

    def article_ids(self) -> list[int]:
        """Every article id, newest first; cheap even for 100,000 articles."""
        return list_sql.all_ids(self._connection)

    def rows(self, ids: Sequence[int]) -> dict[int, ArticleRow]:
        """The list rows of some ids, from the covering index (see app/store/rows.py)."""
        return rows.read_rows(self._connection, ids) if ids else {}

    def article(self, article_id: int) -> Article | None:
        return rows.read_article(self._connection, article_id)

    def asset(self, article_id: int, key: str) -> bytes | None:
        return rows.read_asset(self._connection, article_id, key)

    def add_saved_items(self, items: Sequence[SavedItem]) -> list[int | None]:
        """Store another service's items in one transaction: each new id, or None for one
        already in the library. Items that are only an address join the page queue."""
        return saved_items.insert_saved_items(self._connection, items)

    # -- the queue of pages to download -------------------------------------------------------

    def waiting_pages(self) -> list[QueuedPage]:
        return fetch_queue.waiting_pages(self._connection)

    def waiting_page_count(self) -> int:
        return fetch_queue.waiting_count(self._connection)

    def has_failed_pages(self) -> bool:
        return fetch_queue.has_failed(self._connection)

    def failed_pages(self) -> list[QueuedPage]:
        """The queued pages whose download failed, each with its reason."""
        return fetch_queue.failed_pages(self._connection)

    def mark_page_failed(self, article_id: int, reason: str) -> None:
        fetch_queue.mark_failed(self._connection, article_id, reason)

    def retry_failed_pages(self) -> int:
        return fetch_queue.retry_failed(self._connection)

    def fill_bookmark(
        self, article_id: int, page: ArticleDraft, assets: Mapping[str, bytes]
    ) -> bool:
        """Give a queued bookmark its page; False when another article has the same text."""
        return fetch_queue.fill_bookmark(self._connection, article_id, page, assets)

    def set_page_starts(self, article_id: int, starts: Sequence[int]) -> None:
        """Remember where each page of a document starts in the article's plain text."""
        page_map.store_page_starts(self._connection, article_id, starts)

    def page_starts(self, article_id: int) -> list[int]:
        """Where each page starts in the article's text, page 1 first; [] if it has no pages."""
        return page_map.read_page_starts(self._connection, article_id)

    # -- lists, filters and search ------------------------------------------------------------

    def query_ids(self, query: ListQuery, limit: int | None = None) -> list[int]:
        """The ids a list query matches, in its order (the first `limit` of them, if given)."""
        return list_sql.fetch_ids(self._connection, query, limit)

    def count_matching(self, query: ListQuery) -> int:
        return list_sql.count_matching(self._connection, query)

    def snippets(self, query: ListQuery, ids: Sequence[int]) -> dict[int, str]:
        """A matching passage of each article (search only), from its text or else its title,
        marked with SNIPPET_START/END where the opened article's search highlights would be.
        Found in Python: FTS5's snippet() tokenizes each whole article again, about 1.2 ms an
        article at 100,000 articles, 18 ms for a screenful of 15 results."""
        if not query.match or not ids:
            return {}
        search = query.search
        return {
            article_id: snippet(body, search) or snippet(title, search)
            for article_id, title, body in rows.texts_for_search(self._connection, ids)
        }

    def sources(self) -> list[str]:
        return list_sql.sources(self._connection)

    def languages(self) -> list[str]:
        return list_sql.languages(self._connection)

    # -- reading state and tags ---------------------------------------------------------------

    def set_read(self, article_id: int, is_read: bool = True) -> None:
        article_writes.set_flag(self._connection, article_id, "is_read", is_read)

    def set_starred(self, article_id: int, starred: bool = True) -> None:
        article_writes.set_flag(self._connection, article_id, "starred", starred)

    def set_archived(self, article_id: int, archived: bool = True) -> None:
        article_writes.set_flag(self._connection, article_id, "archived", archived)

    def set_position(self, article_id: int, fraction: float) -> None:
        """Remember how far the article has been read, as a fraction of its length."""
        article_writes.set_position(self._connection, article_id, fraction)

    def reading_positions(self) -> dict[int, float]:
        """The articles read part-way or more, by id; unopened ones are absent."""
        return list_sql.reading_positions(self._connection)

    def article_tags(self, article_id: int) -> list[str]:
        return tags.article_tags(self._connection, article_id)

    def tags_of(self, ids: Sequence[int]) -> dict[int, tuple[str, ...]]:
        """The tags of some articles; untagged ones are left out."""
        return tags.tags_of(self._connection, ids) if ids else {}

    def tag_names(self) -> list[str]:
        return tags.tag_names(self._connection)

    def add_tag(self, article_id: int, name: str) -> str:
        """Tag an article, creating the tag if needed; returns the tag's name as stored."""
        return tags.add_tag(self._connection, article_id, name)

    def remove_tag(self, article_id: int, name: str) -> None:
        """Untag an article; a tag no article carries any more disappears."""
        tags.remove_tag(self._connection, article_id, name)

    def rename_tag(self, old: str, new: str) -> str:
        """Rename a tag everywhere; renaming onto an existing tag merges the two."""
        return tags.rename_tag(self._connection, old, new)

    # -- cached summaries and TL;DR lines by key (summaries by settings: self.summaries) ------

    def cached_summary(self, article_id: int, settings_key: str) -> str | None:
        return cached_payload(self._connection, article_id, settings_key)

    def cached_summaries(self, ids: Sequence[int], settings_key: str) -> dict[int, str]:
        """The cached payloads of some articles under one settings key."""
        return cached_payloads(self._connection, ids, settings_key)

    def store_summary(self, article_id: int, settings_key: str, payload: str) -> None:
        store_payload(self._connection, article_id, settings_key, payload)

    # -- feeds --------------------------------------------------------------------------------

    def add_feed(self, url: str, title: str = "", site_url: str = "") -> tuple[int, bool]:
        """Subscribe to a feed; returns its id and whether it is new (a known URL is kept)."""
        return feeds.add_feed(self._connection, url, title, site_url)

    def feeds(self) -> list[Feed]:
        return feeds.read_feeds(self._connection)

    def feed(self, feed_id: int) -> Feed | None:
        return feeds.read_feed(self._connection, feed_id)

    def update_feed(self, feed_id: int, **fields: str) -> None:
        """Change a feed's title, site_url, refreshed, etag, modified, failed or last_error."""
        feeds.update_feed(self._connection, feed_id, fields)

    def delete_feed(self, feed_id: int) -> None:
        """Unsubscribe; the feed's articles stay in the library."""
        feeds.delete_feed(self._connection, feed_id)

    def feed_unread_counts(self) -> dict[int, int]:
        """Unread articles per feed id (feeds with none are absent)."""
        return feeds.feed_unread_counts(self._connection)

    # -- the reader's highlights and notes ----------------------------------------------------

    def add_highlight(
        self, article_id: int, anchor: TextAnchor, colour: str, note: str = ""
    ) -> int | None:
        """Store a highlight; its id, or None when the article is not in the library."""
        return highlights.add_highlight(self._connection, article_id, anchor, colour, note)

    def highlight(self, highlight_id: int) -> Highlight | None:
        return highlights.read_highlight(self._connection, highlight_id)

    def highlights(self, article_id: int) -> list[Highlight]:
        """An article's highlights in the order they were placed when made."""
        return highlights.article_highlights(self._connection, article_id)

    def update_highlight(
        self, highlight_id: int, colour: str | None = None, note: str | None = None
    ) -> None:
        highlights.update_highlight(self._connection, highlight_id, colour, note)

    def delete_highlight(self, highlight_id: int) -> Highlight | None:
        """Remove a highlight; returns it as it was, so it can be put back."""
        return highlights.delete_highlight(self._connection, highlight_id)

    def restore_highlight(self, highlight: Highlight) -> bool:
        return highlights.restore_highlight(self._connection, highlight)

    def article_note(self, article_id: int) -> str:
        return highlights.article_note(self._connection, article_id)

    def set_article_note(self, article_id: int, note: str) -> None:
        highlights.set_article_note(self._connection, article_id, note)

    def library_highlights(
        self, colour: str | None = None, tag: str | None = None
    ) -> list[LibraryHighlight]:
        """Every highlight, newest first, with its article; optionally one colour or tag."""
        return highlights.library_highlights(self._connection, colour, tag)

    def highlighted_ids(self) -> set[int]:
        """The articles that have at least one highlight."""
        return highlights.highlighted_article_ids(self._connection)

    def article_notes(self) -> dict[int, str]:
        """Every note on a whole article, by article id."""
        return highlights.article_notes(self._connection)
