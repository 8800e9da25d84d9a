"""summarize(): spans, order, lengths, honest short answers and clear errors."""

from __future__ import annotations

import dataclasses

import pytest

from app.summary import (
    ALGORITHMS,
    Summary,
    SummaryError,
    SummaryLength,
    default_length,
    summarize,
)

ARTICLE = """Harbour plan approved

The town council approved a new plan for the old harbour on Tuesday. The plan turns the empty \
warehouses into flats, shops and a small museum.

Local fishermen worry that the harbour will lose its working boats. The council promised that \
the fish market will stay where it is.

Building work is expected to start next spring and last two years. The museum will tell the \
story of the harbour and its fishing fleet.

What happens next

Residents can comment on the plan at the town hall until the end of the month. The council \
will vote again in March. Critics say the flats will be too expensive for local families. \
The mayor said that a third of the flats will be offered at lower rents.

    def harbour(): return boats.count()

The council promised that the fish market will stay where it is."""

EXPECTED_ALGORITHMS = [
    "default",
    "lexrank",
    "textrank",
    "lsa",
    "luhn",
    "edmundson",
    "kl",
    "sumbasic",
    "reduction",
]


def test_algorithms_are_listed_in_order() -> None:
    assert list(ALGORITHMS) == EXPECTED_ALGORITHMS
    assert ALGORITHMS["default"] == "Lede (default)"
    assert ALGORITHMS["kl"] == "KL-Sum"


@pytest.mark.parametrize("algorithm", EXPECTED_ALGORITHMS)
def test_sentences_are_exact_ordered_and_unique(algorithm: str) -> None:
    summary = summarize(ARTICLE, algorithm=algorithm, length=SummaryLength(sentences=6))
    texts = [sentence.text for sentence in summary.sentences]
    assert len(texts) == 6
    assert len(set(texts)) == len(texts)
    assert [s.index for s in summary.sentences] == sorted(s.index for s in summary.sentences)
    for sentence in summary.sentences:
        assert ARTICLE[sentence.start : sentence.end] == sentence.text
        assert 0.0 <= sentence.score <= 1.0
    assert summary.algorithm == algorithm


@pytest.mark.parametrize("algorithm", EXPECTED_ALGORITHMS)
def test_headings_and_code_are_not_picked(algorithm: str) -> None:
    summary = summarize(ARTICLE, algorithm=algorithm, length=SummaryLength(sentences=9))
    texts = {sentence.text for sentence in summary.sentences}
    assert not texts & {"Harbour plan approved", "What happens next"}
    assert not any("def harbour" in text for text in texts)


def test_the_most_important_sentence_scores_one() -> None:
    summary = summarize(ARTICLE, length=SummaryLength(sentences=12))
    assert max(sentence.score for sentence in summary.sentences) == 1.0


@pytest.mark.parametrize("count", [1, 2, 5, 100])
def test_sentence_count_is_an_upper_bound(count: int) -> None:
    summary = summarize(ARTICLE, length=SummaryLength(sentences=count))
    assert len(summary.sentences) == min(count, 10)


@pytest.mark.parametrize(("percent", "expected"), [(1, 1), (20, 2), (50, 7), (100, 10)])
def test_percent_of_sentences(percent: float, expected: int) -> None:
    summary = summarize(ARTICLE, length=SummaryLength(percent=percent))
    assert summary.sentence_count == 14
    assert len(summary.sentences) == expected


@pytest.mark.parametrize("algorithm", EXPECTED_ALGORITHMS)
@pytest.mark.parametrize("budget", [1, 30, 60, 1000])
def test_word_budget_is_respected(algorithm: str, budget: int) -> None:
    summary = summarize(ARTICLE, algorithm=algorithm, length=SummaryLength(words=budget))
    words = [len(sentence.text.split()) for sentence in summary.sentences]
    assert words
    assert sum(words) <= budget or len(words) == 1


def test_default_length_grows_slowly_and_is_capped() -> None:
    counts = [default_length(n).sentences for n in (0, 5, 20, 60, 200, 5000)]
    assert counts == sorted(counts)
    assert counts[1] == 3
    assert counts[-1] == 10


@pytest.mark.parametrize("text", ["One. Two. Three. Four.", "Just one sentence here.", ""])
def test_short_text_is_reported_not_echoed(text: str) -> None:
    summary = summarize(text)
    assert summary.too_short
    assert summary.sentences == ()


def test_summary_values_are_frozen() -> None:
    summary = summarize(ARTICLE)
    assert isinstance(summary, Summary)
    with pytest.raises(dataclasses.FrozenInstanceError):
        summary.algorithm = "lsa"  # type: ignore[misc]


def test_title_is_accepted_by_every_algorithm() -> None:
    for algorithm in EXPECTED_ALGORITHMS:
        summary = summarize(ARTICLE, algorithm=algorithm, title="Harbour plan")
        assert summary.sentences


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"algorithm": "bogus"}, "unknown algorithm"),
        ({"language": "xx"}, "unsupported language"),
        ({"length": SummaryLength()}, "exactly one"),
        ({"length": SummaryLength(sentences=2, words=10)}, "exactly one"),
        ({"length": SummaryLength(sentences=0)}, "sentences"),
        ({"length": SummaryLength(percent=0.5)}, "percent"),
        ({"length": SummaryLength(percent=101)}, "percent"),
        ({"length": SummaryLength(words=-3)}, "words"),
        ({"length": 3}, "SummaryLength"),
        ({"algorithm": ["lsa"]}, "unknown algorithm"),
        ({"language": 7}, "language"),
        ({"title": b"bytes"}, "title"),
    ],
)
def test_bad_requests_raise_summary_error(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(SummaryError, match=message):
        summarize(ARTICLE, **kwargs)  # type: ignore[arg-type]


def test_lsa_is_deterministic_across_processes() -> None:
    import subprocess
    import sys

    script = (
        "from app.summary import summarize, SummaryLength\n"
        "from tests.test_summary_api import ARTICLE\n"
        "s = summarize(ARTICLE, algorithm='lsa', length=SummaryLength(sentences=3))\n"
        "print([x.index for x in s.sentences])"
    )
    outputs = {
        subprocess.run(
            [sys.executable, "-c", script],
            capture_output=True,
            text=True,
            check=True,
            env={"PYTHONHASHSEED": seed, "PATH": ""},
        ).stdout
        for seed in ("1", "2", "3")
    }
    assert len(outputs) == 1


def test_threads_get_the_same_summaries() -> None:
    from concurrent.futures import ThreadPoolExecutor

    def indexes(algorithm: str) -> list[int]:
        summary = summarize(ARTICLE, algorithm=algorithm, length=SummaryLength(sentences=3))
        return [sentence.index for sentence in summary.sentences]

    expected = [indexes(algorithm) for algorithm in EXPECTED_ALGORITHMS * 4]
    with ThreadPoolExecutor(max_workers=4) as pool:
        assert list(pool.map(indexes, EXPECTED_ALGORITHMS * 4)) == expected
