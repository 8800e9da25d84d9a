"""A highlight as the rest of the program sees it: plain frozen values, no SQL, no Qt."""

from __future__ import annotations

from dataclasses import dataclass

from app.highlights.anchoring import TextAnchor, place

COLOURS = ("yellow", "green", "blue", "pink")
DEFAULT_COLOUR = COLOURS[0]


def checked_colour(colour: str) -> str:
    if colour not in COLOURS:
        raise ValueError(f"not a highlight colour: {colour!r} (one of {', '.join(COLOURS)})")
    return colour


@dataclass(frozen=True)
class Highlight:
    """One stored highlight: its anchor in the article's text, colour, note and dates."""

    id: int
    article_id: int
    anchor: TextAnchor
    colour: str
    note: str
    created: str
    updated: str

    @property
    def quote(self) -> str:
        return self.anchor.exact


@dataclass(frozen=True)
class PlacedHighlight:
    """A highlight with where it stands in the article's text now; `span` None means it
    could not be placed (its quote is no longer in the text)."""

    highlight: Highlight
    span: tuple[int, int] | None


def placed(text: str, highlights: list[Highlight]) -> list[PlacedHighlight]:
    """Each highlight placed in `text`, in the order they stand (unplaced ones last)."""
    found = [PlacedHighlight(item, place(text, item.anchor)) for item in highlights]
    return sorted(
        found, key=lambda item: (item.span is None, item.span or (0, 0), item.highlight.id)
    )


@dataclass(frozen=True)
class LibraryHighlight:
    """A highlight with the article it belongs to, for the library-wide views and exports."""

    highlight: Highlight
    title: str
    author: str
    url: str
    source: str
    tags: tuple[str, ...]
