"""Any text returns a Summary (or raises SummaryError) quickly, with exact, honest spans."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.summary import ALGORITHMS, Summary, SummaryError, SummaryLength, summarize

HOSTILE = {
    "empty": "",
    "whitespace": " \t\n\n \u3000 \n",
    "nul bytes": "\x00" * 500 + ". Hello.\x00\x00 World." * 20,
    "only punctuation": "!?.,;:…" * 300,
    "no letters": "12 34. 56 78. 90! " * 50,
    "one huge line": "word " * 200_000,
    "many tiny sentences": "A. B. C. D. E. F. " * 2000,
    "repeated sentence": "The same sentence again. " * 500,
    "lone surrogate": "Broken \ud800 text here. " * 10,
    "mixed scripts": "Hello мир. こんにちは世界。 Γειά σου κόσμε. مرحبا بالعالم. Hola mundo. " * 20,
}


@pytest.mark.parametrize("text", HOSTILE.values(), ids=HOSTILE.keys())
@pytest.mark.parametrize("algorithm", list(ALGORITHMS))
def test_hostile_input_returns_a_summary(text: str, algorithm: str) -> None:
    summary = summarize(text, algorithm=algorithm, length=SummaryLength(sentences=3))
    assert isinstance(summary, Summary)
    _assert_honest(text, summary, 3)


def test_non_string_text_is_a_summary_error() -> None:
    with pytest.raises(SummaryError):
        summarize(b"bytes are not text")  # type: ignore[arg-type]


def test_a_book_length_text_is_summarized() -> None:
    sentences = [
        f"Sentence number {n} talks about topic {n % 37} and item {n % 11}." for n in range(20000)
    ]
    text = "\n\n".join(" ".join(sentences[i : i + 5]) for i in range(0, len(sentences), 5))
    summary = summarize(text, length=SummaryLength(sentences=5))
    _assert_honest(text, summary, 5)
    assert summary.sentence_count == 20000


def _assert_honest(text: str, summary: Summary, limit: int) -> None:
    assert len(summary.sentences) <= limit
    texts = [sentence.text for sentence in summary.sentences]
    assert len(set(texts)) == len(texts)
    indexes = [sentence.index for sentence in summary.sentences]
    assert indexes == sorted(indexes)
    for sentence in summary.sentences:
        assert text[sentence.start : sentence.end] == sentence.text
        assert 0.0 <= sentence.score <= 1.0
    if summary.too_short:
        assert summary.sentences == ()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    text=st.text(alphabet=st.characters(), max_size=400)
    | st.lists(st.sampled_from(["Word.", "Other words here!", "\n\n", " ", "Mr.", "é?", "…"])).map(
        "".join
    ),
    algorithm=st.sampled_from(list(ALGORITHMS)),
    count=st.integers(min_value=1, max_value=8),
)
def test_any_unicode_text(text: str, algorithm: str, count: int) -> None:
    summary = summarize(text, algorithm=algorithm, length=SummaryLength(sentences=count))
    _assert_honest(text, summary, count)
