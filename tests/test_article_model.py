"""The lazy article model: checked by qtmodeltester under filters and search, read in pages."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.articles import ArticleDraft
from app.fts import SNIPPET_END, SNIPPET_START
from app.library import ArticleRow, Library
from app.queries import ListQuery
from app.store.summary_cache import TLDR_KEY
from ui.list.article_model import (
    PAGE_SIZE,
    ArticleIdRole,
    ArticleListModel,
    ExtraLinesRole,
    RowRole,
    SnippetRole,
    TldrRole,
)

pytestmark = pytest.mark.gui


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    with Library(tmp_path / "library.db") as opened:
        for number in range(30):
            topic = "harbour" if number % 3 == 0 else "meadow"
            opened.add_article(
                ArticleDraft(
                    title=f"Article {number:02d} about the {topic}",
                    markdown=f"This text is about a {topic}. It has {number} more words. " * 3,
                    source="Even" if number % 2 == 0 else "Odd",
                    language="en" if number < 20 else "de",
                )
            )
        yield opened


def test_the_model_passes_qtmodeltester(qtmodeltester, library: Library) -> None:  # type: ignore[no-untyped-def]
    model = ArticleListModel(library)
    qtmodeltester.check(model)


@pytest.mark.parametrize(
    "query",
    [
        ListQuery(filter="unread"),
        ListQuery(source="Odd", sort="title", descending=False),
        ListQuery(language="de", sort="reading_time"),
        ListQuery(search="harbour", sort="relevance"),
        ListQuery(search="nothing-like-this "),
    ],
)
def test_the_model_passes_qtmodeltester_with_filters_and_search(  # type: ignore[no-untyped-def]
    qtmodeltester, library: Library, query: ListQuery
) -> None:
    model = ArticleListModel(library)
    model.set_query(query)
    qtmodeltester.check(model)
    assert model.rowCount() == len(library.query_ids(query))


def test_rows_follow_the_query(library: Library) -> None:
    model = ArticleListModel(library, ListQuery(sort="title", descending=False))
    titles = [model.index(row).data() for row in range(model.rowCount())]
    assert titles == sorted(titles)
    model.set_query(ListQuery(search="harbour", sort="relevance"))
    assert model.rowCount() == 10
    assert all("harbour" in model.index(row).data() for row in range(10))
    assert model.query.search == "harbour"


def test_search_rows_carry_a_marked_snippet(library: Library) -> None:
    model = ArticleListModel(library, ListQuery(search="harbour"))
    snippet = model.index(0).data(SnippetRole)
    assert SNIPPET_START in snippet and "harbour" in snippet.casefold()
    assert model.index(0).data(ExtraLinesRole) == ("snippet",)
    model.set_query(ListQuery())
    assert model.index(0).data(SnippetRole) == ""
    assert model.index(0).data(ExtraLinesRole) == ()


def test_roles_give_the_id_the_row_and_the_text(library: Library) -> None:
    model = ArticleListModel(library)
    index = model.index(0)
    article_id = index.data(ArticleIdRole)
    row = index.data(RowRole)
    assert isinstance(row, ArticleRow) and row.id == article_id
    assert index.data(Qt.ItemDataRole.DisplayRole) == row.title
    assert "unread" in index.data(Qt.ItemDataRole.AccessibleTextRole)
    assert model.position_of(article_id) == 0
    assert model.position_of(-5) is None
    assert model.article_id(model.rowCount()) is None


def _add_bare_rows(library: Library, count: int) -> None:
    with library.transaction() as db:
        db.executemany(
            "INSERT INTO articles (title, added, markdown, body, word_count, content_hash)"
            " VALUES (?, ?, '', '', 1, ?)",
            [(f"t{n}", f"2024-{n:06d}", f"h{n}") for n in range(count)],
        )


def _count_row_reads(library: Library, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many rows each later `rows` call reads."""
    reads: list[int] = []
    original = library.rows

    def counting_rows(ids: Sequence[int]) -> dict[int, ArticleRow]:
        reads.append(len(ids))
        return original(ids)

    monkeypatch.setattr(library, "rows", counting_rows)
    return reads


def test_rows_are_read_a_page_at_a_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with Library(tmp_path / "big.db") as library:
        _add_bare_rows(library, PAGE_SIZE * 5)
        reads = _count_row_reads(library, monkeypatch)
        model = ArticleListModel(library)
        assert model.rowCount() == PAGE_SIZE * 5
        assert reads == []
        model.index(PAGE_SIZE * 3 + 7).data()
        model.index(PAGE_SIZE * 3 + 8).data(RowRole)
        assert reads == [PAGE_SIZE]


def test_a_changed_row_is_read_again(qtbot, library: Library) -> None:  # type: ignore[no-untyped-def]
    model = ArticleListModel(library)
    article_id = model.article_id(2)
    assert article_id is not None
    assert not model.index(2).data(RowRole).is_read
    library.set_read(article_id)
    with qtbot.waitSignal(model.dataChanged):
        model.refresh_article(article_id)
    assert model.index(2).data(RowRole).is_read


def test_a_changed_row_is_read_alone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with Library(tmp_path / "big.db") as library:
        _add_bare_rows(library, PAGE_SIZE * 2)
        model = ArticleListModel(library)
        neighbour = model.index(1).data(RowRole)
        reads = _count_row_reads(library, monkeypatch)
        changed = model.article_id(2)
        assert changed is not None
        library.set_read(changed)
        model.refresh_article(changed)
        assert model.index(2).data(RowRole).is_read
        assert model.index(1).data(RowRole) is neighbour
        assert reads == [1]
        with library.transaction() as db:
            db.execute("DELETE FROM articles WHERE id = ?", (changed,))
        model.refresh_article(changed)
        assert model.index(2).data(RowRole) is None  # gone until the list is read again


def test_tldr_lines_come_from_the_cache_and_from_the_service(  # type: ignore[no-untyped-def]
    qtbot, library: Library
) -> None:
    model = ArticleListModel(library)
    first, second = model.article_id(0), model.article_id(1)
    assert first is not None and second is not None
    library.store_summary(first, TLDR_KEY, "Cached line.")
    model.reload()
    assert model.index(0).data(TldrRole) == "Cached line."
    assert model.index(1).data(TldrRole) == ""
    assert not model.has_tldr(1)
    with qtbot.waitSignal(model.dataChanged) as changed:
        model.set_tldr(second, "Fresh line.")
    assert changed.args[0].row() == 1
    assert model.index(1).data(TldrRole) == "Fresh line."
    assert model.has_tldr(1)


def test_turning_the_tldr_line_on_adds_a_line_to_every_row(  # type: ignore[no-untyped-def]
    qtbot, library: Library
) -> None:
    model = ArticleListModel(library, ListQuery(search="harbour"))
    with qtbot.waitSignal(model.layoutChanged):
        model.set_show_tldr(True)
    assert model.index(0).data(ExtraLinesRole) == ("snippet", "tldr")
    assert model.show_tldr


def test_painting_many_rows_keeps_python_alive(qtbot, library: Library) -> None:  # type: ignore[no-untyped-def]
    """PySide6 6.12 loses a reference to None whenever QModelIndex.data() returns nothing;
    the delegate paints every row through the model instead, many thousand times here."""
    import sys

    from PySide6.QtWidgets import QListView

    from ui.list.article_delegate import ArticleDelegate

    model = ArticleListModel(library, ListQuery(search="harbour"))
    model.set_show_tldr(True)
    view = QListView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setItemDelegate(ArticleDelegate(view))
    view.resize(300, 2000)
    view.show()
    before = sys.getrefcount(None)
    for _ in range(300):
        view.viewport().repaint()
    assert sys.getrefcount(None) > before - 1000


def test_snippet_parts_keep_single_spaces_between_matches() -> None:
    from ui.list.article_delegate import snippet_parts

    marked = f"…and {SNIPPET_START}the{SNIPPET_END} \n {SNIPPET_START}Library{SNIPPET_END} Bur…"
    parts = snippet_parts(marked)
    assert parts == [
        ("…and ", False),
        ("the", True),
        (" ", False),
        ("Library", True),
        (" Bur…", False),
    ]
    assert "".join(text for text, _ in parts) == "…and the Library Bur…"


def test_positions_are_found_before_and_after_the_index_is_built(library: Library) -> None:
    model = ArticleListModel(library)
    ids = model.article_ids()
    for _ in range(3):
        for position, article_id in enumerate(ids):
            assert model.position_of(article_id) == position
        assert model.position_of(-1) is None
        model.set_query(ListQuery(sort="title"))
        ids = model.article_ids()


def test_a_line_for_a_row_not_loaded_is_read_when_the_row_comes_into_view(  # type: ignore[no-untyped-def]
    qtbot, library: Library
) -> None:
    model = ArticleListModel(library)
    first = model.article_id(0)
    assert first is not None
    library.store_summary(first, TLDR_KEY, "Stored by the service.")
    with qtbot.assertNotEmitted(model.dataChanged):
        model.set_tldr(first, "Stored by the service.")
        model.refresh_article(first)
    assert model.index(0).data(TldrRole) == "Stored by the service."
