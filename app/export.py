"""Export: an article with its summary as Markdown with front matter, folders of them, the digest.

Everything written is self-contained: images go beside the Markdown, and the digest's HTML
carries its style inline and loads nothing from anywhere.
"""

from __future__ import annotations

import contextlib
import html
import os
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

import yaml

from app.digest import DigestEntry
from app.document import reading_minutes
from app.errors import LedeError, full_stop, os_reason
from app.highlights.export import highlights_section
from app.i18n import current_language, filled, local_date, tr
from app.library import Article, Library
from app.reader_summary import summarize_article
from app.settings import SummarySettings
from app.summary import Summary, SummaryError

MAX_NAME_BYTES = 120
_UNSAFE = re.compile(r"[\x00-\x1f\x7f<>:\"/\\|?*]+")
_RESERVED = {"con", "prn", "aux", "nul"} | {
    f"{kind}{n}" for kind in ("com", "lpt") for n in range(10)
}

SummaryFor = Callable[[Article], Summary | None]


class ExportError(LedeError):
    """Exported files could not be written (a missing or read-only folder, a full disk)."""


@dataclass
class ExportReport:
    written: list[Path] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # title, reason


def article_markdown(
    article: Article,
    summary: Summary | None,
    tags: Sequence[str] = (),
    markdown: str = "",
    notes: str = "",
) -> str:
    """Front matter (metadata, tags, summary sentences), a summary section, the reader's
    `notes` (their note and highlights, as Markdown), then the article."""
    sentences = _sentences(summary)
    front: dict[str, object] = {
        "title": article.title,
        "author": article.author,
        "source": article.row.source,
        "url": article.url,
        "published": article.row.published,
        "added": article.row.added,
        "language": article.row.language,
        "tags": list(tags),
        "starred": article.row.starred,
        "reading_minutes": reading_minutes(article.row.word_count),
        "summary": list(sentences),
    }
    kept = {key: value for key, value in front.items() if value not in ("", [], None)}
    header = yaml.safe_dump(kept, allow_unicode=True, sort_keys=False, width=10_000)
    parts = [f"---\n{header}---\n"]
    if sentences:
        heading = tr("Export", "Summary")
        lines = "\n".join(_summary_lines(summary, "\n### ", "\n"))
        parts.append(f"## {heading}\n\n{lines}\n")
    if notes:
        parts.append(notes)
    parts.append((markdown or article.markdown).strip() + "\n")
    return "\n".join(parts)


def summary_text(title: str, summary: Summary | None) -> str:
    """The summary as plain text for the clipboard: the title, then one sentence a line."""
    lines = _summary_lines(summary, "\n", "")
    return "\n".join([title, "", *lines]) + "\n" if lines else ""


def names_in_export_folder(folder: Path) -> set[str]:
    """Make the folder if need be; the names already in it (casefolded), never to be reused."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        return {entry.name.casefold() for entry in folder.iterdir()}
    except OSError as error:
        raise ExportError(
            full_stop(
                filled(
                    tr("Export", "Cannot write to %1: %2"),
                    str(folder),
                    os_reason(error),
                )
            )
        ) from error


def safe_file_name(title: str, taken: set[str], suffix: str = ".md") -> str:
    """A portable file name from a title, unique among `taken` (compared case-insensitively),
    which it joins."""
    name = _UNSAFE.sub(" ", unicodedata.normalize("NFC", title))
    name = " ".join(name.split()).strip(" .")
    while len(name.encode("utf-8")) > MAX_NAME_BYTES:
        name = name[:-1].rstrip(" .")
    if not name or name.split(".")[0].casefold() in _RESERVED:
        name = f"article {name}".strip()
    candidate, number = name, 2
    while f"{candidate}{suffix}".casefold() in taken:
        candidate = f"{name} ({number})"
        number += 1
    taken.add(f"{candidate}{suffix}".casefold())
    return f"{candidate}{suffix}"


def write_article(library: Library, article: Article, summary: Summary | None, path: Path) -> Path:
    """Write one article as Markdown at `path`, its images in a folder beside it."""
    markdown = _with_exported_images(library, article, path)
    notes = highlights_section(library.article_note(article.id), library.highlights(article.id))
    text = article_markdown(article, summary, library.article_tags(article.id), markdown, notes)
    _write_text(path, text)
    return path


def export_articles(
    library: Library,
    ids: Iterable[int],
    folder: Path,
    summary_for: SummaryFor,
    cancelled: Callable[[], bool] = lambda: False,
) -> ExportReport:
    """Write each article into `folder` under a unique name; existing files are never replaced."""
    taken = names_in_export_folder(folder)
    report = ExportReport()
    for article_id in ids:
        if cancelled():
            break
        article = library.article(article_id)
        if article is None:
            continue
        path = folder / safe_file_name(article.title, taken)
        try:
            report.written.append(write_article(library, article, summary_for(article), path))
        except ExportError as error:
            report.failed.append((article.title, str(error)))
    return report


def digest_markdown(entries: Sequence[DigestEntry], heading: str) -> str:
    blocks = [f"# {heading}\n"]
    pending = tr("Export", "(no summary yet)")
    for entry in entries:
        meta = " · ".join(part for part in (entry.source, local_date(entry.date)) if part)
        lines = [f"## {entry.title}", ""]
        if meta:
            lines += [f"*{meta}*", ""]
        lines.append(" ".join(entry.sentences) if entry.sentences else pending)
        blocks.append("\n".join(lines) + "\n")
    return "\n".join(blocks)


DIGEST_CSS = """
body { font-family: Georgia, serif; max-width: 42em; margin: 2em auto; padding: 0 1em;
       line-height: 1.55; color: #1d1d1d; background: #ffffff; }
h1 { font-size: 1.7em; margin-bottom: 0.2em; }
article { border-top: 1px solid #dddddd; padding: 0.6em 0; }
h2 { font-size: 1.2em; margin: 0.4em 0 0.1em; }
.meta { color: #5f5f5f; font-size: 0.9em; margin: 0 0 0.4em; }
.pending { color: #5f5f5f; font-style: italic; }
@media (prefers-color-scheme: dark) {
  body { color: #e4e2dd; background: #1a1b1e; }
  article { border-top-color: #3a3c41; }
  .meta, .pending { color: #a9a7a1; }
}
"""


def digest_html(entries: Sequence[DigestEntry], heading: str) -> str:
    """A standalone page: inline style, every text escaped, no script and no remote resource."""
    items = []
    pending = html.escape(tr("Export", "No summary yet."))
    for entry in entries:
        parts = (entry.source, local_date(entry.date))
        meta = " · ".join(html.escape(part) for part in parts if part)
        body = (
            f"<p>{html.escape(' '.join(entry.sentences))}</p>"
            if entry.sentences
            else f"<p class='pending'>{pending}</p>"
        )
        items.append(
            f"<article><h2>{html.escape(entry.title)}</h2>"
            f"<p class='meta'>{meta}</p>{body}</article>"
        )
    title = html.escape(heading)
    return (
        f"<!DOCTYPE html>\n<html lang='{current_language()}'><head><meta charset='utf-8'>"
        "<meta http-equiv='Content-Security-Policy' content=\"default-src 'none';"
        " style-src 'unsafe-inline'\">"
        f"<title>{title}</title><style>{DIGEST_CSS}</style></head>"
        f"<body><h1>{title}</h1>{''.join(items)}</body></html>\n"
    )


def write_digest(entries: Sequence[DigestEntry], heading: str, path: Path) -> Path:
    """Write the digest as HTML when the path ends in .html or .htm, else as Markdown."""
    is_html = path.suffix.lower() in (".html", ".htm")
    text = digest_html(entries, heading) if is_html else digest_markdown(entries, heading)
    _write_text(path, text)
    return path


def _summary_lines(summary: Summary | None, before_heading: str, after_heading: str) -> list[str]:
    """The summary as list items, a summary by section with its headings between them."""
    headings = {heading.before: heading.text for heading in summary.headings} if summary else {}
    lines = []
    for position, sentence in enumerate(_sentences(summary)):
        if position in headings:
            lines.append(f"{before_heading}{' '.join(headings[position].split())}{after_heading}")
        lines.append(f"- {sentence}")
    return lines


def _sentences(summary: Summary | None) -> tuple[str, ...]:
    if summary is None or summary.too_short:
        return ()
    return tuple(" ".join(sentence.text.split()) for sentence in summary.sentences)


def _with_exported_images(library: Library, article: Article, path: Path) -> str:
    """The article's Markdown with each library image written beside it and re-pointed there."""
    markdown = article.markdown
    if not article.asset_keys:
        return markdown
    folder = path.with_name(f"{path.stem} files")
    taken: set[str] = set()
    for key in sorted(article.asset_keys):
        data = library.asset(article.id, key)
        if data is None:
            continue
        name = safe_file_name(PurePosixPath(key).stem, taken, PurePosixPath(key).suffix.lower())
        _write_bytes(folder / name, data)
        target = f"{folder.name}/{name}".replace(" ", "%20")
        markdown = markdown.replace(f"]({key}", f"]({target}").replace(f"](<{key}>", f"]({target}")
    return markdown


def _write_text(path: Path, text: str) -> None:
    _write_bytes(path, text.encode("utf-8"))


write_text = _write_text  # the highlights export writes its files through it too


def _write_bytes(path: Path, data: bytes) -> None:
    """Write through a temporary file so a failure never leaves half a file behind."""
    temporary = path.with_name(f".{path.name}.part")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_bytes(data)
        os.replace(temporary, path)
    except OSError as error:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
        raise ExportError(
            full_stop(filled(tr("Export", "Cannot write %1: %2"), str(path), os_reason(error)))
        ) from error


def reader_summary(
    library: Library,
    article: Article,
    settings: SummarySettings,
    summarize: Callable[[str, SummarySettings, str, str], Summary] = summarize_article,
) -> Summary | None:
    """The article's summary with the reader's settings: from the cache, else made (by
    `summarize`, given text, settings, language and title) and cached; None when it cannot
    be made."""
    try:
        return library.summaries.get_or_compute(
            article.id,
            settings,
            lambda: summarize(article.body, settings, article.row.language, article.title),
        )
    except (SummaryError, LedeError):
        return None
