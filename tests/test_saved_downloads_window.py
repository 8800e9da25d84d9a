"""The window downloads saved addresses by itself, shows progress in the status bar, updates
the rows, and lists what it could not get with a way to try again."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.library import Library
from tests.http_fixtures import LocalSite, site  # noqa: F401 (the fixture)
from tests.test_saved_pages import PAGE, queue_bookmarks
from ui.window.main_window import MainWindow

WAIT_MS = 15_000


@pytest.fixture
def pages(site: LocalSite) -> dict[str, str]:  # noqa: F811
    return {
        "good": site.add("/good", PAGE.format(title="Harbour walls")),
        "gone": site.url("/gone"),
    }


@pytest.fixture
def window_library(sample_library: Library, pages: dict[str, str]) -> Library:
    queue_bookmarks(sample_library, [pages["good"], pages["gone"]])
    return sample_library


def test_queued_pages_download_after_the_start_and_failures_can_be_tried_again(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    site: LocalSite,  # noqa: F811
    pages: dict[str, str],
) -> None:
    downloads = window.saved_downloads
    qtbot.waitUntil(lambda: downloads.last_report is not None, timeout=WAIT_MS)
    report = downloads.last_report
    assert report is not None and len(report.filled) == 1 and len(report.failed) == 1
    message = window.statusBar().currentMessage()
    assert message.startswith("1 saved page downloaded, 1 could not be")
    assert "File > Saved pages not downloaded" in message
    filled = window.library.article(report.filled[0])
    assert filled is not None and filled.title == "Harbour walls"
    assert downloads.failures_action.isEnabled()
    assert downloads.failures_action in window.menus["file"].actions()

    downloads.failures_action.trigger()
    dialog = downloads.failures_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.table.topLevelItemCount() == 1
    row = dialog.table.topLevelItem(0)
    assert row is not None and row.text(1) == pages["gone"] and "404" in row.text(2)

    site.add("/gone", PAGE.format(title="Back again"))
    downloads.last_report = None
    dialog.try_again_button.click()
    qtbot.waitUntil(lambda: downloads.last_report is not None, timeout=WAIT_MS)
    assert downloads.last_report is not None and len(downloads.last_report.filled) == 1
    assert window.library.failed_pages() == []
    assert not downloads.failures_action.isEnabled()


def test_an_import_that_queues_addresses_starts_the_downloads(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    tmp_path: Path,
    site: LocalSite,  # noqa: F811
) -> None:
    downloads = window.saved_downloads
    qtbot.waitUntil(lambda: downloads.last_report is not None, timeout=WAIT_MS)
    downloads.last_report = None
    fresh = site.add("/fresh", PAGE.format(title="Lantern rooms"))
    export = tmp_path / "instapaper.csv"
    export.write_text(
        f"URL,Title,Selection,Folder,Timestamp\n{fresh},Lantern rooms,,Unread,1700000000\n",
        encoding="utf-8",
    )
    window.imports.import_paths([export])
    qtbot.waitUntil(lambda: downloads.last_report is not None, timeout=WAIT_MS)
    assert downloads.last_report is not None and len(downloads.last_report.filled) == 1
