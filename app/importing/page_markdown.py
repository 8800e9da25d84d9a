"""Trafilatura's XML of a page's main text as Markdown for our renderer (Python-Markdown).

Trafilatura's own Markdown output targets CommonMark: it escapes `~` and `<`, which
Python-Markdown then shows with their backslashes, runs a one-line code block into the next
paragraph, and drops the blank lines inside code. Writing the Markdown from its XML keeps each
block a block and each code block as the page had it.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterable

# Python-Markdown's backslash escapes (plus `{` and `}`, which attr_list reads, and `|`, which
# the tables extension reads), and the
# characters that start a block when they open a line (a paragraph's, or one after a <br>).
_INLINE_SPECIALS = re.compile(r"([\\`*_\[\]{}|])")
_BLOCK_START = re.compile(r"^(\s*)([#>]|[+-](?=\s|$))", re.MULTILINE)  # no space needed for # and >
# A line of only - or = is a rule or a setext underline; as entities they are text, and
# typography leaves them alone.
_RULE_LINE = re.compile(r"^[ \t]*[-=][-=\s]*$", re.MULTILINE)
_RULE_ENTITIES = {"-": "&#45;", "=": "&#61;"}
_DEFINITION_START = re.compile(r"^([ \t]*):(?=\s|$)", re.MULTILINE)  # def_list's ": text"
_NUMBERED_START = re.compile(r"^(\s*\d+)\.(?=\s|$)", re.MULTILINE)
_WHITESPACE = re.compile(r"\s+")
_BACKTICK_RUN = re.compile(r"`+")
_EMPHASIS = {"#b": "**", "#i": "*", "#t": "`"}

Element = ElementTree.Element


def xml_to_markdown(xml: str) -> str:
    """The Markdown of trafilatura's XML output, blocks separated by blank lines; '' for none."""
    root = ElementTree.fromstring(xml)
    main = root.find("main")
    try:
        blocks = _blocks(main if main is not None else root, depth=0)
    except RecursionError:  # nesting deeper than any real page: keep the words, not the shape
        return _inline_text(" ".join(root.itertext())).strip()
    return "\n\n".join(blocks).strip()


def _blocks(parent: Element, depth: int) -> list[str]:
    blocks: list[str] = []
    loose = _inline_text(parent.text)
    if loose.strip():
        blocks.append(loose.strip())
    for child in parent:
        block = _block(child, depth)
        if block.strip():
            blocks.append(block)
        tail = _inline_text(child.tail)
        if tail.strip():
            blocks.append(tail.strip())
    return blocks


def _block(element: Element, depth: int) -> str:
    tag = element.tag
    if tag == "head":
        level = str(element.get("rend", "h2"))[-1:]
        hashes = "#" * (int(level) if level.isdigit() else 2)
        return f"{hashes} {_paragraph(element)}"
    if tag == "list":
        return _list(element, depth)
    if tag == "quote":
        inner = "\n\n".join(_blocks(element, depth))
        return "\n".join(f"> {line}".rstrip() for line in inner.splitlines())
    if tag == "code":
        return _code_block(_text_of(element), depth)
    if tag == "table":
        return _table(element)
    if tag == "graphic":
        return _image(element)
    return _paragraph(element)


def _text_of(element: Element) -> str:
    return "".join(element.itertext())


def _paragraph(element: Element) -> str:
    text = _RULE_LINE.sub(_as_entities, _inline(element).strip())
    text = _DEFINITION_START.sub(r"\1&#58;", text)
    text = _BLOCK_START.sub(r"\1\\\2", text)
    return _NUMBERED_START.sub(r"\1\\.", text)


def _as_entities(line: re.Match[str]) -> str:
    return "".join(_RULE_ENTITIES.get(character, character) for character in line.group(0))


def _inline(element: Element, emphasis: frozenset[str] = frozenset()) -> str:
    parts = [_inline_text(element.text)]
    for child in element:
        parts.append(_inline_element(child, emphasis))
        parts.append(_inline_text(child.tail))
    return "".join(parts)


def _inline_element(element: Element, emphasis: frozenset[str] = frozenset()) -> str:
    tag = element.tag
    if tag == "lb":
        return "  \n"
    if tag == "graphic":
        return _image(element)
    if tag == "code":
        return _code_span(_text_of(element))
    marker = _EMPHASIS.get(str(element.get("rend", ""))) if tag == "hi" else None
    if marker == "`":
        return _code_span(_text_of(element))
    # Bold inside bold (or italic inside italic) would close the outer marker early.
    nested = marker is not None and marker in emphasis
    content = _inline(element, emphasis | {marker} if marker else emphasis)
    target = element.get("target") if tag == "ref" else None
    if target and content.strip():
        return f"[{content.strip()}]({_link_target(target)})"
    if marker and content.strip() and not nested:
        return f"{marker}{content.strip()}{marker}"
    return content


def _inline_text(text: str | None) -> str:
    if not text:
        return ""
    escaped = _INLINE_SPECIALS.sub(r"\\\1", _WHITESPACE.sub(" ", text))
    return escaped.replace("&", "&amp;").replace("<", "&lt;")


def _code_span(code: str) -> str:
    code = _WHITESPACE.sub(" ", code).strip()
    if not code:
        return ""
    fence = "`" * (_longest_backtick_run(code) + 1)
    padding = " " if "`" in code else ""
    return f"{fence}{padding}{code}{padding}{fence}"


def _code_block(code: str, depth: int) -> str:
    """Fenced at the top level; indented inside lists and quotes, where fences do not work."""
    code = code.strip("\n")
    if not code.strip():
        return ""
    if depth == 0:
        fence = "`" * max(3, _longest_backtick_run(code) + 1)
        return f"{fence}\n{code}\n{fence}"
    return "\n".join(f"    {line}" if line.strip() else "" for line in code.splitlines())


def _longest_backtick_run(text: str) -> int:
    return max((len(run) for run in _BACKTICK_RUN.findall(text)), default=0)


def _list(element: Element, depth: int) -> str:
    ordered = element.get("rend") == "ol"
    lines: list[str] = []
    for number, item in enumerate(element.iterfind("item"), start=1):
        marker = f"{number}." if ordered else "-"
        blocks = _item_blocks(item, depth + 1) or [""]
        lines.append(f"{marker} {_indent(blocks[0], 4, first=False)}".rstrip())
        lines.extend(f"\n{_indent(block, 4, first=True)}" for block in blocks[1:])
    return "\n".join(lines)


def _item_blocks(item: Element, depth: int) -> list[str]:
    """An item's own text as its first block, then its nested lists, code and paragraphs."""
    blocks: list[str] = []
    inline = [_inline_text(item.text)]
    for child in item:
        if child.tag in {"list", "code", "quote", "p", "table"}:
            blocks.extend(_flush(inline))
            blocks.append(_block(child, depth))
        else:
            inline.append(_inline_element(child))
        inline.append(_inline_text(child.tail))
    blocks.extend(_flush(inline))
    return [block for block in blocks if block.strip()]


def _flush(inline: list[str]) -> list[str]:
    text = "".join(inline).strip()
    inline.clear()
    return [text] if text else []


def _indent(block: str, width: int, first: bool) -> str:
    pad = " " * width
    lines = block.splitlines() or [""]
    head = f"{pad}{lines[0]}" if first else lines[0]
    return "\n".join([head, *(f"{pad}{line}" if line else "" for line in lines[1:])])


def _table(element: Element) -> str:
    rows = [[_cell(cell) for cell in row.iterfind("cell")] for row in element.iterfind("row")]
    rows = [row for row in rows if row]
    if not rows:
        return ""
    width = max(len(row) for row in rows)
    rows = [row + [""] * (width - len(row)) for row in rows]
    return "\n".join(_table_lines(rows))


def _table_lines(rows: list[list[str]]) -> Iterable[str]:
    yield "| " + " | ".join(rows[0]) + " |"
    yield "|" + "---|" * len(rows[0])
    for row in rows[1:]:
        yield "| " + " | ".join(row) + " |"


def _cell(cell: Element) -> str:
    return _inline(cell).replace("  \n", " ").strip()


def _image(element: Element) -> str:
    src = str(element.get("src") or "").strip()
    if not src:
        return ""
    alt = _inline_text(element.get("alt") or element.get("title") or "").strip()
    return f"![{alt}]({_link_target(src)})"


def _link_target(url: str) -> str:
    """A URL as a Markdown link target: spaces and parentheses would end it early."""
    return url.strip().replace(" ", "%20").replace("(", "%28").replace(")", "%29")
