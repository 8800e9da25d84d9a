"""Saving pages and following feeds against a local site: content, images, duplicates, errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.document import render_markdown
from app.errors import FeedError, FetchError
from app.importing.feeds import find_feed_link, parse_feed, refresh_feeds, subscribe
from app.importing.fetch import Fetcher, FetchLimits
from app.importing.opml import export_opml, import_opml, parse_opml
from app.importing.pages import save_page
from app.library import Library
from tests.http_fixtures import ARTICLE_PARAGRAPHS, LocalSite, article_page, png_bytes, site

pytestmark = pytest.mark.network
__all__ = ["site"]

RSS = "application/rss+xml"
LIMITS = FetchLimits(read_seconds=2, total_seconds=4, max_bytes=200_000)


@pytest.fixture
def library(tmp_path: Path) -> Library:
    with Library(tmp_path / "library.sqlite3") as opened:
        yield opened


@pytest.fixture
def fetcher() -> Fetcher:
    with Fetcher(LIMITS) as opened:
        yield opened


def rss(site: LocalSite, items: list[tuple[str, str, str]], title: str = "Coastal Notes") -> str:
    """An RSS 2.0 document; each item is (title, path, description HTML)."""
    entries = "".join(
        f"<item><title>{name}</title><link>{site.url(path)}</link><guid>{site.url(path)}</guid>"
        f"<pubDate>Fri, 14 Mar 2025 09:00:00 GMT</pubDate>"
        f"<description><![CDATA[{text}]]></description></item>"
        for name, path, text in items
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>{title}</title><link>{site.url('/')}</link><language>en</language>"
        f"{entries}</channel></rss>"
    )


def full_text(words: int = 200) -> str:
    return "<p>" + " ".join(["Harbour"] + ["words"] * words) + ".</p>"


# -- pages ------------------------------------------------------------------------------------


def test_a_saved_page_keeps_text_metadata_and_images(
    site: LocalSite, library: Library, fetcher: Fetcher
) -> None:
    site.add("/images/boats.png", png_bytes(), content_type="image/png")
    url = site.add("/harbour", article_page())
    saved = save_page(library, url, fetcher)
    assert saved.added and saved.title == "The Quiet Harbour" and saved.images == 1
    article = library.article(saved.article_id)
    assert article.url == url
    assert (article.author, article.row.source, article.row.language) == (
        "Mira Holt",
        "Coastal Notes",
        "en",
    )
    assert article.row.published == "2025-03-14"
    image_key = site.url("/images/boats.png")
    assert f"]({image_key})" in article.markdown
    assert library.asset(article.id, image_key) == png_bytes()
    rendered = render_markdown(article.markdown, article.asset_keys)
    assert 'src="asset:' in rendered.html() and "missing-image" not in rendered.html()
    assert ARTICLE_PARAGRAPHS[2] in rendered.text


def test_a_missing_image_does_not_stop_the_page(
    site: LocalSite, library: Library, fetcher: Fetcher
) -> None:
    url = site.add("/harbour", article_page(image="/images/gone.png"))
    saved = save_page(library, url, fetcher)
    article = library.article(saved.article_id)
    assert saved.images == 0 and article.asset_keys == frozenset()
    assert "[Boats at the quay]" in render_markdown(article.markdown).html()


def test_the_same_url_is_not_downloaded_twice(
    site: LocalSite, library: Library, fetcher: Fetcher
) -> None:
    url = site.add("/harbour", article_page(image=""))
    first = save_page(library, url, fetcher)
    requests = len(site.requests)
    again = save_page(library, url, fetcher)
    assert (again.added, again.article_id, again.title) == (False, first.article_id, first.title)
    assert len(site.requests) == requests
    assert library.count() == 1


def test_the_same_text_at_another_url_is_a_duplicate(
    site: LocalSite, library: Library, fetcher: Fetcher
) -> None:
    first = save_page(library, site.add("/a", article_page(image="")), fetcher)
    second = save_page(library, site.add("/b", article_page(image="")), fetcher)
    assert not second.added and second.article_id == first.article_id
    assert library.count() == 1


def test_a_page_in_latin_1_declared_by_the_server(
    site: LocalSite, library: Library, fetcher: Fetcher
) -> None:
    text = "Hélène essuyait les tables du café, près de la fenêtre où séchaient les filets."
    page = article_page(paragraphs=(text, *ARTICLE_PARAGRAPHS[1:]), image="", charset="latin-1")
    url = site.add("/fr", page.encode("latin-1"), content_type="text/html; charset=ISO-8859-1")
    saved = save_page(library, url, fetcher)
    assert text in library.article(saved.article_id).markdown


@pytest.mark.parametrize(
    ("route", "message"),
    [
        ({"status": 404}, "answered 404 Not Found"),
        ({"status": 500}, "answered 500 Internal Server Error"),
        ({"content_type": "application/pdf"}, "is application/pdf, not a web page"),
        ({"delay": 3.0}, "timed out"),
    ],
    ids=["404", "500", "pdf", "slow"],
)
def test_failed_pages_leave_the_library_unchanged(
    site: LocalSite, library: Library, fetcher: Fetcher, route: dict[str, object], message: str
) -> None:
    url = site.add("/bad", article_page(image=""), **route)
    with pytest.raises(FetchError, match=message):
        save_page(library, url, fetcher)
    assert library.count() == 0


# -- feeds ------------------------------------------------------------------------------------


def test_subscribing_adds_entries_as_articles_of_the_feed(
    site: LocalSite, library: Library, fetcher: Fetcher
) -> None:
    items = [("Newer post", "/p2", full_text()), ("Older post", "/p1", full_text(180))]
    feed_url = site.add("/feed.xml", rss(site, items), content_type=RSS)
    subscription = subscribe(library, feed_url, fetcher)
    assert subscription.new and subscription.title == "Coastal Notes"
    assert subscription.report.summary() == "2 added"
    newest_first = [library.article(i) for i in library.article_ids()]
    assert [a.title for a in newest_first] == ["Newer post", "Older post"]
    assert newest_first[0].url == site.url("/p2")
    assert newest_first[0].row.source == "Coastal Notes"
    assert newest_first[0].row.published.startswith("2025-03-14")
    assert library.feeds()[0].url == feed_url
    assert library.feed_unread_counts() == {subscription.feed_id: 2}
    assert "/p1" not in site.paths_requested()  # full-text entries need no page download


def test_an_excerpt_entry_is_completed_from_its_page(
    site: LocalSite, library: Library, fetcher: Fetcher
) -> None:
    site.add("/images/boats.png", png_bytes(), content_type="image/png")
    site.add("/harbour", article_page())
    items = [("The Quiet Harbour", "/harbour", "<p>The fishing boats came back…</p>")]
    subscribe(library, site.add("/feed.xml", rss(site, items), content_type=RSS), fetcher)
    article = library.article(library.article_ids()[0])
    assert ARTICLE_PARAGRAPHS[2] in article.markdown
    assert article.asset_keys == {site.url("/images/boats.png")}


def test_an_excerpt_whose_page_fails_keeps_the_excerpt(
    site: LocalSite, library: Library, fetcher: Fetcher
) -> None:
    items = [("Gone", "/gone", "<p>Only this excerpt survives.</p>")]
    subscribe(library, site.add("/feed.xml", rss(site, items), content_type=RSS), fetcher)
    article = library.article(library.article_ids()[0])
    assert article.markdown.strip() == "Only this excerpt survives."


def test_subscribing_through_a_page_that_links_its_feed(
    site: LocalSite, library: Library, fetcher: Fetcher
) -> None:
    site.add("/feed.xml", rss(site, [("Post", "/p", full_text())]), content_type=RSS)
    blog = site.add("/blog", article_page(image="", feed_link="/feed.xml"))
    subscription = subscribe(library, blog, fetcher)
    assert library.feed(subscription.feed_id).url == site.url("/feed.xml")
    assert subscription.report.added == 1


def test_atom_feeds_are_read(site: LocalSite, library: Library, fetcher: Fetcher) -> None:
    atom = (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>Atom Notes</title><id>urn:x</id><updated>2025-03-14T09:00:00Z</updated>"
        f'<entry><title>An entry</title><link href="{site.url("/e1")}"/><id>urn:e1</id>'
        "<updated>2025-03-14T09:00:00Z</updated><author><name>Kim</name></author>"
        f'<content type="html">{full_text()}</content></entry></feed>'
    )
    url = site.add("/atom", atom, content_type="application/atom+xml")
    subscription = subscribe(library, url, fetcher)
    article = library.article(subscription.report.added_ids[0])
    assert (subscription.title, article.title, article.author) == ("Atom Notes", "An entry", "Kim")


def test_refresh_adds_only_new_entries(site: LocalSite, library: Library, fetcher: Fetcher) -> None:
    feed_url = site.add("/feed.xml", rss(site, [("One", "/1", full_text())]), content_type=RSS)
    subscribe(library, feed_url, fetcher)
    site.add(
        "/feed.xml",
        rss(site, [("Two", "/2", full_text(170)), ("One", "/1", full_text())]),
        content_type=RSS,
    )
    report = refresh_feeds(library, fetcher)
    assert report.summary() == "1 added"
    assert [library.article(i).title for i in library.article_ids()] == ["Two", "One"]
    assert refresh_feeds(library, fetcher).summary() == "0 added"


def test_refresh_sends_the_etag_and_accepts_not_modified(
    site: LocalSite, library: Library, fetcher: Fetcher
) -> None:
    body = rss(site, [("One", "/1", full_text())])
    feed_url = site.add("/feed.xml", body, content_type=RSS, headers={"ETag": '"v1"'})
    subscribe(library, feed_url, fetcher)
    site.add("/feed.xml", status=304, headers={"ETag": '"v1"'})
    assert refresh_feeds(library, fetcher).summary() == "0 added"
    assert site.requests[-1][1].get("If-None-Match") == '"v1"'
    assert library.feeds()[0].refreshed


def test_a_failing_feed_is_reported_and_the_others_refresh(
    site: LocalSite, library: Library, fetcher: Fetcher
) -> None:
    good = site.add("/good.xml", rss(site, [("Good", "/g", full_text())]), content_type=RSS)
    library.add_feed(site.url("/gone.xml"), "Gone Feed")
    library.add_feed(good, "Good Feed")
    report = refresh_feeds(library, fetcher)
    assert report.added == 1
    assert report.failure_lines() == [f"Gone Feed: {site.url('/gone.xml')} answered 404 Not Found."]


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("this is not a feed at all", "is not a readable RSS or Atom feed"),
        (
            "<?xml version='1.0'?><rss><channel><item><title>x</ti",
            r"not a readable RSS or Atom feed \(line 1, column \d+: unclosed token\)",
        ),
    ],
    ids=["text", "truncated"],
)
def test_malformed_feeds_are_refused(
    site: LocalSite, library: Library, fetcher: Fetcher, body: str, message: str
) -> None:
    url = site.add("/bad.xml", body, content_type=RSS)
    with pytest.raises(FeedError, match=message):
        subscribe(library, url, fetcher)
    assert library.feeds() == [] and library.count() == 0


def test_a_page_without_a_feed_link(site: LocalSite, library: Library, fetcher: Fetcher) -> None:
    url = site.add("/plain", article_page(image=""))
    with pytest.raises(FeedError, match="is a web page that links no RSS or Atom feed"):
        subscribe(library, url, fetcher)


def test_find_feed_link_resolves_relative_addresses() -> None:
    page = '<head><link rel="alternate" type="application/atom+xml" href="../atom.xml"></head>'
    assert find_feed_link(page, "http://h/blog/post") == "http://h/atom.xml"
    assert find_feed_link("<head><link rel='stylesheet' href='s.css'></head>", "http://h/") == ""


def test_parse_feed_reads_bytes_not_addresses() -> None:
    with pytest.raises(FeedError):
        parse_feed(b"http://example.org/feed.xml", "typed")


# -- OPML -------------------------------------------------------------------------------------


def test_opml_round_trip(library: Library, tmp_path: Path) -> None:
    library.add_feed("http://a.example/feed", "Feed A & Co", "http://a.example/")
    library.add_feed("http://b.example/rss", "")
    path = tmp_path / "subs.opml"
    assert export_opml(library, path) == 2
    with Library(tmp_path / "other.sqlite3") as other:
        result = import_opml(other, path)
        assert result.summary() == "2 feeds added, 0 already subscribed"
        assert {(f.url, f.title) for f in other.feeds()} == {
            ("http://a.example/feed", "Feed A & Co"),
            ("http://b.example/rss", ""),
        }
        assert import_opml(other, path).summary() == "0 feeds added, 2 already subscribed"


def test_nested_opml_outlines_are_all_read() -> None:
    data = (
        b'<opml version="1.0"><body><outline text="Tech"><outline text="One" type="rss"'
        b' xmlUrl="http://one/feed"/></outline><outline text="Two" xmlUrl="http://two/x"/>'
        b"</body></opml>"
    )
    assert [(f.url, f.title) for f in parse_opml(data)] == [
        ("http://one/feed", "One"),
        ("http://two/x", "Two"),
    ]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"<opml><body><outline", "is not valid OPML"),
        (b"<rss version='2.0'></rss>", r"is not an OPML file \(it starts with <rss>\)"),
        (
            b'<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY a "aaaaaaaaaa">'
            b'<!ENTITY b "&a;&a;&a;&a;&a;">]><opml><body><outline text="&b;"/></body></opml>',
            "declares XML entities",
        ),
    ],
    ids=["broken", "not-opml", "entities"],
)
def test_bad_opml_is_refused(data: bytes, message: str) -> None:
    with pytest.raises(FeedError, match=message):
        parse_opml(data, "subs.opml")
