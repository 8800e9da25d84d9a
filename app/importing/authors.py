"""An author as a reader wants to see it: a person's name, not a feed's raw author field.

RSS puts an address first, "news@example.org (Priya Raman)"; mail-style fields put it last,
"Priya Raman <news@example.org>" (feedparser writes an Atom author "Priya Raman (news@...)").
Either way the name is shown; an address alone stays, since
it is all there is.
"""

from __future__ import annotations

import re

MAX_CHARACTERS = 200
_ADDRESS = r"[^\s@()<>]+@[^\s@()<>]+"
_ADDRESS_THEN_NAME = re.compile(rf"^(?:mailto:)?{_ADDRESS}\s*\((?P<name>[^()]*)\)$")
_NAME_THEN_ADDRESS = re.compile(rf"^(?P<name>[^<>()]*?)\s*[<(](?:mailto:)?{_ADDRESS}[>)]$")
_ADDRESS_ONLY = re.compile(rf"^(?P<address>{_ADDRESS})\s*(?:\(\s*\)|<\s*>)?$")


def author_name(raw: str) -> str:
    """The person's name in an author field, whitespace folded; the address if there is none."""
    # A tab, line break or no-break space between two words is a space, not nothing.
    text = " ".join("".join(ch if ch.isprintable() else " " for ch in raw).split())
    for pattern in (_ADDRESS_THEN_NAME, _NAME_THEN_ADDRESS):
        match = pattern.match(text)
        if match and match.group("name").strip(" \"'"):
            text = match.group("name").strip(" \"'")
            break
    only = _ADDRESS_ONLY.match(text)
    if only:
        text = only.group("address")
    return text[:MAX_CHARACTERS].strip()
