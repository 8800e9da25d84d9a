"""Imported web pages keep their blocks, code and captions as the page had them."""

from __future__ import annotations

from xml.sax.saxutils import escape

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.document import render_markdown
from app.importing.html_extract import extract_article, html_fragment_to_markdown
from app.importing.page_markdown import xml_to_markdown

FILLER = "<p>This paragraph gives the page enough ordinary prose for an extractor to trust it.</p>"


def page(body: str) -> str:
    return (
        "<html><head><title>Config notes</title></head><body><article>"
        f"<h1>Config notes</h1>{FILLER}{body}{FILLER}</article></body></html>"
    )


def rendered_html(body: str) -> str:
    draft = extract_article(page(body), url="https://example.org/notes")
    return render_markdown(draft.markdown).html()


def test_a_one_line_code_block_stays_a_block_before_the_next_sentence() -> None:
    html = rendered_html(
        "<pre><code>rsync -a --delete src/ dst/</code></pre>"
        "<p>Then the next sentence follows the code block and says more.</p>"
    )
    assert "<pre><code>rsync -a --delete src/ dst/\n</code></pre>" in html
    assert "<p>Then the next sentence follows" in html


def test_blank_lines_inside_a_code_block_are_kept() -> None:
    html = rendered_html("<pre><code>def f():\n    return 1\n\ndef g():\n    return 2</code></pre>")
    assert "def f():\n    return 1\n\ndef g():\n    return 2" in html


def test_a_tilde_shows_without_a_backslash() -> None:
    html = rendered_html("<p>Edit ~/.config/lede/settings.ini and restart the program.</p>")
    assert "Edit ~/.config/lede/settings.ini" in html
    assert "\\" not in html


def test_an_image_caption_stays_under_its_image() -> None:
    html = rendered_html(
        '<figure><img src="https://example.org/a.png" alt="A diagram">'
        "<figcaption>The pipeline, from page to article.</figcaption></figure>"
    )
    image = html.index("[A diagram]")
    caption = html.index("The pipeline, from page to article.")
    assert image < caption


@pytest.mark.parametrize(
    ("markup", "shown"),
    [
        (
            "<p>Stars *here* and _there_ [not a link] {#id}</p>",
            "Stars *here* and _there_ [not a link] {#id}",
        ),
        ("<p>C:\\Users\\me and a &lt;tag&gt; &amp; more</p>", "C:\\Users\\me and a <tag> & more"),
        ("<p># not a heading</p>", "# not a heading"),
        ("<p>1. not a list</p>", "1. not a list"),
        ("<p>a | b<lb/>-|-<lb/>c | d</p>", "a | b\n\n-|-\n\nc | d"),  # not a table
        ("<p>Above<lb/>===<lb/>---</p>", "Above\n\n===\n\n---"),  # no heading, no rule
        ("<p>Term<lb/>: not a definition</p>", "Term\n\n: not a definition"),
        (
            "<p>A line<lb/># nor a heading<lb/>- nor an item</p>",
            "A line\n\n# nor a heading\n\n- nor an item",
        ),
    ],
)
def test_characters_markdown_would_read_as_markup_show_as_written(markup: str, shown: str) -> None:
    markdown = xml_to_markdown(f"<doc><main>{markup}</main></doc>")
    assert render_markdown(markdown).text == shown


def test_lists_quotes_tables_links_and_emphasis_keep_their_structure() -> None:
    xml = (
        "<doc><main><list rend='ul'><item>one</item><item>two <hi rend='#b'>bold</hi>"
        "<list rend='ol'><item>inner</item></list></item></list>"
        "<quote><p>Quoted <ref target='https://x.org/a'>link</ref>.</p></quote>"
        "<table><row><cell role='head'>Key</cell><cell>A|B</cell></row>"
        "<row><cell>a</cell></row></table></main></doc>"
    )
    html = render_markdown(xml_to_markdown(xml)).html()
    assert "<ul>\n<li>one</li>" in html or "<ul><li>one</li>" in html
    assert "<strong>bold</strong>" in html and "<ol>" in html
    assert "<blockquote>" in html and 'href="https://x.org/a"' in html
    assert "<th>Key</th>" in html and "A|B" in html


def test_a_code_block_inside_a_list_keeps_its_lines() -> None:
    xml = "<doc><main><list rend='ul'><item>Run:<code>make\n\nmake install</code></item></list></main></doc>"
    html = render_markdown(xml_to_markdown(xml)).html()
    assert "<code>make\n\nmake install\n</code>" in html


def test_a_feed_entry_keeps_its_code_block() -> None:
    markdown = html_fragment_to_markdown(
        "<p>Some words of introduction for the entry.</p><pre><code>a\n\nb</code></pre>"
    )
    assert "```\na\n\nb\n```" in markdown


@pytest.mark.parametrize(
    "xml", ["<doc/>", "<doc><main/></doc>", "<doc><main><p>  </p></main></doc>"]
)
def test_empty_documents_give_no_markdown(xml: str) -> None:
    assert xml_to_markdown(xml) == ""


def test_nesting_too_deep_to_walk_keeps_the_words() -> None:
    xml = "<doc><main>" + "<list><item>x" * 5000 + "</item></list>" * 5000 + "</main></doc>"
    assert xml_to_markdown(xml) == " ".join(["x"] * 5000)


# Characters Markdown reads as markup, and others; no `--`, `...` or quotes, which typography
# changes on purpose.
MARKUP_CHARACTERS = st.sampled_from([*"ab XYZ019*_`[](){}<>&!#+:|~\\^=%@$/;,?", "-", "é", "ж"])
LINE = (
    st.lists(MARKUP_CHARACTERS, min_size=1, max_size=12)
    .map("".join)
    .filter(lambda line: line.strip() and "--" not in line)
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(LINE, min_size=1, max_size=4))
def test_a_paragraph_of_any_text_shows_exactly_that_text(lines: list[str]) -> None:
    xml = "<lb/>".join(escape(line) for line in lines)
    markdown = xml_to_markdown(f"<doc><main><p>{xml}</p></main></doc>")
    shown = render_markdown(markdown).text
    assert shown == "\n\n".join(" ".join(line.split()) for line in lines)
