"""A PDF document as an article: text in reading order, paragraphs and headings recovered from
the layout, and where each page starts, so a summary sentence can say its page.

pdfminer.six (MIT) reads the layout: it groups characters into text boxes and orders the
boxes the way a reader would (left column before right), and it knows each character's
font and size, which is how headings are told from paragraphs. docs/importing.md says what
is kept and what is refused.
"""

from __future__ import annotations

import re
import warnings
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from app.articles import ArticleDraft
from app.errors import ArticleFormatError, os_reason
from app.i18n import filled, tr
from app.importing.html_extract import detect_language, drop_title_heading
from app.importing.pdf_metadata import document_metadata
from app.importing.report import ImportCancelledError
from app.importing.xhtml_markdown import escape_text

MAX_PDF_BYTES = 200 * 2**20
MAX_PDF_PAGES = 3_000
# Less text than this in the whole document and it is a scan (pictures of pages).
MIN_TEXT_CHARACTERS = 40
_HEADING_SCALE = 1.15  # a box this much larger than the body text is a heading
_HEADING_CHARACTERS = 150
_WIDE_BOX = 0.55  # of the page's width: a box this wide spans the columns
_COLUMN_SLACK = 4.0  # points a column's boxes may reach into the next one's
_PAGE_NUMBER = re.compile(r"^\s*(?:page\s+)?\d{1,5}(?:\s*(?:of|/)\s*\d{1,5})?\s*$", re.I)
_SENTENCE_END = (".", "!", "?", ";", ":", ",")

PageProgress = Callable[[int, int], None]  # (pages done, pages in all)


@dataclass(frozen=True)
class TextBox:
    page: int  # from 0
    text: str
    size: float
    bold: bool
    lines: int
    left: float = 0.0  # the box on the page, in points from the bottom left
    right: float = 0.0
    top: float = 0.0


@dataclass(frozen=True)
class PdfArticle:
    """The draft, and its Markdown page by page (page_starts makes the page map from them)."""

    draft: ArticleDraft
    pages: list[str]


def read_pdf(
    path: Path,
    progress: PageProgress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> PdfArticle:
    """The document at `path`; raises ArticleFormatError with the reason it cannot be read."""
    name = path.name
    try:
        if path.stat().st_size > MAX_PDF_BYTES:
            raise ArticleFormatError(
                filled(tr("Import", "%1 is larger than %2 MB."), name, str(MAX_PDF_BYTES // 2**20))
            )
        with path.open("rb") as stream, warnings.catch_warnings():
            warnings.simplefilter("ignore")  # pdfminer warns about what it repairs
            return _read(stream, name, progress, cancelled)
    except OSError as error:
        raise ArticleFormatError(
            filled(tr("Import", "Cannot read %1: %2."), name, os_reason(error))
        ) from error


def _read(
    stream: BinaryIO, name: str, progress: PageProgress | None, cancelled: Callable[[], bool]
) -> PdfArticle:
    if b"%PDF-" not in stream.read(1024):
        raise ArticleFormatError(filled(tr("Import", "%1 is not a PDF document."), name))
    stream.seek(0)
    document = _open_document(stream, name)
    pages = _page_list(document, name)
    boxes: list[TextBox] = []
    for number, page_boxes in enumerate(_page_boxes(document, pages)):
        if cancelled():
            raise ImportCancelledError
        if progress is not None:
            progress(number, len(pages))
        boxes.extend(page_boxes)
    if sum(len(box.text) for box in boxes) < MIN_TEXT_CHARACTERS:
        raise ArticleFormatError(
            filled(
                tr(
                    "Import",
                    "%1 has no text layer: it looks like a scan, and Lede cannot read text from pictures of pages.",
                ),
                name,
            )
        )
    metadata = document_metadata(document)
    markdown_pages = pages_markdown(boxes, len(pages))
    title = metadata.get("title") or _first_heading(markdown_pages) or Path(name).stem
    first = next(number for number, page in enumerate(markdown_pages) if page)
    markdown_pages[first] = drop_title_heading(markdown_pages[first], title)
    markdown = "\n\n".join(page for page in markdown_pages if page) + "\n"
    draft = ArticleDraft(
        title=title,
        markdown=markdown,
        author=metadata.get("author", ""),
        published=metadata.get("published", ""),
        language=metadata.get("language") or detect_language(markdown[:20_000]),
    )
    return PdfArticle(draft, markdown_pages)


def _open_document(stream: BinaryIO, name: str) -> Any:
    from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError
    from pdfminer.pdfparser import PDFParser
    from pdfminer.psexceptions import PSException

    try:
        return PDFDocument(PDFParser(stream))
    except PDFEncryptionError as error:
        raise ArticleFormatError(
            filled(
                tr(
                    "Import",
                    "%1 is encrypted with a password; open it in a PDF reader and save a copy without the password to import it.",
                ),
                name,
            )
        ) from error
    except (PSException, ValueError, TypeError, KeyError, AttributeError) as error:
        raise ArticleFormatError(
            filled(tr("Import", "%1 is damaged: it cannot be read as a PDF."), name)
        ) from error


def _page_list(document: Any, name: str) -> list[Any]:
    from pdfminer.pdfpage import PDFPage
    from pdfminer.psexceptions import PSException

    try:
        count = int(document.catalog["Pages"].resolve().get("Count", 0))
    except (PSException, AttributeError, KeyError, TypeError, ValueError):
        count = 0
    if count > MAX_PDF_PAGES:
        raise ArticleFormatError(
            filled(
                tr("Import", "%1 has %2 pages; Lede imports documents of up to %3."),
                name,
                format(count, ","),
                format(MAX_PDF_PAGES, ","),
            )
        )
    try:
        pages = list(PDFPage.create_pages(document))
    except (PSException, ValueError, TypeError, KeyError, AttributeError, RecursionError) as error:
        raise ArticleFormatError(
            filled(tr("Import", "%1 is damaged: its list of pages cannot be read."), name)
        ) from error
    if not pages:
        raise ArticleFormatError(
            filled(tr("Import", "%1 is damaged: it has no pages that can be read."), name)
        )
    if len(pages) > MAX_PDF_PAGES:
        raise ArticleFormatError(
            filled(
                tr("Import", "%1 has %2 pages; Lede imports documents of up to %3."),
                name,
                format(len(pages), ","),
                format(MAX_PDF_PAGES, ","),
            )
        )
    return pages


def _page_boxes(document: Any, pages: list[Any]) -> Iterator[list[TextBox]]:
    """Each page's text boxes in reading order; a page that fails to read is left empty."""
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.layout import LAParams
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.psexceptions import PSException

    device = PDFPageAggregator(PDFResourceManager(caching=True), laparams=LAParams())
    interpreter = PDFPageInterpreter(device.rsrcmgr, device)
    for number, page in enumerate(pages):
        try:
            interpreter.process_page(page)
            layout = device.get_result()
            yield reading_order(list(_boxes(layout, number)), float(layout.width))
        except (PSException, ValueError, TypeError, KeyError, AttributeError, IndexError):
            yield []


def _boxes(layout: Any, page: int) -> Iterator[TextBox]:
    from pdfminer.layout import LTChar, LTTextBox

    for element in layout:
        if not isinstance(element, LTTextBox):
            continue
        text = element.get_text()
        if not text.strip() or _PAGE_NUMBER.match(text):
            continue
        sizes: Counter[float] = Counter()
        bold = 0
        for line in element:
            for char in line:
                if isinstance(char, LTChar) and not char.get_text().isspace():
                    sizes[round(char.size * 2) / 2] += 1
                    bold += "bold" in char.fontname.lower()
        if sizes:
            size = sizes.most_common(1)[0][0]
            total = sum(sizes.values())
            lines = len(text.strip().splitlines())
            left, _, right, top = (float(edge) for edge in element.bbox)
            yield TextBox(page, text, size, bold > total / 2, lines, left, right, top)


def reading_order(boxes: list[TextBox], page_width: float) -> list[TextBox]:
    """The boxes as a reader takes them: from the top down, and where the page has columns,
    each column to its foot before the next one to its right. A box wider than half the page
    (a title, a full-width paragraph) ends the columns above it. pdfminer's own order reads
    paragraphs that stand side by side as rows, one from each column in turn."""
    ordered: list[TextBox] = []
    band: list[TextBox] = []
    for box in sorted(boxes, key=lambda box: -box.top):
        if box.right - box.left > page_width * _WIDE_BOX:
            ordered += _by_columns(band)
            ordered.append(box)
            band = []
        else:
            band.append(box)
    return ordered + _by_columns(band)


def _by_columns(boxes: list[TextBox]) -> list[TextBox]:
    """Boxes grouped into columns (a box that overlaps no column so far starts a new one to
    its right), left column first, each from the top down."""
    columns: list[list[TextBox]] = []
    for box in sorted(boxes, key=lambda box: box.left):
        if columns and box.left < max(b.right for b in columns[-1]) - _COLUMN_SLACK:
            columns[-1].append(box)
        else:
            columns.append([box])
    return [box for column in columns for box in sorted(column, key=lambda box: -box.top)]


def pages_markdown(boxes: list[TextBox], page_count: int) -> list[str]:
    """Each page's boxes as Markdown blocks: headings by size, the rest paragraphs."""
    body_size = _body_size(boxes)
    levels = _heading_levels(boxes, body_size)
    pages: list[list[str]] = [[] for _ in range(page_count)]
    for box in boxes:
        text = joined_lines(box.text)
        level = levels.get(box.size) if _reads_as_heading(box, body_size) else None
        if level is None and box.bold and box.lines == 1 and _short_unpunctuated(text):
            level = 3  # a bold line in the body's size: a run-in heading
        pages[box.page].append(f"{'#' * level} {escape_text(text)}" if level else escape_text(text))
    return ["\n\n".join(blocks) for blocks in pages]


def _body_size(boxes: list[TextBox]) -> float:
    weights: Counter[float] = Counter()
    for box in boxes:
        weights[box.size] += len(box.text)
    return weights.most_common(1)[0][0] if weights else 0.0


def _heading_levels(boxes: list[TextBox], body_size: float) -> dict[float, int]:
    """Heading sizes, largest first, as levels 1, 2 and then 3 for every smaller one. A
    largest size used once is the document's title (it leaves the text, see _read), so the
    next size is level 1 too."""
    uses = Counter(box.size for box in boxes if _reads_as_heading(box, body_size))
    sizes = sorted(uses, reverse=True)
    levels = {size: min(rank + 1, 3) for rank, size in enumerate(sizes)}
    if len(sizes) > 1 and uses[sizes[0]] == 1:
        levels = {sizes[0]: 1} | {size: min(rank + 1, 3) for rank, size in enumerate(sizes[1:])}
    return levels


def _reads_as_heading(box: TextBox, body_size: float) -> bool:
    return (
        box.size >= body_size * _HEADING_SCALE
        and box.lines <= 3
        and _short_unpunctuated(joined_lines(box.text))
    )


def _short_unpunctuated(text: str) -> bool:
    return 0 < len(text) <= _HEADING_CHARACTERS and not text.endswith(_SENTENCE_END)


def joined_lines(text: str) -> str:
    """A box's lines as one paragraph; a word broken by a hyphen at a line's end is joined."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    out = ""
    for line in lines:
        if out.endswith("-") and line[:1].islower() and out[-2:-1].isalpha():
            out = out[:-1] + line
        else:
            out = f"{out} {line}" if out else line
    return out


def _first_heading(pages: list[str]) -> str:
    for page in pages:
        for block in page.split("\n\n"):
            if block.startswith("# "):
                return block[2:].replace("\\", "")
    return ""


def page_starts(pages: list[str], body: str) -> list[int]:
    """Where each page's text begins in the stored article's plain text (the page map).

    Each page is rendered on its own and found in the body from the previous page's start,
    so a page the renderer joined differently still gets a start; a page with no text
    starts where the next one does."""
    from app.document import render_markdown

    starts: list[int] = []
    cursor = 0
    for page in pages:
        opening = render_markdown(page).text.strip()[:60] if page else ""
        found = body.find(opening, cursor) if opening else -1
        if found >= 0:
            cursor = found
        starts.append(cursor if found >= 0 else -1)
    return _fill_empty_pages(starts, len(body))


def _fill_empty_pages(starts: list[int], end: int) -> list[int]:
    following = end
    filled = list(starts)
    for index in range(len(filled) - 1, -1, -1):
        if filled[index] < 0:
            filled[index] = following
        following = filled[index]
    return filled
