"""The window's writes to the library, each announcing what it changed.

Every view that shows library state (the list and its filter bar, the feeds dialog, the
reader's actions) subscribes to `changed` and refreshes what concerns it; a writer never
refreshes a view by hand. Writes made by background jobs (imports) are announced with
`announce` once their result reaches the GUI thread. A write the storage refuses (a full
disk, a read-only library) changes nothing and is told through `failed`, one line for the
status bar; the window goes on.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from app.changes import Changes
from app.errors import LibraryWriteError
from app.library import Library


class LibraryOperations(QObject):
    """Small write operations over the window's library connection."""

    changed = Signal(object)  # Changes
    failed = Signal(str)  # a write the storage refused, in one line

    def __init__(self, library: Library, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = library

    def announce(self, changes: Changes) -> None:
        if changes:
            self.changed.emit(changes)

    def _write(self, write: Callable[[], object], changes: Changes) -> bool:
        """Make one write and announce it; False (and `failed` told) if storage refused it."""
        try:
            write()
        except LibraryWriteError as error:
            self.failed.emit(str(error))
            return False
        self.announce(changes)
        return True

    def set_read(self, article_id: int, is_read: bool = True) -> None:
        self._write(
            lambda: self.library.set_read(article_id, is_read), Changes.of_articles(article_id)
        )

    def set_starred(self, article_id: int, starred: bool) -> None:
        self._write(
            lambda: self.library.set_starred(article_id, starred), Changes.of_articles(article_id)
        )

    def set_archived(self, article_id: int, archived: bool) -> None:
        self._write(
            lambda: self.library.set_archived(article_id, archived), Changes.of_articles(article_id)
        )

    def set_position(self, article_id: int, fraction: float) -> None:
        self._write(
            lambda: self.library.set_position(article_id, fraction), Changes.of_articles(article_id)
        )

    def add_tag(self, article_id: int, name: str) -> str:
        """Tag an article; returns the tag's name as stored."""
        added = self.library.add_tag(article_id, name)
        self.announce(Changes.of_articles(article_id))
        return added

    def remove_tag(self, article_id: int, name: str) -> None:
        self._write(
            lambda: self.library.remove_tag(article_id, name), Changes.of_articles(article_id)
        )

    def rename_tag(self, old: str, new: str) -> str:
        """Rename a tag on every article that has it: every such row, and a list filtered to
        the tag, change."""
        renamed = self.library.rename_tag(old, new)
        self.announce(Changes(article_list=True, renamed_tag=(old, renamed)))
        return renamed

    def delete_feed(self, feed_id: int) -> None:
        """Unsubscribe: the feed leaves the choosers, and a list filtered to it changes."""
        self._write(
            lambda: self.library.delete_feed(feed_id), Changes(article_list=True, feeds=True)
        )
