"""The article list as a lazy model: it holds ids and reads rows a page at a time."""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from app.document import reading_minutes
from app.library import ArticleRow, Library

PAGE_SIZE = 200
CACHED_PAGES = 20

ArticleIdRole = Qt.ItemDataRole.UserRole + 1
RowRole = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex


class ArticleListModel(QAbstractListModel):
    """One row per article id, in the library's list order."""

    def __init__(self, library: Library) -> None:
        super().__init__()
        self._library = library
        self._ids: list[int] = []
        self._pages: OrderedDict[int, dict[int, ArticleRow]] = OrderedDict()
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._ids = self._library.article_ids()
        self._pages.clear()
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == ArticleIdRole:
            return self._ids[index.row()]
        row = self.article_row(index.row())
        if row is None:
            return None
        return _row_data(row, role)

    def article_row(self, position: int) -> ArticleRow | None:
        page_number = position // PAGE_SIZE
        page = self._pages.get(page_number)
        if page is None:
            page = self._load_page(page_number)
        else:
            self._pages.move_to_end(page_number)
        return page.get(self._ids[position])

    def article_id(self, position: int) -> int | None:
        return self._ids[position] if 0 <= position < len(self._ids) else None

    def position_of(self, article_id: int) -> int | None:
        try:
            return self._ids.index(article_id)
        except ValueError:
            return None

    def refresh_article(self, article_id: int) -> None:
        """Re-read one article's row after it changed (read state, title)."""
        position = self.position_of(article_id)
        if position is None:
            return
        self._pages.pop(position // PAGE_SIZE, None)
        index = self.index(position)
        self.dataChanged.emit(index, index)

    def _load_page(self, page_number: int) -> dict[int, ArticleRow]:
        start = page_number * PAGE_SIZE
        page = self._library.rows(self._ids[start : start + PAGE_SIZE])
        self._pages[page_number] = page
        while len(self._pages) > CACHED_PAGES:
            self._pages.popitem(last=False)
        return page


def _row_data(row: ArticleRow, role: int) -> Any:
    if role == Qt.ItemDataRole.DisplayRole:
        return row.title
    if role == Qt.ItemDataRole.ToolTipRole:
        return f"{row.title}\n{describe_row(row)}"
    if role == Qt.ItemDataRole.AccessibleTextRole:
        state = "read" if row.is_read else "unread"
        return f"{row.title}, {describe_row(row)}, {state}"
    if role == RowRole:
        return row
    return None


def describe_row(row: ArticleRow) -> str:
    """The list's second line: source, date and reading time."""
    parts = [
        row.source,
        row.published[:10] or row.added[:10],
        f"{reading_minutes(row.word_count)} min read",
    ]
    return " · ".join(part for part in parts if part)
