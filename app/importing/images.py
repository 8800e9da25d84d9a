"""A saved page's images, downloaded into the library so the article shows them offline."""

from __future__ import annotations

import struct
from urllib.parse import urlsplit

from app.assets import image_references
from app.errors import FetchError
from app.importing.fetch import IMAGE, Fetcher

MAX_IMAGES = 60
# Pixels an image may have (8,000 x 5,000): its size is read from its header before anything
# decodes it, so a small file that would unpack into gigabytes (a "decompression bomb") is left
# out. An image whose header cannot be read (SVG among them: it can carry script and load
# other files) is left out too.
MAX_IMAGE_PIXELS = 40_000_000


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
        if fetched.data and acceptable_image(fetched.data):
            images[reference] = fetched.data
    return images


def acceptable_image(data: bytes) -> bool:
    """Whether the bytes are a PNG, GIF, JPEG, WebP or BMP of at most MAX_IMAGE_PIXELS."""
    size = image_size(data)
    return size is not None and 0 < size[0] * size[1] <= MAX_IMAGE_PIXELS


def image_size(data: bytes) -> tuple[int, int] | None:
    """Width and height from the image's header alone, or None for what is not one we read."""
    try:
        if data.startswith(b"\x89PNG\r\n\x1a\n") and data[12:16] == b"IHDR":
            return struct.unpack(">II", data[16:24])
        if data[:6] in (b"GIF87a", b"GIF89a"):
            return struct.unpack("<HH", data[6:10])
        if data.startswith(b"BM"):
            width, height = struct.unpack("<ii", data[18:26])
            return abs(width), abs(height)
        if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
            return _webp_size(data)
        if data.startswith(b"\xff\xd8"):
            return _jpeg_size(data)
    except struct.error:  # a header cut short
        return None
    return None


def _webp_size(data: bytes) -> tuple[int, int] | None:
    chunk = data[12:16]
    if chunk == b"VP8X":
        width, height = (int.from_bytes(data[at : at + 3], "little") + 1 for at in (24, 27))
        return width, height
    if chunk == b"VP8L":
        bits = int.from_bytes(data[21:25], "little")
        return (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
    if chunk == b"VP8 ":
        width, height = struct.unpack("<HH", data[26:30])
        return width & 0x3FFF, height & 0x3FFF
    return None


_JPEG_FRAMES = frozenset(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}  # start-of-frame markers


def _jpeg_size(data: bytes) -> tuple[int, int] | None:
    at = 2
    while at + 9 < len(data):
        if data[at] != 0xFF:
            return None
        marker = data[at + 1]
        if marker in _JPEG_FRAMES:
            height, width = struct.unpack(">HH", data[at + 5 : at + 9])
            return width, height
        at += 2 + struct.unpack(">H", data[at + 2 : at + 4])[0]
    return None
