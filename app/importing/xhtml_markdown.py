"""A book's XHTML chapter as Markdown, with the table of contents' headings put where they point.

Books are not web pages: a chapter is all main text, so nothing is extracted or left behind
(trafilatura would drop short chapters and epigraphs). lxml's HTML parser reads the
document: it never loads a DTD or an external entity, and it forgives the unclosed tags
some books carry.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

_SKIPPED = frozenset({"head", "script", "style", "noscript", "template", "title", "svg:title"})
_BLOCKS = frozenset(
    {"div", "section", "article", "body", "main", "aside", "header", "footer", "nav", "figure"}
)
_BOLD = frozenset({"b", "strong"})
_ITALIC = frozenset({"i", "em", "cite", "dfn"})
_HEADINGS = {f"h{level}": level for level in range(1, 7)}
_MARKDOWN_SPECIALS = re.compile(r"([\\`*_\[\]{}|<>])")
_BLOCK_START = re.compile(r"^([#>+-])(?=\s|$)|^(-)(?=--)")
_NUMBERED_START = re.compile(r"^(\d+)\.(?=\s|$)")
_WHITESPACE = re.compile(r"\s+")
# A chapter's own headings sit below the book's chapter (#) and sub-chapter (##) levels.
FIRST_INNER_HEADING_LEVEL = 3


@dataclass(frozen=True)
class Anchor:
    """A table of contents entry: the heading to write where its target element starts."""

    level: int
    title: str


@dataclass
class ChapterInput:
    """What converting one document needs: where its images resolve, and its anchors."""

    image_key: Callable[[str], str | None]  # an image's src to its asset key, None to drop it
    anchors: Mapping[str, Anchor] = field(default_factory=dict)  # by element id
    opening: tuple[Anchor, ...] = ()  # headings for the document itself (no fragment)


def chapter_markdown(html_text: str, chapter: ChapterInput) -> str:
    """The document's text as Markdown blocks; '' when it has none."""
    import lxml.html

    try:
        root = lxml.html.document_fromstring(html_text or "<html></html>")
    except (ValueError, lxml.etree.ParserError):
        return ""
    writer = _Writer(chapter)
    for anchor in chapter.opening:
        writer.heading(anchor.level, anchor.title)
    body = root.find("body")
    try:
        writer.blocks(body if body is not None else root)
    except RecursionError:  # deeper nesting than any real book: keep the words
        return _escape(" ".join(root.itertext()))
    return "\n\n".join(block for block in writer.out if block.strip())


def escape_text(text: str) -> str:
    """Plain text as Markdown that shows it as written."""
    return _escape(_WHITESPACE.sub(" ", text))


def _escape(text: str) -> str:
    return _escape_block_start(_MARKDOWN_SPECIALS.sub(r"\\\1", text))


def _escape_block_start(text: str) -> str:
    """A paragraph starting like a heading, quote, list or rule stays a paragraph."""
    text = _BLOCK_START.sub(lambda match: "\\" + (match.group(1) or match.group(2)), text.strip())
    return _NUMBERED_START.sub(r"\1\\.", text)


class _Writer:
    def __init__(self, chapter: ChapterInput) -> None:
        self.chapter = chapter
        self.out: list[str] = []
        self._placed: set[str] = set()
        self._skip_title = {anchor.title.casefold() for anchor in chapter.opening}

    def heading(self, level: int, title: str) -> None:
        self.out.append(f"{'#' * min(level, 6)} {escape_text(title)}")

    def blocks(self, element: Any) -> None:
        self._anchor(element)
        if element.text and element.text.strip():
            self.out.append(_escape(_WHITESPACE.sub(" ", element.text)))
        for child in element:
            self.block(child)
            if child.tail and child.tail.strip():
                self.out.append(_escape(_WHITESPACE.sub(" ", child.tail)))

    def block(self, element: Any) -> None:
        tag = _tag(element)
        if tag in _SKIPPED or not isinstance(tag, str):
            return
        if tag in _HEADINGS:
            if not self._anchor(element, within=True):  # else the TOC's title stands for it
                self._inner_heading(_HEADINGS[tag], self.inline(element))
        elif tag in ("ul", "ol"):
            self._anchor(element, within=True)
            self._list(element, ordered=tag == "ol")
        elif tag == "blockquote":
            self._quote(element)
        elif tag == "pre":
            self._anchor(element)
            self._code(element.text_content())
        elif tag in ("img", "image"):
            self.out.append(self._image(element))
        elif tag == "hr":
            self.out.append("* * *")
        elif tag == "table":
            self._table(element)
        elif tag in _BLOCKS or _has_block_child(element):
            self.blocks(element)
        else:
            self._anchor(element, within=True)
            self.out.append(_escape_block_start(self.inline(element)))

    def _inner_heading(self, level: int, text: str) -> None:
        if not text.strip():
            return
        if text.casefold().replace("\\", "") in self._skip_title:
            self._skip_title.clear()  # the chapter's own title, already written from the TOC
            return
        self.out.append(f"{'#' * min(6, FIRST_INNER_HEADING_LEVEL + level - 1)} {text}")

    def _anchor(self, element: Any, within: bool = False) -> bool:
        """Write the headings of TOC entries that point at this element (and, for a block
        of text, at an element inside it: `<p><a id="ch2"/>...`)."""
        placed = False
        targets = element.iter() if within else (element,)
        for target in targets:
            for name in (target.get("id"), target.get("name")):
                anchor = self.chapter.anchors.get(name or "")
                if anchor is not None and name not in self._placed:
                    self._placed.add(name)
                    self.heading(anchor.level, anchor.title)
                    self._skip_title = {anchor.title.casefold()}
                    placed = True
        return placed

    def _list(self, element: Any, ordered: bool) -> None:
        items = [child for child in element if _tag(child) == "li"]
        lines = []
        for number, item in enumerate(items, start=1):
            marker = f"{number}." if ordered else "-"
            text = self.inline(item)
            if text.strip():
                lines.append(f"{marker} {text}")
        if lines:
            self.out.append("\n".join(lines))

    def _quote(self, element: Any) -> None:
        inner = _Writer(self.chapter)
        inner._placed = self._placed
        inner.blocks(element)
        text = "\n\n".join(inner.out)
        if text.strip():
            self.out.append("\n".join(f"> {line}" if line else ">" for line in text.split("\n")))

    def _code(self, code: str) -> None:
        if code.strip():
            self.out.append("\n".join("    " + line for line in code.rstrip().split("\n")))

    def _table(self, element: Any) -> None:
        for row in element.iter("tr"):
            cells = [self.inline(cell) for cell in row if _tag(cell) in ("td", "th")]
            text = " · ".join(cell for cell in cells if cell.strip())
            if text:
                self.out.append(text)

    def inline(self, element: Any, depth: int = 0) -> str:
        parts = [_escape_inline(element.text)]
        for child in element:
            parts.append(self._inline_child(child, depth))
            parts.append(_escape_inline(child.tail))
        return _WHITESPACE.sub(" ", "".join(parts)).strip() if depth == 0 else "".join(parts)

    def _inline_child(self, child: Any, depth: int) -> str:
        tag = _tag(child)
        if tag in _SKIPPED or not isinstance(tag, str):
            return ""
        if tag == "br":
            return "  \n"
        if tag in ("img", "image"):
            return self._image(child)
        text = self.inline(child, depth + 1)
        if tag in _BOLD and text.strip():
            return f"**{text.strip()}**"
        if tag in _ITALIC and text.strip():
            return f"*{text.strip()}*"
        return text

    def _image(self, element: Any) -> str:
        src = element.get("src") or element.get("xlink:href") or element.get("href") or ""
        key = self.chapter.image_key(src)
        alt = escape_text(element.get("alt") or "")
        return f"![{alt}]({key})" if key else ""


def _escape_inline(text: str | None) -> str:
    return _MARKDOWN_SPECIALS.sub(r"\\\1", text) if text else ""


def _tag(element: Any) -> str | Any:
    tag = element.tag
    return tag.lower().rpartition("}")[2] if isinstance(tag, str) else tag


def _has_block_child(element: Any) -> bool:
    return any(_tag(child) in _BLOCKS or _tag(child) in _HEADINGS for child in element)
