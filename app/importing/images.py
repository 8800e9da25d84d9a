"""A saved page's images, downloaded into the library so the article shows them offline."""

from __future__ import annotations

from urllib.parse import urlsplit

from app.assets import image_references
from app.errors import FetchError
from app.importing.fetch import IMAGE, Fetcher

MAX_IMAGES = 60


def remote_image_references(markdown: str) -> list[str]:
    """The http(s) image addresses in Markdown, in order, without repeats."""
    return [ref for ref in image_references(markdown) if urlsplit(ref).scheme in ("http", "https")]


def download_images(markdown: str, fetcher: Fetcher) -> dict[str, bytes]:
    """Fetch each image the article shows, keyed by its address exactly as the Markdown writes it.

    An image that cannot be downloaded is left out: the reader then shows its alt text, and the
    article itself is still worth keeping.
    """
    images: dict[str, bytes] = {}
    for reference in remote_image_references(markdown)[:MAX_IMAGES]:
        try:
            fetched = fetcher.get(reference, IMAGE)
        except FetchError:
            continue
        if fetched.data:
            images[reference] = fetched.data
    return images
