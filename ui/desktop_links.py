"""The one way Lede hands an address to the desktop: checked at the moment of opening.

Only http(s) addresses that pass the core's check (and mailto links, when the caller allows
them) reach QDesktopServices; on some desktops an smb: or file: open leaks credentials or
launches a local file, and javascript: or data: would run in the browser.
"""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from app.importing.urls import is_web_url


def openable(url: QUrl, allow_mail: bool = False) -> bool:
    """Whether `url` may leave Lede: an http(s) address Lede reads, or mailto if allowed."""
    if allow_mail and url.scheme().lower() == "mailto":
        return bool(url.path())
    return url.isValid() and is_web_url(url.toString(QUrl.ComponentFormattingOption.FullyEncoded))


def open_on_desktop(url: QUrl, allow_mail: bool = False) -> bool:
    """Open `url` in the desktop's browser (or mail program) if it may leave Lede."""
    if not openable(url, allow_mail):
        return False
    return QDesktopServices.openUrl(url)
