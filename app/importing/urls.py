"""Web addresses as they come in (typed, from a feed, an OPML file or a page), checked there.

Only http and https addresses are read or stored. A typed address may leave out its scheme
("example.org/a"); an address a feed or a file gives must carry it.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from app.errors import FetchError

WEB_SCHEMES = ("http", "https")
SHOWN_CHARACTERS = 100
MAX_ADDRESS_CHARACTERS = 65_536  # what httpx reads at most
# A scheme is letters first; "localhost:8080/a" and "example.org:443" are a host and a port.
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*):(?!\d+(?:[/?#]|\Z))")


def web_address(text: str) -> str:
    """A typed address as an http(s) URL ('example.org/a' becomes 'https://example.org/a');
    raises FetchError with one line that says what is wrong with it."""
    url = text.strip()
    if not url:
        raise FetchError("Not a web address: (empty).")
    scheme = _SCHEME.match(url)
    if scheme is None:
        url = "https:" + url if url.startswith("//") else "https://" + url
    return _checked(url, text)


def stored_address(text: str) -> str:
    """An address a feed, an OPML file or a page gives, if it is an http(s) URL, else ''."""
    url = text.strip()
    scheme = _SCHEME.match(url)
    if scheme is None or scheme.group(1).lower() not in WEB_SCHEMES:
        return ""
    try:
        return _checked(url, text)
    except FetchError:
        return ""


def _checked(url: str, text: str) -> str:
    shown = shown_text(text)
    if len(url) > MAX_ADDRESS_CHARACTERS:
        limit = f"{MAX_ADDRESS_CHARACTERS:,}"
        raise FetchError(f"Not a web address: {shown} (longer than {limit} characters).")
    if any(character.isspace() or not character.isprintable() for character in url):
        raise FetchError(f"Not a web address: {shown} (it contains spaces or control characters).")
    try:
        parts = urlsplit(url)
        host, scheme = parts.hostname, parts.scheme.lower()
    except ValueError:  # an IPv6 host without its closing bracket
        raise FetchError(f"Not a web address: {shown} (its host is not complete).") from None
    if scheme not in WEB_SCHEMES:
        raise FetchError(f"Not a web address: {shown} (only http and https addresses are read).")
    if not host:
        raise FetchError(f"Not a web address: {shown} (it names no host).")
    _port(parts.netloc, shown)
    return _accepted_by_http_client(url, shown)


def _port(netloc: str, shown: str) -> int | None:
    try:
        return urlsplit(f"//{netloc}").port
    except ValueError:
        port = netloc.rpartition(":")[2]
        raise FetchError(f"Not a valid port: {shown_text(port)} in {shown}.") from None


def _accepted_by_http_client(url: str, shown: str) -> str:
    """The address as httpx reads it; what it refuses (a host name that IDNA rejects, say)
    would otherwise surface as an error of its own at download time."""
    import httpx

    try:
        httpx.URL(url)
    except (httpx.InvalidURL, ValueError) as error:
        reason = str(error).rstrip(".") or "httpx refuses it"
        raise FetchError(f"Not a web address: {shown} ({shown_text(reason)}).") from None
    return url


def shown_text(text: str) -> str:
    """Text for a one-line message: control characters as '?', and not too long."""
    visible = "".join(ch if ch.isprintable() else "?" for ch in text.strip())
    if len(visible) > SHOWN_CHARACTERS:
        return visible[: SHOWN_CHARACTERS - 1] + "…"
    return visible or "(empty)"
