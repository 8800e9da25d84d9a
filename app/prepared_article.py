"""An article prepared ahead: the next one rendered, and summarized, before the reader moves to it.

Rendering Markdown takes the window's thread 5-30 ms an article, and a fresh summary makes
the reader wait for the summarizer. Made in the summary worker while the reader is still on
the article before (see ui/read_ahead.py), Next shows both at once. The result names the
Markdown it was made from, so an article changed in the meantime is rendered again.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass

from app.document import RenderedArticle, render_markdown
from app.errors import LedeError
from app.reader_summary import summarize_article
from app.settings import SummarySettings
from app.store.connection import shared_reader
from app.store.rows import read_article_source
from app.summary import Summary, SummaryError


@dataclass(frozen=True)
class PreparedArticle:
    """An article rendered ahead, with its summary when one was asked for (and could be made)."""

    article_id: int
    fingerprint: int  # of the Markdown it was rendered from
    rendered: RenderedArticle
    summary: Summary | None


def fingerprint(markdown: str) -> int:
    """A cheap check that an article's Markdown is still what was rendered (CRC-32)."""
    return zlib.crc32(markdown.encode("utf-8", "surrogatepass"))


def prepare_article(
    library_path: str, article_id: int, settings: SummarySettings | None
) -> PreparedArticle | None:
    """Render a stored article as the reader would see it and, given summary settings,
    summarize it; None when it is no longer in the library. Runs in a worker process."""
    source = read_article_source(shared_reader(library_path), article_id)
    if source is None:
        return None
    rendered = render_markdown(source.markdown, source.asset_keys)
    summary = None
    if settings is not None:
        try:
            summary = summarize_article(rendered.text, settings, source.language, source.title)
        except (SummaryError, LedeError):  # the window asks again, and shows why, on opening it
            summary = None
    return PreparedArticle(article_id, fingerprint(source.markdown), rendered, summary)
