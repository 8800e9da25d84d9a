"""Importing files, one by one or whole folders recursively: Markdown, text, HTML, EPUB books
and PDF documents."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from app.articles import ArticleDraft, read_article_bytes, read_article_file
from app.assets import collect_local_images
from app.errors import LedeError, LibraryWriteError
from app.i18n import filled, marked, tr
from app.importing.html_extract import decode_html, drop_title_heading, extract_article
from app.importing.report import ImportCancelledError, ImportReport, Progress, each_until_cancelled
from app.importing.services import EXPORT_SUFFIXES, HTML_EXPORT_SUFFIXES
from app.library import Library

if TYPE_CHECKING:
    from app.importing.pdf import PageProgress

MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd", ".txt", ".text"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
BOOK_SUFFIXES = frozenset({".epub"})
PDF_SUFFIXES = frozenset({".pdf"})
# Folders are walked for these; an export (.csv, .json, .zip) is imported when named.
SUPPORTED_SUFFIXES = MARKDOWN_SUFFIXES | HTML_SUFFIXES | BOOK_SUFFIXES | PDF_SUFFIXES
NOT_SUPPORTED = marked("Import", "Not a Markdown, text, HTML, EPUB or PDF file.")


def collect_files(paths: Iterable[Path]) -> tuple[list[Path], list[tuple[Path, str]]]:
    """The files to import under the given paths, and the paths refused with a reason.

    Folders are walked recursively in name order; inside them, hidden entries and files of
    other kinds (images, archives) are passed over quietly. A file named directly must be
    supported.
    """
    files: list[Path] = []
    refused: list[tuple[Path, str]] = []
    for path in paths:
        if path.is_dir():
            files.extend(_walk(path))
        elif not path.exists():
            refused.append((path, tr("Import", "No such file or folder.")))
        elif path.suffix.lower() not in SUPPORTED_SUFFIXES | EXPORT_SUFFIXES:
            refused.append((path, tr("Import", NOT_SUPPORTED)))
        else:
            files.append(path)
    return list(dict.fromkeys(files)), refused


def _walk(folder: Path) -> list[Path]:
    found: list[Path] = []
    try:
        entries = sorted(folder.iterdir(), key=lambda entry: entry.name.casefold())
    except OSError:
        return found
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if not entry.is_symlink() and entry.is_dir():  # a link may point where we may not look
            found.extend(_walk(entry))
        elif entry.is_file() and entry.suffix.lower() in SUPPORTED_SUFFIXES:
            found.append(entry)
    return found


def read_file(path: Path) -> tuple[ArticleDraft, dict[str, bytes]]:
    """One file as a draft with the local images it shows; raises ArticleFormatError."""
    if path.suffix.lower() in BOOK_SUFFIXES:
        from app.importing.epub import read_epub

        return read_epub(path)
    draft = read_draft(path)
    return draft, collect_local_images(draft.markdown, path.parent)


def read_draft(path: Path) -> ArticleDraft:
    """One file as an article, the way every command reads a file: a web page's main text
    is extracted, a book's chapters become sections, a PDF's text is put in reading order,
    and a first heading repeating the title goes."""
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES:
        return _read_html(path)
    if suffix in BOOK_SUFFIXES:
        from app.importing.epub import read_epub

        return read_epub(path)[0]
    if suffix in PDF_SUFFIXES:
        from app.importing.pdf import read_pdf

        return read_pdf(path).draft
    draft = read_article_file(path)
    return replace(draft, markdown=drop_title_heading(draft.markdown, draft.title))


def _read_html(path: Path) -> ArticleDraft:
    text = decode_html(read_article_bytes(path), name=path.name)
    return extract_article(text, fallback_title=path.stem, name=path.name)


def import_paths(
    library: Library,
    paths: Sequence[Path],
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> ImportReport:
    """Import files and folders; each file is its own transaction, failures are reported."""
    files, refused = collect_files(paths)
    report = ImportReport()
    for path, reason in refused:
        report.fail(str(path), reason)
    for path in each_until_cancelled(files, report, lambda file: file.name, progress, cancelled):
        try:
            import_file(library, path, report, progress, cancelled)
        except ImportCancelledError:
            report.cancelled = True
            break
        except LibraryWriteError as error:  # the next file would fail the same way: stop here
            report.fail(str(path), str(error))
            break
    return report


def import_file(
    library: Library,
    path: Path,
    report: ImportReport,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> None:
    """Import one file into the report; raises ImportCancelledError when stopped mid-file.
    A long document or an export tells its own progress (the bar restarts per file)."""
    suffix = path.suffix.lower()
    try:
        if suffix in PDF_SUFFIXES:
            _import_pdf(library, path, report, _page_progress(path, progress), cancelled)
            return
        if suffix in EXPORT_SUFFIXES | HTML_EXPORT_SUFFIXES:
            from app.importing.services.saving import import_export

            if import_export(library, path, report, progress, cancelled):
                return
        draft, images = read_file(path)
        article_id, added = library.add_or_find_article(draft, images)
    except LibraryWriteError:
        raise
    except LedeError as error:
        report.fail(str(path), str(error))
        return
    report.add(article_id if added else None, str(path), stored_copy=article_id)


def _import_pdf(
    library: Library,
    path: Path,
    report: ImportReport,
    page_progress: PageProgress | None,
    cancelled: Callable[[], bool],
) -> None:
    from app.importing.pdf import page_starts, read_pdf

    document = read_pdf(path, page_progress, cancelled)
    article_id, added = library.add_or_find_article(document.draft)
    if added:
        article = library.article(article_id)
        body = article.body if article else ""
        library.set_page_starts(article_id, page_starts(document.pages, body))
    report.add(article_id if added else None, str(path), stored_copy=article_id)


def _page_progress(path: Path, progress: Progress | None) -> PageProgress | None:
    if progress is None:
        return None
    return lambda done, total: progress(done, total, filled(tr("Import", "pages of %1"), path.name))
