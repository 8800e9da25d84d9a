"""Markdown rendering: safe HTML, plain text that matches what is shown, highlights by offset."""

from __future__ import annotations

import threading

import pytest

from app.document import Highlight, reading_minutes, render_markdown

FEATURES = """# Title

Some *emphasised* text with a note[^1].
It continues here.

> A quoted line.

- first item
- second item

| name | value |
|------|-------|
| pi   | 3.14  |

```python
x = 1
```

![A diagram](../images/diagram.png) ![remote](https://tracker.example/pixel.png)

[^1]: The note itself.
"""


def test_plain_text_has_one_block_per_paragraph_item_and_cell() -> None:
    text = render_markdown(FEATURES).text
    blocks = text.split("\n\n")
    assert blocks[:3] == [
        "Title",
        "Some emphasised text with a note. It continues here.",
        "A quoted line.",
    ]
    assert "first item" in blocks and "second item" in blocks
    assert "pi" in blocks and "3.14" in blocks
    assert "x = 1\n" in text


def test_footnote_markers_are_shown_but_not_part_of_sentences() -> None:
    rendered = render_markdown(FEATURES)
    assert "with a note." in rendered.text
    assert 'href="#fn:1"' in rendered.html()


def test_images_show_only_from_library_assets() -> None:
    html = render_markdown(FEATURES, assets={"../images/diagram.png"}).html()
    assert 'src="asset:..%2Fimages%2Fdiagram.png"' in html
    assert "tracker.example" not in html
    assert "[remote]" in html


def test_highlight_wraps_the_exact_range_across_inline_markup() -> None:
    rendered = render_markdown("Some *emphasised* text here. Another sentence.")
    start = rendered.text.index("Some")
    end = rendered.text.index("here.") + len("here.")
    html = rendered.html([Highlight(start, end, "s-0")])
    assert html.count('<span class="summary">') == 3
    assert html.index('<a name="s-0"></a>') < html.index("Some")
    assert "Another sentence." in html.split("</span>")[-1]


@pytest.mark.parametrize(
    "hostile",
    [
        "<script>alert(1)</script>Text",
        '<img src="x" onerror="alert(1)">Text',
        "[click](javascript:alert(1)) Text",
        '<iframe src="https://example.org"></iframe>Text',
        '<form action="/x"><input name="a"></form>Text',
    ],
)
def test_hostile_html_is_removed(hostile: str) -> None:
    html = render_markdown(hostile).html().lower()
    for forbidden in ("<script", "onerror", "javascript:", "<iframe", "<form", "<input"):
        assert forbidden not in html


def test_special_characters_are_escaped_in_text_and_highlights() -> None:
    rendered = render_markdown("Use a < b & c > d in code.")
    assert rendered.text == "Use a < b & c > d in code."
    html = rendered.html([Highlight(0, len(rendered.text), "s-0")])
    assert "a &lt; b &amp; c &gt; d" in html


@pytest.mark.parametrize(("words", "minutes"), [(0, 1), (100, 1), (230, 1), (1150, 5), (4000, 17)])
def test_reading_minutes(words: int, minutes: int) -> None:
    assert reading_minutes(words) == minutes


def test_one_document_leaves_nothing_behind_for_the_next() -> None:
    """The converter is reused: footnotes, abbreviations and heading ids start afresh."""
    first = "# Notes\n\nHTML is old.[^a]\n\n[^a]: A footnote.\n\n*[HTML]: HyperText Markup Language"
    second = "# Notes\n\nHTML again, and a marker[^a] with no footnote."
    fresh: list[str] = []
    thread = threading.Thread(target=lambda: fresh.append(render_markdown(second).html()))
    thread.start()
    thread.join()
    render_markdown(first)
    after_first = render_markdown(second).html()
    assert after_first == fresh[0]
    assert "<abbr" not in after_first and 'class="footnote' not in after_first
    assert 'id="notes"' in after_first  # not "notes_1", as a second heading of one page


@pytest.mark.parametrize(
    ("source", "shown"),
    [
        ("Run journalctl --user to see it.", "Run journalctl --user to see it."),
        ("Pass --delete and --dry-run first.", "Pass --delete and --dry-run first."),
        ("Code `rsync --delete` stays.", "Code rsync --delete stays."),
        ("A pause -- like this.", "A pause \u2013 like this."),
        ("Pages 10--20.", "Pages 10\u201320."),
        ("An aside---like this.", "An aside\u2014like this."),
    ],
)
def test_double_hyphens_become_dashes_only_where_no_option_is_meant(
    source: str, shown: str
) -> None:
    assert render_markdown(source).text == shown


def test_double_hyphens_inside_code_blocks_are_kept() -> None:
    rendered = render_markdown("```\nrsync -a --delete a -- b\n```\n")
    assert "rsync -a --delete a -- b" in rendered.text
    assert "\u2013" not in rendered.html()
