"""Reading ahead: the next article rendered, and summarized, before the reader moves to it.

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
from app.queries import shared_reader
from app.settings import SummarySettings
from app.summaries import summarize_article, summary_to_json
from app.summary import SummaryError


@dataclass(frozen=True)
class PreparedArticle:
    """An article rendered ahead, with its summary's cache form when one was asked for."""

    article_id: int
    fingerprint: int  # of the Markdown it was rendered from
    rendered: RenderedArticle
    summary_json: str | None


def fingerprint(markdown: str) -> int:
    """A cheap check that an article's Markdown is still what was rendered (CRC-32)."""
    return zlib.crc32(markdown.encode("utf-8", "surrogatepass"))


def prepare_article(
    library_path: str, article_id: int, settings: SummarySettings | None
) -> PreparedArticle | None:
    """Render a stored article as the reader would see it and, given summary settings,
    summarize it; None when it is no longer in the library. Runs in a worker process."""
    connection = shared_reader(library_path)
    row = connection.execute(
        "SELECT markdown, title, language FROM articles WHERE id = ?", (article_id,)
    ).fetchone()
    if row is None:
        return None
    markdown, title, language = str(row[0]), str(row[1]), str(row[2])
    assets = connection.execute("SELECT key FROM assets WHERE article_id = ?", (article_id,))
    rendered = render_markdown(markdown, frozenset(key for (key,) in assets))
    summary_json = None
    if settings is not None:
        try:
            summary = summarize_article(rendered.text, settings, language, title)
        except (SummaryError, LedeError):  # the window asks again, and shows why, on opening it
            summary = None
        summary_json = summary_to_json(summary) if summary is not None else None
    return PreparedArticle(article_id, fingerprint(markdown), rendered, summary_json)
