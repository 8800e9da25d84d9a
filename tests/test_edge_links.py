"""Only http(s) leaves Lede: what a feed, a page or an OPML file gives is stored only when it
is http(s), and every path to the desktop checks the address again at the moment of opening."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from xml.sax.saxutils import quoteattr

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from app.importing.feeds import parse_feed
from app.importing.opml import import_opml
from app.library import Library
from ui.desktop_links import open_on_desktop, openable
from ui.window.main_window import MainWindow

HOSTILE = [
    "file:///etc/passwd",
    "FILE:///etc/passwd",
    "smb://10.0.0.1/share/x",
    "SmB://10.0.0.1/share/x",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "DATA:text/html,x",
    "lede-custom://anything",
    "vscode://file/etc/passwd",
    "ftp://example.org/x",
    "http://[::1",
    "http://127.0.0.1:99999/",
    "http:///no-host",
    "",
]
FINE = ["http://example.org/a", "https://example.org/a?b=1#c", "HTTPS://Example.org/A"]


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    calls: list[str] = []

    def record(url: QUrl) -> bool:
        calls.append(url.toString())
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(record))
    return calls


@pytest.mark.parametrize("address", HOSTILE)
def test_no_other_scheme_reaches_the_desktop(opened: list[str], address: str) -> None:
    assert not openable(QUrl(address), allow_mail=True)
    assert not open_on_desktop(QUrl(address), allow_mail=True)
    assert opened == []


@pytest.mark.parametrize("address", FINE)
def test_web_addresses_reach_the_desktop(opened: list[str], address: str) -> None:
    assert open_on_desktop(QUrl(address))
    assert [QUrl(url).scheme() for url in opened] == [address.split(":")[0].lower()]


def test_mail_links_open_only_where_they_are_allowed(opened: list[str]) -> None:
    assert not open_on_desktop(QUrl("mailto:someone@example.org"))
    assert not open_on_desktop(QUrl("mailto:"), allow_mail=True)
    assert open_on_desktop(QUrl("MAILTO:someone@example.org"), allow_mail=True)
    assert opened == ["mailto:someone@example.org"]


@pytest.mark.parametrize("address", ["SMB://host/share", "JaVaScRiPt:alert(1)", "file:///x"])
def test_a_clicked_link_with_another_scheme_opens_nothing(
    window: MainWindow, opened: list[str], address: str
) -> None:
    window.reader.anchorClicked.emit(QUrl(address))
    window.reader.anchorClicked.emit(QUrl("https://example.org/clicked"))
    assert opened == ["https://example.org/clicked"]


def test_open_original_checks_the_address_again_when_it_opens(
    window: MainWindow, opened: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    article = window.article
    assert article is not None
    link = window.original_link
    web = replace(article, url="https://example.org/saved")
    monkeypatch.setattr(link, "_current_article", lambda: web)
    link._sync()
    assert link.action.isEnabled()
    changed = replace(article, url="file:///etc/passwd")  # changed since the action was enabled
    monkeypatch.setattr(link, "_current_article", lambda: changed)
    link.action.trigger()
    monkeypatch.setattr(link, "_current_article", lambda: web)
    link.action.trigger()
    assert opened == ["https://example.org/saved"]


def _feed(link: str) -> bytes:
    return f"""<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
<link>{link}</link><item><title>Entry</title><link>{link}</link>
<description>Enough words here to be kept as the entry itself.</description></item>
</channel></rss>""".encode()


# feedparser itself turns "http:///no-host" into "http://no-host", a web address
@pytest.mark.parametrize("address", [a for a in HOSTILE if a and "<" not in a and "///n" not in a])
def test_a_feed_keeps_its_entry_but_not_another_schemes_link(address: str) -> None:
    parsed = parse_feed(_feed(address), "https://example.org/feed.xml")
    assert parsed.site_url == ""
    assert [(entry.title, entry.url) for entry in parsed.entries] == [("Entry", "")]


def test_an_opml_list_subscribes_only_to_web_addresses(tmp_path: Path) -> None:
    outlines = "".join(
        f'<outline text="x" xmlUrl={quoteattr(address)} htmlUrl={quoteattr(address)}/>'
        for address in [*HOSTILE[:11], "https://example.org/feed.xml", "HTTP://Example.org/b"]
    )
    path = tmp_path / "list.opml"
    path.write_text(f"<opml version='2.0'><body>{outlines}</body></opml>")
    with Library(tmp_path / "lib.db") as library:
        result = import_opml(library, path)
        feeds = {feed.url for feed in library.feeds()}
    assert feeds == {"https://example.org/feed.xml", "http://Example.org/b"}
    assert len(result.skipped) == 11
