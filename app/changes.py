"""What a write changed, as a plain value: the window's views refresh what concerns them.

In the spirit of Anki's OpChanges: an operation returns (and the window announces) a
`Changes`, and each view decides for itself whether to redraw a row, run its query again, or
reload its choices. Nobody refreshes another view by hand.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Changes:
    """`articles`: rows whose state changed (read, starred, archived, tags, reading position).
    `article_list`: articles were added or removed, so which articles a list shows may differ.
    `feeds`: feeds were added, removed or refreshed (names and unread counts).
    `renamed_tag`: (old, new) when a tag was renamed across the library, so a list filtered
    to the old name follows it to the new one."""

    articles: frozenset[int] = field(default_factory=frozenset)
    article_list: bool = False
    feeds: bool = False
    renamed_tag: tuple[str, str] | None = None

    @classmethod
    def of_articles(cls, *article_ids: int) -> Changes:
        return cls(articles=frozenset(article_ids))

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.articles | other.articles,
            self.article_list or other.article_list,
            self.feeds or other.feeds,
            other.renamed_tag or self.renamed_tag,
        )

    def __bool__(self) -> bool:
        return bool(self.articles) or self.article_list or self.feeds
