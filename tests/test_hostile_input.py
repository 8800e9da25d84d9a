"""Hostile files through every path: reading, rendering, summarizing, importing and the CLI.

Each answers with one of our declared errors (one line, no traceback) or a safe result, and a
failed import leaves every stored article exactly as it was.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pytest

from app.articles import ArticleDraft, read_article_file
from app.cli import build_parser, run_command
from app.document import render_markdown
from app.errors import ArticleFormatError, LedeError
from app.importing.files import import_paths
from app.library import Library
from app.reader_summary import summarize_article
from app.samples import add_samples
from app.settings import SummarySettings
from app.summary import Summary, SummaryError
from tests.hostile_corpus import CORPUS, SLOW, hostile_dir

__all__ = ["hostile_dir"]

ROOT = Path(__file__).resolve().parents[1]
TEXT_FILES = [name for name in CORPUS if not name.endswith(".html")]
QUICK_TEXT_FILES = [name for name in TEXT_FILES if name not in SLOW]
MUST_BE_REFUSED = {
    "empty.md",
    "whitespace.md",
    "binary.md",
    "image-named-text.txt",
    "nul-bytes.md",
    "only-nuls.txt",
    "unclosed-front-matter.md",
    "front-matter-list.md",
    "oversized.txt",
    "binary.html",
    "empty.html",
    "nested-divs.html",
}


def library_snapshot(library: Library) -> dict[str, list[tuple[object, ...]]]:
    """Every stored row, assets as digests, so any change at all shows up."""
    db = library._connection
    return {
        "articles": db.execute("SELECT * FROM articles ORDER BY id").fetchall(),
        "assets": [
            (article_id, key, hashlib.sha256(data).hexdigest())
            for article_id, key, data in db.execute(
                "SELECT article_id, key, data FROM assets ORDER BY article_id, key"
            )
        ],
        "summaries": db.execute("SELECT * FROM summaries ORDER BY article_id").fetchall(),
        "fts": db.execute("SELECT rowid, title FROM articles_fts ORDER BY rowid").fetchall(),
    }


def assert_one_line(message: str) -> None:
    assert message.strip(), "an error must say something"
    assert "\n" not in message.strip()
    assert "Traceback" not in message


def read_or_refuse(path: Path) -> ArticleDraft | None:
    try:
        return read_article_file(path)
    except ArticleFormatError as error:
        assert_one_line(str(error))
        return None


@pytest.mark.parametrize("name", TEXT_FILES)
def test_a_file_reads_as_a_draft_or_a_clear_error(hostile_dir: Path, name: str) -> None:
    draft = read_or_refuse(hostile_dir / name)
    if name in MUST_BE_REFUSED:
        assert draft is None
    else:
        assert draft is not None and draft.markdown.strip()


@pytest.mark.parametrize("name", QUICK_TEXT_FILES)
def test_every_readable_file_renders_and_summarizes(hostile_dir: Path, name: str) -> None:
    draft = read_or_refuse(hostile_dir / name)
    if draft is None:
        return
    rendered = render_markdown(draft.markdown)
    assert isinstance(rendered.html(), str)
    try:
        summary = summarize_article(rendered.text, SummarySettings(), title=draft.title)
    except (SummaryError, LedeError) as error:
        assert_one_line(str(error))
        return
    assert isinstance(summary, Summary)
    for sentence in summary.sentences:
        assert rendered.text[sentence.start : sentence.end] == sentence.text


@pytest.mark.slow
def test_a_five_megabyte_line_renders_and_summarizes(hostile_dir: Path) -> None:
    draft = read_article_file(hostile_dir / "one-huge-line.txt")
    rendered = render_markdown(draft.markdown)
    assert len(rendered.text) > 5_000_000
    summary = summarize_article(rendered.text, SummarySettings())
    assert all(rendered.text[s.start : s.end] == s.text for s in summary.sentences)


@pytest.mark.parametrize(
    "text", ["", " ", "\n\t\n", "---\n---\n", "---\ntitle: x\n---\n  \n", "\ufeff"]
)
def test_text_that_is_no_article_is_refused(text: str) -> None:
    from app.articles import parse_article

    with pytest.raises(ArticleFormatError):
        parse_article(text)


@pytest.fixture
def library(tmp_path: Path) -> Library:
    library = Library(tmp_path / "library.db")
    add_samples(library)
    return library


@pytest.mark.parametrize("name", [name for name in CORPUS if name != "one-huge-line.txt"])
def test_import_adds_a_whole_article_or_changes_nothing(
    library: Library, hostile_dir: Path, name: str
) -> None:
    before = library_snapshot(library)
    report = import_paths(library, [hostile_dir / name])
    after = library_snapshot(library)
    if report.failures:
        assert report.added == 0
        assert after == before
        for line in report.failure_lines():
            assert_one_line(line)
    else:
        assert report.added == 1, report.summary()
        old_ids = {row[0] for row in before["articles"]}
        kept = [row for row in after["articles"] if row[0] in old_ids]
        assert kept == before["articles"]
        assert len(after["fts"]) == len(before["fts"]) + 1
    assert (name in MUST_BE_REFUSED) == bool(report.failures)
    library.close()


@pytest.mark.parametrize("name", QUICK_TEXT_FILES)
def test_cli_summarize_answers_with_a_summary_or_one_line(
    hostile_dir: Path, name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    args = build_parser().parse_args(["summarize", str(hostile_dir / name)])
    status = run_command(args)
    captured = capsys.readouterr()
    if status == 0:
        assert captured.out.strip()
    else:
        assert status == 1
        assert captured.err.startswith("lede: ")
        assert_one_line(captured.err)


@pytest.mark.e2e
@pytest.mark.parametrize(
    "name", ["binary.md", "oversized.txt", "nested-lists.md", "stacked-emphasis.md"]
)
def test_main_py_summarize_never_shows_a_traceback(hostile_dir: Path, name: str) -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "summarize", str(hostile_dir / name)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert "Traceback" not in done.stderr
    if done.returncode:
        assert done.returncode == 1
        assert done.stderr.startswith("lede: ")
        assert_one_line(done.stderr)
    if name in {"binary.md", "oversized.txt"}:
        assert done.returncode == 1


@pytest.mark.e2e
def test_main_py_import_of_the_whole_corpus_reports_and_keeps_the_library(
    hostile_dir: Path, tmp_path: Path
) -> None:
    path = tmp_path / "library.db"
    with Library(path) as library:
        add_samples(library)
        before = library_snapshot(library)
    quick = [str(hostile_dir / name) for name in CORPUS if name not in SLOW]
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--library", str(path), "import", *quick],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
    )
    assert "Traceback" not in done.stderr + done.stdout
    assert done.returncode == 1
    assert all(line.startswith("lede: ") for line in done.stderr.splitlines() if line)
    with Library(path) as library:
        after = library_snapshot(library)
    old_ids = {row[0] for row in before["articles"]}
    assert [row for row in after["articles"] if row[0] in old_ids] == before["articles"]
    refused = {name for name in MUST_BE_REFUSED if name not in SLOW}
    assert len(after["articles"]) - len(before["articles"]) == len(quick) - len(refused)
    for name in refused:
        assert name in done.stderr + done.stdout
