"""Highlights and article notes in the library: stored, changed, removed, put back, migrated."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.articles import ArticleDraft
from app.highlights.anchoring import anchor_for
from app.highlights.model import COLOURS, placed
from app.library import Library
from app.store.schema import HIGHLIGHTS_MIGRATION, MIGRATIONS, SCHEMA_VERSION, migrate

MARKDOWN = "# Tides\n\nThe harbour master keeps the tide tables. Ships wait for high water.\n"


@pytest.fixture
def library(tmp_path: Path):  # type: ignore[no-untyped-def]
    with Library(tmp_path / "library.sqlite3") as opened:
        yield opened


def add_article(library: Library, markdown: str = MARKDOWN, title: str = "Tides") -> int:
    article_id = library.add_article(ArticleDraft(title=title, markdown=markdown, url=""))
    assert article_id is not None
    return article_id


def highlight_words(library: Library, article_id: int, words: str, colour: str = "yellow") -> int:
    article = library.article(article_id)
    assert article is not None
    start = article.body.index(words)
    found = library.add_highlight(
        article_id, anchor_for(article.body, start, start + len(words)), colour
    )
    assert found is not None
    return found


def test_a_highlight_is_stored_with_its_anchor_colour_and_note(library: Library) -> None:
    article_id = add_article(library)
    highlight_id = highlight_words(library, article_id, "tide tables", "green")
    library.update_highlight(highlight_id, note="Check the *spring* tides.")
    (stored,) = library.highlights(article_id)
    assert (stored.id, stored.quote, stored.colour) == (highlight_id, "tide tables", "green")
    assert stored.note == "Check the *spring* tides."
    assert stored.anchor.prefix.endswith("keeps the ") and stored.anchor.suffix.startswith(".")
    library.update_highlight(highlight_id, colour="pink")
    assert library.highlight(highlight_id).colour == "pink"  # type: ignore[union-attr]
    assert library.highlight(highlight_id).note == "Check the *spring* tides."  # type: ignore[union-attr]


def test_an_unknown_colour_or_article_is_refused_and_nothing_is_written(library: Library) -> None:
    article_id = add_article(library)
    anchor = anchor_for("some text", 0, 4)
    with pytest.raises(ValueError):
        library.add_highlight(article_id, anchor, "chartreuse")
    assert library.add_highlight(article_id + 99, anchor, "yellow") is None
    assert library.highlights(article_id) == [] and library.library_highlights() == []


def test_removing_returns_the_highlight_and_restoring_puts_it_back_whole(library: Library) -> None:
    article_id = add_article(library)
    highlight_id = highlight_words(library, article_id, "high water", "blue")
    library.update_highlight(highlight_id, note="a note")
    before = library.highlight(highlight_id)
    removed = library.delete_highlight(highlight_id)
    assert removed == before and library.highlights(article_id) == []
    assert library.restore_highlight(removed)  # type: ignore[arg-type]
    assert library.highlights(article_id) == [before]
    assert library.delete_highlight(highlight_id + 50) is None


def test_deleting_an_article_deletes_its_highlights_and_note(library: Library) -> None:
    article_id = add_article(library)
    kept_id = add_article(library, MARKDOWN.replace("Ships", "Boats"), "Other")
    highlight_words(library, article_id, "tide tables")
    highlight_words(library, kept_id, "Boats")
    library.set_article_note(article_id, "A note on the whole article.")
    removed = library.highlights(article_id)[0]
    library.delete_article(article_id)
    assert library.highlights(article_id) == [] and library.article_note(article_id) == ""
    assert [item.highlight.quote for item in library.library_highlights()] == ["Boats"]
    assert not library.restore_highlight(removed)  # its article is gone: nothing to put back
    rows = library._connection.execute("SELECT count(*) FROM article_notes").fetchone()
    assert rows == (0,)


def test_the_article_note_is_set_replaced_and_cleared(library: Library) -> None:
    article_id = add_article(library)
    library.set_article_note(article_id, "first")
    library.set_article_note(article_id, "second")
    assert library.article_note(article_id) == "second"
    library.set_article_note(article_id, "   ")
    assert library.article_note(article_id) == ""


@pytest.mark.parametrize(
    "note",
    [
        "x" * 1_000_000,
        "<script>alert(1)</script><b>bold</b>\x00\x07\x1b[31m\u202e\ufeff",
        "Заметка 🍞 מִלָּה e\u0301",
    ],
    ids=["million-characters", "html-and-control-characters", "scripts"],
)
def test_any_note_is_kept_exactly(library: Library, note: str) -> None:
    article_id = add_article(library)
    highlight_id = highlight_words(library, article_id, "tide")
    library.update_highlight(highlight_id, note=note)
    library.set_article_note(article_id, note)
    assert library.highlight(highlight_id).note == note  # type: ignore[union-attr]
    assert library.article_note(article_id) == note


def test_the_whole_article_and_overlapping_ranges_can_be_highlighted(library: Library) -> None:
    article_id = add_article(library)
    text = library.article(article_id).body  # type: ignore[union-attr]
    for start, end in [(0, len(text)), (5, 30), (20, 40)]:
        library.add_highlight(article_id, anchor_for(text, start, end), "yellow")
    spans = [item.span for item in placed(text, library.highlights(article_id))]
    assert spans == [(0, len(text)), (5, 30), (20, 40)]


def test_an_article_edited_so_every_quote_is_gone_keeps_them_all_unplaced(
    library: Library,
) -> None:
    article_id = add_article(library)
    for words in ("harbour master", "tide tables", "high water"):
        highlight_words(library, article_id, words)
    with library.transaction() as db:
        db.execute("UPDATE articles SET body = 'Rewritten entirely.' WHERE id = ?", (article_id,))
    text = library.article(article_id).body  # type: ignore[union-attr]
    found = placed(text, library.highlights(article_id))
    assert len(found) == 3 and all(item.span is None for item in found)


def test_the_library_view_is_newest_first_and_filters_by_colour_and_tag(library: Library) -> None:
    first = add_article(library)
    second = add_article(library, MARKDOWN.replace("Ships", "Boats"), "Other")
    highlight_words(library, first, "harbour", "yellow")
    highlight_words(library, second, "Boats", "green")
    highlight_words(library, first, "high water", "green")
    library.add_tag(second, "boats")
    quotes = [item.highlight.quote for item in library.library_highlights()]
    assert quotes == ["high water", "Boats", "harbour"]
    green = library.library_highlights(colour="green")
    assert [item.highlight.quote for item in green] == ["high water", "Boats"]
    tagged = library.library_highlights(tag="boats")
    assert [(item.highlight.quote, item.title, item.tags) for item in tagged] == [
        ("Boats", "Other", ("boats",))
    ]
    assert set(COLOURS) >= {item.highlight.colour for item in library.library_highlights()}


HIGHLIGHTS_VERSION = MIGRATIONS.index(HIGHLIGHTS_MIGRATION) + 1


@pytest.mark.parametrize("version", range(HIGHLIGHTS_VERSION))
def test_every_earlier_library_gets_highlights_that_go_with_their_article(
    tmp_path: Path, version: int
) -> None:
    path = tmp_path / "library.sqlite3"
    db = sqlite3.connect(path, isolation_level=None)
    migrate(db, target=version)
    db.close()
    with Library(path) as library:
        assert library._connection.execute("PRAGMA user_version").fetchone() == (SCHEMA_VERSION,)
        article_id = add_article(library)
        highlight_words(library, article_id, "tide tables")
        library.set_article_note(article_id, "kept")
        library.delete_article(article_id)
        assert library.library_highlights() == [] and library.article_note(article_id) == ""


def test_search_finds_the_article_by_words_in_its_notes_and_highlights(library: Library) -> None:
    from app.queries import ListQuery

    noted = add_article(library)
    plain = add_article(library, "# Ferries\n\nThe ferry leaves at noon.\n", "Ferries")
    highlight_id = highlight_words(library, noted, "tide tables")
    library.update_highlight(highlight_id, note="Remember the anemometer")
    library.set_article_note(plain, "Квитанция и багаж")
    for sort in ("added", "relevance"):
        assert library.query_ids(ListQuery(search="anemometer", sort=sort)) == [noted]
        assert library.query_ids(ListQuery(search="квитанция", sort=sort)) == [plain]
        assert library.count_matching(ListQuery(search="anemometer", sort=sort)) == 1
    # Found by its text and by a note: listed once, the text match ranked first.
    library.set_article_note(noted, "ferry crossing")
    assert library.query_ids(ListQuery(search="ferry", sort="relevance")) == [plain, noted]
    library.update_highlight(highlight_id, note="")
    assert library.query_ids(ListQuery(search="anemometer")) == []
    library.delete_article(noted)
    assert library.query_ids(ListQuery(search="crossing")) == []
    for table in ("highlights_fts", "article_notes_fts"):  # raises if out of step
        library._connection.execute(f"INSERT INTO {table}({table}) VALUES ('integrity-check')")


def test_the_list_filters_to_articles_with_highlights(library: Library) -> None:
    from app.queries import ListQuery

    marked = add_article(library)
    add_article(library, "# Ferries\n\nThe ferry leaves at noon.\n", "Ferries")
    highlight_words(library, marked, "tide")
    assert library.query_ids(ListQuery(filter="highlighted")) == [marked]
    assert library.count_matching(ListQuery(filter="highlighted")) == 1


def test_highlights_stored_before_search_knew_them_are_found_after_the_migration(
    tmp_path: Path,
) -> None:
    from app.queries import ListQuery
    from app.store.schema import HIGHLIGHT_SEARCH_MIGRATION

    path = tmp_path / "library.sqlite3"
    db = sqlite3.connect(path, isolation_level=None)
    migrate(db, target=MIGRATIONS.index(HIGHLIGHT_SEARCH_MIGRATION))  # just before it
    with db:
        db.execute("BEGIN")
        db.execute(
            "INSERT INTO articles (id, title, added, markdown, body, word_count, content_hash)"
            " VALUES (1, 'T', '2025', 'Body text.', 'Body text.', 2, 'h1')"
        )
        db.execute(
            "INSERT INTO highlights (article_id, exact, start, end, colour, note, created,"
            " updated) VALUES (1, 'Body', 0, 4, 'yellow', 'lighthouse keeper', 'x', 'x')"
        )
        db.execute("INSERT INTO article_notes VALUES (1, 'фонарь', 'x')")
    db.close()
    with Library(path) as library:
        assert library.query_ids(ListQuery(search="keeper")) == [1]
        assert library.query_ids(ListQuery(search="фонарь")) == [1]
