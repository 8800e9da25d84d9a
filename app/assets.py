"""Images that an article file refers to by a relative path, gathered so the library holds them."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

MAX_ASSET_BYTES = 10 * 1024 * 1024
_IMAGE_REFERENCE = re.compile(r"!\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
_IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".bmp"}


def image_references(markdown: str) -> list[str]:
    """Every image address in Markdown, as written, in order, without repeats."""
    return list(dict.fromkeys(match.group(1) for match in _IMAGE_REFERENCE.finditer(markdown)))


def local_image_references(markdown: str) -> list[str]:
    """The image paths in Markdown that point at local files, in order, without repeats."""
    return [ref for ref in image_references(markdown) if not urlsplit(ref).scheme]


def collect_local_images(markdown: str, base_dir: Path) -> dict[str, bytes]:
    """Read the local images a Markdown file shows, keyed by the reference as written."""
    images: dict[str, bytes] = {}
    for reference in local_image_references(markdown):
        path = (base_dir / unquote(reference)).resolve()
        if path.suffix.lower() not in _IMAGE_SUFFIXES or not path.is_file():
            continue
        if path.stat().st_size <= MAX_ASSET_BYTES:
            images[reference] = path.read_bytes()
    return images
