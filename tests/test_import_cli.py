"""The headless import commands, run end to end as `main.py` in a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.library import Library
from tests.http_fixtures import LocalSite, article_page, png_bytes, site

pytestmark = [pytest.mark.e2e, pytest.mark.network]
__all__ = ["site"]

MAIN = Path(__file__).resolve().parents[1] / "main.py"
RSS = "application/rss+xml"


@pytest.fixture
def run(tmp_path: Path):
    library = tmp_path / "library.sqlite3"

    def run_main(*arguments: str) -> subprocess.CompletedProcess[str]:
        env = {**os.environ, "LEDE_LIBRARY": str(library), "LEDE_CONFIG_DIR": str(tmp_path)}
        return subprocess.run(
            [sys.executable, str(MAIN), *arguments],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
            check=False,
        )

    run_main.library = library
    return run_main


def articles(path: Path) -> dict[str, int]:
    with Library(path) as library:
        return {library.article(i).title: i for i in library.article_ids()}


def test_import_a_folder_then_again(run, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.md").write_text("# Alpha\n\nFirst article.\n")
    (folder / "sub" / "b.txt").write_text("Plain words in a text file.\n")
    (folder / "sub" / "c.html").write_text(article_page(image=""))
    first = run("import", str(folder))
    assert (first.returncode, first.stdout, first.stderr) == (0, "3 added\n", "")
    assert {"Alpha", "b", "The Quiet Harbour"} <= set(articles(run.library))
    again = run("import", str(folder))
    assert again.stdout == "0 added, 3 skipped as duplicates\n"


def test_import_reports_each_failure_and_exits_non_zero(run, tmp_path: Path) -> None:
    (tmp_path / "ok.md").write_text("# Fine\n\nText.\n")
    (tmp_path / "empty.md").write_text("")
    result = run("import", str(tmp_path / "ok.md"), str(tmp_path / "empty.md"))
    assert result.returncode == 1
    assert result.stdout == "1 added, 1 failed\n"
    assert result.stderr == f"lede: {tmp_path / 'empty.md'}: empty.md is empty.\n"


def test_import_of_an_empty_folder_is_an_error(run, tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    result = run("import", str(tmp_path / "empty"))
    assert result.returncode == 1
    assert result.stderr == "lede: error: No files Lede can import found there.\n"


def test_add_url_saves_the_page_with_its_image(run, site: LocalSite) -> None:
    site.add("/images/boats.png", png_bytes(), content_type="image/png")
    url = site.add("/harbour", article_page())
    result = run("add-url", url)
    assert (result.returncode, result.stdout) == (0, "Added “The Quiet Harbour” with 1 image\n")
    with Library(run.library) as library:
        article = library.article(articles(run.library)["The Quiet Harbour"])
        assert library.asset(article.id, site.url("/images/boats.png")) == png_bytes()
    assert run("add-url", url).stdout == "Already in the library: “The Quiet Harbour”\n"


@pytest.mark.parametrize(
    ("route", "message"),
    [
        ({"status": 404}, "answered 404 Not Found"),
        ({"status": 500}, "answered 500 Internal Server Error"),
        ({"content_type": "application/zip"}, "is application/zip, not a web page"),
    ],
)
def test_add_url_failures_are_one_line(run, site: LocalSite, route: dict, message: str) -> None:
    url = site.add("/bad", "x", **route)
    result = run("add-url", url)
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.startswith("lede: error: ") and message in result.stderr
    assert result.stderr.count("\n") == 1


def test_add_url_names_a_redirect_loop(run, site: LocalSite) -> None:
    site.redirect("/b", "/a")
    start = site.redirect("/a", "/b")
    result = run("add-url", start)
    assert (result.returncode, result.stderr) == (
        1,
        f"lede: error: {site.url('/b')} redirects in a loop (back to {start}).\n",
    )


def test_add_url_refuses_too_many_redirects(run, site: LocalSite) -> None:
    for hop in range(7):
        site.redirect(f"/hop{hop}", f"/hop{hop + 1}")
    site.add("/hop7", article_page(image=""))
    result = run("add-url", site.url("/hop0"))
    assert result.stderr == f"lede: error: {site.url('/hop0')} redirects more than 5 times.\n"


def test_add_url_refuses_a_page_over_the_size_cap(run, site: LocalSite) -> None:
    url = site.add(
        "/huge", "<p>x</p>", send_length=False, headers={"Content-Length": str(30 * 2**20)}
    )
    result = run("add-url", url)
    assert result.stderr == f"lede: error: {url} is larger than the 20 MB limit.\n"


def test_add_url_refuses_a_non_web_address(run) -> None:
    result = run("add-url", "ftp://example.org/file")
    assert (result.returncode, result.stderr) == (
        1,
        "lede: error: Not a web address: ftp://example.org/file (only http and https addresses are read).\n",
    )


def feed_xml(site: LocalSite, titles: list[str]) -> str:
    items = "".join(
        f"<item><title>{t}</title><link>{site.url('/' + t)}</link>"
        f"<description>{'<p>' + ' '.join([t] * 200) + '</p>'}</description></item>"
        for t in titles
    )
    return f"<rss version='2.0'><channel><title>Notes</title>{items}</channel></rss>"


def test_subscribe_refresh_feeds_and_opml(run, site: LocalSite, tmp_path: Path) -> None:
    assert run("feeds").stdout == "No feeds yet: lede subscribe URL follows one.\n"
    site.add("/feed.xml", feed_xml(site, ["one"]), content_type=RSS)
    blog = site.add("/", article_page(image="", feed_link="/feed.xml"))
    subscribed = run("subscribe", blog)
    assert (subscribed.returncode, subscribed.stdout) == (0, "Subscribed to “Notes”: 1 added\n")
    site.add("/feed.xml", feed_xml(site, ["two", "one"]), content_type=RSS)
    refreshed = run("refresh")
    assert refreshed.stdout == "Refreshed 1 feed: 1 added\n"
    listed = run("feeds")
    assert listed.stdout == f"Notes\t2 unread\t{site.url('/feed.xml')}\n"
    opml = tmp_path / "subs.opml"
    assert run("export-opml", str(opml)).stdout == f"Exported 1 feed to {opml}\n"
    assert run("import-opml", str(opml)).stdout == "0 feeds added, 1 already subscribed\n"


def test_subscribe_to_a_malformed_feed(run, site: LocalSite) -> None:
    url = site.add("/feed.xml", "<rss><channel><item><title>broken", content_type=RSS)
    result = run("subscribe", url)
    assert result.returncode == 1
    assert result.stderr.startswith(f"lede: error: {url} is not a readable RSS or Atom feed (")


def test_refresh_reports_a_failing_feed(run, site: LocalSite, tmp_path: Path) -> None:
    opml = tmp_path / "subs.opml"
    opml.write_text(
        f'<opml version="2.0"><body><outline text="Gone" xmlUrl="{site.url("/gone")}"/>'
        "</body></opml>"
    )
    assert run("import-opml", str(opml)).stdout == "1 feed added, 0 already subscribed\n"
    result = run("refresh")
    assert result.returncode == 1
    assert result.stdout == "Refreshed 1 feed: 0 added, 1 failed\n"
    assert result.stderr == f"lede: Gone: {site.url('/gone')} answered 404 Not Found.\n"


def test_import_opml_of_a_broken_file(run, tmp_path: Path) -> None:
    bad = tmp_path / "bad.opml"
    bad.write_text("<opml><body>")
    result = run("import-opml", str(bad))
    assert result.returncode == 1
    assert result.stderr.startswith("lede: error: bad.opml is not valid OPML: ")
