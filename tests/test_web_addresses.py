"""Every web address a reader or a feed gives is checked where it comes in: one line saying
what is wrong, or an http(s) address; never a traceback, never another scheme stored."""

from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.cli import build_parser, run_command
from app.errors import FetchError, WebAddressError
from app.importing.feeds import add_entries, parse_feed
from app.importing.urls import check_web_url, is_web_url, stored_address, web_address
from app.library import Library

PROPERTY = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
COMMANDS = settings(PROPERTY, max_examples=60)  # each example opens the library
URL_PIECES = st.sampled_from(
    [
        *["http://", "https://", "HTTP://", "javascript:", "file://", "data:", "[", "]", ":"],
        *["//", "@", "?", "#", "%", " ", "\x00", "\n", "99999", "80", "::1", "example.org", "."],
    ]
)
ADDRESSES = st.lists(st.one_of(st.text(max_size=12), URL_PIECES), max_size=8).map("".join)


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("javascript:alert(1)", "Not a web address: javascript:alert(1) (only http and https"),
        ("data:text/html,<b>x</b>", "(only http and https addresses are read)"),
        ("http://127.0.0.1:99999/", "Not a valid port: 99999 in http://127.0.0.1:99999/."),
        ("http://example.org:port/x", "Not a valid port: port in http://example.org:port/x."),
        ("http://[::1", "Not a valid IPv6 address: the host of http://[::1 is not closed by ']'."),
        ("http://[zz::1]/", "Not a valid IPv6 address: zz::1 in http://[zz::1]/."),
        ("http://[1.2.3.4]/", "Not a valid IPv6 address: 1.2.3.4 in"),
        ("http://[v1.x]/", "Not a valid IPv6 address: v1.x in"),
        ("http://a]b/", "(its host has a ']' without its '[')"),
        ("http://[::1]:99999/", "Not a valid port: 99999 in http://[::1]:99999/."),
        ("JaVaScRiPt:alert(1)", "(only http and https addresses are read)"),
        ("http:example.org", "(it names no host)"),
        ("https://exa mple.org", "(it contains spaces or control characters)"),
        ("file:///etc/passwd", "(only http and https addresses are read)"),
        ("ftp://example.org/file", "(only http and https addresses are read)"),
        ("http://", "Not a web address: http:// (it names no host)."),
        ("SMB://10.0.0.1/share", "(only http and https addresses are read)"),
        ("", "Not a web address: (empty)."),
    ],
)
def test_a_bad_address_says_what_is_wrong_in_one_line(typed: str, message: str) -> None:
    with pytest.raises(FetchError) as raised:
        web_address(typed)
    assert message in str(raised.value)
    assert "\n" not in str(raised.value)


@pytest.mark.parametrize(
    "given_address",
    ["example.org/a", "//example.org/a", "javascript:alert(1)", "data:,x", "", "http://[::1"],
)
def test_the_strict_check_wants_an_http_scheme_and_raises_a_value_error(given_address: str) -> None:
    with pytest.raises(ValueError) as raised:
        check_web_url(given_address)
    assert isinstance(raised.value, WebAddressError) and "\n" not in str(raised.value)
    assert not is_web_url(given_address)


def test_the_strict_check_returns_the_address_with_its_scheme_in_lower_case() -> None:
    assert check_web_url(" HTTP://Example.org/Path?q=A ") == "http://Example.org/Path?q=A"
    assert is_web_url("https://example.org/")


def test_a_huge_address_is_refused_before_it_is_read_through() -> None:
    with pytest.raises(FetchError, match=r"\(longer than 65,536 characters\)\.$") as raised:
        web_address("http://example.org/" + "a" * 1_000_000)
    assert len(str(raised.value)) < 200


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("example.org/a", "https://example.org/a"),
        ("  http://example.org  ", "http://example.org"),
        ("https://example.org/x?y=1", "https://example.org/x?y=1"),
        ("localhost:8080/a", "https://localhost:8080/a"),
        ("//cdn.example.org/x", "https://cdn.example.org/x"),
        ("HTTPS://Example.org/A", "https://Example.org/A"),
        ("http://user:pw@[::1]/a", "http://user:pw@[::1]/a"),
        ("http://[::1]:8080/", "http://[::1]:8080/"),
    ],
)
def test_good_addresses_are_kept_or_completed(typed: str, expected: str) -> None:
    assert web_address(typed) == expected


@pytest.mark.parametrize(
    "given_address",
    ["example.org/a", "javascript:alert(1)", "file:///etc/passwd", "smb://x/y", "Data:x", ""],
)
def test_an_address_from_a_feed_or_file_is_stored_only_when_it_is_http(given_address: str) -> None:
    assert stored_address(given_address) == ""


@given(ADDRESSES)
@PROPERTY
def test_any_text_is_an_http_address_or_one_line_error(text: str) -> None:
    try:
        url = web_address(text)
    except FetchError as error:
        message = str(error)
        assert message[:1].isupper() and "\n" not in message and message.endswith(".")
        return
    parts = urlsplit(url)
    assert parts.scheme.lower() in ("http", "https") and parts.hostname
    assert stored_address(url) == url


@pytest.fixture(scope="module")
def library_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("lib") / "lib.db"
    Library(path).close()  # made once: later opens add no sample articles
    return path


@pytest.fixture
def offline(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Requests go all the way through httpx but end at its transport, before the network:
    the addresses that got that far are recorded."""
    asked: list[str] = []

    def handle_request(_transport: object, request: httpx.Request) -> httpx.Response:
        asked.append(str(request.url))
        raise httpx.ConnectError("offline in this test", request=request)

    monkeypatch.setattr(httpx.HTTPTransport, "handle_request", handle_request)
    yield asked


@pytest.mark.parametrize("command", ["add-url", "subscribe"])
@given(text=ADDRESSES)
@COMMANDS
def test_add_url_and_subscribe_answer_any_text_in_one_line(
    library_path: Path, offline: list[str], command: str, text: str
) -> None:
    args = build_parser().parse_args(["--library", str(library_path), command, "--", text])
    offline.clear()
    errors, output = io.StringIO(), io.StringIO()
    with redirect_stderr(errors), redirect_stdout(output):
        status = run_command(args)
    assert status == 1
    lines = errors.getvalue().splitlines()
    assert len(lines) == 1 and lines[0].startswith("lede: error: ")
    for url in offline:  # what got as far as a download is an http(s) address with a host
        assert urlsplit(url).scheme.lower() in ("http", "https") and urlsplit(url).hostname


HOSTILE_FEED = b"""<?xml version="1.0"?><rss version="2.0"><channel>
<title>Mixed</title><link>javascript:alert(1)</link>
<item><title>Script</title><link>javascript:alert(1)</link><description>Short.</description></item>
<item><title>Local</title><link>file:///etc/passwd</link><description>Also short.</description></item>
<item><title>Share</title><link>smb://10.0.0.1/share/x</link><description>Brief.</description></item>
<item><title>Fine</title><link>https://example.org/fine</link>
<description>A whole entry with enough words in it to be read as it is.</description></item>
</channel></rss>"""


class Offline:
    """A fetcher that records what it was asked for and downloads nothing."""

    def __init__(self) -> None:
        self.asked: list[str] = []

    def get(self, url: str, *_args: object, **_kwargs: object) -> object:
        self.asked.append(url)
        raise FetchError("Offline in this test.")


def test_a_hostile_entry_does_not_break_its_feed_nor_store_its_link(tmp_path: Path) -> None:
    parsed = parse_feed(HOSTILE_FEED, "https://example.org/feed.xml")
    assert parsed.site_url == ""
    assert [entry.url for entry in parsed.entries] == ["", "", "", "https://example.org/fine"]
    with Library(tmp_path / "lib.db") as library:
        feed_id, _new = library.add_feed(parsed.url, parsed.title)
        fine = parsed.entries[-1]
        entries = parsed.entries[:-1]
        fetcher = Offline()
        report = add_entries(library, feed_id, parsed, fetcher)  # type: ignore[arg-type]
        stored = [library.article(article_id) for article_id in report.added_ids]
    assert sorted(article.title for article in stored if article) == sorted(
        entry.title for entry in [*entries, fine]
    )
    assert {article.url for article in stored if article} == {"", "https://example.org/fine"}
    assert not report.failures
    assert fetcher.asked == ["https://example.org/fine"]  # the excerpt's page, and nothing else
