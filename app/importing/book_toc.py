"""A book's table of contents, from EPUB 3's navigation document or EPUB 2's toc.ncx."""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote, urlsplit

# Deeper entries than a sub-chapter are left to the chapter's own headings.
MAX_TOC_LEVEL = 2
_NCX = "{http://www.daisy.org/z3986/2005/ncx/}"
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")


@dataclass(frozen=True)
class TocEntry:
    level: int  # 1 for a chapter, 2 for a part of one
    title: str
    path: str  # the archive path of the document it points into
    fragment: str  # the id of the element it points at, or ''


def nav_entries(data: bytes, nav_path: str) -> list[TocEntry]:
    """The entries of the navigation document's `toc` nav, nested lists as levels."""
    import lxml.html

    try:
        root = lxml.html.document_fromstring(decode_xhtml(data) or "<html></html>")
    except (ValueError, lxml.etree.ParserError):
        return []
    navs = [nav for nav in root.iter("nav") if _is_toc(nav)] or list(root.iter("nav"))
    if not navs:
        return []
    entries: list[TocEntry] = []
    top = navs[0].find(".//ol")
    if top is not None:
        _nav_list(top, 1, nav_path, entries)
    return entries


def _is_toc(nav: Any) -> bool:
    return any(name.endswith("type") and value == "toc" for name, value in nav.attrib.items())


def _nav_list(ordered: Any, level: int, nav_path: str, entries: list[TocEntry]) -> None:
    for item in ordered.iterchildren("li"):
        link = item.find("a")
        if link is None:
            link = item.find("span")
        title = " ".join(link.text_content().split()) if link is not None else ""
        entry = _entry(level, title, link.get("href", "") if link is not None else "", nav_path)
        if entry is not None:
            entries.append(entry)
        nested = item.find("ol")
        if nested is not None and level < MAX_TOC_LEVEL:
            _nav_list(nested, level + 1, nav_path, entries)


def ncx_entries(root: Any, ncx_path: str) -> list[TocEntry]:
    """The navMap's navPoints, nested points as levels."""
    nav_map = root.find(f"{_NCX}navMap")
    entries: list[TocEntry] = []
    if nav_map is not None:
        _ncx_points(nav_map, 1, ncx_path, entries)
    return entries


def _ncx_points(parent: Any, level: int, ncx_path: str, entries: list[TocEntry]) -> None:
    for point in parent.findall(f"{_NCX}navPoint"):
        label = point.find(f"{_NCX}navLabel/{_NCX}text")
        content = point.find(f"{_NCX}content")
        title = " ".join("".join(label.itertext()).split()) if label is not None else ""
        href = content.get("src", "") if content is not None else ""
        entry = _entry(level, title, href, ncx_path)
        if entry is not None:
            entries.append(entry)
        if level < MAX_TOC_LEVEL:
            _ncx_points(point, level + 1, ncx_path, entries)


def _entry(level: int, title: str, href: str, base: str) -> TocEntry | None:
    path = inside_archive(base, href)
    if not title or not path:
        return None
    return TocEntry(level, title, path, unquote(urlsplit(href).fragment))


def inside_archive(base: str, href: str) -> str:
    """The archive path that `href`, written in the member `base`, names; '' when it is
    remote, absolute, or climbs out of the archive."""
    parts = urlsplit(href.strip())
    if parts.scheme or parts.netloc or not parts.path or parts.path.startswith("/"):
        return ""
    joined = posixpath.normpath(posixpath.join(posixpath.dirname(base), unquote(parts.path)))
    if joined.startswith("../") or joined in ("..", ".") or joined.startswith("/"):
        return ""
    return joined


def decode_xhtml(data: bytes) -> str:
    """A content document's text: its XML declaration's encoding, else UTF-8."""
    declared = _XML_ENCODING.match(data)
    encoding = declared.group(1).decode("ascii") if declared else "utf-8"
    try:
        text = data.decode(encoding, errors="replace")
    except LookupError:
        text = data.decode("utf-8", errors="replace")
    return _XML_DECLARATION.sub("", text.lstrip("\ufeff"), count=1)
