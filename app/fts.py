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
_SPACED_WORD = re.compile(r"\S+")
OR = "OR"
SEARCH_CSS_CLASS = "search"
SNIPPET_START = "\x02"  # matched words in a snippet stand between these two characters
SNIPPET_END = "\x03"
SNIPPET_WORDS = 14
_MARKERS = (SNIPPET_START, SNIPPET_END)
_NO_MARKERS = str.maketrans("", "", SNIPPET_START + SNIPPET_END)
_WORDS_BEFORE = 3  # a snippet starts a few words before the match it is built around
_NEARBY = 100  # characters after a match in which other terms count towards choosing it
_CONSIDERED = 50  # matches considered as a snippet's place


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
    return _ranges_in(fold(text), search) if text else []


def _ranges_in(folded: str, search: str) -> list[tuple[int, int]]:
    """`term_ranges` of a text already folded."""
    terms = [item for item in parse_search(search) if isinstance(item, SearchTerm)]
    if not terms or not folded:
        return []
    pattern = re.compile("|".join(_term_pattern(term) for term in terms))
    return [match.span() for match in pattern.finditer(folded) if match.end() > match.start()]


def search_anchor(number: int) -> str:
    """The anchor name at the start of a text's match number `number` (from 0)."""
    return f"search-{number}"


def search_highlights(text: str, search: str) -> list[Highlight]:
    """Highlights (css class "search") on every place the search's terms occur in a text."""
    return [
        Highlight(start, end, search_anchor(number), SEARCH_CSS_CLASS)
        for number, (start, end) in enumerate(term_ranges(text, search))
    ]


def snippet(text: str, search: str, words: int = SNIPPET_WORDS) -> str:
    """About `words` words of a text around the place where most of the search's terms occur
    together, matches marked with SNIPPET_START/END and cuts shown with "…"; '' when no term
    occurs. The terms are found as the article's search highlights find them; marker
    characters in the text itself are left out, so they cannot mark anything."""
    folded = fold(text)
    ranges = _ranges_in(folded, search)
    if not ranges:
        return ""
    start, end = _window(text, _best_match(folded, ranges), words)
    parts = ["…" if start > 0 else ""]
    position = start
    for match_start, match_end in ranges:
        if match_end <= start or match_start >= end:
            continue
        match_start, match_end = max(match_start, start), min(match_end, end)
        parts += [text[position:match_start], SNIPPET_START, text[match_start:match_end]]
        parts.append(SNIPPET_END)
        position = match_end
    parts.append(text[position:end])
    marked = "".join(part if part in _MARKERS else part.translate(_NO_MARKERS) for part in parts)
    return marked + ("…" if end < len(text) else "")


def _best_match(folded: str, ranges: list[tuple[int, int]]) -> int:
    """Where the match with the most different terms close after it starts, then the most
    matches (the first such), in the folded text."""
    matched = [folded[start:end] for start, end in ranges]
    best, best_score = ranges[0][0], (0, 0)
    for number, (start, _end) in enumerate(ranges[:_CONSIDERED]):
        nearby: list[str] = []
        for other in range(number, len(ranges)):
            if ranges[other][0] >= start + _NEARBY:
                break
            nearby.append(matched[other])
        score = (len(set(nearby)), len(nearby))
        if score > best_score:
            best, best_score = start, score
    return best


def _window(text: str, anchor: int, words: int) -> tuple[int, int]:
    """The span of `words` whole words of a text, starting a few words before `anchor`."""
    low = max(0, anchor - 30 * _WORDS_BEFORE)
    spans = [match.span() for match in _SPACED_WORD.finditer(text, low, anchor + 30 * words)]
    if low > 0 and spans and spans[0][0] == low and not text[low - 1].isspace():
        spans = spans[1:]  # the first word was cut by the search window
    at = next((n for n, (_s, end) in enumerate(spans) if end > anchor), len(spans) - 1)
    chosen = spans[max(0, at - _WORDS_BEFORE) :][:words]
    return chosen[0][0], chosen[-1][1]


def fold(text: str) -> str:
    """Lower case without diacritics, one character for one, so offsets stay valid."""
    if text.isascii():
        return text.lower()
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
