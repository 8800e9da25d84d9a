"""Hostile feeds, OPML files and web pages: entity tricks expand nothing and read no file."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.document import render_markdown
from app.errors import FeedError, LedeError
from app.importing.feeds import parse_feed
from app.importing.html_extract import extract_article, html_fragment_to_markdown
from app.importing.opml import import_opml, parse_opml
from app.library import Library
from tests.hostile_corpus import (
    BROKEN_OPML,
    DEEP_OPML,
    billion_laughs_feed,
    billion_laughs_opml,
    external_entity_feed,
    external_entity_opml,
)
from tests.test_hostile_input import assert_one_line, library_snapshot

SECRET = "the-secret-word-from-a-local-file"
UNSAFE_FRAGMENT = """<p>Real text of the entry, long enough to keep.</p>
<script>alert(1)</script><iframe src="http://127.0.0.1:9/f"></iframe>
<p onclick="alert(2)">Handler text.</p><a href="javascript:alert(3)">js link</a>
<img src="http://127.0.0.1:9/pixel.gif" width="1" height="1">
<form action="http://127.0.0.1:9/"><input></form><object data="x.swf"></object>"""


@pytest.fixture
def secret_file(tmp_path: Path) -> Path:
    path = tmp_path / "secret.txt"
    path.write_text(SECRET)
    return path


def feed_text(url: str = "http://127.0.0.1/feed") -> str:
    try:
        parsed = parse_feed(billion_laughs_feed(), url)
    except FeedError as error:
        assert_one_line(str(error))
        return ""
    return " ".join([parsed.title, *(entry.title + entry.html for entry in parsed.entries)])


def test_a_billion_laughs_feed_expands_nothing() -> None:
    assert len(feed_text()) < 10_000


def test_an_external_entity_in_a_feed_reads_no_file(secret_file: Path) -> None:
    try:
        parsed = parse_feed(external_entity_feed(secret_file), "http://127.0.0.1/feed")
    except FeedError as error:
        assert_one_line(str(error))
        return
    everything = repr(parsed)
    assert SECRET not in everything


@pytest.mark.parametrize(
    "data",
    [b"", b"\x00" * 100, b"<rss><channel><item>", b"<html><body>no feed</body></html>"],
    ids=["empty", "nuls", "truncated", "a page"],
)
def test_a_broken_feed_is_a_feed_error(data: bytes) -> None:
    with pytest.raises(FeedError) as caught:
        parse_feed(data, "http://127.0.0.1/feed")
    assert_one_line(str(caught.value))


def test_a_billion_laughs_opml_is_refused() -> None:
    with pytest.raises(FeedError) as caught:
        parse_opml(billion_laughs_opml())
    assert_one_line(str(caught.value))


def test_an_external_entity_opml_is_refused(secret_file: Path) -> None:
    with pytest.raises(FeedError) as caught:
        parse_opml(external_entity_opml(secret_file))
    assert SECRET not in str(caught.value)


@pytest.mark.parametrize("data", BROKEN_OPML.values(), ids=BROKEN_OPML.keys())
def test_importing_a_broken_opml_changes_nothing(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "list.opml"
    path.write_bytes(data)
    with Library(tmp_path / "library.db") as library:
        library.add_feed("http://127.0.0.1/kept", "Kept", "")
        before = library_snapshot(library), library.feeds()
        with pytest.raises(LedeError) as caught:
            import_opml(library, path)
        assert (library_snapshot(library), library.feeds()) == before
    assert_one_line(str(caught.value))


def test_a_deeply_nested_opml_is_read_without_recursion() -> None:
    assert [feed.url for feed in parse_opml(DEEP_OPML)] == ["http://127.0.0.1/deep"]


def test_unsafe_feed_html_is_stripped_before_display() -> None:
    html = render_markdown(html_fragment_to_markdown(UNSAFE_FRAGMENT)).html().lower()
    for unsafe in ("<script", "onclick", "javascript:", "<iframe", "<form", "<object", "pixel.gif"):
        assert unsafe not in html
    assert "real text of the entry" in html


def test_an_unsafe_page_extracts_to_safe_markup() -> None:
    page = f"<html><body><article>{UNSAFE_FRAGMENT * 5}</article></body></html>"
    try:
        draft = extract_article(page, url="http://127.0.0.1/page")
    except LedeError as error:
        assert_one_line(str(error))
        return
    html = render_markdown(draft.markdown).html().lower()
    for unsafe in ("<script", "onclick", "javascript:", "<iframe", "<form", "<object"):
        assert unsafe not in html
