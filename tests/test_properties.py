"""Properties over arbitrary Unicode: honest summary spans, and only declared errors anywhere."""

from __future__ import annotations

import itertools

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.articles import decode_bytes, parse_article
from app.document import render_markdown
from app.errors import LedeError
from app.render_limits import (
    MAX_HTML_DEPTH,
    MAX_INDENT_COLUMNS,
    MAX_MARKUP_PER_BLOCK,
    MAX_QUOTE_DEPTH,
    exceeds_markdown_bounds,
)
from app.summary import SummaryError, SummaryLength, summarize

SETTINGS = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Unicode text salted with the characters Markdown, HTML and sentence splitting care about.
MARKUP = st.sampled_from([*"#*_`[]()<>!\\|-=~:>\n .?!…。", "\n\n", "> ", "- ", "1. "])
TEXT = st.lists(st.one_of(st.text(max_size=40), MARKUP), max_size=60).map("".join)
SENTENCES = st.lists(
    st.tuples(st.text(min_size=1, max_size=30), st.sampled_from([". ", "! ", "? ", "。", "\n\n"])),
    min_size=1,
    max_size=40,
).map(lambda parts: "".join(words + end for words, end in parts))


@SETTINGS
@given(text=st.one_of(TEXT, SENTENCES), count=st.integers(min_value=1, max_value=8))
def test_summary_sentences_are_exact_ordered_distinct_and_bounded(text: str, count: int) -> None:
    try:
        summary = summarize(text, length=SummaryLength(sentences=count))
    except SummaryError:
        return
    spans = [(sentence.start, sentence.end) for sentence in summary.sentences]
    for sentence in summary.sentences:
        assert 0 <= sentence.start < sentence.end <= len(text)
        assert text[sentence.start : sentence.end] == sentence.text
    assert spans == sorted(spans)
    assert len(set(spans)) == len(spans)
    assert all(left[1] <= right[0] for left, right in itertools.pairwise(spans))
    assert len(spans) <= count


@SETTINGS
@given(source=TEXT)
def test_rendering_any_text_gives_text_or_a_declared_error(source: str) -> None:
    try:
        rendered = render_markdown(source)
    except LedeError:
        return
    assert isinstance(rendered.text, str)
    html = rendered.html().lower()
    assert "<script" not in html and "javascript:" not in html


@SETTINGS
@given(source=TEXT)
def test_parsing_any_text_gives_a_draft_or_a_declared_error(source: str) -> None:
    try:
        draft = parse_article(source)
    except LedeError:
        return
    assert draft.markdown.strip()
    assert draft.title


@SETTINGS
@given(data=st.binary(max_size=400))
def test_decoding_any_bytes_gives_text_or_a_declared_error(data: bytes) -> None:
    try:
        text = decode_bytes(data)
    except LedeError:
        return
    assert isinstance(text, str)


NESTING = {
    "quote": (lambda depth: "> " * depth + "deep\n", MAX_QUOTE_DEPTH),
    "list": (
        lambda depth: "".join("  " * level + "- item\n" for level in range(depth)),
        MAX_INDENT_COLUMNS // 2 + 1,
    ),
    "emphasis": (lambda depth: "*" * depth + "word" + "*" * depth, MAX_MARKUP_PER_BLOCK // 2),
}


@SETTINGS
@given(depth=st.integers(min_value=0, max_value=600), shape=st.sampled_from(sorted(NESTING)))
def test_any_nesting_depth_renders_and_deep_ones_are_bounded(depth: int, shape: str) -> None:
    make, bound = NESTING[shape]
    source = make(depth * (10 if shape != "list" else 1))
    rendered = render_markdown(source + "\n\nThe end.")
    assert rendered.text.endswith("The end.")
    if depth * (10 if shape != "list" else 1) > bound:
        assert exceeds_markdown_bounds(source)


@SETTINGS
@given(depth=st.integers(min_value=0, max_value=3000), blank=st.booleans())
def test_raw_html_nesting_is_bounded_even_across_blank_lines(depth: int, blank: bool) -> None:
    source = ("<div>\n\n" if blank else "<div>") * depth + "\n\nThe end."
    rendered = render_markdown(source)
    assert rendered.text.endswith("The end.")
    assert exceeds_markdown_bounds(source) == (depth > MAX_HTML_DEPTH)
