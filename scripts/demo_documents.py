"""Write a demo EPUB book and a demo PDF report, made from the bundled sample articles, for
the README's screenshots of books and documents (`scripts/screenshot.py --import PATH`).

The book: four English samples as its chapters. The report: the bike-counter sample set as a
PDF with a title, section headings in a larger size and a few pages. Both use the test
fixtures' writers (tests/book_fixtures.py, tests/pdf_fixtures.py), which write the formats by
hand, so nothing else is needed.

Run: `uv run python scripts/demo_documents.py FOLDER`.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from app.articles import read_article_file  # noqa: E402

from book_fixtures import EpubBook, chapter_xhtml  # noqa: E402
from pdf_fixtures import flowed, write_pdf  # noqa: E402

SAMPLES = ROOT / "resources" / "samples"
BOOK_CHAPTERS = [
    "03-how-lighthouses-work.md",
    "04-sourdough-science.md",
    "08-chess-endgame-essay.md",
    "06-index-card-history.md",
]
REPORT = "07-bicycle-commuting-data.md"
PARAGRAPHS_A_PAGE = 4
REPORT_TITLE = "Cycling in Westmere: A Report on Ten Years of Counter Data"


def plain_paragraphs(markdown: str) -> list[tuple[str, bool]]:
    """(text, is_heading) for each block, with Markdown's emphasis and links taken out."""
    blocks = []
    for block in re.split(r"\n\s*\n", markdown):
        text = " ".join(block.split())
        if not text or text.startswith(("|", "!", "```", ">", "- ", "1.")):
            continue
        heading = text.startswith("#")
        text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text.lstrip("# "))
        blocks.append((re.sub(r"[*_`]", "", text), heading))
    return blocks


def write_book(path: Path) -> Path:
    book = EpubBook(title="Small Machines: Essays on How Things Work", author="The Lede samples")
    for number, name in enumerate(BOOK_CHAPTERS, start=1):
        article = read_article_file(SAMPLES / name)
        paragraphs = [text for text, heading in plain_paragraphs(article.markdown) if not heading]
        book.chapters[f"text/ch{number}.xhtml"] = chapter_xhtml(article.title, paragraphs)
        book.nav_links.append((article.title, f"text/ch{number}.xhtml"))
    return book.write(path)


def write_report(path: Path) -> Path:
    article = read_article_file(SAMPLES / REPORT)
    blocks = [(REPORT_TITLE, 20.0, True)] + [
        (text, 14.0 if heading else 11.0, heading)
        for text, heading in plain_paragraphs(article.markdown)
    ]
    pages = [
        flowed(blocks[start : start + PARAGRAPHS_A_PAGE])
        for start in range(0, len(blocks), PARAGRAPHS_A_PAGE)
    ]
    return write_pdf(path, pages)


def main() -> int:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(".")
    folder.mkdir(parents=True, exist_ok=True)
    print(write_book(folder / "small-machines.epub"))
    print(write_report(folder / "westmere-bike-counters.pdf"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
