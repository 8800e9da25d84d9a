"""Bounds on Markdown structure, so hostile input renders as plain text instead of hanging.

python-markdown recurses once per level of list or quote nesting and re-scans a paragraph once per
inline marker it finds: 1,000 nested list levels or 10,000 `*` in a row exceed Python's recursion
limit, and 10,000 `[` in one paragraph take about a minute. Real articles stay far below the bounds
here; a source beyond any of them is shown as plain escaped paragraphs, which costs linear time.
"""

from __future__ import annotations

import html
import re

MAX_INDENT_COLUMNS = 64
MAX_QUOTE_DEPTH = 16
MAX_MARKUP_PER_BLOCK = 1000
# Inline parsing costs about the square of a block's markers; this sum keeps a whole article
# to a few seconds of rendering however many dense blocks it has.
MAX_MARKUP_COST = 10 * MAX_MARKUP_PER_BLOCK**2
# The sanitizer's HTML parser slows with the square of tag nesting: 30,000 nested <div>s took
# 4 s, 100,000 took 111 s; markdown passes raw HTML through, even split by blank lines.
MAX_HTML_DEPTH = 100
_MARKUP_CHARACTERS = frozenset("*_`[]<>\\!")
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)[^<>]*?(/?)>")
_FLAT_TAGS = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param"}
    | {"source", "track", "wbr", "p", "li", "dt", "dd", "tr", "td", "th", "option"}
)
_LEADING_QUOTES = re.compile(r"[ \t]*(?:>[ \t]*)+")
_BLANK_LINES = re.compile(r"\n[ \t]*\n")


def exceeds_markdown_bounds(source: str) -> bool:
    """Whether rendering this Markdown could recurse too deep or take quadratic time."""
    return _markdown_too_costly(source) or _html_too_deep(source)


def _markdown_too_costly(source: str) -> bool:
    markup_in_block = 0
    finished_blocks_cost = 0
    for line in source.splitlines():
        if not line.strip():
            finished_blocks_cost += markup_in_block**2
            markup_in_block = 0
            continue
        markup_in_block += sum(line.count(mark) for mark in _MARKUP_CHARACTERS)
        if markup_in_block > MAX_MARKUP_PER_BLOCK or _too_deep(line):
            return True
        if finished_blocks_cost + markup_in_block**2 > MAX_MARKUP_COST:
            return True
    return False


def _html_too_deep(source: str) -> bool:
    """Raw HTML nested deeper than MAX_HTML_DEPTH, counting tags as an HTML parser would open
    them (void and self-closed tags, and those a sibling closes, add no depth)."""
    if "<" not in source:
        return False
    depth = 0
    for closing, name, self_closed in _TAG.findall(source):
        name = name.lower()
        if self_closed or name in _FLAT_TAGS:
            continue
        depth = max(0, depth - 1) if closing else depth + 1
        if depth > MAX_HTML_DEPTH:
            return True
    return False


def plain_html(source: str) -> str:
    """The source as escaped paragraphs, one per blank-line separated block."""
    blocks = (block.strip() for block in _BLANK_LINES.split(source))
    return "\n".join(f"<p>{html.escape(block, quote=False)}</p>" for block in blocks if block)


def _too_deep(line: str) -> bool:
    indent = len(line) - len(line.lstrip(" \t"))
    if indent and len(line[:indent].expandtabs(4)) > MAX_INDENT_COLUMNS:
        return True
    quotes = _LEADING_QUOTES.match(line)
    return quotes is not None and quotes.group().count(">") > MAX_QUOTE_DEPTH
