"""Every command reads a file the same way: plain text titles, and HTML read as a web page."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.articles import parse_article, read_article_file, split_title_line
from app.cli import main
from app.importing.files import read_draft

SENTENCES = [
    "Bicycles changed how cities moved in the last ten years.",
    "Protected lanes made riders feel safe on busy streets.",
    "Shops near the lanes reported more customers on foot and by bike.",
    "Winter riding grew once the lanes were cleared of snow first.",
    "Parents began to let children ride to school on their own.",
    "Cargo bikes replaced many short trips by delivery van.",
    "The city counted riders at forty points every single morning.",
    "Accidents fell where junctions were redesigned for slower turns.",
]
TEXT = " ".join(SENTENCES) + "\n"
TITLE = "What Ten Years of Bike Lanes Did"
PAGE = f"""<html><head><title>{TITLE}</title></head><body>
<div class="cookie-banner"><p>We use cookies to improve your experience.</p></div>
<nav><a href="/">Home</a> <a href="/about">About</a></nav>
<article><h1>{TITLE}</h1>{"".join(f"<p>{sentence}</p>" for sentence in SENTENCES)}</article>
<footer><p>Copyright the city paper, all rights reserved.</p></footer>
</body></html>"""


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (f"{TITLE}\n\n{TEXT}", TITLE),
        (f"\n  {TITLE}  \n   \n{TEXT}", TITLE),
        (f"{TITLE}\n{TEXT}", "notes"),  # not set apart: the first line of a paragraph
        (f"{SENTENCES[0]}\n\n{TEXT}", "notes"),  # a sentence, not a title
        (f"{'word ' * 30}\n\n{TEXT}", "notes"),  # too long for a title
        (f"{TITLE}\n\n", "notes"),  # nothing after it: the line is the text
    ],
)
def test_a_plain_text_title_is_its_first_line_when_that_reads_like_one(
    tmp_path: Path, text: str, title: str
) -> None:
    path = tmp_path / "notes.txt"
    path.write_text(text, encoding="utf-8")
    draft = read_article_file(path)
    assert draft.title == title
    first_line = text.strip().splitlines()[0].strip()
    assert (first_line in draft.markdown) == (title != TITLE)


def test_markdown_files_keep_their_first_line_as_text(tmp_path: Path) -> None:
    path = tmp_path / "notes.md"
    path.write_text(f"{TITLE}\n\n{TEXT}", encoding="utf-8")
    assert read_article_file(path).title == "notes"


def test_front_matter_and_headings_still_name_a_plain_text() -> None:
    draft = parse_article(f"---\ntitle: Given\n---\n{TITLE}\n\n{TEXT}", plain_text=True)
    assert draft.title == "Given" and TITLE in draft.markdown


@pytest.mark.parametrize("body", ["", "\n\n", "x", "x\n\ny", "\x00\n\n\x00", "a\n" * 10_000])
def test_splitting_a_title_line_never_loses_text(body: str) -> None:
    title, rest = split_title_line(body)
    assert (title == "" and rest == body) or (title and rest.strip() and title in body)


def summarize(path: Path, capsys: pytest.CaptureFixture[str]) -> list[str]:
    assert main(["summarize", str(path), "--sentences", "20"]) == 0
    return capsys.readouterr().out.splitlines()


def test_summarize_does_not_offer_a_text_files_title_as_a_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "notes.txt"
    path.write_text(f"{TITLE}\n\n{TEXT}", encoding="utf-8")
    lines = summarize(path, capsys)
    assert lines and all(line in SENTENCES for line in lines)


def test_summarize_reads_html_as_the_import_does(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    lines = summarize(path, capsys)
    assert lines and all(line in SENTENCES for line in lines)
    assert read_draft(path).title == TITLE
