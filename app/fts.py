"""What the reader types in the search field, as a safe FTS5 query and as ranges in a text.

The reader types words, "quoted phrases" and an upper-case OR between alternatives; nothing
else is syntax. Every term is quoted for FTS5, so stray quotes, brackets, colons, stars, NEAR,
AND or NOT are plain text and can never make the query fail. While the reader is still typing
the last word (no space after it) that word matches as a prefix.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from app.document import Highlight

_TOKEN = re.compile(r'"([^"]*)"?|(\S+)')
_WORD = re.compile(r"\w+")
OR = "OR"
SEARCH_CSS_CLASS = "search"


@dataclass(frozen=True)
class SearchTerm:
    """A word or phrase to match, as the words the FTS5 tokenizer would see in it."""

    words: tuple[str, ...]
    prefix: bool = False


def parse_search(text: str) -> list[SearchTerm | str]:
    """The terms of a search, with OR between alternatives; empty when nothing is searchable."""
    items: list[SearchTerm | str] = []
    matches = list(_TOKEN.finditer(text))
    typing_last = bool(text) and not text[-1].isspace() and not text.endswith('"')
    for position, match in enumerate(matches):
        phrase, bare = match.group(1), match.group(2)
        if bare == OR:
            items.append(OR)
            continue
        words = tuple(fold(word) for word in _WORD.findall(phrase if phrase is not None else bare))
        if words:
            last = position == len(matches) - 1
            items.append(SearchTerm(words, prefix=last and typing_last and phrase is None))
    return _tidy_operators(items)


def fts_query(text: str) -> str:
    """A query for FTS5 MATCH that finds what the reader typed; '' when there is nothing to find."""
    parts: list[str] = []
    for item in parse_search(text):
        if isinstance(item, str):
            parts.append(item)
        else:
            quoted = '"' + " ".join(item.words) + '"'
            parts.append(quoted + "*" if item.prefix else quoted)
    return " ".join(parts)


def term_ranges(text: str, search: str) -> list[tuple[int, int]]:
    """Where the search's terms occur in a text, as sorted, non-overlapping (start, end) ranges."""
    terms = [item for item in parse_search(search) if isinstance(item, SearchTerm)]
    if not terms or not text:
        return []
    folded = fold(text)
    pattern = re.compile("|".join(_term_pattern(term) for term in terms))
    return [match.span() for match in pattern.finditer(folded) if match.end() > match.start()]


def search_highlights(text: str, search: str) -> list[Highlight]:
    """Highlights (css class "search") on every place the search's terms occur in a text."""
    return [
        Highlight(start, end, f"search-{number}", SEARCH_CSS_CLASS)
        for number, (start, end) in enumerate(term_ranges(text, search))
    ]


def fold(text: str) -> str:
    """Lower case without diacritics, one character for one, so offsets stay valid."""
    return "".join(_fold_character(character) for character in text)


@cache
def _fold_character(character: str) -> str:
    if character.isascii():
        return character.lower()
    base = unicodedata.normalize("NFD", character)[0].casefold()
    return base[0] if len(base) == 1 and base.isalnum() else character.lower()[:1] or character


def _term_pattern(term: SearchTerm) -> str:
    body = r"\W+".join(re.escape(word) for word in term.words)
    ending = r"\w*" if term.prefix else r"(?!\w)"
    return rf"(?<!\w){body}{ending}"


def _tidy_operators(items: list[SearchTerm | str]) -> list[SearchTerm | str]:
    """Drop an OR that has no term on one side of it."""
    tidy: list[SearchTerm | str] = []
    for item in items:
        if item == OR and (not tidy or tidy[-1] == OR):
            continue
        tidy.append(item)
    while tidy and tidy[-1] == OR:
        tidy.pop()
    return tidy
