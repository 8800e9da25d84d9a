"""Web addresses as they come in (typed, from a feed, an OPML file or a page), checked there.

Only http and https addresses are read, stored or handed to the desktop. A typed address may
leave out its scheme ("example.org/a"); an address a feed, a file or a page gives must carry it.
`check_web_url` is the one check; the other functions are the ways the edges call it.
"""

from __future__ import annotations

import ipaddress
import re
from urllib.parse import SplitResult, urlsplit

from app.errors import WebAddressError, one_line
from app.i18n import filled, tr

WEB_SCHEMES = ("http", "https")
SHOWN_CHARACTERS = 100
MAX_ADDRESS_CHARACTERS = 65_536  # what httpx reads at most
# A scheme is letters first; "localhost:8080/a" and "example.org:443" are a host and a port.
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*):(?!\d+(?:[/?#]|\Z))")


def check_web_url(text: str) -> str:
    """`text` as an http(s) URL, its scheme in lower case; raises WebAddressError (a
    ValueError) with one line that says what is wrong. The scheme must be given."""
    url = text.strip()
    if not url:
        raise WebAddressError(tr("WebAddress", "Not a web address: (empty)."))
    return _checked(url, text)


def is_web_url(text: str) -> bool:
    """Whether `text` is an http(s) address that Lede would read and open."""
    try:
        check_web_url(text)
    except WebAddressError:
        return False
    return True


def web_address(text: str) -> str:
    """A typed address as an http(s) URL ('example.org/a' becomes 'https://example.org/a');
    raises WebAddressError with one line that says what is wrong with it."""
    url = text.strip()
    if url and _SCHEME.match(url) is None:
        url = "https:" + url if url.startswith("//") else "https://" + url
    return check_web_url(url) if url else check_web_url(text)


def stored_address(text: str) -> str:
    """An address a feed, an OPML file or a page gives, if it is an http(s) URL, else ''."""
    try:
        return check_web_url(text)
    except WebAddressError:
        return ""


def _checked(url: str, text: str) -> str:
    shown = shown_text(text)
    if len(url) > MAX_ADDRESS_CHARACTERS:
        too_long = tr(
            "WebAddress",
            "Not a web address: %1 (longer than %Ln characters).",
            None,
            MAX_ADDRESS_CHARACTERS,
        )
        raise WebAddressError(filled(too_long, shown))
    if any(character.isspace() or not character.isprintable() for character in url):
        spaces = tr(
            "WebAddress", "Not a web address: %1 (it contains spaces or control characters)."
        )
        raise WebAddressError(filled(spaces, shown))
    parts = _split(url, shown)
    if parts.scheme.lower() not in WEB_SCHEMES:
        scheme = tr("WebAddress", "Not a web address: %1 (only http and https addresses are read).")
        raise WebAddressError(filled(scheme, shown))
    _host(parts, shown)
    _port(parts.netloc, shown)
    return _accepted_by_http_client(parts._replace(scheme=parts.scheme.lower()).geturl(), shown)


def _split(url: str, shown: str) -> SplitResult:
    try:
        return urlsplit(url)
    except ValueError:  # brackets that do not hold an IPv6 address
        raise WebAddressError(_bracket_problem(url, shown)) from None


def _bracket_problem(url: str, shown: str) -> str:
    authority = re.split(r"[/?#]", url.partition("//")[2], maxsplit=1)[0].rpartition("@")[2]
    _, opening, inside = authority.partition("[")
    literal, closed, _ = inside.partition("]")
    if not opening:
        return filled(
            tr("WebAddress", "Not a web address: %1 (its host has a ']' without its '[')."), shown
        )
    if not closed:
        return filled(
            tr("WebAddress", "Not a valid IPv6 address: the host of %1 is not closed by ']'."),
            shown,
        )
    not_ipv6 = tr("WebAddress", "Not a valid IPv6 address: %1 in %2.")
    return filled(not_ipv6, shown_text(literal), shown)


def _host(parts: SplitResult, shown: str) -> None:
    host = parts.netloc.rpartition("@")[2]
    if host.startswith("["):  # urlsplit lets "[v1.x]" by; httpx and browsers do not
        literal = host[1:].partition("]")[0]
        try:
            ipaddress.IPv6Address(literal)
        except ValueError:
            raise WebAddressError(_bracket_problem(parts.geturl(), shown)) from None
    elif not parts.hostname:
        raise WebAddressError(
            filled(tr("WebAddress", "Not a web address: %1 (it names no host)."), shown)
        )


def _port(netloc: str, shown: str) -> int | None:
    try:
        return urlsplit(f"//{netloc}").port
    except ValueError:
        port = netloc.rpartition(":")[2]
        bad_port = tr("WebAddress", "Not a valid port: %1 in %2.")
        raise WebAddressError(filled(bad_port, shown_text(port), shown)) from None


def _accepted_by_http_client(url: str, shown: str) -> str:
    """The address as httpx reads it; what it refuses (a host name that IDNA rejects, say)
    would otherwise surface as an error of its own at download time."""
    import httpx

    try:
        httpx.URL(url)
    except (httpx.InvalidURL, ValueError) as error:
        reason = str(error).rstrip(".") or tr("WebAddress", "httpx refuses it")
        refused = tr("WebAddress", "Not a web address: %1 (%2).")
        raise WebAddressError(filled(refused, shown, shown_text(reason))) from None
    return url


def shown_text(text: str) -> str:
    """Text for a one-line message: control characters as '?', and not too long."""
    visible = one_line(text.strip())
    if len(visible) > SHOWN_CHARACTERS:
        return visible[: SHOWN_CHARACTERS - 1] + "…"
    return visible or "(empty)"
