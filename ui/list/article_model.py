"""The article list as a lazy model: it holds the ids a ListQuery matched and reads rows a page
at a time, so 100,000 articles cost an id list, not 100,000 objects."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QStringListModel, Qt

from app.document import reading_minutes
from app.library import ArticleRow, Library
from app.queries import ListQuery
from ui.i18n import local_date, minutes_read, tr

# Rows are read 50 at a time, a screenful and more: at 100,000 articles a page of 50 takes
# SQLite 0.35 ms, one of 200 takes 2.5-2.8 ms (every new list, search and filter paints its
# first page on the window's thread). 80 pages keep the same 4,000 rows as before.
PAGE_SIZE = 50
SNIPPET_PAGE_SIZE = 15  # snippets cost a read of the article text each: fetch what is on screen
CACHED_PAGES = 80
TLDR_SETTING = "view/tldr"  # window.ini: the TL;DR line under titles is on
SCANNED_LOOKUPS = 4

ArticleIdRole = Qt.ItemDataRole.UserRole + 1
RowRole = Qt.ItemDataRole.UserRole + 2
SnippetRole = Qt.ItemDataRole.UserRole + 3
TldrRole = Qt.ItemDataRole.UserRole + 4
ExtraLinesRole = Qt.ItemDataRole.UserRole + 5  # ("snippet", "tldr") lines under the title
# Snippet and TL;DR roles answer '' rather than None: PySide6 6.12 drops a reference to None
# each time QModelIndex.data() hands Python an empty value, and Python aborts after a few
# thousand (the delegate reads these for every painted row).

_Index = QModelIndex | QPersistentModelIndex


class _PageCache:
    """Values for a window of positions, loaded a page at a time, least recently used dropped."""

    def __init__(self, size: int, load: Any) -> None:
        self.size = size
        self._load = load
        self._pages: OrderedDict[int, dict[int, Any]] = OrderedDict()

    def page(self, position: int) -> dict[int, Any]:
        number = position // self.size
        page = self._pages.get(number)
        if page is None:
            page = self._load(number * self.size, self.size)
            self._pages[number] = page
            while len(self._pages) > CACHED_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        return page

    def loaded_pages(self) -> list[int]:
        return list(self._pages)

    def clear(self) -> None:
        self._pages.clear()


class ArticleListModel(QStringListModel):
    """One row per article id the query matched, in the query's order.

    Qt keeps the row count: QListView asks for it twice for every row it lays out, and a
    count answered in Python cost 3 us a call, 0.6 s for a list of 100,000. The base class's
    list holds an empty string a row; everything a row shows comes from `data()`.
    """

    def __init__(
        self, library: Library, query: ListQuery | None = None, *, first_rows: int | None = None
    ) -> None:
        """With `first_rows`, only that many ids are read (fast, for a first paint) and the
        model is partial until the owner sets the whole result with `set_query`."""
        super().__init__()
        self._library = library
        self._query = query or ListQuery()
        self._ids: list[int] = []
        self._positions: dict[int, int] | None = None
        self._lookups = 0
        self._rows = _PageCache(PAGE_SIZE, self._load_rows)
        self._snippets = _PageCache(SNIPPET_PAGE_SIZE, self._load_snippets)
        self._tldrs = _PageCache(PAGE_SIZE, self._load_tldrs)
        self._tags = _PageCache(PAGE_SIZE, self._load_tags)
        self._show_tldr = False
        self._partial = False
        self._next: tuple[ListQuery, list[int]] | None = None
        if first_rows is None:
            self.reload()
        else:
            self._replace(self._query, library.query_ids(self._query, limit=first_rows))
            self._partial = len(self._ids) == first_rows

    @property
    def is_partial(self) -> bool:
        """Whether only the first rows of the query's result are listed yet."""
        return self._partial

    @property
    def query(self) -> ListQuery:
        return self._query

    @property
    def show_tldr(self) -> bool:
        return self._show_tldr

    def set_show_tldr(self, shown: bool) -> None:
        """Give every row a TL;DR line (the rows get taller) or take it away."""
        if shown == self._show_tldr:
            return
        self.layoutAboutToBeChanged.emit()
        self._show_tldr = shown
        self.layoutChanged.emit()

    def extra_lines(self) -> tuple[str, ...]:
        """The lines every row shows under its title and details."""
        lines = ("snippet",) if self._query.match else ()
        return (*lines, "tldr") if self._show_tldr else lines

    def reload(self) -> None:
        """Run the current query again (after imports, deletions or state changes)."""
        self.set_query(self._query)

    def set_query(self, query: ListQuery, ids: Sequence[int] | None = None) -> None:
        """Show another list; `ids` are the query's result when it already ran elsewhere."""
        self._replace(query, list(ids) if ids is not None else self._library.query_ids(query))

    def _replace(self, query: ListQuery, ids: list[int]) -> None:
        """Reset the model to these rows (Qt's list of empty rows costs about 1 ms a 10,000)."""
        self._next = (query, ids)
        self.setStringList([""] * len(ids))  # the reset calls resetInternalData in its middle

    def resetInternalData(self) -> None:
        """Take the new list while Qt resets the model: after the old rows are let go, before
        the views ask about the new ones."""
        super().resetInternalData()
        if self._next is None:
            return
        (self._query, self._ids), self._next = self._next, None
        self._partial = False
        self._positions = None
        self._lookups = 0
        self._rows.clear()
        self._snippets.clear()
        self._tldrs.clear()
        self._tags.clear()

    def flags(self, index: _Index) -> Qt.ItemFlag:
        """Selectable rows, as a read-only list's: the base class would make them editable."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        return False  # rows change with the library, not through the view

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        position = index.row()
        article_id = self._ids[position]
        if role == ArticleIdRole:
            return article_id
        if role == ExtraLinesRole:
            return self.extra_lines()
        if role == SnippetRole:
            return self.snippet(position)
        if role == TldrRole:
            return self.tldr(position)
        row = self._rows.page(position).get(article_id)
        return None if row is None else _row_data(row, role)

    def article_row(self, position: int) -> ArticleRow | None:
        if not 0 <= position < len(self._ids):
            return None
        row: ArticleRow | None = self._rows.page(position).get(self._ids[position])
        return row

    def snippet(self, position: int) -> str:
        """The matching passage of a search result ('' outside a search)."""
        if not self._query.match or not 0 <= position < len(self._ids):
            return ""
        return str(self._snippets.page(position).get(self._ids[position], ""))

    def tldr(self, position: int) -> str:
        """The row's TL;DR line, '' until it has been computed."""
        if not 0 <= position < len(self._ids):
            return ""
        return str(self._tldrs.page(position).get(self._ids[position], ""))

    def tags(self, position: int) -> tuple[str, ...]:
        """The row's tags, sorted; () for none."""
        if not 0 <= position < len(self._ids):
            return ()
        tags: tuple[str, ...] = self._tags.page(position).get(self._ids[position], ())
        return tags

    def article_id(self, position: int) -> int | None:
        return self._ids[position] if 0 <= position < len(self._ids) else None

    def article_ids(self) -> list[int]:
        """The listed ids in order (a copy)."""
        return list(self._ids)

    def position_of(self, article_id: int) -> int | None:
        """Where an article is listed. The first few lookups after a new list scan it (about
        5 ms at 100,000 ids); building the dict costs 35 ms, worth it only for many lookups
        (TL;DR lines arriving, rows marked read)."""
        if self._positions is None:
            self._lookups += 1
            if self._lookups <= SCANNED_LOOKUPS:
                try:
                    return self._ids.index(article_id)
                except ValueError:
                    return None
            self._positions = dict(zip(self._ids, range(len(self._ids)), strict=True))
        return self._positions.get(article_id)

    def refresh_article(self, article_id: int) -> None:
        """Re-read one article's row after it changed (read state, title). A row that is not
        loaded needs nothing: it is read afresh when it comes into view. The rest of its page
        stays: opening an unread article would otherwise read its whole page again."""
        position = self._loaded_position(self._rows, article_id)
        if position is None:
            return
        page = self._rows.page(position)
        row = self._library.rows([article_id]).get(article_id)
        if row is None:
            page.pop(article_id, None)
        else:
            page[article_id] = row
        if self._loaded_position(self._tags, article_id) is not None:
            tags = self._tags.page(position)
            tags.pop(article_id, None)
            tags.update(self._library.tags_of([article_id]))
        index = self.index(position)
        self.dataChanged.emit(index, index)

    def set_tldr(self, article_id: int, line: str) -> None:
        """Show a TL;DR line that was just computed (it is already in the library's cache).

        Only rows whose lines are loaded change: the others read theirs when they come into
        view. Lines arrive for thousands of unread articles; finding each one's place in the
        whole list would take a 100,000-entry dict, 35 ms and 8 MB at 100,000 articles.
        """
        position = self._loaded_position(self._tldrs, article_id)
        if position is None:
            return
        self._tldrs.page(position)[article_id] = line
        index = self.index(position)
        self.dataChanged.emit(index, index, [TldrRole])

    def has_tldr(self, position: int) -> bool:
        article_id = self.article_id(position)
        return article_id is not None and article_id in self._tldrs.page(position)

    def _loaded_position(self, cache: _PageCache, article_id: int) -> int | None:
        """Where an article is listed, if its page of `cache` is loaded (at most CACHED_PAGES
        scans of one page of ids)."""
        for number in cache.loaded_pages():
            start = number * cache.size
            page_ids = self._ids[start : start + cache.size]
            if article_id in page_ids:
                return start + page_ids.index(article_id)
        return None

    def _load_rows(self, start: int, size: int) -> dict[int, ArticleRow]:
        return self._library.rows(self._ids[start : start + size])

    def _load_snippets(self, start: int, size: int) -> dict[int, str]:
        return self._library.snippets(self._query, self._ids[start : start + size])

    def _load_tldrs(self, start: int, size: int) -> dict[int, str]:
        return self._library.summaries.lines(self._ids[start : start + size])

    def _load_tags(self, start: int, size: int) -> dict[int, tuple[str, ...]]:
        return self._library.tags_of(self._ids[start : start + size])


def _row_data(row: ArticleRow, role: int) -> Any:
    if role == Qt.ItemDataRole.DisplayRole:
        return row.title
    if role == Qt.ItemDataRole.ToolTipRole:
        return f"{row.title}\n{describe_row(row)}"
    if role == Qt.ItemDataRole.AccessibleTextRole:
        state = tr("ArticleList", "read") if row.is_read else tr("ArticleList", "unread")
        return f"{row.title}, {describe_row(row)}, {state}"
    if role == RowRole:
        return row
    return None


def describe_row(row: ArticleRow, tags: Sequence[str] = ()) -> str:
    """The list's second line: archived or not, source, date, reading time and tags."""
    parts = [
        tr("ArticleList", "Archived") if row.archived else "",
        row.source,
        local_date(row.published or row.added),
        minutes_read(reading_minutes(row.word_count)),
        ", ".join(tags),
    ]
    return " · ".join(part for part in parts if part)
