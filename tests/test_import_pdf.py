"""PDF documents: reading order, headings, the page map, and documents that cannot be read."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.errors import ArticleFormatError
from app.importing.files import import_paths
from app.importing.pdf import MAX_PDF_PAGES, joined_lines, read_pdf
from app.library import Library
from app.store.page_map import page_of
from app.summary import SummaryLength, summarize

from pdf_fixtures import REPORT_PAGES, Line, flowed, report_pdf, two_column_pdf, write_pdf

PAGE_TEXT = [[text for text, _, _ in page] for page in REPORT_PAGES]


def test_headings_come_from_font_sizes_and_the_title_from_the_largest(tmp_path: Path) -> None:
    document = read_pdf(report_pdf(tmp_path / "report.pdf"))
    draft = document.draft
    assert draft.title == "Annual Report on Coastal Erosion"
    headings = [line for line in draft.markdown.splitlines() if line.startswith("#")]
    assert headings == ["# Introduction", "# Findings", "# Recommendations"]
    assert draft.language == "en"
    assert len(document.pages) == 3


def test_lines_of_a_paragraph_are_joined_into_one_block(tmp_path: Path) -> None:
    draft = read_pdf(report_pdf(tmp_path / "report.pdf")).draft
    assert (
        "The coastline of the northern district retreated by an average of two metres in the"
        " last year, the fastest rate since measurements began." in draft.markdown
    )


def test_a_left_column_is_read_before_the_right_one(tmp_path: Path) -> None:
    left = [Line(f"Left column line {n} of the first story", 50, 720 - n * 14) for n in range(20)]
    right = [
        Line(f"Right column line {n} of the second story", 320, 720 - n * 14) for n in range(20)
    ]
    markdown = read_pdf(write_pdf(tmp_path / "columns.pdf", [right + left])).draft.markdown
    assert markdown.index("Left column line 19") < markdown.index("Right column line 0")


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        ("a long exam-\nple of words\n", "a long example of words"),
        ("the well-\nKnown case", "the well- Known case"),
        ("one\n\n  two \n", "one two"),
    ],
)
def test_joined_lines(text: str, joined: str) -> None:
    assert joined_lines(text) == joined


def test_each_page_start_is_stored_so_a_sentence_can_say_its_page(tmp_path: Path) -> None:
    with Library(tmp_path / "library.sqlite3") as library:
        report = import_paths(library, [report_pdf(tmp_path / "report.pdf")])
        article_id = report.added_ids[0]
        article = library.article(article_id)
        starts = library.page_starts(article_id)
    assert article is not None
    assert len(starts) == 3
    body = article.body
    assert page_of(starts, body.index("The coastline of the northern")) == 1
    assert page_of(starts, body.index("marram grass")) == 2
    assert page_of(starts, body.index("review the flood warnings")) == 3
    summary = summarize(body, language="en", length=SummaryLength(sentences=4))
    said = {sentence.text: page_of(starts, sentence.start) for sentence in summary.sentences}
    for text, page in said.items():
        assert text[:40] in "".join(p for p in PAGE_TEXT[page - 1])


def test_a_page_without_text_takes_the_start_of_the_next(tmp_path: Path) -> None:
    pages = [flowed(REPORT_PAGES[0]), [], flowed(REPORT_PAGES[1])]
    with Library(tmp_path / "library.sqlite3") as library:
        report = import_paths(library, [write_pdf(tmp_path / "gap.pdf", pages)])
        article = library.article(report.added_ids[0])
        starts = library.page_starts(report.added_ids[0])
    assert article is not None
    assert starts[1] == starts[2] == article.body.index("Findings")
    assert page_of(starts, article.body.index("marram")) == 3


def test_page_numbers_alone_are_not_text(tmp_path: Path) -> None:
    page = [*flowed(REPORT_PAGES[2]), Line("12", 300, 40), Line("Page 3 of 9", 500, 40)]
    markdown = read_pdf(write_pdf(tmp_path / "numbered.pdf", [page])).draft.markdown
    assert "12" not in markdown and "Page 3" not in markdown


def test_a_scan_without_text_gets_a_clear_message(tmp_path: Path) -> None:
    with pytest.raises(ArticleFormatError, match="no text layer: it looks like a scan"):
        read_pdf(write_pdf(tmp_path / "scan.pdf", [[], []]))


def test_an_encrypted_document_gets_a_clear_message(tmp_path: Path) -> None:
    encrypt = {
        90: b"<< /Filter /Standard /V 1 /R 2 /Length 40 /P -4"
        b" /O <" + b"00" * 32 + b"> /U <" + b"11" * 32 + b"> >>"
    }
    path = write_pdf(
        tmp_path / "locked.pdf",
        [flowed(REPORT_PAGES[0])],
        trailer_extra=b"/Encrypt 90 0 R /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>] ",
        extra_objects=encrypt,
    )
    with pytest.raises(ArticleFormatError, match="encrypted with a password"):
        read_pdf(path)


@pytest.mark.parametrize(
    "data",
    [
        b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R",
        b"%PDF-1.7\n" + b"\x00\xff" * 500,
        b"%PDF-1.4\ntrailer << /Root 5 0 R >>\n%%EOF",
    ],
)
def test_a_malformed_document_gets_a_clear_message(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "broken.pdf"
    path.write_bytes(data)
    with pytest.raises(ArticleFormatError, match=r"^broken\.pdf is damaged: "):
        read_pdf(path)


def test_a_truncated_document_keeps_what_can_be_read_or_says_why(tmp_path: Path) -> None:
    whole = report_pdf(tmp_path / "whole.pdf").read_bytes()
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(whole[: len(whole) * 2 // 3])
    try:
        draft = read_pdf(cut).draft
    except ArticleFormatError as error:
        assert "cut.pdf" in str(error)
    else:
        assert "coastline" in draft.markdown


def test_not_a_pdf(tmp_path: Path) -> None:
    path = tmp_path / "fake.pdf"
    path.write_text("just some words, no PDF here")
    with pytest.raises(ArticleFormatError, match=r"^fake\.pdf is not a PDF document\.$"):
        read_pdf(path)


def test_ten_thousand_pages_are_refused_before_any_is_read(tmp_path: Path) -> None:
    path = write_pdf(tmp_path / "huge.pdf", [flowed(REPORT_PAGES[2])], repeat=10_000)
    assert path.stat().st_size < 2_000_000
    pages_read: list[int] = []
    with pytest.raises(ArticleFormatError, match=f"has 10,000 pages; .* up to {MAX_PDF_PAGES:,}"):
        read_pdf(path, lambda done, total: pages_read.append(done))
    assert pages_read == []


def test_failures_leave_the_library_as_it_was(tmp_path: Path) -> None:
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4 nothing else")
    with Library(tmp_path / "library.sqlite3") as library:
        import_paths(library, [report_pdf(tmp_path / "report.pdf")])
        report = import_paths(library, [broken, tmp_path / "report.pdf"])
        assert library.count() == 1
    assert [failure.name for failure in report.failures] == [str(broken)]
    assert report.duplicates == [str(tmp_path / "report.pdf")]


def test_progress_is_told_page_by_page_and_cancelling_stops_the_document(tmp_path: Path) -> None:
    path = write_pdf(tmp_path / "long.pdf", [flowed(page) for page in REPORT_PAGES], repeat=10)
    told: list[tuple[int, int, str]] = []

    def progress(done: int, total: int, label: str) -> None:
        told.append((done, total, label))

    with Library(tmp_path / "library.sqlite3") as library:
        report = import_paths(library, [path], progress, cancelled=lambda: len(told) > 12)
        assert library.count() == 0
    assert report.cancelled and report.added == 0
    assert told[1:4] == [
        (0, 30, "pages of long.pdf"),
        (1, 30, "pages of long.pdf"),
        (2, 30, "pages of long.pdf"),
    ]


def test_a_two_column_fixture_page_imports(tmp_path: Path) -> None:
    draft = read_pdf(two_column_pdf(tmp_path / "columns.pdf")).draft
    assert "Left column sentence number 5" in draft.markdown


def test_paragraphs_side_by_side_are_read_column_by_column(tmp_path: Path) -> None:
    """Paragraphs at the same heights in two columns: each column to its foot, not in rows."""
    markdown = read_pdf(two_column_pdf(tmp_path / "columns.pdf")).draft.markdown
    blocks = [block for block in markdown.split("\n\n") if block.strip()]
    assert [block.split()[0] for block in blocks] == ["Left"] * 5 + ["Right"] * 5
    assert blocks[4].startswith("Left column sentence number 5")


def test_a_full_width_title_comes_before_the_columns_under_it(tmp_path: Path) -> None:
    title = [
        Line(
            "A title that runs across the whole width of the page, above both columns", 50, 760, 14
        )
    ]
    left = [Line(f"Left column line {n} of the first story", 50, 720 - n * 14) for n in range(10)]
    right = [
        Line(f"Right column line {n} of the second story", 320, 720 - n * 14) for n in range(10)
    ]
    footer = [
        Line(
            "A closing note that again runs across the whole width of the page, under all", 50, 500
        )
    ]
    draft = read_pdf(write_pdf(tmp_path / "banded.pdf", [right + footer + left + title])).draft
    assert draft.title.startswith("A title")  # the largest text: the title, out of the body
    text = " ".join(draft.markdown.split())
    parts = ("Left column line 0", "Left column line 9", "Right column line 0", "A closing")
    order = [text.index(part) for part in parts]
    assert order == sorted(order)


def test_the_command_line_summarizes_a_pdf_as_it_imports_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.cli import build_parser, run_command

    pdf = report_pdf(tmp_path / "report.pdf")
    assert run_command(build_parser().parse_args(["summarize", str(pdf), "--sentences", "2"])) == 0
    lines = capsys.readouterr().out.splitlines()
    text = " ".join(" ".join(page) for page in PAGE_TEXT)
    assert len(lines) == 2 and all(line[:40] in text for line in lines)
