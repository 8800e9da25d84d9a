"""Which articles the list shows and in what order, as a plain value (its SQL is in
app/store/list_sql.py)."""

from __future__ import annotations

from dataclasses import dataclass

from app.fts import fts_query

FILTERS = ("all", "unread", "starred", "archived", "highlighted")
SORT_KEYS = ("relevance", "added", "published", "title", "reading_time")


@dataclass(frozen=True)
class ListQuery:
    """A filter, a sort and a search over the library. Relevance without a search is newest."""

    filter: str = "all"
    source: str = ""
    feed_id: int | None = None
    language: str = ""
    tag: str = ""
    sort: str = "added"
    descending: bool = True
    search: str = ""

    def __post_init__(self) -> None:
        if self.filter not in FILTERS:
            raise ValueError(f"unknown filter {self.filter!r}; expected one of {FILTERS}")
        if self.sort not in SORT_KEYS:
            raise ValueError(f"unknown sort {self.sort!r}; expected one of {SORT_KEYS}")

    @property
    def match(self) -> str:
        """The FTS5 query for the search text, '' when it holds nothing to search for."""
        return fts_query(self.search)

    @property
    def ranked(self) -> bool:
        return self.sort == "relevance" and bool(self.match)
