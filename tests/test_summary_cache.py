"""The one "cached summary, else compute, then store" path, and SQL only inside app/store."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.articles import ArticleDraft
from app.errors import LibraryWriteError
from app.library import Library
from app.settings import SummarySettings
from app.store.connection import open_reader
from app.store.summary_cache import SummaryCache, cache_key, store_payload
from app.summary import Summary, SummaryError, SummarySentence

ROOT = Path(__file__).resolve().parents[1]
SETTINGS = SummarySettings()
SUMMARY = Summary(
    sentences=(SummarySentence(index=0, start=0, end=14, text="The lamp turns.", score=1.0),),
    algorithm="default",
    language="en",
    sentence_count=4,
    too_short=False,
)


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    library = Library(tmp_path / "lib.db")
    yield library
    library.close()


def add(library: Library, text: str = "The lamp turns. It turns all night.") -> int:
    article_id = library.add_article(ArticleDraft(title="Lamp", markdown=text))
    assert article_id is not None
    return article_id


def test_a_summary_is_computed_once_then_read_from_the_cache(library: Library) -> None:
    article_id = add(library)
    calls: list[int] = []

    def compute() -> Summary:
        calls.append(article_id)
        return SUMMARY

    assert library.summaries.get_or_compute(article_id, SETTINGS, compute) == SUMMARY
    assert library.summaries.get_or_compute(article_id, SETTINGS, compute) == SUMMARY
    assert calls == [article_id]
    assert library.summaries.cached(article_id, SETTINGS) == SUMMARY


def test_other_settings_are_another_cache_entry(library: Library) -> None:
    article_id = add(library)
    library.summaries.store(article_id, SETTINGS, SUMMARY)
    other = SummarySettings(length_mode="sentences", sentences=5)
    assert cache_key(other) != cache_key(SETTINGS)
    assert library.summaries.cached(article_id, other) is None


def test_a_failed_computation_stores_nothing(library: Library) -> None:
    article_id = add(library)

    def fail() -> Summary:
        raise SummaryError("unsupported language 'xx'")

    with pytest.raises(SummaryError):
        library.summaries.get_or_compute(article_id, SETTINGS, fail)
    assert library.summaries.cached(article_id, SETTINGS) is None


def test_a_summary_for_a_deleted_article_is_not_stored(library: Library) -> None:
    article_id = add(library)
    library.delete_article(article_id)
    library.summaries.store(article_id, SETTINGS, SUMMARY)
    assert library.summaries.cached(article_id, SETTINGS) is None


@pytest.mark.parametrize("payload", ["", "{}", "not json", '{"sentences": 3}', "\x00" * 10])
def test_a_damaged_cache_entry_is_computed_again(library: Library, payload: str) -> None:
    article_id = add(library)
    library.store_summary(article_id, cache_key(SETTINGS), payload)
    assert library.summaries.cached(article_id, SETTINGS) is None
    assert library.summaries.get_or_compute(article_id, SETTINGS, lambda: SUMMARY) == SUMMARY
    assert library.summaries.cached(article_id, SETTINGS) == SUMMARY


def test_many_summaries_are_read_over_a_workers_read_only_connection(library: Library) -> None:
    ids = [add(library, f"Article number {n} has its own text. It goes on.") for n in range(1200)]
    for article_id in ids[::2]:
        library.summaries.store(article_id, SETTINGS, SUMMARY)
    reader = open_reader(library.path)
    try:
        found = SummaryCache(reader).cached_many(ids, SETTINGS)
        assert set(found) == set(ids[::2])
        with pytest.raises(LibraryWriteError):  # SummaryCache.store then keeps nothing
            store_payload(reader, ids[1], "key", "payload")
    finally:
        reader.close()


def test_sql_is_only_run_inside_app_store() -> None:
    sql_call = re.compile(r"\.(execute|executemany|executescript)\(")
    outside = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "app").rglob("*.py")
        if "store" not in path.relative_to(ROOT / "app").parts[:1]
        and sql_call.search(path.read_text(encoding="utf-8"))
    ]
    assert outside == []


def test_tldr_lines_are_kept_apart_from_summaries(library: Library) -> None:
    first, second = add(library), add(library, "Another lamp. It turns by day.")
    library.summaries.store_line(first, "A lamp that turns all night.")
    library.summaries.store(second, SETTINGS, SUMMARY)
    assert library.summaries.lines([first, second]) == {first: "A lamp that turns all night."}
    assert library.summaries.cached(first, SETTINGS) is None
    assert library.summaries.lines([]) == {}
