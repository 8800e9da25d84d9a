"""Reading article files: encodings, front matter, titles and the errors for bad files."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.articles import decode_bytes, parse_article, read_article_file
from app.errors import ArticleFormatError

RUSSIAN = "Привет! Это статья о том, как читать книги без интернета. " * 6
GERMAN = "Über die Brücke gehen täglich viele Menschen, die Größe ist beachtlich. " * 6
FRENCH = "Le café était très animé ce matin-là, déjà plein d'élèves et de garçons. " * 6


def test_front_matter_gives_the_metadata() -> None:
    draft = parse_article(
        "---\ntitle: Night trains\nauthor: A. Writer\nsource: Metro\n"
        "published: 2026-03-01\nlanguage: DE\n---\nBody text here.\n"
    )
    assert (draft.title, draft.author, draft.source) == ("Night trains", "A. Writer", "Metro")
    assert draft.published == "2026-03-01"
    assert draft.language == "de"
    assert draft.markdown == "Body text here.\n"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("# A heading\n\nBody.", "A heading"),
        ("Intro line.\n\n## Later heading ##\n\nBody.", "Later heading"),
        ("Just text, no heading.", "fallback"),
        ("---\nauthor: x\n---\n# From heading\n\nBody.", "From heading"),
    ],
)
def test_title_comes_from_front_matter_then_heading_then_name(text: str, title: str) -> None:
    assert parse_article(text, fallback_title="fallback").title == title


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("---\ntitle: [unclosed\n---\nBody", "not valid YAML"),
        ("---\ntitle: x\nBody without closing", "not closed"),
        ("---\n- a\n- b\n---\nBody", "key: value"),
        ("---\ntitle: only front matter\n---\n   \n", "no text"),
    ],
)
def test_broken_front_matter_is_a_clear_error(text: str, message: str) -> None:
    with pytest.raises(ArticleFormatError, match=message):
        parse_article(text)


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        (RUSSIAN, "utf-8"),
        (RUSSIAN, "utf-8-sig"),
        (RUSSIAN, "utf-16"),
        (RUSSIAN, "cp1251"),
        (GERMAN, "cp1252"),
        (FRENCH, "utf-8"),
    ],
)
def test_encodings_are_detected(text: str, encoding: str) -> None:
    assert decode_bytes(text.encode(encoding)) == text


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"  \n\t ", "empty"),
        (bytes(range(256)) * 20, "binary"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "binary"),
    ],
)
def test_empty_and_binary_data_are_refused(data: bytes, message: str) -> None:
    with pytest.raises(ArticleFormatError, match=message):
        decode_bytes(data)


def test_reading_a_missing_file_names_it(tmp_path: Path) -> None:
    with pytest.raises(ArticleFormatError, match="Cannot read"):
        read_article_file(tmp_path / "missing.md")


def test_reading_a_file_uses_its_name_as_last_resort_title(tmp_path: Path) -> None:
    path = tmp_path / "field-notes.md"
    path.write_text("Plain words without a heading.", encoding="utf-8")
    assert read_article_file(path).title == "field-notes"
