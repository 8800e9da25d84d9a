"""A PDF's document information (title, author, creation date) and its declared language."""

from __future__ import annotations

import re
from typing import Any

_PDF_DATE = re.compile(r"^(?:D:)?(\d{4})(\d{2})?(\d{2})?")
_LANGUAGE = re.compile(r"^([A-Za-z]{2,3})\b")


def document_metadata(document: Any) -> dict[str, str]:
    """What the document says about itself; absent or unreadable fields are left out."""
    info: dict[str, Any] = {}
    for entry in getattr(document, "info", []) or []:
        if isinstance(entry, dict):
            info.update(entry)
    fields = {
        "title": _text(info.get("Title")),
        "author": _text(info.get("Author")),
        "published": _date(_text(info.get("CreationDate"))),
        "language": _language(_text(_catalog(document).get("Lang"))),
    }
    return {key: value for key, value in fields.items() if value}


def _catalog(document: Any) -> dict[str, Any]:
    catalog = getattr(document, "catalog", None)
    return catalog if isinstance(catalog, dict) else {}


def _text(value: Any) -> str:
    from pdfminer.psexceptions import PSException
    from pdfminer.utils import decode_text

    try:
        value = value.resolve() if hasattr(value, "resolve") else value
        if isinstance(value, bytes):
            value = decode_text(value)
        elif hasattr(value, "name"):  # a PDF name such as /en-GB
            value = value.name
    except (PSException, ValueError, TypeError, UnicodeDecodeError):
        return ""
    return " ".join(value.split()) if isinstance(value, str) else ""


def _date(value: str) -> str:
    match = _PDF_DATE.match(value)
    if match is None:
        return ""
    year, month, day = match.groups()
    return "-".join(part for part in (year, month, day) if part)


def _language(value: str) -> str:
    match = _LANGUAGE.match(value)
    return match.group(1).lower() if match else ""
