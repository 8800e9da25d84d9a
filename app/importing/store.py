"""Adding one imported article: one transaction, and a duplicate is a result, not an error."""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping

from app.articles import ArticleDraft
from app.library import Library, content_hash


def store_article(
    library: Library,
    draft: ArticleDraft,
    images: Mapping[str, bytes] | None = None,
    feed_id: int | None = None,
) -> tuple[int, bool]:
    """Add the draft; returns (id, True) when new, or (id of the stored copy, False)."""
    try:
        added = library.add_article(draft, images, feed_id=feed_id)
    except sqlite3.IntegrityError:
        # another connection stored the same text or URL between the check and the insert
        added = None
    if added is not None:
        return added, True
    existing = library.find_duplicate(content_hash(draft.markdown), draft.url)
    return existing or 0, False
