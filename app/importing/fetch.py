"""Downloading from the web with limits: timeouts, redirects, a size cap and expected types."""

from __future__ import annotations

import time
from dataclasses import dataclass
from types import TracebackType
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit

from app.assets import MAX_ASSET_BYTES
from app.errors import FetchError, full_stop
from app.i18n import filled, marked, tr
from app.importing.urls import web_address

if TYPE_CHECKING:
    import httpx

USER_AGENT = "Lede/0.1 (offline reader; +https://github.com/)"
PAGE_TYPES = frozenset({"text/html", "application/xhtml+xml"})
FEED_TYPES = frozenset(
    {
        "application/rss+xml",
        "application/atom+xml",
        "application/rdf+xml",
        "application/xml",
        "text/xml",
        "text/rss+xml",
        "text/atom+xml",
    }
)
OPML_TYPES = FEED_TYPES | {"text/x-opml", "text/x-opml+xml", "application/octet-stream"}
_REDIRECTS = frozenset({301, 302, 303, 307, 308})


@dataclass(frozen=True)
class FetchLimits:
    """How long and how much a download may take; documented in docs/importing.md."""

    connect_seconds: float = 10.0
    read_seconds: float = 20.0
    total_seconds: float = 60.0
    max_bytes: int = 20 * 1024 * 1024
    max_redirects: int = 5


@dataclass(frozen=True)
class Expect:
    """The content types a download may have, and what to call them in an error."""

    types: frozenset[str]
    noun: str
    prefix: str = ""
    max_bytes: int | None = None  # a tighter cap than the fetcher's, for this kind

    def allows(self, content_type: str) -> bool:
        if not content_type:
            return True
        return content_type in self.types or bool(
            self.prefix and content_type.startswith(self.prefix)
        )


WEB_PAGE = Expect(PAGE_TYPES, marked("Fetch", "a web page"))
FEED_OR_PAGE = Expect(FEED_TYPES | PAGE_TYPES, marked("Fetch", "a feed or a web page"))
IMAGE = Expect(frozenset(), marked("Fetch", "an image"), prefix="image/", max_bytes=MAX_ASSET_BYTES)


@dataclass(frozen=True)
class Fetched:
    """A downloaded resource: where it ended up, what it says it is, and its bytes."""

    url: str
    content_type: str
    charset: str
    data: bytes
    etag: str = ""
    modified: str = ""
    not_modified: bool = False


class Fetcher:
    """One HTTP client for a batch of downloads; use it from a single thread."""

    def __init__(self, limits: FetchLimits | None = None) -> None:
        import httpx  # loaded with the first download, not with the window

        self.limits = limits or FetchLimits()
        timeout = httpx.Timeout(self.limits.read_seconds, connect=self.limits.connect_seconds)
        self._client = httpx.Client(
            timeout=timeout, follow_redirects=False, headers={"User-Agent": USER_AGENT}
        )

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def get(self, url: str, expect: Expect, headers: dict[str, str] | None = None) -> Fetched:
        """Download one URL, following redirects; every failure is a FetchError with one line."""
        import httpx

        start = web_address(url)
        try:
            return self._follow(start, expect, headers or {})
        except httpx.TimeoutException as error:
            raise FetchError(self._timeout_message(start, error)) from error
        except httpx.InvalidURL as error:  # checked already: a last guard, not the check
            raise FetchError(
                full_stop(filled(tr("Fetch", "Not a web address: %1 (%2)"), start, str(error)))
            ) from error
        except httpx.HTTPError as error:
            raise FetchError(
                full_stop(filled(tr("Fetch", "Cannot download %1: %2"), start, _reason(error)))
            ) from error

    def _follow(self, start: str, expect: Expect, headers: dict[str, str]) -> Fetched:
        url = start
        seen = {url}
        for _ in range(self.limits.max_redirects + 1):
            with self._client.stream("GET", url, headers=headers) as response:
                if response.status_code not in _REDIRECTS:
                    return self._read(url, response, expect)
                target = _redirect_target(url, response)
            if target in seen:
                raise FetchError(
                    filled(tr("Fetch", "%1 redirects in a loop (back to %2)."), url, target)
                )
            seen.add(target)
            url = target
        raise FetchError(
            filled(
                tr("Fetch", "%1 redirects more than %2 times."),
                start,
                str(self.limits.max_redirects),
            )
        )

    def _read(self, url: str, response: httpx.Response, expect: Expect) -> Fetched:
        if response.status_code == 304:
            return Fetched(url, "", "", b"", not_modified=True)
        if response.status_code >= 400:
            phrase = response.reason_phrase or tr("Fetch", "error")
            raise FetchError(
                full_stop(
                    filled(tr("Fetch", "%1 answered %2 %3"), url, str(response.status_code), phrase)
                )
            )
        content_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
        if not expect.allows(content_type):
            raise FetchError(
                filled(
                    tr("Fetch", "%1 is %2, not %3."), url, content_type, tr("Fetch", expect.noun)
                )
            )
        data = self._read_capped(url, response, expect)
        return Fetched(
            url=url,
            content_type=content_type,
            charset=response.charset_encoding or "",
            data=data,
            etag=response.headers.get("etag", ""),
            modified=response.headers.get("last-modified", ""),
        )

    def _read_capped(self, url: str, response: httpx.Response, expect: Expect) -> bytes:
        cap = min(self.limits.max_bytes, expect.max_bytes or self.limits.max_bytes)
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > cap:
            raise FetchError(
                filled(tr("Fetch", "%1 is larger than the %2 limit."), url, format_size(cap))
            )
        deadline = time.monotonic() + self.limits.total_seconds
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > cap:
                raise FetchError(
                    filled(tr("Fetch", "%1 is larger than the %2 limit."), url, format_size(cap))
                )
            if time.monotonic() > deadline:
                raise FetchError(
                    filled(
                        tr("Fetch", "%1 is too slow: not complete after %2 seconds."),
                        url,
                        format(self.limits.total_seconds, "g"),
                    )
                )
            chunks.append(chunk)
        return b"".join(chunks)

    def _timeout_message(self, url: str, error: httpx.TimeoutException) -> str:
        import httpx

        host = urlsplit(url).hostname
        if isinstance(error, httpx.ConnectTimeout):
            no_answer = tr("Fetch", "Cannot connect to %1: no answer within %2 seconds.")
            return filled(no_answer, str(host), format(self.limits.connect_seconds, "g"))
        timed_out = tr("Fetch", "%1 timed out: no answer within %2 seconds.")
        return filled(timed_out, url, format(self.limits.read_seconds, "g"))


def format_size(size: int) -> str:
    if size >= 1024 * 1024:
        return filled(tr("Fetch", "%1 MB"), format(size / (1024 * 1024), "g"))
    if size >= 1024:
        return filled(tr("Fetch", "%1 KB"), format(size / 1024, "g"))
    return tr("Fetch", "%n bytes", None, size)


def _redirect_target(url: str, response: httpx.Response) -> str:
    location = response.headers.get("location", "").strip()
    if not location:
        raise FetchError(filled(tr("Fetch", "%1 redirects without saying where to."), url))
    return web_address(urljoin(url, location))


def _reason(error: httpx.HTTPError) -> str:
    import httpx

    text = str(error).strip()
    if isinstance(error, httpx.ConnectError):
        lowered = text.lower()
        if "refused" in lowered:
            return tr("Fetch", "the connection was refused")
        if "name" in lowered and ("resolution" in lowered or "known" in lowered):
            return tr("Fetch", "the host name is unknown")
    return text or type(error).__name__
