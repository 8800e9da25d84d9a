"""The import actions driven through the window: Add URL, subscribe, refresh, drops, reports."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QObject, QPointF, Qt, QTimer, QUrl, Slot
from PySide6.QtGui import QColor, QDesktopServices, QDragEnterEvent, QDropEvent, QImage
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QWidget,
)

from app.articles import ArticleDraft
from app.importing.fetch import FetchLimits
from app.importing.report import ImportReport
from app.library import Library
from tests.http_fixtures import ARTICLE_PARAGRAPHS, LocalSite, article_page, png_bytes, site
from ui.importing import import_actions
from ui.importing.import_report import report_box
from ui.window.main_window import MainWindow

pytestmark = [pytest.mark.gui, pytest.mark.network]
__all__ = ["site"]

RSS = "application/rss+xml"
BOAT_RED = (200, 60, 40)
WAIT = 15_000


@pytest.fixture
def library(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Library]:
    monkeypatch.setenv("LEDE_LIBRARY", str(tmp_path / "library.sqlite3"))
    monkeypatch.setenv("LEDE_CONFIG_DIR", str(tmp_path / "config"))
    with Library(tmp_path / "library.sqlite3") as opened:
        yield opened


@pytest.fixture
def window_library(library: Library) -> Library:
    return library


def report_text(qtbot, window: MainWindow) -> str:
    qtbot.waitUntil(lambda: window.imports.message_box is not None, timeout=WAIT)
    box = window.imports.message_box
    qtbot.waitUntil(box.isVisible)
    return f"{box.text()}\n{box.informativeText()}".strip()


def type_into_url_dialog(qtbot, window: MainWindow, text: str) -> None:
    qtbot.waitUntil(lambda: window.imports.url_dialog is not None)
    dialog = window.imports.url_dialog
    assert isinstance(dialog, QInputDialog)
    qtbot.waitUntil(dialog.isVisible)
    field = dialog.findChild(QLineEdit)
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def rss(site: LocalSite, items: list[tuple[str, str]]) -> str:
    entries = "".join(
        f"<item><title>{title}</title><link>{site.url(path)}</link>"
        f"<description><![CDATA[{text}]]></description></item>"
        for title, path, text in ((t, p, "<p>" + " ".join([t] * 200) + "</p>") for t, p in items)
    )
    return f"<rss version='2.0'><channel><title>Notes</title>{entries}</channel></rss>"


def test_ctrl_l_saves_a_page_and_shows_it_with_its_image(
    qtbot, window: MainWindow, site: LocalSite
) -> None:
    site.add("/images/boats.png", png_bytes(120, 60, BOAT_RED), content_type="image/png")
    url = site.add("/harbour", article_page())
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    type_into_url_dialog(qtbot, window, url)
    qtbot.waitUntil(
        lambda: window.article is not None and window.article.title == "The Quiet Harbour",
        timeout=WAIT,
    )
    assert window.statusBar().currentMessage() == "Saved “The Quiet Harbour” with 1 image"
    assert window.article.asset_keys == {site.url("/images/boats.png")}
    qtbot.waitUntil(lambda: ARTICLE_PARAGRAPHS[1][:40] in window.reader.toPlainText())
    html = window.reader.toHtml()
    assert "asset:" in html and "[Boats at the quay]" not in window.reader.toPlainText()
    site.stop()  # offline from here: the picture comes from the library
    window.reader.set_highlights(())
    qtbot.waitUntil(lambda: shows_colour(window.reader.viewport().grab().toImage(), BOAT_RED))


def shows_colour(image: QImage, rgb: tuple[int, int, int]) -> bool:
    wanted = QColor(*rgb).rgb()
    return any(
        image.pixel(x, y) == wanted
        for y in range(0, image.height(), 4)
        for x in range(0, image.width(), 4)
    )


def test_a_failed_page_says_why_and_adds_nothing(
    qtbot, window: MainWindow, site: LocalSite, library: Library
) -> None:
    url = site.add("/gone", "<h1>gone</h1>", status=404)
    window.imports.add_url_action.trigger()
    type_into_url_dialog(qtbot, window, url)
    assert report_text(qtbot, window) == f"{url} answered 404 Not Found."
    assert window.imports.message_box.windowTitle() == "Could not save the page"
    assert library.count() == 0


def serve_failure(site: LocalSite, kind: str) -> str:
    """A route that fails in the given way; returns its address."""
    page = article_page(image="")
    if kind == "loop":
        site.redirect("/loop-b", "/loop-a")
        return site.redirect("/loop-a", "/loop-b")
    if kind == "redirects":
        for hop in range(4):
            site.redirect(f"/hop{hop}", f"/hop{hop + 1}")
        site.add("/hop4", page)
        return site.url("/hop0")
    options = {
        "404": {"status": 404},
        "500": {"status": 500},
        "pdf": {"content_type": "application/pdf"},
        "huge": {"send_length": False},
        "slow": {"delay": 1.5},
    }[kind]
    body = page * 40 if kind == "huge" else page
    return site.add(f"/{kind}", body, **options)


@pytest.mark.parametrize(
    ("kind", "message"),
    [
        ("404", "{url} answered 404 Not Found."),
        ("500", "{url} answered 500 Internal Server Error."),
        ("loop", "{base}/loop-b redirects in a loop (back to {base}/loop-a)."),
        ("redirects", "{base}/hop0 redirects more than 3 times."),
        ("pdf", "{url} is application/pdf, not a web page."),
        ("huge", "{url} is larger than the 20 KB limit."),
        ("slow", "{url} timed out: no answer within 0.5 seconds."),
    ],
)
def test_every_download_failure_is_one_readable_message(
    qtbot, window: MainWindow, site: LocalSite, library: Library, kind: str, message: str
) -> None:
    window.imports.service.limits = FetchLimits(
        read_seconds=0.5, total_seconds=2, max_bytes=20 * 1024, max_redirects=3
    )
    url = serve_failure(site, kind)
    window.imports.add_url(url)
    assert report_text(qtbot, window) == message.format(url=url, base=site.base)
    assert window.statusBar().currentMessage().startswith("Could not save the page: ")
    assert library.count() == 0


def test_a_malformed_feed_is_a_readable_message(
    qtbot, window: MainWindow, site: LocalSite, library: Library
) -> None:
    url = site.add("/feed.xml", "<rss version='2.0'><channel><item><title>cut", content_type=RSS)
    window.imports.subscribe(url)
    assert report_text(qtbot, window).startswith(f"{url} is not a readable RSS or Atom feed (")
    assert window.imports.message_box.windowTitle() == "Could not subscribe"
    assert library.feeds() == [] and library.count() == 0


def test_importing_a_folder_ends_with_a_report_of_failures(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    folder = tmp_path / "notes"
    (folder / "deep").mkdir(parents=True)
    (folder / "one.md").write_text("# One\n\nFirst.\n")
    (folder / "deep" / "two.txt").write_text("Second, in plain text.\n")
    (folder / "deep" / "page.html").write_text(article_page(image=""))
    (folder / "empty.md").write_text("")
    window.imports.import_paths([folder])
    assert report_text(qtbot, window) == (
        f"3 added, 1 failed\n{folder / 'empty.md'}: empty.md is empty."
    )
    qtbot.waitUntil(lambda: window.model.rowCount() == 3)
    window.imports.message_box.accept()
    window.imports.import_paths([folder])
    assert report_text(qtbot, window).startswith("0 added, 3 skipped as duplicates, 1 failed")


@pytest.mark.parametrize("where", ["window", "reader", "list"])
def test_dropping_files_onto_the_window_imports_them(
    qtbot, window: MainWindow, tmp_path: Path, where: str
) -> None:
    first, second = tmp_path / "a.md", tmp_path / "b.md"
    first.write_text("# Dropped A\n\nText A.\n")
    second.write_text("# Dropped B\n\nText B.\n")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(first)), QUrl.fromLocalFile(str(second))])
    target = {
        "window": window,
        "reader": window.reader.viewport(),
        "list": window.list_view.viewport(),
    }[where]
    drag_and_drop(target, mime)
    assert report_text(qtbot, window) == "2 added"


def drag_enter_event(position: QPointF, mime: QMimeData) -> QDragEnterEvent:
    arguments = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier(0))
    try:
        return QDragEnterEvent(position, *arguments)
    except TypeError:  # PySide6 before 6.12 takes only a QPoint (6.12 deprecates that form)
        return QDragEnterEvent(position.toPoint(), *arguments)


def drag_and_drop(target: QWidget, mime: QMimeData) -> None:
    """What Qt delivers to the widget under the pointer when a person drags and lets go there."""
    position = QPointF(target.rect().center())
    actions = Qt.DropAction.CopyAction
    enter = drag_enter_event(position, mime)
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()
    drop = QDropEvent(position, actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier(0))
    QApplication.sendEvent(target, drop)
    assert drop.isAccepted()


def test_dropping_a_web_link_saves_the_page(qtbot, window: MainWindow, site: LocalSite) -> None:
    url = site.add("/harbour", article_page(image=""))
    mime = QMimeData()
    mime.setUrls([QUrl(url)])
    drag_and_drop(window, mime)
    qtbot.waitUntil(lambda: window.article is not None and window.article.url == url, timeout=WAIT)


def test_a_drag_without_files_is_not_taken(window: MainWindow) -> None:
    mime = QMimeData()
    mime.setText("just words")
    enter = drag_enter_event(QPointF(window.rect().center()), mime)
    enter.ignore()
    QApplication.sendEvent(window, enter)
    assert not enter.isAccepted()


def test_subscribe_then_show_the_feed_with_unread_counts(
    qtbot, window: MainWindow, site: LocalSite, library: Library
) -> None:
    library.add_article(
        __import__("app.articles", fromlist=["ArticleDraft"]).ArticleDraft("Other", "Not a feed.")
    )
    window.model.reload()
    site.add("/feed.xml", rss(site, [("two", "/2"), ("one", "/1")]), content_type=RSS)
    window.imports.subscribe_action.trigger()
    type_into_url_dialog(qtbot, window, site.url("/feed.xml"))
    assert report_text(qtbot, window) == "Subscribed to “Notes”: 2 added"
    window.imports.message_box.accept()
    window.imports.feeds_action.trigger()
    dialog = window.imports.feeds_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.row_texts() == ["Notes  —  2 unread"]
    qtbot.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.model.rowCount() == 2, timeout=WAIT)
    titles = {window.model.index(row).data() for row in range(2)}
    assert all("one" in str(t) or "two" in str(t) for t in titles)
    qtbot.mouseClick(dialog.unsubscribe_button, Qt.MouseButton.LeftButton)
    assert dialog.row_texts() == [] and library.feeds() == []
    assert library.count() == 3  # the feed's articles stay


def test_unsubscribing_the_feed_the_list_shows_lists_every_article_again(
    qtbot, window: MainWindow, site: LocalSite, library: Library
) -> None:
    """Before, the list stayed filtered to the gone feed while the chooser said "All sources"."""
    library.add_article(ArticleDraft("Other", "Not a feed."))
    site.add("/feed.xml", rss(site, [("two", "/2"), ("one", "/1")]), content_type=RSS)
    window.imports.subscribe(site.url("/feed.xml"))
    qtbot.waitUntil(lambda: window.imports.message_box is not None, timeout=WAIT)
    window.imports.message_box.accept()
    window.imports.feeds_action.trigger()
    dialog = window.imports.feeds_dialog
    assert dialog is not None
    qtbot.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.model.rowCount() == 2, timeout=WAIT)
    source_box = window.list_panel.filter_bar.source_box
    with qtbot.waitSignal(window.list_panel.query_applied, timeout=WAIT):
        qtbot.mouseClick(dialog.unsubscribe_button, Qt.MouseButton.LeftButton)
    assert source_box.currentText() == "All sources"
    assert window.list_panel.query.feed_id is None
    assert window.model.rowCount() == 3


def test_refresh_reports_a_feed_that_fails(
    qtbot, window: MainWindow, site: LocalSite, library: Library
) -> None:
    library.add_feed(site.url("/missing.xml"), "Missing")
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: "failed" in window.statusBar().currentMessage(), timeout=WAIT)
    assert window.statusBar().currentMessage() == (
        "Feeds refreshed: 0 new articles; 1 feed failed (File > Feeds… shows why)"
    )
    assert window.imports.message_box is None  # a background refresh opens no box
    (feed,) = library.feeds()
    assert feed.last_error == f"{site.url('/missing.xml')} answered 404 Not Found."


def test_a_bulk_import_can_be_cancelled_from_its_progress_dialog(
    qtbot, window: MainWindow, site: LocalSite, library: Library
) -> None:
    items = [(f"post{n}", f"/slow{n}") for n in range(12)]
    for title, path in items:
        own_text = tuple(f"{title} says: {text}" for text in ARTICLE_PARAGRAPHS)
        site.add(path, article_page(title=title, image="", paragraphs=own_text), delay=0.3)
    excerpts = "".join(
        f"<item><title>{t}</title><link>{site.url(p)}</link><description>Teaser.</description>"
        "</item>"
        for t, p in items
    )
    feed = f"<rss version='2.0'><channel><title>Slow</title>{excerpts}</channel></rss>"
    window.imports.subscribe(site.add("/slow.xml", feed, content_type=RSS))
    qtbot.waitUntil(
        lambda: any(d.isVisible() for d in window.findChildren(QProgressDialog)), timeout=WAIT
    )
    progress = next(d for d in window.findChildren(QProgressDialog) if d.isVisible())
    qtbot.mouseClick(progress.findChild(QPushButton), Qt.MouseButton.LeftButton)
    text = report_text(qtbot, window)
    assert text.startswith("Subscribed to “Slow”: ") and text.endswith("(cancelled)")
    assert library.count() < 12


def test_open_original_hands_the_url_to_the_browser(
    qtbot, window: MainWindow, site: LocalSite
) -> None:
    class Browser(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.opened: list[str] = []

        @Slot(QUrl)
        def open(self, url: QUrl) -> None:
            self.opened.append(url.toString())

    url = site.add("/harbour", article_page(image=""))
    window.imports.add_url(url)
    qtbot.waitUntil(lambda: window.article is not None, timeout=WAIT)
    browser = Browser()
    QDesktopServices.setUrlHandler("http", browser, "open")
    try:
        qtbot.waitUntil(window.original_link.action.isEnabled)
        window.original_link.action.trigger()
    finally:
        QDesktopServices.unsetUrlHandler("http")
    assert browser.opened == [url]


def test_opml_export_and_import(
    qtbot, window: MainWindow, site: LocalSite, library: Library, tmp_path: Path
) -> None:
    site.add("/feed.xml", rss(site, [("one", "/1")]), content_type=RSS)
    library.add_feed(site.url("/feed.xml"), "Notes")
    path = tmp_path / "out.opml"
    window.imports.export_opml(path)
    assert window.statusBar().currentMessage() == f"Exported 1 feed to {path}"
    library.delete_feed(library.feeds()[0].id)
    window.imports.import_opml(path)
    assert report_text(qtbot, window) == ("1 feed added, 0 already subscribed; articles: 1 added")


def test_a_broken_opml_file_is_a_readable_error(qtbot, window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "bad.opml"
    path.write_text("<opml><body>")
    window.imports.import_opml(path)
    assert report_text(qtbot, window).startswith("bad.opml is not valid OPML: ")


def test_start_up_refresh_runs_only_when_allowed(
    qtbot, library: Library, site: LocalSite, monkeypatch: pytest.MonkeyPatch
) -> None:
    site.add("/feed.xml", rss(site, [("fresh", "/f")]), content_type=RSS)
    library.add_feed(site.url("/feed.xml"), "Notes")
    monkeypatch.setattr(import_actions, "STARTUP_REFRESH_DELAY_MS", 10)
    quiet = MainWindow(library, refresh_feeds_at_start=False)
    qtbot.addWidget(quiet)
    qtbot.wait(300)
    assert site.requests == []
    quiet.close()
    eager = MainWindow(library)
    qtbot.addWidget(eager)
    qtbot.waitUntil(lambda: library.count() == 1, timeout=WAIT)
    qtbot.waitUntil(lambda: "Feeds refreshed: 1 new article" in eager.statusBar().currentMessage())
    eager.close()


def test_the_window_keeps_working_while_a_page_downloads(
    qtbot, window: MainWindow, site: LocalSite, library: Library
) -> None:
    url = site.add("/slow", article_page(image=""), delay=1.5)
    window.imports.add_url(url)
    ticks: list[bool] = []
    QTimer.singleShot(50, lambda: ticks.append(window.imports.service.is_busy()))
    qtbot.waitUntil(lambda: bool(ticks), timeout=1000)
    assert ticks == [True]  # the event loop ran while the download was still going
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.imports.url_dialog is not None)
    window.imports.url_dialog.reject()
    assert window.imports.url_dialog is None
    qtbot.waitUntil(lambda: window.article is not None and window.article.url == url, timeout=WAIT)


def test_file_menu_actions_import_what_the_file_dialogs_return(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    note = tmp_path / "note.md"
    note.write_text("# A note\n\nChosen in the file dialog.\n")
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "inside.txt").write_text("Chosen as a folder.\n")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a: ([str(note)], ""))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a: str(folder))
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert report_text(qtbot, window) == "1 added"
    window.imports.message_box.accept()
    window.imports.import_folder_action.trigger()
    assert report_text(qtbot, window) == "1 added"


def test_a_dialog_cancelled_imports_nothing(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a: ([], ""))
    window.imports.import_files_action.trigger()
    assert not window.imports.service.is_busy() and window.imports.message_box is None


def test_a_long_list_of_failures_is_cut_short_with_details(qtbot, window: MainWindow) -> None:
    report = ImportReport()
    for number in range(15):
        report.fail(f"file{number}.md", "is empty")
    box = report_box(window, "Import finished", report.summary(), report)
    qtbot.addWidget(box)
    lines = box.informativeText().splitlines()
    assert len(lines) == 13 and lines[-1] == "… and 3 more (see Show Details)"
    assert box.detailedText().splitlines()[-1] == "file14.md: is empty"


@pytest.mark.parametrize(
    "address", ["file:///etc/passwd", "javascript:alert(1)", "smb://host/share", "not an address"]
)
def test_open_original_never_hands_another_scheme_to_the_desktop(
    qtbot, window: MainWindow, library: Library, address: str
) -> None:
    opened: list[str] = []

    class Desktop(QObject):
        @Slot(QUrl)
        def open(self, url: QUrl) -> None:
            opened.append(url.toString())

    desktop = Desktop()
    scheme = QUrl(address).scheme() or "file"
    QDesktopServices.setUrlHandler(scheme, desktop, "open")
    try:
        article_id = library.add_article(
            ArticleDraft(title="Saved elsewhere", markdown="Text.", url=address)
        )
        assert article_id is not None
        window.session.open(article_id)
        assert window.article is not None and window.article.url == address
        assert not window.original_link.action.isEnabled()
        window.original_link.open()
    finally:
        QDesktopServices.unsetUrlHandler(scheme)
    assert opened == []
