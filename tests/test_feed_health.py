"""A feed that fails says so where the reader looks: the status bar and the Feeds dialog, with
its last success and last error; a refresh never opens a box."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.importing.feeds import refresh_feeds
from app.importing.fetch import Fetcher
from app.library import Library
from tests.http_fixtures import LocalSite, site
from ui.importing.feeds_dialog import when
from ui.window.main_window import MainWindow

pytestmark = [pytest.mark.network]
__all__ = ["site"]
RSS = "application/rss+xml"
WAIT = 15_000
FEED = (
    "<rss version='2.0'><channel><title>Harbour</title><item><title>Dues</title>"
    "<link>{link}</link><description><![CDATA[<p>{text}</p>]]></description></item>"
    "</channel></rss>"
)


def good_feed(site: LocalSite) -> str:
    text = " ".join(["The harbour dues rise in May."] * 40)
    return site.add("/good.xml", FEED.format(link=site.url("/dues"), text=text), content_type=RSS)


@pytest.fixture
def library(lede_env: Path) -> Iterator[Library]:
    """An empty library (no samples): the feeds' articles are all there is."""
    with Library(lede_env / "library.sqlite3") as opened:
        yield opened


@pytest.fixture
def window_library(library: Library) -> Library:
    return library


def test_a_refresh_keeps_each_feeds_last_success_and_last_error(
    site: LocalSite, library: Library
) -> None:
    dead, _ = library.add_feed(site.url("/missing.xml"), "Dead feed")
    good, _ = library.add_feed(good_feed(site), "Harbour")
    with Fetcher() as fetcher:
        report = refresh_feeds(library, fetcher)
    assert len(report.failures) == 1
    dead_feed, good_feed_row = library.feed(dead), library.feed(good)
    assert dead_feed is not None and good_feed_row is not None
    assert "404" in dead_feed.last_error and dead_feed.failed
    assert dead_feed.refreshed == ""
    assert good_feed_row.last_error == "" and good_feed_row.refreshed
    site.add("/missing.xml", FEED.format(link=site.url("/x"), text="Back again."), content_type=RSS)
    with Fetcher() as fetcher:
        refresh_feeds(library, fetcher)
    back = library.feed(dead)
    assert back is not None and back.last_error == "" and back.refreshed


def test_f5_with_a_dead_feed_tells_the_status_bar_and_the_feeds_dialog(
    qtbot, window: MainWindow, site: LocalSite, library: Library
) -> None:
    library.add_feed(site.url("/missing.xml"), "Dead feed")
    library.add_feed(good_feed(site), "Harbour")
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: "1 feed failed" in window.statusBar().currentMessage(), timeout=WAIT)
    assert "1 new article" in window.statusBar().currentMessage()
    assert window.imports.message_box is None
    window.imports.feeds_action.trigger()
    dialog = window.imports.feeds_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    dead_row, good_row = dialog.row_texts()
    assert dead_row.startswith("Dead feed  —  failed")
    assert "404" in dialog.feed_list.item(0).toolTip()
    dialog.feed_list.setCurrentRow(0)
    assert "Never refreshed" in dialog.detail_label.text()
    assert "404 Not Found" in dialog.detail_label.text()
    assert good_row == "Harbour  —  1 unread"
    dialog.feed_list.setCurrentRow(1)
    assert "Last refreshed" in dialog.detail_label.text()
    assert "error" not in dialog.detail_label.text().lower()


def test_a_refresh_that_cannot_run_at_all_opens_no_box(
    qtbot, window: MainWindow, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui.importing import import_actions

    def broken(*_args: object) -> object:
        raise RuntimeError("the disk is full")

    monkeypatch.setattr(import_actions, "refresh_task", broken)
    library.add_feed("http://127.0.0.1:9/feed.xml", "Anything")
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(
        lambda: "Could not refresh the feeds" in window.statusBar().currentMessage(),
        timeout=WAIT,
    )
    assert window.imports.message_box is None


def test_a_hostile_error_shows_as_text(qtbot, window: MainWindow, library: Library) -> None:
    feed_id, _ = library.add_feed("http://127.0.0.1:9/x.xml", "<b>Loud</b>")
    hostile = "answered 500 <img src='file:///etc/passwd'><b>bold</b> " + "x" * 5000
    library.update_feed(feed_id, failed="2026-12-07T06:40:00Z", last_error=hostile)
    window.imports.feeds_action.trigger()
    dialog = window.imports.feeds_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    failed = when("2026-12-07T06:40:00Z")  # in the reader's time and locale
    assert dialog.row_texts()[0].startswith(f"<b>Loud</b>  —  failed {failed}")
    assert dialog.detail_label.textFormat() == Qt.TextFormat.PlainText
    assert hostile in dialog.detail_label.text()
    tooltip = dialog.feed_list.item(0).toolTip()
    assert "<img" not in tooltip and "&lt;img" in tooltip


def test_a_failure_without_words_still_marks_the_feed_failing(
    library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    import app.importing.feeds as feeds
    from app.errors import LedeError

    def fail(*_arguments: object, **_options: object) -> None:
        raise LedeError("")

    monkeypatch.setattr(feeds, "refresh_feed", fail)
    feed_id, _ = library.add_feed("http://127.0.0.1:9/feed.xml", "Quiet")
    report = refresh_feeds(library, fetcher=None)  # type: ignore[arg-type]
    feed = library.feed(feed_id)
    assert feed is not None and feed.is_failing and feed.failed
    assert feed.last_error == "The feed could not be read."
    assert report.failures[0].reason == feed.last_error
