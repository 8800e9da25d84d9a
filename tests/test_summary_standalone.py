"""choose_standing(): a leaning sentence comes with its support or gives way, within length."""

from __future__ import annotations

import pytest

from app.summary import SummaryLength, summarize
from app.summary.evidence import long_read_degree
from app.summary.split_article import ArticleSentence, SplitArticle, split_article
from app.summary.standalone import choose_standing, points_back

SENTENCES = [
    "The council approved the new harbour plan for the old town on Tuesday night.",
    "It turns the empty warehouses along the quay into flats, shops and a museum.",
    "Fishermen worry that the working boats will lose their moorings to yachts.",
    "However, the mayor promised that the fish market will stay where it is today.",
    "Building work on the warehouses is expected to start next spring and last two years.",
    "Next to it, build a shed.",
]


def article_of(sentences: list[str]) -> SplitArticle:
    return split_article(" ".join(sentences), "en")


def ranked_by(article: SplitArticle, order: list[int]) -> list[tuple[ArticleSentence, float]]:
    return [(article.sentences[i], 1.0 - rank / 10) for rank, i in enumerate(order)]


def indexes(chosen: list[tuple[ArticleSentence, float]]) -> list[int]:
    return [sentence.index for sentence, _ in chosen]


def test_a_leaning_sentence_comes_with_the_one_before_it() -> None:
    article = article_of(SENTENCES)
    chosen = choose_standing(
        ranked_by(article, [1, 4, 2]), article, SummaryLength(sentences=3), "en"
    )
    assert indexes(chosen) == [0, 1, 4]


def test_a_leaning_sentence_gives_way_when_there_is_no_room() -> None:
    article = article_of(SENTENCES)
    chosen = choose_standing(
        ranked_by(article, [1, 4, 2]), article, SummaryLength(sentences=1), "en"
    )
    assert indexes(chosen) == [4]


CHAIN = [
    SENTENCES[0],
    SENTENCES[1],
    "They fear that the working boats will lose their moorings to yachts.",
    "But they say it will take years to decide on the future of the quay.",
    SENTENCES[4],
]


def test_a_chain_of_leaning_sentences_is_followed_back() -> None:
    article = article_of(CHAIN)
    chosen = choose_standing(ranked_by(article, [2, 4]), article, SummaryLength(sentences=3), "en")
    assert indexes(chosen) == [0, 1, 2]


def test_a_chain_longer_than_three_sentences_gives_way() -> None:
    article = article_of(CHAIN)
    chosen = choose_standing(ranked_by(article, [3, 4]), article, SummaryLength(sentences=4), "en")
    assert indexes(chosen) == [4]


def test_a_short_leaning_sentence_gives_way_even_with_room() -> None:
    article = article_of(SENTENCES)
    chosen = choose_standing(ranked_by(article, [5, 2]), article, SummaryLength(sentences=4), "en")
    assert 5 not in indexes(chosen)


@pytest.mark.parametrize("words", [1, 12, 20, 30, 100])
def test_a_word_budget_is_never_exceeded_but_by_a_single_best_sentence(words: int) -> None:
    article = article_of(SENTENCES)
    ranked = ranked_by(article, [3, 1, 4, 0, 2])
    chosen = choose_standing(ranked, article, SummaryLength(words=words), "en")
    used = sum(len(sentence.text.split()) for sentence, _ in chosen)
    assert chosen
    assert used <= words or len(chosen) == 1


def test_when_every_candidate_leans_the_best_still_makes_a_summary() -> None:
    article = article_of(SENTENCES)
    chosen = choose_standing(ranked_by(article, [3]), article, SummaryLength(sentences=1), "en")
    assert indexes(chosen) == [3]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Next to it, create backup.timer.", True),
        ("After that, the council voted again.", True),
        ("However, it rained.", True),
        ("In 2010, prices rose.", False),
        ("Salt and pepper, then serve.", False),
        ("The council approved the plan.", False),
    ],
)
def test_points_back(sentence: str, expected: bool) -> None:
    assert points_back(sentence, "en") is expected


@pytest.mark.parametrize("percent", [10, 30, 60, 100])
def test_percent_lengths_hold(percent: int) -> None:
    text = " ".join(SENTENCES * 1)
    summary = summarize(text * 1, length=SummaryLength(percent=percent), language="en")
    assert len(summary.sentences) <= max(1, len(SENTENCES) * percent // 100)


def unique_sentences(count: int, offset: int = 0) -> str:
    return " ".join(
        f"Report number {n + offset} describes the harbour works of week {n + offset}."
        for n in range(count)
    )


def test_long_read_degree_follows_length_and_headings() -> None:
    news = split_article(unique_sentences(60), "en")  # 600 words
    between = split_article(unique_sentences(135), "en")  # 1,350 words
    long_read = split_article(unique_sentences(400), "en")
    sectioned = split_article(
        "\n\n".join(
            [
                unique_sentences(3),
                "First part",
                unique_sentences(5, 10),
                "Second part",
                unique_sentences(5, 20),
            ]
        ),
        "en",
    )
    assert long_read_degree(news) == 0.0
    assert long_read_degree(between) == pytest.approx(0.5)
    assert long_read_degree(long_read) == 1.0
    assert long_read_degree(sectioned) == 0.5
    assert long_read_degree(split_article("", "en")) == 0.0
