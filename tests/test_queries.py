"""List queries: every filter and sort, search ranking and snippets, and safe search text."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.articles import ArticleDraft
from app.fts import (
    SNIPPET_END,
    SNIPPET_START,
    SNIPPET_WORDS,
    fts_query,
    parse_search,
    search_highlights,
    snippet,
    term_ranges,
)
from app.library import Library
from app.queries import ListQuery
from app.store.list_sql import count_sql, ids_sql

ARTICLES = [
    # title, source, published, language, words of text
    ("Lighthouse lenses", "Coast", "2024-03-01", "en", "The lens bends light toward ships. " * 40),
    ("Bread and yeast", "Kitchen", "2022-01-15", "en", "Yeast makes bread rise. " * 10),
    ("Zebra crossings", "Streets", "2025-07-09", "de", "Ein Zebrastreifen und eine Ampel. " * 80),
    ("apple harvest", "Kitchen", "2023-09-30", "fr", "La récolte des pommes et la lumière. " * 20),
]


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    with Library(tmp_path / "library.db") as opened:
        for title, source, published, language, text in ARTICLES:
            opened.add_article(
                ArticleDraft(
                    title=title,
                    markdown=text,
                    source=source,
                    published=published,
                    language=language,
                )
            )
        yield opened


def ids_by_title(library: Library) -> dict[str, int]:
    rows = library.rows(library.query_ids(ListQuery()))
    return {row.title: row.id for row in rows.values()}


def titles(library: Library, query: ListQuery) -> list[str]:
    ids = library.query_ids(query)
    rows = library.rows(ids)
    return [rows[article_id].title for article_id in ids]


def test_the_default_list_is_every_article_newest_added_first(library: Library) -> None:
    assert titles(library, ListQuery()) == [title for title, *_ in reversed(ARTICLES)]


@pytest.mark.parametrize(
    ("sort", "descending", "expected"),
    [
        ("added", False, ["Lighthouse lenses", "Bread and yeast", "Zebra crossings", "apple harvest"]),
        ("published", True, ["Zebra crossings", "Lighthouse lenses", "apple harvest", "Bread and yeast"]),
        ("title", False, ["apple harvest", "Bread and yeast", "Lighthouse lenses", "Zebra crossings"]),
        ("title", True, ["Zebra crossings", "Lighthouse lenses", "Bread and yeast", "apple harvest"]),
        ("reading_time", False, ["Bread and yeast", "apple harvest", "Lighthouse lenses", "Zebra crossings"]),
        ("relevance", True, ["apple harvest", "Zebra crossings", "Bread and yeast", "Lighthouse lenses"]),
    ],
)  # fmt: skip
def test_every_sort_orders_the_list(
    library: Library, sort: str, descending: bool, expected: list[str]
) -> None:
    assert titles(library, ListQuery(sort=sort, descending=descending)) == expected


def test_each_filter_keeps_only_its_articles(library: Library) -> None:
    ids = ids_by_title(library)
    library.set_read(ids["Bread and yeast"])
    library.set_starred(ids["Zebra crossings"])
    library.set_archived(ids["apple harvest"])
    assert len(titles(library, ListQuery(filter="all"))) == 4
    assert "Bread and yeast" not in titles(library, ListQuery(filter="unread"))
    assert len(titles(library, ListQuery(filter="unread"))) == 3
    assert titles(library, ListQuery(filter="starred")) == ["Zebra crossings"]
    assert titles(library, ListQuery(filter="archived")) == ["apple harvest"]


def test_source_language_tag_and_feed_narrow_the_list(library: Library) -> None:
    ids = ids_by_title(library)
    assert set(titles(library, ListQuery(source="Kitchen"))) == {"Bread and yeast", "apple harvest"}
    assert titles(library, ListQuery(language="de")) == ["Zebra crossings"]
    library.add_tag(ids["Lighthouse lenses"], "sea")
    library.add_tag(ids["apple harvest"], "sea")
    assert titles(library, ListQuery(tag="sea", sort="title", descending=False)) == [
        "apple harvest",
        "Lighthouse lenses",
    ]
    feed_id, _ = library.add_feed("https://example.org/feed.xml", "Example")
    with library.transaction() as db:
        db.execute(
            "UPDATE articles SET feed_id = ? WHERE id = ?", (feed_id, ids["Bread and yeast"])
        )
    assert titles(library, ListQuery(feed_id=feed_id)) == ["Bread and yeast"]
    combined = ListQuery(source="Kitchen", language="fr", filter="unread")
    assert titles(library, combined) == ["apple harvest"]


def test_sources_and_languages_list_each_value_once(library: Library) -> None:
    assert library.sources() == ["Coast", "Kitchen", "Streets"]
    assert library.languages() == ["de", "en", "fr"]


def test_search_ranks_title_hits_above_body_hits(library: Library) -> None:
    text = "A word about a lighthouse. " + "Other things here. " * 60
    library.add_article(ArticleDraft(title="Notes", markdown=text))
    found = titles(library, ListQuery(search="lighthouse", sort="relevance"))
    assert found == ["Lighthouse lenses", "Notes"]


def test_search_ranks_by_how_much_an_article_is_about_the_word(library: Library) -> None:
    library.add_article(ArticleDraft(title="Once", markdown="Bread once. " + "Other things. " * 50))
    found = titles(library, ListQuery(search="bread", sort="relevance"))
    assert found == ["Bread and yeast", "Once"]


def test_search_can_follow_another_sort_and_the_filters(library: Library) -> None:
    library.add_article(ArticleDraft(title="Light notes", markdown="Light reading. " * 5))
    by_title = ListQuery(search="light", sort="title", descending=False)
    assert titles(library, by_title) == ["Light notes", "Lighthouse lenses"]
    assert titles(library, replace(by_title, descending=True)) == [
        "Lighthouse lenses",
        "Light notes",
    ]
    ids = ids_by_title(library)
    library.set_read(ids["Light notes"])
    assert "Light notes" not in titles(library, replace(by_title, filter="unread"))
    ranked_unread = ListQuery(search="light", sort="relevance", filter="unread")
    assert titles(library, ranked_unread) == ["Lighthouse lenses"]


def test_search_matches_without_accents_and_by_prefix_while_typing(library: Library) -> None:
    assert titles(library, ListQuery(search="recolte ")) == ["apple harvest"]
    assert titles(library, ListQuery(search="zebrastr")) == ["Zebra crossings"]
    assert titles(library, ListQuery(search="zebrastr ")) == []


def test_snippets_mark_the_matched_words(library: Library) -> None:
    query = ListQuery(search="yeast")
    ids = library.query_ids(query)
    snippets = library.snippets(query, ids)
    assert list(snippets) == ids
    snippet = snippets[ids[0]]
    assert f"{SNIPPET_START}yeast{SNIPPET_END}".casefold() in snippet.casefold()
    assert library.snippets(ListQuery(), ids) == {}


def test_the_index_follows_imports_and_deletions(library: Library) -> None:
    assert library.query_ids(ListQuery(search="kangaroo")) == []
    added = library.add_article(ArticleDraft(title="Marsupials", markdown="A kangaroo hops."))
    assert library.query_ids(ListQuery(search="kangaroo")) == [added]
    assert added is not None
    library.delete_article(added)
    assert library.query_ids(ListQuery(search="kangaroo")) == []


def test_counts_agree_with_the_lists(library: Library) -> None:
    for query in (
        ListQuery(),
        ListQuery(filter="unread", source="Kitchen"),
        ListQuery(search="la"),
    ):
        assert library.count_matching(query) == len(library.query_ids(query))


def test_an_empty_result_is_an_empty_list(library: Library) -> None:
    assert library.query_ids(ListQuery(tag="nothing")) == []
    assert library.query_ids(ListQuery(search="zzzz ")) == []


def test_unknown_filters_and_sorts_are_refused() -> None:
    with pytest.raises(ValueError, match="unknown filter"):
        ListQuery(filter="everything")
    with pytest.raises(ValueError, match="unknown sort"):
        ListQuery(sort="colour")


def test_search_text_stays_out_of_the_sql() -> None:
    sql, params = ids_sql(ListQuery(search="'; DROP TABLE articles; --", source="x' OR 1=1"))
    assert "DROP" not in sql and "1=1" not in sql
    assert "x' OR 1=1" in params
    count, _ = count_sql(ListQuery(search="a"))
    assert count.startswith("SELECT count(*)")


@pytest.mark.parametrize(
    ("typed", "query"),
    [
        ("", ""),
        ("   ", ""),
        ("lighthouse", '"lighthouse"*'),
        ("lighthouse ", '"lighthouse"'),
        ("Light House", '"light" "house"*'),
        ('"night train" sleeper', '"night train" "sleeper"*'),
        ('"night train', '"night train"'),
        ("cats OR dogs", '"cats" OR "dogs"*'),
        ("OR cats OR", '"cats"'),
        ("or", '"or"*'),
        ("NOT AND NEAR(x)", '"not" "and" "near x"*'),
        ('title:foo* "bar', '"title foo" "bar"'),
        ("()\"'*^:", ""),
        ("Café crème", '"cafe" "creme"*'),
        ("don't", '"don t"*'),
    ],
)
def test_search_text_becomes_a_safe_fts_query(typed: str, query: str) -> None:
    assert fts_query(typed) == query


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_no_search_text_makes_fts5_fail(typed: str) -> None:
    connection = sqlite3.connect(":memory:")
    connection.execute("CREATE VIRTUAL TABLE t USING fts5(body)")
    connection.execute("INSERT INTO t VALUES ('some text to find')")
    query = fts_query(typed)
    if query:
        connection.execute("SELECT rowid FROM t WHERE t MATCH ?", (query,)).fetchall()
    assert parse_search(typed) == [] or query


def test_term_ranges_find_words_phrases_and_prefixes() -> None:
    text = "A lighthouse light. The night train, a Night  Train! Café."
    assert [text[a:b] for a, b in term_ranges(text, "light ")] == ["light"]
    assert [text[a:b] for a, b in term_ranges(text, "light")] == ["lighthouse", "light"]
    assert [text[a:b] for a, b in term_ranges(text, '"night train"')] == [
        "night train",
        "Night  Train",
    ]
    assert [text[a:b] for a, b in term_ranges(text, "cafe ")] == ["Café"]
    assert term_ranges(text, "") == []


def test_search_highlights_use_their_own_css_class() -> None:
    marks = search_highlights("Yeast and more yeast.", "yeast ")
    assert [(mark.start, mark.end, mark.css_class) for mark in marks] == [
        (0, 5, "search"),
        (15, 20, "search"),
    ]


@pytest.mark.parametrize("sort", ["added", "published", "title", "reading_time", "relevance"])
def test_ids_arrive_in_the_order_sqlite_sorts_them(tmp_path: Path, sort: str) -> None:
    with Library(tmp_path / "many.db") as library:
        for number in range(300):
            words = " ".join(["fern"] * (number * 7 % 13 + 1) + ["moss"] * (number % 5))
            library.add_article(
                ArticleDraft(
                    title=f"Title {number * 37 % 300:03d}",
                    markdown=f"{words} number{number}.",
                    published=f"2024-01-{number * 11 % 28 + 1:02d}",
                )
            )
        query = ListQuery(sort=sort, search="fern")
        sql, params = ids_sql(query)
        expected = [row[0] for row in library._connection.execute(sql, params)]
        assert library.query_ids(query) == expected
        assert len(expected) == 300


def test_list_rows_match_the_rows_of_whole_articles(library: Library) -> None:
    ids = library.query_ids(ListQuery())
    library.set_starred(ids[0])
    library.set_read(ids[1])
    library.set_archived(ids[2])
    whole = {article_id: library.article(article_id) for article_id in ids}
    assert library.rows(ids) == {i: article.row for i, article in whole.items() if article}
    assert library.rows([]) == {}


def _unmarked(snippet_text: str) -> str:
    return snippet_text.replace(SNIPPET_START, "").replace(SNIPPET_END, "").strip("…")


def test_a_snippet_is_a_marked_passage_of_the_text_around_the_match() -> None:
    words = [f"word{n}" for n in range(40)]
    words[20] = "Harbour"
    text = " ".join(words)
    passage = snippet(text, "harbour")
    assert passage.startswith("…") and passage.endswith("…")
    assert f"{SNIPPET_START}Harbour{SNIPPET_END}" in passage
    assert _unmarked(passage) in text
    assert len(_unmarked(passage).split()) == SNIPPET_WORDS
    assert _unmarked(passage).split()[3] == "Harbour"  # a few words of lead-in


def test_a_snippet_goes_where_most_terms_occur_together() -> None:
    text = "The boat left. " + "Filler words here. " * 20 + "The boat reached the harbour at dawn."
    passage = snippet(text, "boat harbour")
    assert f"{SNIPPET_START}harbour{SNIPPET_END}" in passage
    assert f"{SNIPPET_START}boat{SNIPPET_END}" in passage
    assert "left" not in passage


def test_a_snippet_finds_words_as_the_search_does() -> None:
    assert snippet("La récolte des pommes", "recolte ") == (
        f"La {SNIPPET_START}récolte{SNIPPET_END} des pommes"
    )
    assert f"{SNIPPET_START}Зебра{SNIPPET_END}" in snippet("Это Зебра на дороге", "зебра ")
    assert f"{SNIPPET_START}harbourmaster{SNIPPET_END}" in snippet("The harbourmaster", "harb")
    assert snippet("Nothing to see", "harbour ") == ""


def test_an_article_matched_by_its_title_alone_shows_its_title(library: Library) -> None:
    query = ListQuery(search="zebra ")
    ids = library.query_ids(query)
    assert len(ids) == 1
    assert library.snippets(query, ids) == {ids[0]: f"{SNIPPET_START}Zebra{SNIPPET_END} crossings"}


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(["sea", "Sea,", "boat", "é", "x-y", "\n", "harbour", "Харбор"]), max_size=60
    )
)
def test_a_snippet_is_always_a_passage_of_the_text(words: list[str]) -> None:
    text = " ".join(words)
    passage = snippet(text, "harbour")
    if "harbour" in text:
        assert f"{SNIPPET_START}harbour{SNIPPET_END}" in passage
        assert _unmarked(passage) in text
    else:
        assert passage == ""


def test_a_snippet_of_hostile_text_marks_only_the_match() -> None:
    text = f"bin\x00ary {SNIPPET_START}junk{SNIPPET_END} \ufffd\x01 the harbour \x7f{SNIPPET_END}"
    passage = snippet(text, "harbour")
    assert passage.count(SNIPPET_START) == passage.count(SNIPPET_END) == 1
    assert f"{SNIPPET_START}harbour{SNIPPET_END}" in passage
    assert "junk" in passage and "\x01" in passage  # the text is shown, not dropped


@pytest.mark.parametrize("search", ['"unclosed', "a(b", "[*]", "NEAR OR", "harbour\\", "𝔥𝔞𝔯"])
def test_a_snippet_for_any_search_text_is_safe(search: str) -> None:
    text = "Boats in the harbour a(b [*] NEAR here."
    passage = snippet(text, search)
    assert passage == "" or _unmarked(passage) in text


def test_a_snippet_of_a_huge_article_finds_a_match_at_its_end() -> None:
    text = "filler words only " * 60_000 + "and then the harbour."
    passage = snippet(text, "harbour")
    assert passage.startswith("…") and passage.endswith("harbour" + SNIPPET_END + ".")
