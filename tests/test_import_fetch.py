"""Downloads with limits: every failure a reader can meet is one readable FetchError."""

from __future__ import annotations

import pytest

from app.errors import FetchError
from app.importing.fetch import IMAGE, WEB_PAGE, Expect, Fetcher, FetchLimits
from tests.http_fixtures import LocalSite, site

pytestmark = pytest.mark.network
__all__ = ["site"]

SMALL = FetchLimits(
    connect_seconds=2, read_seconds=0.5, total_seconds=1.0, max_bytes=10_000, max_redirects=3
)


def fetch(url: str, expect=WEB_PAGE, limits: FetchLimits = SMALL):
    with Fetcher(limits) as fetcher:
        return fetcher.get(url, expect)


def test_a_page_is_downloaded_with_its_charset(site: LocalSite) -> None:
    url = site.add("/page", "<html><body>Grüße</body></html>")
    fetched = fetch(url)
    assert fetched.url == url
    assert fetched.content_type == "text/html"
    assert fetched.charset == "utf-8"
    assert fetched.data.decode("utf-8") == "<html><body>Grüße</body></html>"


def test_redirects_are_followed_to_the_final_address(site: LocalSite) -> None:
    site.add("/final", "<p>here</p>")
    site.redirect("/moved", "/final", status=301)
    start = site.redirect("/old", site.url("/moved"))
    assert fetch(start).url == site.url("/final")


def test_a_redirect_loop_is_named(site: LocalSite) -> None:
    site.redirect("/a", "/b")
    site.redirect("/b", "/a")
    with pytest.raises(FetchError, match=r"redirects in a loop \(back to .*/a\)"):
        fetch(site.url("/a"))


def test_too_many_redirects(site: LocalSite) -> None:
    for hop in range(6):
        site.redirect(f"/hop{hop}", f"/hop{hop + 1}")
    site.add("/hop6", "<p>end</p>")
    with pytest.raises(FetchError, match=r"/hop0 redirects more than 3 times"):
        fetch(site.url("/hop0"))
    assert fetch(site.url("/hop0"), limits=FetchLimits(max_redirects=6)).url.endswith("/hop6")


@pytest.mark.parametrize(
    ("status", "message"), [(404, "answered 404 Not Found"), (500, "answered 500 Internal")]
)
def test_http_errors_say_what_the_server_answered(
    site: LocalSite, status: int, message: str
) -> None:
    url = site.add("/broken", "<h1>oops</h1>", status=status)
    with pytest.raises(FetchError, match=message):
        fetch(url)


def test_a_wrong_content_type_is_refused_before_downloading_it(site: LocalSite) -> None:
    url = site.add("/paper.pdf", b"%PDF-1.4 ...", content_type="application/pdf")
    with pytest.raises(FetchError, match=r"is application/pdf, not a web page"):
        fetch(url)


def test_an_image_is_accepted_only_as_an_image(site: LocalSite) -> None:
    url = site.add("/pic", b"\x89PNG....", content_type="image/png")
    assert fetch(url, IMAGE).data == b"\x89PNG...."
    page = site.add("/notpic", "<p>no</p>")
    with pytest.raises(FetchError, match="not an image"):
        fetch(page, IMAGE)


def test_images_have_their_own_smaller_cap(site: LocalSite) -> None:
    url = site.add("/big.png", b"\x89PNG" + b"0" * 20_000, content_type="image/png")
    limits = FetchLimits(max_bytes=1_000_000)
    with Fetcher(limits) as fetcher:
        capped = Expect(IMAGE.types, IMAGE.noun, IMAGE.prefix, max_bytes=10_000)
        with pytest.raises(FetchError, match=r"larger than the 9.765\d* KB limit"):
            fetcher.get(url, capped)
        assert len(fetcher.get(url, IMAGE).data) == 20_004


def test_a_response_over_the_declared_size_cap(site: LocalSite) -> None:
    url = site.add("/huge", b"<p>" + b"x" * 50_000 + b"</p>")
    with pytest.raises(FetchError, match=r"larger than the 9.765\d* KB limit"):
        fetch(url)


def test_a_response_over_the_cap_without_a_length_is_cut_off(site: LocalSite) -> None:
    url = site.add("/stream", b"<p>" + b"x" * 50_000 + b"</p>", send_length=False)
    with pytest.raises(FetchError, match="larger than the"):
        fetch(url)


def test_a_server_that_does_not_answer_times_out(site: LocalSite) -> None:
    url = site.add("/slow", "<p>late</p>", delay=1.5)
    with pytest.raises(FetchError, match=r"timed out: no answer within 0.5 seconds"):
        fetch(url)


def test_a_server_that_trickles_is_given_up_on(site: LocalSite) -> None:
    url = site.add("/trickle", b"<p>" + b"y" * 2000 + b"</p>", trickle=0.1)
    with pytest.raises(FetchError, match=r"too slow: not complete after 1 seconds"):
        fetch(url)


def test_a_refused_connection_is_one_line(site: LocalSite) -> None:
    closed = site.url("/x")
    site.stop()
    with pytest.raises(FetchError, match=r"Cannot download .*: the connection was refused\."):
        fetch(closed)
