"""A local web site on 127.0.0.1 for network tests: pages, feeds, images and failure modes.

Import the `site` fixture explicitly (`from tests.http_fixtures import site`); nothing here
reaches the internet.
"""

from __future__ import annotations

import struct
import threading
import time
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        """A client that gave up on a slow answer is expected here, not an error."""


@dataclass
class Route:
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    trickle: float = 0.0
    send_length: bool = True


class LocalSite:
    """Routes by path; every request is recorded so tests can tell what was downloaded."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[tuple[str, dict[str, str]]] = []
        self._server = _QuietServer(("127.0.0.1", 0), _handler_for(self))
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    @property
    def base(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def url(self, path: str) -> str:
        return self.base + path

    def add(self, path: str, body: bytes | str = b"", **options: object) -> str:
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.routes[path] = Route(data, **options)  # type: ignore[arg-type]
        return self.url(path)

    def redirect(self, path: str, target: str, status: int = 302) -> str:
        return self.add(path, status=status, headers={"Location": target})

    def paths_requested(self) -> list[str]:
        return [path for path, _headers in self.requests]

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()


def _handler_for(site: LocalSite) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            site.requests.append((self.path, dict(self.headers.items())))
            route = site.routes.get(self.path)
            if route is None:
                route = Route(b"<h1>Not here</h1>", status=404)
            time.sleep(route.delay)
            self.send_response(route.status)
            self.send_header("Content-Type", route.content_type)
            for name, value in route.headers.items():
                self.send_header(name, value)
            if route.send_length:
                self.send_header("Content-Length", str(len(route.body)))
            else:
                self.send_header("Connection", "close")
            self.end_headers()
            self._write_body(route)

        def _write_body(self, route: Route) -> None:
            if not route.trickle:
                self.wfile.write(route.body)
                return
            for start in range(0, len(route.body), 64):
                self.wfile.write(route.body[start : start + 64])
                self.wfile.flush()
                time.sleep(route.trickle)

        def log_message(self, format: str, *args: object) -> None:
            pass

    return Handler


@pytest.fixture
def site() -> Iterator[LocalSite]:
    local = LocalSite()
    local.start()
    yield local
    local.stop()


def png_bytes(
    width: int = 24, height: int = 16, rgb: tuple[int, int, int] = (200, 60, 40)
) -> bytes:
    """A real, small, single-colour PNG image."""
    row = b"\x00" + bytes(rgb) * width
    raw = row * height

    def chunk(kind: bytes, payload: bytes) -> bytes:
        body = kind + payload
        return struct.pack(">I", len(payload)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


ARTICLE_PARAGRAPHS = (
    "The fishing boats came back before dawn, their lamps swinging over the black water as the"
    " crews hauled nets onto the quay. Nobody spoke much; the work had its own rhythm and the"
    " cold kept the talk short.",
    "By seven the market had opened. Traders argued over prices for mackerel and cod, and gulls"
    " circled above the stalls waiting for scraps. The harbour master walked the length of the"
    " pier twice, checking moorings after the night's wind.",
    "In recent years the harbour has changed. Fewer boats go out, and the younger people leave"
    " for the cities. Yet on mornings like this one the old life seems unchanged, and the town"
    " remembers what it was built for.",
)


def article_page(
    title: str = "The Quiet Harbour",
    image: str = "/images/boats.png",
    paragraphs: tuple[str, ...] = ARTICLE_PARAGRAPHS,
    feed_link: str = "",
    charset: str = "utf-8",
) -> str:
    """A realistic article page: navigation and footer boilerplate around the article."""
    link = (
        f'<link rel="alternate" type="application/rss+xml" href="{feed_link}">' if feed_link else ""
    )
    figure = f'<figure><img src="{image}" alt="Boats at the quay"></figure>' if image else ""
    body = "".join(f"<p>{text}</p>" for text in paragraphs[:1]) + figure
    body += "".join(f"<p>{text}</p>" for text in paragraphs[1:])
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="{charset}">'
        f"<title>{title} | Coastal Notes</title>{link}"
        '<meta name="author" content="Mira Holt">'
        '<meta property="og:site_name" content="Coastal Notes">'
        '<meta property="article:published_time" content="2025-03-14T09:00:00Z">'
        "</head><body><nav><a href='/'>Home</a> <a href='/about'>About</a></nav>"
        f"<article><h1>{title}</h1>{body}</article>"
        "<footer>Copyright 2025 Coastal Notes. All rights reserved.</footer></body></html>"
    )
