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
from app.highlights.anchoring import TextAnchor
from app.highlights.model import Highlight
from app.library import Library


class LibraryOperations(QObject):
    """Small write operations over the window's library connection."""

    changed = Signal(object)  # Changes
    failed = Signal(str)  # a write the disk refused, said in one line for the status bar

    def __init__(self, library: Library, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = library

    def announce(self, changes: Changes) -> None:
        if changes:
            self.changed.emit(changes)

    def write(self, write: Callable[[], object], changes: Changes) -> bool:
        """Make a write and announce it; a write the disk refuses is told through `failed`
        instead (the library is as it was), and the answer is False."""
        try:
            write()
        except LibraryWriteError as error:
            self.failed.emit(str(error))
            return False
        self.announce(changes)
        return True

    def set_read(self, article_id: int, is_read: bool = True) -> bool:
        return self.write(
            lambda: self.library.set_read(article_id, is_read), Changes.of_articles(article_id)
        )

    def set_starred(self, article_id: int, starred: bool) -> bool:
        return self.write(
            lambda: self.library.set_starred(article_id, starred), Changes.of_articles(article_id)
        )

    def set_archived(self, article_id: int, archived: bool) -> bool:
        return self.write(
            lambda: self.library.set_archived(article_id, archived),
            Changes.of_articles(article_id),
        )

    def set_position(self, article_id: int, fraction: float) -> bool:
        return self.write(
            lambda: self.library.set_position(article_id, fraction),
            Changes.of_articles(article_id),
        )

    def add_tag(self, article_id: int, name: str) -> str:
        """Tag an article; returns the tag's name as stored."""
        added = self.library.add_tag(article_id, name)
        self.announce(Changes.of_articles(article_id))
        return added

    def remove_tag(self, article_id: int, name: str) -> None:
        self.library.remove_tag(article_id, name)
        self.announce(Changes.of_articles(article_id))

    def rename_tag(self, old: str, new: str) -> str:
        """Rename a tag on every article that has it: every such row, and a list filtered to
        the tag, change."""
        renamed = self.library.rename_tag(old, new)
        self.announce(Changes(article_list=True, renamed_tag=(old, renamed)))
        return renamed

    def delete_feed(self, feed_id: int) -> bool:
        """Unsubscribe: the feed leaves the choosers, and a list filtered to it changes."""
        return self.write(
            lambda: self.library.delete_feed(feed_id), Changes(article_list=True, feeds=True)
        )

    # -- the reader's highlights and notes: each changes its article's row ---------------------

    def add_highlight(self, article_id: int, anchor: TextAnchor, colour: str) -> int | None:
        """The new highlight's id; None if the article is gone or the disk refused it."""
        added: list[int | None] = []
        self.write(
            lambda: added.append(self.library.add_highlight(article_id, anchor, colour)),
            Changes.of_articles(article_id),
        )
        return added[0] if added else None

    def update_highlight(
        self, highlight: Highlight, colour: str | None = None, note: str | None = None
    ) -> bool:
        return self.write(
            lambda: self.library.update_highlight(highlight.id, colour, note),
            Changes.of_articles(highlight.article_id),
        )

    def remove_highlight(self, highlight: Highlight) -> Highlight | None:
        """Remove a highlight; returns it as it was, for undo (None if nothing was removed)."""
        removed: list[Highlight | None] = []
        self.write(
            lambda: removed.append(self.library.delete_highlight(highlight.id)),
            Changes.of_articles(highlight.article_id),
        )
        return removed[0] if removed else None

    def restore_highlight(self, highlight: Highlight) -> bool:
        restored: list[bool] = []
        self.write(
            lambda: restored.append(self.library.restore_highlight(highlight)),
            Changes.of_articles(highlight.article_id),
        )
        return bool(restored and restored[0])

    def set_article_note(self, article_id: int, note: str) -> bool:
        return self.write(
            lambda: self.library.set_article_note(article_id, note),
            Changes.of_articles(article_id),
        )
