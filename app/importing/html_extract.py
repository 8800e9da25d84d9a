"""A web page's main text and metadata as a Markdown article, boilerplate left behind."""

from __future__ import annotations

import codecs
import re
from typing import Any
from urllib.parse import urlsplit

from app.articles import ArticleDraft, decode_bytes, first_heading
from app.errors import ArticleFormatError
from app.i18n import filled, tr
from app.importing.page_markdown import xml_to_markdown
from app.summary.languages import language_of

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_HTML_LANG = re.compile(r"""<html[^>]*\slang\s*=\s*["']?([A-Za-z]{2,3})\b""", re.I)
_LEADING_HEADING = re.compile(r"\A\s*#{1,6}[ \t]+(.+?)[ \t#]*\n+")


def decode_html(data: bytes, declared_charset: str = "", name: str = "page") -> str:
    """Page bytes to text: a byte order mark, then the HTTP charset, then <meta>, then detection."""
    if data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return decode_bytes(data, name)
    meta = _META_CHARSET.search(data[:4096])
    for label in (declared_charset, meta.group(1).decode("ascii") if meta else ""):
        encoding = _known_encoding(label)
        if encoding:
            if not data.strip():
                raise ArticleFormatError(filled(tr("Import", "%1 is empty."), name))
            return data.decode(encoding, errors="replace")
    return decode_bytes(data, name)


def extract_article(
    html_text: str, url: str = "", fallback_title: str = "", name: str = ""
) -> ArticleDraft:
    """The page's main content as Markdown, with title, author, site, date and language."""
    name = name or url or "the page"
    import trafilatura  # loads lxml and friends: only when a page is actually read

    markdown = _main_text(html_text, url)
    if not markdown.strip():
        raise ArticleFormatError(
            filled(tr("Import", "No readable article text found in %1."), name)
        )
    metadata = trafilatura.extract_metadata(html_text, default_url=url or None)
    title = (metadata.title or "").strip() or first_heading(markdown) or fallback_title or name
    return ArticleDraft(
        title=title,
        markdown=drop_title_heading(markdown, title).strip() + "\n",
        author=(metadata.author or "").strip(),
        source=(metadata.sitename or "").strip() or _host(url),
        url=url,
        published=(metadata.date or "").strip(),
        language=_language(html_text, markdown),
    )


def html_fragment_to_markdown(fragment: str) -> str:
    """A feed entry's HTML as Markdown; empty when it holds no text."""
    wrapped = f"<html><body><article>{fragment}</article></body></html>"
    return _main_text(wrapped, favor_recall=True)


def _main_text(html_text: str, url: str = "", favor_recall: bool = False) -> str:
    """The page's main text as Markdown, read from trafilatura's XML (see page_markdown)."""
    import trafilatura

    tree = trafilatura.load_html(html_text)
    if tree is None:
        return ""
    _keep_captions(tree)
    xml = trafilatura.extract(
        tree,
        url=url or None,
        output_format="xml",
        include_images=True,
        include_links=True,
        include_formatting=True,
        include_tables=True,
        include_comments=False,
        favor_recall=favor_recall,
    )
    return xml_to_markdown(xml) if xml else ""


def _keep_captions(tree: Any) -> None:
    """Trafilatura drops <figcaption>: as an italic paragraph it stays under its image."""
    for caption in list(tree.iter("figcaption")):
        emphasis = caption.makeelement("i", {})
        emphasis.text, caption.text = caption.text, None
        for child in list(caption):
            emphasis.append(child)
        caption.append(emphasis)
        caption.tag = "p"


def _known_encoding(label: str) -> str:
    if not label:
        return ""
    try:
        return codecs.lookup(label.strip().strip("\"'")).name
    except LookupError:
        return ""


def drop_title_heading(markdown: str, title: str) -> str:
    """The reader prints the title above the text, so a first heading repeating it goes."""
    match = _LEADING_HEADING.match(markdown)
    if match and _same_words(match.group(1), title) and markdown[match.end() :].strip():
        return markdown[match.end() :]
    return markdown


def _same_words(first: str, second: str) -> bool:
    return first.split() == second.split() or first.casefold().strip() == second.casefold().strip()


def _host(url: str) -> str:
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.")


def _language(html_text: str, markdown: str) -> str:
    declared = _HTML_LANG.search(html_text[:4096])
    if declared:
        return declared.group(1).lower()
    return detect_language(markdown)


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language, or '' when there is too little text to tell."""
    return language_of(text, min_letters=40)
