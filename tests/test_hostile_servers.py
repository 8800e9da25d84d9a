"""Hostile servers on 127.0.0.1: a redirect chain that ends at file://, Content-Types that lie,
a 50,000 x 50,000 image (refused from its header, before anything decodes it), SVG with
script and external references, a feed of 100,000 entries, entries dated in the years 1 and
9999."""

from __future__ import annotations

import struct
import time
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QImage, QImageWriter

from app.errors import ArticleFormatError, FetchError
from app.importing.feeds import MAX_ENTRIES, parse_feed, subscribe
from app.importing.fetch import Fetcher, FetchLimits
from app.importing.images import MAX_IMAGE_PIXELS, acceptable_image, image_size
from app.importing.pages import save_page
from app.library import Library
from tests.http_fixtures import LocalSite, article_page, png_bytes, site  # noqa: F401

RSS = "application/rss+xml"
SVG = (
    b'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">'
    b"<script>alert(1)</script><image xlink:href='http://127.0.0.1:1/tracker.png'/>"
    b"<use href='file:///etc/passwd#x'/></svg>"
)


@pytest.fixture
def web(tmp_path: Path) -> Iterator[tuple[Library, Fetcher]]:
    """A library and a fetcher to save into it."""
    with Library(tmp_path / "lib.db") as library, Fetcher(FetchLimits(read_seconds=5)) as fetcher:
        yield library, fetcher


def png_header(width: int, height: int) -> bytes:
    """What a decompression bomb shows before its data: a valid PNG header and a little zlib."""

    def chunk(kind: bytes, payload: bytes) -> bytes:
        body = kind + payload
        return struct.pack(">I", len(payload)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    idat = zlib.compress(b"\x00" * 1_000_000)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", idat)


def encoded(kind: str, width: int = 33, height: int = 21) -> bytes:
    if kind.encode() not in [bytes(f.data()) for f in QImageWriter.supportedImageFormats()]:
        pytest.skip(f"this Qt writes no {kind}")
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(0x336699)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, kind.upper())
    return bytes(data.data())


@pytest.mark.parametrize("kind", ["png", "jpg", "gif", "bmp", "webp"])
def test_the_size_is_read_from_the_header_of_each_format(kind: str) -> None:
    data = encoded(kind)
    assert image_size(data) == (33, 21)
    assert acceptable_image(data)
    assert image_size(data[:12]) is None  # cut short: not an image we read


def test_a_decompression_bomb_is_refused_from_its_header_alone() -> None:
    bomb = png_header(50_000, 50_000)
    assert len(bomb) < 5_000 and image_size(bomb) == (50_000, 50_000)
    assert not acceptable_image(bomb)
    assert MAX_IMAGE_PIXELS < 50_000 * 50_000
    assert not acceptable_image(SVG) and not acceptable_image(b"<html>not an image</html>")


def test_a_page_keeps_only_its_images_that_are_what_they_say(
    site: LocalSite,  # noqa: F811
    web: tuple[Library, Fetcher],
) -> None:
    library, fetcher = web
    site.add("/good.png", png_bytes(), content_type="image/png")
    site.add("/bomb.png", png_header(50_000, 50_000), content_type="image/png")
    site.add("/drawing.svg", SVG, content_type="image/svg+xml")
    site.add("/lying.png", b"<html><script>alert(1)</script></html>", content_type="image/png")
    page = article_page(image="/good.png").replace(
        "</article>",
        "".join(f'<p><img src="{path}" alt="x"></p>' for path in ["/bomb.png", "/drawing.svg"])
        + '<p><img src="/lying.png" alt="y"></p></article>',
    )
    saved = save_page(library, site.add("/page", page), fetcher)
    assert saved.images == 1
    assert library.asset(saved.article_id, site.url("/good.png")) == png_bytes()
    for path in ["/bomb.png", "/drawing.svg", "/lying.png"]:
        assert library.asset(saved.article_id, site.url(path)) is None


def test_a_redirect_chain_to_a_local_file_is_refused_in_one_line(
    site: LocalSite,  # noqa: F811
    web: tuple[Library, Fetcher],
) -> None:
    library, fetcher = web
    site.redirect("/start", "/middle")
    site.redirect("/middle", "/last", status=301)
    site.redirect("/last", "file:///etc/passwd")
    with pytest.raises(FetchError) as raised:
        save_page(library, site.url("/start"), fetcher)
    assert str(raised.value) == (
        "Not a web address: file:///etc/passwd (only http and https addresses are read)."
    )
    assert library.count() == 0


@pytest.mark.parametrize(
    ("body", "content_type", "message"),
    [
        (png_bytes(), "text/html", "looks like a binary file, not text"),
        (b"<html><body><p>Text.</p></body></html>", "image/png", "is image/png, not a web page"),
        (b"\x00" * 5000, "text/html; charset=utf-8", "No readable article text"),
    ],
)
def test_a_page_whose_content_type_lies_is_one_line(
    site: LocalSite,  # noqa: F811
    web: tuple[Library, Fetcher],
    body: bytes,
    content_type: str,
    message: str,
) -> None:
    library, fetcher = web
    url = site.add("/lie", body, content_type=content_type)
    with pytest.raises((FetchError, ArticleFormatError)) as raised:
        save_page(library, url, fetcher)
    assert message in str(raised.value) and "\n" not in str(raised.value)
    assert library.count() == 0


def huge_feed(entries: int) -> bytes:
    """Entries with their full text (content:encoded), so none sends Lede to fetch its page."""
    items = "".join(
        f"<item><title>Entry {n}</title><link>https://example.org/{n}</link>"
        f"<content:encoded>Entry {n} has a few words of its own.</content:encoded></item>"
        for n in range(entries)
    )
    return (
        '<?xml version="1.0"?><rss version="2.0"'
        ' xmlns:content="http://purl.org/rss/1.0/modules/content/">'
        f"<channel><title>Huge</title>{items}</channel></rss>"
    ).encode()


def test_a_feed_of_100_000_entries_is_read_up_to_its_first_200(
    site: LocalSite,  # noqa: F811
    tmp_path: Path,
) -> None:
    data = huge_feed(100_000)
    assert len(data) > 10_000_000
    started = time.perf_counter()
    parsed = parse_feed(data, "https://example.org/feed.xml")
    assert time.perf_counter() - started < 20  # a bound against hanging, not a benchmark
    assert [entry.title for entry in parsed.entries] == [f"Entry {n}" for n in range(MAX_ENTRIES)]
    url = site.add("/huge.xml", data, content_type=RSS)
    with Library(tmp_path / "lib.db") as library, Fetcher() as fetcher:
        subscription = subscribe(library, url, fetcher)
        assert library.count() == MAX_ENTRIES and not subscription.report.failures


STORED_DATES = ["0001-01-01T00:00:00Z", "2026-12-07T10:00:00Z", "9999-12-31T23:59:59Z"]
DATED = b"""<?xml version="1.0"?><rss version="2.0"
xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Dates</title>
<item><title>First</title><link>https://example.org/1</link>
<pubDate>Mon, 01 Jan 0001 00:00:00 GMT</pubDate><content:encoded>From the year one.</content:encoded></item>
<item><title>Last</title><link>https://example.org/9999</link>
<pubDate>Fri, 31 Dec 9999 23:59:59 GMT</pubDate><content:encoded>From the year 9999.</content:encoded></item>
<item><title>Now</title><link>https://example.org/now</link>
<pubDate>Mon, 07 Dec 2026 10:00:00 GMT</pubDate><content:encoded>From today.</content:encoded></item>
</channel></rss>"""


def test_entries_dated_in_the_years_1_and_9999_keep_sortable_dates(
    site: LocalSite,  # noqa: F811
    web: tuple[Library, Fetcher],
) -> None:
    library, fetcher = web
    parsed = parse_feed(DATED, "https://example.org/feed.xml")
    assert [entry.published for entry in parsed.entries] == [
        "0001-01-01T00:00:00Z",
        "9999-12-31T23:59:59Z",
        "2026-12-07T10:00:00Z",
    ]
    subscribe(library, site.add("/dated.xml", DATED, content_type=RSS), fetcher)
    rows = library.rows(library.article_ids())
    assert sorted(row.published for row in rows.values()) == STORED_DATES
