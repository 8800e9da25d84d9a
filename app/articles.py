"""Reading an article file: bytes to text, front matter to metadata, Markdown body kept as is."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from app.errors import ArticleFormatError, full_stop, os_reason
from app.i18n import filled, tr

MAX_ARTICLE_BYTES = 50 * 1024 * 1024
PLAIN_TEXT_SUFFIXES = frozenset({".txt", ".text"})
# A plain text's first line is its title when it reads like one: short, not ending like a
# sentence, and set apart from the text by a blank line.
TITLE_LINE_CHARACTERS = 120
TITLE_LINE_WORDS = 20
_SENTENCE_END = (".", ",", ";", ":")
_LEADING_BLANK_LINES = re.compile(r"\A(?:[ \t]*\n)+")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_HEADING = re.compile(r"^#{1,6}[ \t]+(.+?)[ \t#]*$", re.MULTILINE)
_KNOWN_FIELDS = ("title", "author", "source", "url", "published", "language")
_WESTERN_LOOKALIKES = frozenset(
    {"cp1250", "cp1257", "iso8859_2", "iso8859_4", "iso8859_10", "iso8859_13", "cp775"}
)


@dataclass(frozen=True)
class ArticleDraft:
    """An article read from a file or a page, before it is stored in the library."""

    title: str
    markdown: str
    author: str = ""
    source: str = ""
    url: str = ""
    published: str = ""
    language: str = ""


def decode_bytes(data: bytes, name: str = "file") -> str:
    """Turn file bytes into text, detecting the encoding; refuses binary data."""
    if not data.strip():
        raise ArticleFormatError(filled(tr("Articles", "%1 is empty."), name))
    if data.startswith((b"\xef\xbb\xbf",)):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = _detect_and_decode(data, name)
    if _looks_binary(text):
        raise _binary(name)
    return text


def _detect_and_decode(data: bytes, name: str) -> str:
    from charset_normalizer import from_bytes  # only for files that are not UTF-8

    matches = from_bytes(data[:200_000])
    best = matches.best()
    if best is None:
        raise _binary(name)
    encoding = best.encoding
    # Western text in latin-1 often decodes cleanly in several Baltic and Central European
    # code pages too, and the detector may pick one of those; when Windows-1252 reads the
    # bytes about as cleanly, it is by far the likelier source.
    if encoding in _WESTERN_LOOKALIKES:
        western = next((match for match in matches if match.encoding == "cp1252"), None)
        if western is not None and western.chaos <= best.chaos + 0.05:
            encoding = "cp1252"
    return data.decode(encoding, errors="replace")


def _binary(name: str) -> ArticleFormatError:
    return ArticleFormatError(
        filled(tr("Articles", "%1 looks like a binary file, not text."), name)
    )


def _looks_binary(text: str) -> bool:
    sample = text[:8192]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f")
    return "\x00" in sample or controls > len(sample) // 20


def read_article_file(path: Path) -> ArticleDraft:
    """Read a Markdown or text file as an article draft; raises ArticleFormatError on bad input."""
    text = decode_bytes(read_article_bytes(path), path.name)
    plain_text = path.suffix.lower() in PLAIN_TEXT_SUFFIXES
    return parse_article(text, fallback_title=path.stem, plain_text=plain_text)


def read_article_bytes(path: Path) -> bytes:
    """An article file's bytes, refusing files over MAX_ARTICLE_BYTES; raises ArticleFormatError."""
    try:
        if path.stat().st_size > MAX_ARTICLE_BYTES:
            too_large = tr("Articles", "%1 is larger than %2 MB.")
            raise ArticleFormatError(filled(too_large, path.name, str(MAX_ARTICLE_BYTES // 2**20)))
        return path.read_bytes()
    except OSError as error:
        reason = os_reason(error)
        unreadable = filled(tr("Articles", "Cannot read %1: %2"), str(path), reason)
        raise ArticleFormatError(full_stop(unreadable)) from error


def parse_article(
    text: str, fallback_title: str = "Untitled", plain_text: bool = False
) -> ArticleDraft:
    """Split front matter from the Markdown body and pick a title.

    In plain text (`plain_text`) a first line that reads like a title is the title, and
    leaves the body, so a summary does not offer it as one of the article's sentences.
    """
    text = text.replace("\r\n", "\n").lstrip("\ufeff")
    fields, body = _split_front_matter(text)
    if not body.strip():
        raise ArticleFormatError(tr("Articles", "The article has no text."))
    title = fields.get("title") or first_heading(body)
    if not title and plain_text:
        title, body = split_title_line(body)
    title = title or fallback_title
    return ArticleDraft(
        title=title,
        markdown=body,
        author=fields.get("author", ""),
        source=fields.get("source", ""),
        url=fields.get("url", ""),
        published=fields.get("published", ""),
        language=fields.get("language", "").lower(),
    )


def _split_front_matter(text: str) -> tuple[dict[str, str], str]:
    if not text.startswith("---"):
        return {}, text
    match = _FRONT_MATTER.match(text)
    if match is None:
        raise ArticleFormatError(
            tr("Articles", "The front matter is not closed with a '---' line.")
        )
    import yaml  # only for articles with front matter; the window starts without it

    try:
        loaded = yaml.safe_load(match.group(1))
    except yaml.YAMLError as error:
        line = getattr(getattr(error, "problem_mark", None), "line", None)
        if line is None:
            raise ArticleFormatError(
                tr("Articles", "The front matter is not valid YAML.")
            ) from error
        not_yaml = tr("Articles", "The front matter is not valid YAML (line %1).")
        raise ArticleFormatError(filled(not_yaml, str(line + 2))) from error
    if loaded is None:
        loaded = {}
    if not isinstance(loaded, dict):
        raise ArticleFormatError(
            tr("Articles", "The front matter must be a set of 'key: value' lines.")
        )
    return _clean_fields(loaded), text[match.end() :]


def _clean_fields(loaded: dict[object, object]) -> dict[str, str]:
    fields: dict[str, str] = {}
    for key in _KNOWN_FIELDS:
        value = loaded.get(key)
        if value is None:
            continue
        if isinstance(value, dt.datetime | dt.date):
            fields[key] = value.isoformat()
        else:
            fields[key] = str(value).strip()
    if "source" not in fields and loaded.get("site"):
        fields["source"] = str(loaded["site"]).strip()
    return fields


def split_title_line(body: str) -> tuple[str, str]:
    """The body's first line and the rest when that line reads like a title, else ('', body)."""
    first, _, rest = body.lstrip("\n").partition("\n")
    line = " ".join(first.split())
    set_apart = not rest.partition("\n")[0].strip()
    if not _reads_like_title(line) or not set_apart or not rest.strip():
        return "", body
    return line, _LEADING_BLANK_LINES.sub("", rest)


def _reads_like_title(line: str) -> bool:
    return (
        0 < len(line) <= TITLE_LINE_CHARACTERS
        and len(line.split()) <= TITLE_LINE_WORDS
        and not line.endswith(_SENTENCE_END)
    )


def first_heading(body: str) -> str:
    """The text of the first Markdown heading near the start, or ''."""
    match = _HEADING.search(body[:20_000])
    return match.group(1).strip() if match else ""
