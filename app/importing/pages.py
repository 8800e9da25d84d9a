"""Saving a web page: download, extract the article, fetch its images, store it in one go."""

from __future__ import annotations

from dataclasses import dataclass

from app.articles import ArticleDraft
from app.importing.fetch import WEB_PAGE, Fetcher
from app.importing.html_extract import decode_html, extract_article
from app.importing.images import download_images
from app.importing.urls import web_address
from app.library import Library


@dataclass(frozen=True)
class SavedPage:
    """The article a URL became, or the one already holding it."""

    article_id: int
    title: str
    added: bool
    images: int = 0


def download_article(url: str, fetcher: Fetcher) -> tuple[ArticleDraft, dict[str, bytes]]:
    """The page at `url` as a draft with its images; raises FetchError or ArticleFormatError."""
    page = fetcher.get(url, WEB_PAGE)
    text = decode_html(page.data, page.charset, page.url)
    draft = extract_article(text, page.url)
    return draft, download_images(draft.markdown, fetcher)


def save_page(library: Library, url: str, fetcher: Fetcher) -> SavedPage:
    """Add the page at `url`; a URL already in the library is not downloaded again."""
    address = web_address(url)
    known = library.find_duplicate("", address)
    if known is not None:
        return SavedPage(known, _title_of(library, known), added=False)
    draft, images = download_article(address, fetcher)
    article_id, added = library.add_or_find_article(draft, images)
    title = draft.title if added else _title_of(library, article_id)
    return SavedPage(article_id, title, added, len(images) if added else 0)


def _title_of(library: Library, article_id: int) -> str:
    article = library.article(article_id)
    return article.title if article else ""
