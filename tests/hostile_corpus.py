"""Hostile input, generated at test time so no blob is committed.

Import the fixtures explicitly (`from tests.hostile_corpus import hostile_files`). Each entry is
a file name (its suffix decides which reader takes it) and a function making its bytes.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

import pytest

from app.articles import MAX_ARTICLE_BYTES

TRACKER = "http://127.0.0.1:9/pixel.gif"


def _random_bytes(size: int, seed: int = 7) -> bytes:
    return random.Random(seed).randbytes(size)


def _png_like() -> bytes:
    return b"\x89PNG\r\n\x1a\n" + _random_bytes(4096)


def _nested_quotes() -> bytes:
    return (">" * 10_000 + " the deepest quote\n").encode()


def _nested_lists() -> bytes:
    return "".join("  " * level + "- item\n" for level in range(3000)).encode()


def _nested_divs() -> bytes:
    return ("<div>" * 10_000 + "inside" + "</div>" * 10_000).encode()


def _stacked_emphasis() -> bytes:
    return ("*" * 10_000 + "bold?" + "*" * 10_000 + "\n\nA normal sentence.\n").encode()


def _bracket_flood() -> bytes:
    return ("[" * 10_000 + "x" + "](" * 5_000 + "\n").encode()


def _malformed_markdown() -> bytes:
    parts = ["# Title\n", "```python\nnever closed\n", "[link](<unclosed\n", "| a | b\n|--\n"]
    parts += ["<table><tr><td>cell", "![img](", "[^note]: dangling\n", "***_~~`\n"]
    return "".join(parts * 200).encode()


def _unsafe_html_markdown() -> bytes:
    return f"""# Unsafe article

<script>alert('script')</script>
<style>body {{ background: url({TRACKER}) }}</style>
<iframe src="http://127.0.0.1:9/frame"></iframe>
<object data="http://127.0.0.1:9/object.swf"></object>
<embed src="http://127.0.0.1:9/embed.swf">
<form action="http://127.0.0.1:9/post"><input name="q"><button>Go</button></form>
<p onclick="alert('click')" onmouseover="steal()">Hover text with handlers.</p>
<img src="{TRACKER}" onerror="alert('img')" width="1" height="1">
<a href="javascript:alert('js')">a javascript link</a>
<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">a data link</a>
<a href="JaVaScRiPt:alert('mixed case')">mixed case</a>
<svg onload="alert('svg')"><circle r="4"/></svg>
<link rel="stylesheet" href="http://127.0.0.1:9/style.css">
<meta http-equiv="refresh" content="0; url=http://127.0.0.1:9/">

[markdown javascript](javascript:alert('md'))
[markdown data](data:text/html,<script>alert(1)</script>)
![tracking pixel]({TRACKER})

A paragraph people came here to read. It has two sentences.
""".encode()


def _unsafe_html_page() -> bytes:
    body = _unsafe_html_markdown().decode().replace("\n\n", "\n<p>")
    paragraphs = "".join(f"<p>Sentence {n} of the real article text here.</p>" for n in range(40))
    return f"<html><head><title>Unsafe</title></head><body><article>{body}{paragraphs}</article></body></html>".encode()


def _mixed_encodings() -> bytes:
    return (
        "Café in UTF-8.\n\n".encode()
        + "Café in Latin-1.\n\n".encode("latin-1")
        + ("Кофе в KOI8-R.\n".encode("koi8_r"))
    )


def _front_matter_bomb() -> bytes:
    anchors = "a: &a ['x','x','x','x','x','x','x','x','x']\n" + "".join(
        f"{chr(98 + n)}: &{chr(98 + n)} [*{chr(97 + n)},*{chr(97 + n)},*{chr(97 + n)},*{chr(97 + n)}]\n"
        for n in range(8)
    )
    return f"---\ntitle: bomb\n{anchors}---\nBody text here.\n".encode()


def _one_huge_line() -> bytes:
    sentence = b"A single line that goes on and on without a break. "
    return sentence * (5 * 2**20 // len(sentence))


def _oversized() -> bytes:
    line = b"Fifty megabytes of plain words, one sentence after another.\n"
    return line * (MAX_ARTICLE_BYTES // len(line) + 2)


CORPUS: dict[str, Callable[[], bytes]] = {
    "empty.md": lambda: b"",
    "whitespace.md": lambda: b" \n\t\n  \n",
    "binary.md": lambda: _random_bytes(64 * 1024),
    "image-named-text.txt": _png_like,
    "nul-bytes.md": lambda: b"Text with\x00NUL\x00bytes in it.\n" * 100,
    "only-nuls.txt": lambda: b"\x00" * 10_000,
    "latin1.md": lambda: "# Café\n\nUn texte en Latin-1, déjà lu. Très bien.\n".encode("latin-1"),
    "utf16.md": lambda: "# UTF-16\n\nA file saved as UTF-16 with a BOM.\n".encode("utf-16"),
    "mixed-encodings.md": _mixed_encodings,
    "invalid-utf8.md": lambda: b"Valid start. \xff\xfe\xfd broken \xc3\x28 middle.\n" * 50,
    "lone-surrogates.md": lambda: "Surrogate \ud800 here.\n".encode("utf-8", "surrogatepass"),
    "nested-quotes.md": _nested_quotes,
    "nested-lists.md": _nested_lists,
    "nested-divs.md": _nested_divs,
    "divs-between-blank-lines.md": lambda: b"<div>\n\n" * 50_000 + b"Text at the bottom.\n",
    "stacked-emphasis.md": _stacked_emphasis,
    "bracket-flood.md": _bracket_flood,
    "malformed.md": _malformed_markdown,
    "unsafe-html.md": _unsafe_html_markdown,
    "unclosed-front-matter.md": lambda: b"---\ntitle: never closed\n\nBody.\n",
    "front-matter-list.md": lambda: b"---\n- a\n- b\n---\nBody text.\n",
    "front-matter-bomb.md": _front_matter_bomb,
    "one-huge-line.txt": _one_huge_line,
    "oversized.txt": _oversized,
    "unsafe-page.html": _unsafe_html_page,
    "binary.html": lambda: _random_bytes(32 * 1024, seed=11),
    "nested-divs.html": _nested_divs,
    "empty.html": lambda: b"<html><body></body></html>",
}

SLOW = frozenset({"oversized.txt", "one-huge-line.txt"})


@pytest.fixture(scope="session")
def hostile_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every corpus file written once per test session."""
    folder = tmp_path_factory.mktemp("hostile")
    for name, make in CORPUS.items():
        (folder / name).write_bytes(make())
    return folder


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
"""


def billion_laughs_feed() -> bytes:
    return BILLION_LAUGHS.replace(b"lolz", b"rss") + (
        b'<rss version="2.0"><channel><title>&lol9;</title><link>http://127.0.0.1/</link>'
        b"<item><title>&lol9;</title><description>&lol9;</description></item></channel></rss>"
    )


def external_entity_feed(secret: Path) -> bytes:
    return (
        b'<?xml version="1.0"?>\n<!DOCTYPE rss [ <!ENTITY xxe SYSTEM "file://'
        + str(secret).encode()
        + b'"> ]>\n<rss version="2.0"><channel><title>XXE</title><link>http://127.0.0.1/</link>'
        b"<item><title>Entry &xxe;</title><link>http://127.0.0.1/a</link>"
        b"<description>Secret: &xxe;</description></item></channel></rss>"
    )


def billion_laughs_opml() -> bytes:
    return BILLION_LAUGHS.replace(b"lolz", b"opml") + (
        b'<opml version="2.0"><head><title>&lol9;</title></head><body>'
        b'<outline text="&lol9;" xmlUrl="http://127.0.0.1/feed"/></body></opml>'
    )


def external_entity_opml(secret: Path) -> bytes:
    return (
        b'<?xml version="1.0"?>\n<!DOCTYPE opml [ <!ENTITY xxe SYSTEM "file://'
        + str(secret).encode()
        + b'"> ]>\n<opml version="2.0"><body><outline text="&xxe;" xmlUrl="http://127.0.0.1/f"/>'
        b"</body></opml>"
    )


BROKEN_OPML = {
    "truncated": b'<?xml version="1.0"?><opml version="2.0"><body><outline text="a" xmlUrl="http',
    "not xml": b"this is not xml at all",
    "wrong root": b'<?xml version="1.0"?><rss version="2.0"></rss>',
    "empty": b"",
    "binary": _random_bytes(4096, seed=3),
}

DEEP_OPML = (
    b"<opml><body>"
    + b'<outline text="deep">' * 100_000
    + b'<outline xmlUrl="http://127.0.0.1/deep"/>'
    + b"</outline>" * 100_000
    + b"</body></opml>"
)
