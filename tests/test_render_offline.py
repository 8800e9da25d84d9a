"""Showing an article fetches nothing, keeps no active content, and opens links only on a click."""

from __future__ import annotations

import re
import threading
import urllib.request
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices

from app.articles import parse_article
from app.document import render_markdown
from app.library import Library
from ui.reading.reader_view import ReaderView
from ui.window.main_window import MainWindow

from gui_helpers import text_point

pytestmark = pytest.mark.gui

READ_ME = "People came here to read this paragraph."
UNSAFE = re.compile(
    r"<script|<style|<iframe|<object|<embed|<form|<input|<link|<meta|<svg|<video|<audio"
    r"|\son\w+\s*=|javascript:|data:|vbscript:",
    re.IGNORECASE,
)


class CountingServer(ThreadingHTTPServer):
    """Counts every connection, whatever it asks for."""

    daemon_threads = True
    connections = 0

    def verify_request(self, request: object, client_address: object) -> bool:
        self.connections += 1
        return True

    @property
    def base(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host!s}:{port}"


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[CountingServer]:
    local = CountingServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=local.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    yield local
    local.shutdown()
    local.server_close()
    thread.join()


def test_the_server_counts_what_it_is_asked(server: CountingServer) -> None:
    with urllib.request.urlopen(f"{server.base}/probe.png", timeout=5) as answer:
        assert answer.status == 200
    assert server.connections == 1


def remote_article(base: str) -> str:
    """An article whose every kind of resource points at the server."""
    return f"""---
title: Remote resources
---
# Remote resources

<link rel="stylesheet" href="{base}/style.css">
<style>@import url({base}/import.css); body {{ background: url({base}/bg.png) }}</style>
<div style="background-image: url({base}/inline.png)">{READ_ME}</div>

![markdown image]({base}/image.png)
<img src="{base}/pixel.gif" width="1" height="1" srcset="{base}/2x.png 2x">
<picture><source srcset="{base}/source.webp"><img src="{base}/picture.png"></picture>
<video src="{base}/movie.mp4" poster="{base}/poster.jpg"></video>
<audio src="{base}/sound.mp3"></audio>
<iframe src="{base}/frame.html"></iframe>
<object data="{base}/object.swf"></object>
<embed src="{base}/embed.swf">
<svg><image href="{base}/svg.png"/></svg>
<table background="{base}/table.png"><tr><td>cell</td></tr></table>

A [link to the server]({base}/page.html) that only a click may open.
"""


def unsafe_markdown() -> str:
    return """# Unsafe

<script>alert(1)</script><SCRIPT SRC=http://127.0.0.1:9/x.js></SCRIPT>
<p onclick="a()" onMouseOver="b()" ONLOAD=c()>handlers</p>
<a href="javascript:alert(1)">js</a> <a href=" JaVaScRiPt:alert(2)">spaced js</a>
<a href="data:text/html;base64,PHNjcmlwdD4=">data</a> <a href="vbscript:msgbox(1)">vb</a>
<iframe srcdoc="<script>alert(3)</script>"></iframe><object data="x"></object>
<embed src="x"><form action="/"><input name="q"><button formaction="javascript:x()">go</button></form>
<img src="x" onerror="alert(4)"><svg onload="alert(5)"></svg><math><mi xlink:href="javascript:x">m</mi></math>
<meta http-equiv="refresh" content="0;url=javascript:x()"><base href="javascript:x//">
<style>*{x:expression(alert(6))}</style><details open ontoggle="alert(7)">d</details>

[md js](javascript:alert(8)) [md data](data:text/html,x) ![img js](javascript:alert(9))
<a href="&#106;avascript:alert(10)">entity js</a>

Text that stays.
"""


def test_rendering_strips_every_kind_of_active_content() -> None:
    html = render_markdown(unsafe_markdown()).html()
    assert UNSAFE.search(html) is None, UNSAFE.search(html)
    assert "Text that stays." in html


def test_remote_resources_are_not_in_the_rendered_html_as_fetchable_urls() -> None:
    html = render_markdown(remote_article("http://127.0.0.1:9")).html()
    assert re.search(r"<img[^>]+src=[\"']?http", html) is None
    assert "background" not in html


def test_the_reader_loads_no_resource_but_library_assets(qtbot) -> None:
    reader = ReaderView()
    qtbot.addWidget(reader)
    for url in ("http://127.0.0.1:9/x.png", "https://example.invalid/a.css", "file:///etc/passwd"):
        assert reader.loadResource(2, QUrl(url)) is None


@pytest.fixture
def remote_id(sample_library: Library, server: CountingServer) -> int:
    article_id = sample_library.add_article(parse_article(remote_article(server.base)))
    assert article_id is not None
    return article_id


@pytest.fixture
def window(qtbot, remote_id: int, window: MainWindow) -> MainWindow:
    """The shared window (made after the remote article was added), showing that article."""
    assert window.select_article(remote_id)
    qtbot.waitUntil(lambda: READ_ME in window.reader.toPlainText())
    return window


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[QUrl]:
    calls: list[QUrl] = []

    def record(url: QUrl) -> bool:
        calls.append(QUrl(url))
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(record))
    return calls


def test_showing_an_article_contacts_no_server(
    qtbot, window: MainWindow, server: CountingServer, opened: list[QUrl]
) -> None:
    window.resize(900, 700)
    window.reader.verticalScrollBar().setValue(window.reader.verticalScrollBar().maximum())
    window.reader.grab()
    qtbot.wait(500)
    assert server.connections == 0
    assert opened == []


def test_a_link_opens_only_when_clicked_and_opens_exactly_it(
    qtbot, window: MainWindow, server: CountingServer, opened: list[QUrl]
) -> None:
    reader = window.reader
    qtbot.wait(200)
    assert opened == []
    point = text_point(reader, "link to the server")
    reader.verticalScrollBar().setValue(
        reader.verticalScrollBar().value() + point.y() - reader.viewport().height() // 2
    )
    point = text_point(reader, "link to the server")
    qtbot.mouseClick(reader.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.waitUntil(lambda: len(opened) == 1)
    assert opened == [QUrl(f"{server.base}/page.html")]
    assert server.connections == 0
