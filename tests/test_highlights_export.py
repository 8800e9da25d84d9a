"""Highlights leave Lede as Markdown (the article export, a file per article) and Readwise CSV,
from the library and from `main.py export-highlights` / `main.py highlights`."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.articles import ArticleDraft
from app.export import export_articles
from app.highlights.anchoring import anchor_for
from app.highlights.commands import export_csv, export_markdown
from app.highlights.export import READWISE_COLUMNS
from app.library import Library

MAIN = Path(__file__).resolve().parents[1] / "main.py"
MARKDOWN = "# Tides\n\nThe harbour master keeps the tide tables. Ships wait for high water.\n"


def fill(library: Library) -> int:
    draft = ArticleDraft(
        title="Tides: a / guide",
        markdown=MARKDOWN,
        author="=HYPERLINK(1)",
        url="https://t.example/",
    )
    article_id = library.add_article(draft)
    assert article_id is not None
    body = library.article(article_id).body  # type: ignore[union-attr]
    for words, note in [("tide tables", "=SUM(A1:A9)"), ("high water", "<b>bold</b> *md*")]:
        start = body.index(words)
        highlight_id = library.add_highlight(
            article_id, anchor_for(body, start, start + len(words)), "green"
        )
        library.update_highlight(highlight_id, note=note)  # type: ignore[arg-type]
    library.set_article_note(article_id, "The whole article, in short.")
    return article_id


@pytest.fixture
def library(tmp_path: Path):  # type: ignore[no-untyped-def]
    with Library(tmp_path / "library.sqlite3") as opened:
        yield opened


def test_the_article_export_carries_its_note_and_highlights(
    library: Library, tmp_path: Path
) -> None:
    fill(library)
    report = export_articles(library, library.article_ids(), tmp_path / "out", lambda _a: None)
    (path,) = report.written
    text = path.read_text(encoding="utf-8")
    assert "## Note\n\nThe whole article, in short." in text
    assert "> tide tables\n\n=SUM(A1:A9)" in text and "> high water\n\n<b>bold</b> *md*" in text
    assert text.index("## Highlights") < text.index("The harbour master")


def test_a_markdown_file_per_article_with_title_source_link_and_quotes(
    library: Library, tmp_path: Path
) -> None:
    fill(library)
    bare = library.add_article(ArticleDraft(title="No marks", markdown="Nothing kept here."))
    assert bare is not None
    folder = tmp_path / "vault"
    folder.mkdir()
    (folder / "Tides  a guide.md").write_text("mine", encoding="utf-8")
    (written,) = export_markdown(library, folder)
    assert (folder / "Tides  a guide.md").read_text(encoding="utf-8") == "mine"  # kept
    text = written.read_text(encoding="utf-8")
    assert text.startswith(
        "# Tides: a / guide\n\n- Author: =HYPERLINK(1)\n- Link: https://t.example/"
    )
    assert text.index("> tide tables") < text.index("> high water")


def test_the_readwise_csv_has_its_columns_and_no_formulas(library: Library, tmp_path: Path) -> None:
    fill(library)
    path = tmp_path / "readwise.csv"
    assert export_csv(library, path) == 2
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))
    assert tuple(rows[0]) == READWISE_COLUMNS
    by_quote = {row[0]: dict(zip(READWISE_COLUMNS, row, strict=True)) for row in rows[1:]}
    tide = by_quote["tide tables"]
    assert tide["Note"] == "'=SUM(A1:A9)" and tide["Author"] == "'=HYPERLINK(1)"
    assert tide["Title"] == "Tides: a / guide" and tide["URL"] == "https://t.example/"
    assert tide["Location"].isdigit() and tide["Date"][:4].isdigit() and " " in tide["Date"]
    assert by_quote["high water"]["Note"] == "<b>bold</b> *md*"


def test_a_csv_path_that_is_a_folder_is_refused(library: Library, tmp_path: Path) -> None:
    from app.errors import LedeError

    with pytest.raises(LedeError, match="folder"):
        export_csv(library, tmp_path)


def run_main(tmp_path: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "LEDE_LIBRARY": str(tmp_path / "library.sqlite3"),
        "LEDE_CONFIG_DIR": str(tmp_path),
    }
    return subprocess.run(
        [sys.executable, str(MAIN), *arguments],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


@pytest.mark.e2e
def test_headless_commands_list_and_export_highlights(library: Library, tmp_path: Path) -> None:
    fill(library)
    library.close()
    listed = run_main(tmp_path, "highlights", "--colour", "green")
    assert listed.returncode == 0, listed.stderr
    assert (
        "Tides: a / guide: “tide tables”" in listed.stdout and "note: =SUM(A1:A9)" in listed.stdout
    )
    none = run_main(tmp_path, "highlights", "--colour", "pink")
    assert none.stdout.strip() == "No highlights yet."
    out = tmp_path / "h.csv"
    exported = run_main(tmp_path, "export-highlights", "--format", "csv", str(out))
    assert exported.returncode == 0 and "Wrote 2 highlight(s)" in exported.stdout
    assert out.read_text(encoding="utf-8").startswith(
        "Highlight,Title,Author,URL,Note,Location,Date"
    )
    folder = run_main(tmp_path, "export-highlights", str(tmp_path / "md"))
    assert folder.returncode == 0 and len(list((tmp_path / "md").glob("*.md"))) == 1
    wrong = run_main(tmp_path, "export-highlights", "--format", "pdf", str(out))
    assert wrong.returncode == 2 and "invalid choice" in wrong.stderr
