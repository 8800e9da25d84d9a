"""The library file: adding, duplicates, rows, assets, read state and the summary cache."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.articles import ArticleDraft
from app.errors import LibraryError
from app.library import Library
from app.samples import add_samples
from app.settings import write_text_atomically
from app.store.schema import SCHEMA_VERSION


@pytest.fixture
def library(tmp_path: Path) -> Library:
    with Library(tmp_path / "library.sqlite3") as opened:
        yield opened


def draft(
    title: str = "A title", body: str = "One sentence. Two sentences.", url: str = ""
) -> ArticleDraft:
    return ArticleDraft(title=title, markdown=body, url=url, source="Desk", language="en")


def test_a_new_library_is_created_at_the_current_schema(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "library.sqlite3"
    with Library(path) as library:
        assert library.created
        assert library.count() == 0
    with Library(path) as library:
        assert not library.created
    version = sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0]
    assert version == SCHEMA_VERSION


def test_added_article_reads_back_whole(library: Library) -> None:
    article_id = library.add_article(
        draft(body="# Heading\n\nSome *bold* words here."), {"a.png": b"PNG"}
    )
    assert article_id is not None
    article = library.article(article_id)
    assert article is not None
    assert article.title == "A title"
    assert article.body == "Heading\n\nSome bold words here."
    assert article.row.word_count == 5
    assert article.asset_keys == {"a.png"}
    assert library.asset(article_id, "a.png") == b"PNG"
    assert library.asset(article_id, "other.png") is None


@pytest.mark.parametrize(
    "second",
    [
        draft(title="Other title"),
        draft(body="one   sentence.\nTWO sentences."),
        draft(title="x", body="Different text.", url="https://example.org/a"),
    ],
)
def test_the_same_text_or_url_is_not_added_twice(library: Library, second: ArticleDraft) -> None:
    assert library.add_article(draft(url="https://example.org/a")) is not None
    assert library.add_article(second) is None
    assert library.count() == 1


def test_list_order_is_newest_first_and_rows_are_read_in_bulk(library: Library) -> None:
    ids = [library.add_article(draft(body=f"Text number {n}.")) for n in range(5)]
    assert library.article_ids() == list(reversed(ids))
    rows = library.rows(ids)
    assert [rows[i].title for i in ids] == ["A title"] * 5


def test_read_state_and_summary_cache(library: Library) -> None:
    article_id = library.add_article(draft())
    assert article_id is not None
    library.set_read(article_id)
    assert library.rows([article_id])[article_id].is_read
    assert library.cached_summary(article_id, "k") is None
    library.store_summary(article_id, "k", '{"x": 1}')
    assert library.cached_summary(article_id, "k") == '{"x": 1}'
    library.delete_article(article_id)
    assert library.cached_summary(article_id, "k") is None
    library.store_summary(article_id, "k", "{}")
    assert library.cached_summary(article_id, "k") is None


@pytest.mark.parametrize("content", [b"this is not a database at all" * 100, b"\x00" * 4096])
def test_a_file_that_is_not_a_library_is_a_clear_error(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "broken.sqlite3"
    path.write_bytes(content)
    with pytest.raises(LibraryError, match="not a readable Lede library"):
        Library(path)
    assert path.read_bytes() == content


def test_a_library_from_a_newer_lede_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite3"
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    connection.close()
    before = path.read_bytes()
    with pytest.raises(LibraryError, match="newer Lede"):
        Library(path)
    assert path.read_bytes() == before


def test_samples_fill_a_new_library_with_their_images(library: Library) -> None:
    added = add_samples(library)
    assert added >= 10
    rows = library.rows(library.article_ids()).values()
    assert {row.language for row in rows} >= {"en", "ru", "de"}
    with_images = [i for i in library.article_ids() if library.article(i).asset_keys]  # type: ignore[union-attr]
    assert with_images
    assert add_samples(library) == 0


def test_another_programs_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE notes (text TEXT)")
    connection.commit()
    connection.close()
    before = path.read_bytes()
    with pytest.raises(LibraryError, match="another program"):
        Library(path)
    assert path.read_bytes() == before


def test_atomic_writes_give_files_the_usual_permissions(tmp_path: Path) -> None:
    ordinary = tmp_path / "ordinary.txt"
    ordinary.write_text("x", encoding="utf-8")
    written = tmp_path / "feeds.opml"
    write_text_atomically(written, "<opml/>")
    assert written.read_text(encoding="utf-8") == "<opml/>"
    assert written.stat().st_mode & 0o777 == ordinary.stat().st_mode & 0o777
    assert sorted(tmp_path.iterdir()) == sorted([ordinary, written]), "no temporary file is left"
