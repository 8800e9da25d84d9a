"""OPML subscription lists: reading them safely, and writing the library's feeds out."""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass, field
from pathlib import Path

import defusedxml.ElementTree as SafeElementTree
from defusedxml import DefusedXmlException

from app.errors import FeedError, full_stop, os_reason
from app.i18n import filled, tr
from app.importing.urls import stored_address
from app.library import Feed, Library
from app.settings import write_text_atomically

MAX_OPML_BYTES = 5 * 1024 * 1024


@dataclass(frozen=True)
class OpmlFeed:
    url: str
    title: str = ""
    site_url: str = ""


@dataclass
class OpmlImport:
    """What importing a list did: feeds subscribed to, feeds already there, entries refused."""

    added: list[int] = field(default_factory=list)
    known: list[int] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)

    def summary(self) -> str:
        added, known, skipped = len(self.added), len(self.known), len(self.skipped)
        if added == 1:
            parts = [tr("Feeds", "%Ln feed added", None, added)]
        else:
            parts = [tr("Feeds", "%Ln feeds added", None, added)]
        parts.append(tr("Feeds", "%Ln already subscribed", None, known))
        if skipped:
            parts.append(tr("Feeds", "%Ln skipped", None, skipped))
        return ", ".join(parts)


def parse_opml(data: bytes, name: str = "the file") -> list[OpmlFeed]:
    """The feeds an OPML document lists; entity tricks and broken XML raise FeedError."""
    try:
        root = SafeElementTree.fromstring(data)
    except DefusedXmlException as error:
        raise FeedError(
            filled(tr("Feeds", "%1 is refused: it declares XML entities (%2)."), name, str(error))
        ) from error
    except ElementTree.ParseError as error:
        raise FeedError(
            full_stop(filled(tr("Feeds", "%1 is not valid OPML: %2"), name, str(error)))
        ) from error
    if root.tag.lower() != "opml":
        raise FeedError(
            filled(tr("Feeds", "%1 is not an OPML file (it starts with <%2>)."), name, root.tag)
        )
    feeds: list[OpmlFeed] = []
    for outline in root.iter("outline"):
        url = (outline.get("xmlUrl") or outline.get("xmlurl") or "").strip()
        if url:
            title = (outline.get("title") or outline.get("text") or "").strip()
            site_url = (outline.get("htmlUrl") or "").strip()
            feeds.append(OpmlFeed(url, "" if title == url else title, site_url))
    return feeds


def read_opml_file(path: Path) -> list[OpmlFeed]:
    try:
        if path.stat().st_size > MAX_OPML_BYTES:
            raise FeedError(
                filled(
                    tr("Feeds", "%1 is larger than %2 MB."), path.name, str(MAX_OPML_BYTES // 2**20)
                )
            )
        data = path.read_bytes()
    except OSError as error:
        raise FeedError(
            full_stop(filled(tr("Feeds", "Cannot read %1: %2"), str(path), os_reason(error)))
        ) from error
    return parse_opml(data, path.name)


def import_opml(library: Library, path: Path) -> OpmlImport:
    """Subscribe to every feed the list names; nothing is downloaded until a refresh."""
    result = OpmlImport()
    for entry in read_opml_file(path):
        url = stored_address(entry.url)
        if not url:
            result.skipped.append(entry.url)
            continue
        feed_id, new = library.add_feed(url, entry.title, stored_address(entry.site_url))
        (result.added if new else result.known).append(feed_id)
    return result


def opml_text(feeds: list[Feed]) -> str:
    root = ElementTree.Element("opml", version="2.0")
    head = ElementTree.SubElement(root, "head")
    ElementTree.SubElement(head, "title").text = "Lede subscriptions"
    body = ElementTree.SubElement(root, "body")
    for feed in feeds:
        attributes = {"type": "rss", "text": feed.title or feed.url, "xmlUrl": feed.url}
        if feed.title:
            attributes["title"] = feed.title
        if feed.site_url:
            attributes["htmlUrl"] = feed.site_url
        ElementTree.SubElement(body, "outline", attributes)
    ElementTree.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ElementTree.tostring(root, "unicode") + "\n"


def export_opml(library: Library, path: Path) -> int:
    """Write the library's feeds to `path` atomically; returns how many were written."""
    feeds = library.feeds()
    try:
        write_text_atomically(path, opml_text(feeds))
    except OSError as error:
        raise FeedError(
            full_stop(filled(tr("Feeds", "Cannot write %1: %2"), str(path), os_reason(error)))
        ) from error
    return len(feeds)
