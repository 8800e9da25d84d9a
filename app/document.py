"""Markdown to safe HTML, the article's plain text, and the map between the two.

The plain text is derived from the rendered HTML itself, so a character offset in it (where a
summary sentence stands) can be turned back into a place in the HTML: that is how summary
sentences are highlighted and scrolled to in the reader.
"""

from __future__ import annotations

import html
import re
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Any

import nh3

from app.render_limits import exceeds_markdown_bounds, plain_html

ASSET_SCHEME = "asset"
# `--` becomes an en dash only when no letter follows it: `--user` is an option as typed.
OPTION_SAFE_EN_DASH = r"(?<!-)--(?!-|[^\W\d_])"
_BLOCK_TAGS = frozenset(
    {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "table", "thead"}
    | {"tbody", "tr", "td", "th", "div", "ul", "ol", "dl", "dt", "dd", "hr", "br"}
    | {"figure", "figcaption", "section", "article", "header", "footer", "aside"}
)
_SKIPPED_TAGS = frozenset({"sup"})  # footnote markers: shown, but not part of a sentence
_WHITESPACE = re.compile(r"\s+")
_ALLOWED_TAGS = nh3.ALLOWED_TAGS | {"a", "img", "sup", "span"}
_ALLOWED_ATTRIBUTES = {
    **{tag: set(attrs) for tag, attrs in nh3.ALLOWED_ATTRIBUTES.items()},
    "a": {"href", "title", "id", "class", "name"},
    "img": {"src", "alt", "title", "width", "height"},
    "code": {"class"},
    "div": {"class"},
    "li": {"id"},
    "sup": {"id"},
    "span": {"class"},
    **{f"h{level}": {"id"} for level in range(1, 7)},
}


@dataclass(frozen=True)
class Highlight:
    """A range of the plain text to mark in the HTML, with an anchor name at its start."""

    start: int
    end: int
    anchor: str
    css_class: str = "summary"


@dataclass(frozen=True)
class _Text:
    offset: int
    text: str
    counted: bool


_Piece = str | _Text


@dataclass(frozen=True)
class RenderedArticle:
    """An article's HTML split into markup and text pieces, with the plain text they make."""

    pieces: tuple[_Piece, ...]
    text: str

    def html(self, highlights: Sequence[Highlight] = ()) -> str:
        """The article's HTML with each highlight wrapped in spans and anchored at its start."""
        ordered = sorted(highlights, key=lambda item: item.start)
        parts: list[str] = []
        for piece in self.pieces:
            if isinstance(piece, str):
                parts.append(piece)
            elif piece.counted and ordered:
                parts.append(_highlighted(piece, ordered))
            else:
                parts.append(html.escape(piece.text, quote=False))
        return "".join(parts)


def render_markdown(source: str, assets: Iterable[str] = ()) -> RenderedArticle:
    """Render Markdown to sanitized HTML; images resolve only to assets stored in the library."""
    return split_html(sanitize_html(_markdown_to_html(source)), frozenset(assets))


def _markdown_to_html(source: str) -> str:
    if exceeds_markdown_bounds(source):
        return plain_html(source)
    converter = _markdown_converter()
    try:
        return str(converter.convert(source))
    except RecursionError:  # a nesting shape the bounds did not foresee: still show the text
        return plain_html(source)


_converters = threading.local()


def _markdown_converter() -> Any:
    """This thread's Markdown converter, reset for a new document (building one costs about
    0.5 ms, a tenth of rendering a typical article; a converter is not thread-safe)."""
    converter = getattr(_converters, "converter", None)
    if converter is None:
        converter = _converters.converter = _new_markdown_converter()
    return converter.reset()


def _new_markdown_converter() -> Any:
    """Python-Markdown with "extra", "toc", "sane_lists" and an option-safe "smarty", imported on first use.

    The extensions are passed as instances: named ones make Python-Markdown scan every
    installed package's entry points, which cost the first article a reader opens 40 ms.
    """
    import markdown
    from markdown.extensions.abbr import AbbrExtension
    from markdown.extensions.attr_list import AttrListExtension
    from markdown.extensions.def_list import DefListExtension
    from markdown.extensions.fenced_code import FencedCodeExtension
    from markdown.extensions.footnotes import FootnoteExtension
    from markdown.extensions.md_in_html import MarkdownInHtmlExtension
    from markdown.extensions.sane_lists import SaneListExtension
    from markdown.extensions.tables import TableExtension
    from markdown.extensions.toc import TocExtension

    extra = [
        FencedCodeExtension(),
        FootnoteExtension(),
        AttrListExtension(),
        DefListExtension(),
        TableExtension(),
        AbbrExtension(),
        MarkdownInHtmlExtension(),
    ]
    extensions = [*extra, TocExtension(), SaneListExtension(), _option_safe_smarty()]
    return markdown.Markdown(extensions=extensions, output_format="html")


def _option_safe_smarty() -> Any:
    """Smarty's quotes, ellipses and dashes, except that `--` before a letter stays as typed.

    Smarty leaves code alone but makes every other `--` an en dash, which breaks a command
    quoted in prose ("rsync --delete", "journalctl --user") when it is copied. Smarty has no
    option for that, so its dash rule is replaced by one that skips an option's `--`.
    """
    from markdown.extensions.smarty import SmartyExtension, SubstituteTextPattern

    class OptionSafeSmarty(SmartyExtension):  # type: ignore[misc]  # markdown has no stubs
        def educateDashes(self, md: Any) -> None:  # noqa: N802 (Smarty's method name)
            substitutions = self.substitutions
            em_dash = SubstituteTextPattern(r"(?<!-)---(?!-)", (substitutions["mdash"],), md)
            en_dash = SubstituteTextPattern(OPTION_SAFE_EN_DASH, (substitutions["ndash"],), md)
            self.inlinePatterns.register(em_dash, "smarty-em-dashes", 50)
            self.inlinePatterns.register(en_dash, "smarty-en-dashes", 45)

    return OptionSafeSmarty()


def sanitize_html(raw_html: str) -> str:
    """Strip scripts, event handlers, frames, forms and unsafe URLs from article HTML."""
    return nh3.clean(
        raw_html,
        tags=_ALLOWED_TAGS,
        attributes=_ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto", ASSET_SCHEME},
        link_rel="noopener noreferrer",
    )


def reading_minutes(word_count: int, words_per_minute: int = 230) -> int:
    """Minutes to read so many words, at least one."""
    return max(1, round(word_count / words_per_minute))


def count_words(text: str) -> int:
    return len(text.split())


def split_html(safe_html: str, assets: frozenset[str] = frozenset()) -> RenderedArticle:
    splitter = _Splitter(assets)
    splitter.feed(safe_html)
    splitter.close()
    return splitter.result()


def asset_url(key: str) -> str:
    from urllib.parse import quote

    return f"{ASSET_SCHEME}:{quote(key, safe='')}"


def _highlighted(piece: _Text, highlights: Sequence[Highlight]) -> str:
    start, end = piece.offset, piece.offset + len(piece.text)
    out: list[str] = []
    cursor = start
    for mark in highlights:
        if mark.end <= cursor or mark.start >= end:
            continue
        lo, hi = max(mark.start, cursor), min(mark.end, end)
        out.append(html.escape(piece.text[cursor - start : lo - start], quote=False))
        anchor = f'<a name="{mark.anchor}"></a>' if mark.start == lo else ""
        chunk = html.escape(piece.text[lo - start : hi - start], quote=False)
        out.append(f'{anchor}<span class="{mark.css_class}">{chunk}</span>')
        cursor = hi
    out.append(html.escape(piece.text[cursor - start :], quote=False))
    return "".join(out)


class _Splitter(HTMLParser):
    """Walks sanitized HTML once, normalising whitespace the way a browser shows it."""

    def __init__(self, assets: frozenset[str]) -> None:
        super().__init__(convert_charrefs=True)
        self._assets = assets
        self._pieces: list[_Piece] = []
        self._text: list[str] = []
        self._length = 0
        self._pre_depth = 0
        self._skip_depth = 0
        self._pending_break = False

    def result(self) -> RenderedArticle:
        return RenderedArticle(tuple(self._pieces), "".join(self._text))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._note_structure(tag, opening=True)
        if tag == "img":
            if self._pieces and self._pieces[-1] == "<p>":
                # A paragraph that opens with a picture: the text's tall line height would
                # stretch the picture's line by half its height again, a gap under it.
                self._pieces[-1] = '<p class="image">'
            self._pieces.append(self._image(attrs))
            return
        self._pieces.append(self.get_starttag_text() or f"<{tag}>")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag in _SKIPPED_TAGS:
            self._skip_depth -= 1
        if tag == "pre":
            self._pre_depth -= 1

    def handle_endtag(self, tag: str) -> None:
        self._note_structure(tag, opening=False)
        self._pieces.append(f"</{tag}>")

    def handle_data(self, data: str) -> None:
        if self._skip_depth:
            self._pieces.append(_Text(self._length, data, counted=False))
            return
        if not self._pre_depth:
            data = _WHITESPACE.sub(" ", data)
            if self._at_line_start():
                data = data.lstrip(" ")
        if not data:
            return
        if self._pending_break and self._length:
            self._append_text("\n\n", visible=False)
        self._pending_break = False
        self._append_text(data, visible=True)

    def _append_text(self, data: str, visible: bool) -> None:
        if visible:
            self._pieces.append(_Text(self._length, data, counted=True))
        self._text.append(data)
        self._length += len(data)

    def _at_line_start(self) -> bool:
        return self._pending_break or not self._text or self._text[-1].endswith((" ", "\n"))

    def _note_structure(self, tag: str, opening: bool) -> None:
        step = 1 if opening else -1
        if tag in _SKIPPED_TAGS:
            self._skip_depth = max(0, self._skip_depth + step)
        if tag == "pre":
            self._pre_depth = max(0, self._pre_depth + step)
        if tag in _BLOCK_TAGS:
            self._pending_break = True
            self._trim_trailing_space()

    def _trim_trailing_space(self) -> None:
        if not self._text or not self._text[-1].endswith(" ") or self._pre_depth:
            return
        last = self._pieces[-1] if self._pieces else None
        if isinstance(last, _Text) and last.counted and last.text.endswith(" "):
            trimmed = last.text.rstrip(" ")
            self._pieces[-1] = _Text(last.offset, trimmed, counted=True)
            removed = len(last.text) - len(trimmed)
            self._text[-1] = self._text[-1][: len(self._text[-1]) - removed]
            self._length -= removed

    def _image(self, attrs: list[tuple[str, str | None]]) -> str:
        values = dict(attrs)
        src = values.get("src") or ""
        alt = html.escape(values.get("alt") or "", quote=True)
        if src in self._assets:
            return f'<img src="{html.escape(asset_url(src), quote=True)}" alt="{alt}" />'
        label = alt or "image"
        return f'<span class="missing-image">[{label}]</span>'


_NOTE_TAGS = {"em", "strong", "code", "br", "p"}


def note_markup(note: str) -> str:
    """A reader's note (Markdown allowed) as inline HTML that is safe to show: HTML typed in
    the note stays text, emphasis and code are kept, links and images are shown as their
    words, and each line the reader typed stays a line."""
    escaped = html.escape(note, quote=False)
    hard_breaks = escaped.replace("\n", "  \n")  # a typed line end is a line end
    rendered = _markdown_to_html(hard_breaks) if escaped.strip() else ""
    cleaned = nh3.clean(rendered, tags=_NOTE_TAGS, attributes={})
    inline = re.sub(r"\s*</p>\s*<p>\s*", "<br/><br/>", cleaned.strip())
    return re.sub(r"^<p>|</p>$", "", inline).replace("<br>", "<br/>")
