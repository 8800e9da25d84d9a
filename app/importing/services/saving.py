"""An export's items into the library: whole articles, or bookmarks queued for their pages."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from itertools import islice
from pathlib import Path

from app.articles import ArticleDraft
from app.errors import ArticleFormatError, FetchError, LedeError
from app.i18n import filled, tr
from app.importing.html_extract import (
    detect_language,
    drop_title_heading,
    html_fragment_to_markdown,
)
from app.importing.report import ImportReport, Progress
from app.importing.services import read_export
from app.importing.services.records import ExportItem
from app.importing.urls import stored_address, web_address
from app.importing.xhtml_markdown import escape_text
from app.library import Library
from app.store.saved_items import SavedItem, SavedState

BATCH = 500  # items to a transaction: a crash loses at most these, and a new import finds the rest


def import_export(
    library: Library,
    path: Path,
    report: ImportReport,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> bool:
    """Import the export at `path` into the report; False when it is not an export (an HTML
    page that is not Pocket's). Raises ArticleFormatError when it cannot be read at all."""
    recognised = read_export(path)
    if recognised is None:
        return False
    service, items = recognised
    for done, batch in _batches(items):
        if cancelled():
            report.cancelled = True
            break
        if progress is not None:
            progress(done, len(items), f"{service} export {path.name}")
        _store_batch(library, path.name, batch, report)
    return True


def _batches(items: Sequence[ExportItem]) -> Iterator[tuple[int, list[ExportItem]]]:
    iterator = iter(items)
    done = 0
    while batch := list(islice(iterator, BATCH)):
        yield done, batch
        done += len(batch)


def _store_batch(
    library: Library, file_name: str, batch: list[ExportItem], report: ImportReport
) -> None:
    ready: list[tuple[str, SavedItem]] = []
    for item in batch:
        label = f"{file_name}: {item.title or item.url or '(an item without a title or address)'}"
        try:
            ready.append((label, saved_item(item)))
        except LedeError as error:
            report.fail(label, str(error))
    results = library.add_saved_items([saved for _, saved in ready])
    for (label, _), article_id in zip(ready, results, strict=True):
        report.add(article_id, label)


def saved_item(item: ExportItem) -> SavedItem:
    """The item as stored: with its text if the export had it, else as a queued bookmark."""
    url = stored_address(item.url)
    state = SavedState(item.tags, item.is_read, item.archived, item.starred, item.saved)
    markdown = _content_markdown(item)
    if markdown:
        title = item.title or url or "Untitled"
        draft = ArticleDraft(
            title=title,
            markdown=drop_title_heading(markdown, title).strip() + "\n",
            author=item.author,
            source=_host(url),
            url=url,
            published=item.published,
            language=item.language or detect_language(markdown[:20_000]),
        )
        return SavedItem(draft, state)
    if not url:
        web_address(item.url or "")  # raises FetchError with what is wrong with the address
        raise FetchError(filled(tr("Import", "Not a web address: %1"), item.url))
    title = item.title or url
    return SavedItem(
        ArticleDraft(title, bookmark_markdown(title, url), url=url), state, queue_url=url
    )


def bookmark_markdown(title: str, url: str) -> str:
    """A bookmark's text: its title as a link to its page (which the queue downloads)."""
    target = url.replace("(", "%28").replace(")", "%29")
    return f"[{escape_text(title)}]({target})\n"


def _content_markdown(item: ExportItem) -> str:
    if item.markdown.strip():
        return item.markdown
    if item.html.strip():
        try:
            return html_fragment_to_markdown(item.html)
        except (ArticleFormatError, ValueError):
            return ""
    return ""


def _host(url: str) -> str:
    from urllib.parse import urlsplit

    return (urlsplit(url).hostname or "").removeprefix("www.")
