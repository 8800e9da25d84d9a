"""The core's messages in the reader's language (app.i18n), read from a small catalogue of the
test's own: the real catalogues do not translate these texts."""

from __future__ import annotations

import errno
import logging
import shutil
import subprocess
from pathlib import Path

import pytest
from i18n_helpers import Message, write_catalogue
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

import app.i18n
from app.articles import read_article_file
from app.digest import DigestEntry
from app.errors import ArticleFormatError, WebAddressError, os_problem
from app.export import article_markdown, digest_html, digest_markdown, reader_summary
from app.highlights.export import ArticleHighlights, article_file_text
from app.i18n import language_from_environment, tr, use_language
from app.importing.urls import check_web_url
from app.library import Library
from app.plurals import grouped_number, written_date
from app.settings import SummarySettings
from ui.i18n import install_translations

FORMS = {
    "ru": ["%Ln статья", "%Ln статьи", "%Ln статей"],
    "uk": ["%Ln стаття", "%Ln статті", "%Ln статей"],
    "de": ["%Ln Artikel (eins)", "%Ln Artikel"],
    "fr": ["%Ln article", "%Ln articles"],
    "es": ["%Ln artículo", "%Ln artículos"],
}


def messages_of(language: str) -> list[Message]:
    return [
        ("Test", "%Ln articles", FORMS[language]),
        ("Test", "Summary", f"Summary ({language})"),
        ("Test", "Not yet", None),
        ("Test", "%n sentences", [f"form {index}: %n" for index in range(len(FORMS[language]))]),
    ]


@pytest.fixture
def catalogues(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A catalogue for each language in a folder of the test's own, which app.i18n reads."""
    for language in FORMS:
        write_catalogue(tmp_path, language, messages_of(language))
    monkeypatch.setattr(app.i18n, "TRANSLATIONS", tmp_path)
    return tmp_path


SLAVIC_COUNTS = [0, 1, 2, 5, 11, 21, 101, 111, 1234]


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("ru", ["0 статей", "1 статья", "2 статьи", "5 статей", "11 статей", "21 статья",
                "101 статья", "111 статей", "1\xa0234 статьи"]),
        ("uk", ["0 статей", "1 стаття", "2 статті", "5 статей", "11 статей", "21 стаття",
                "101 стаття", "111 статей", "1\xa0234 статті"]),
    ],
)  # fmt: skip
def test_russian_and_ukrainian_have_three_plural_forms(
    catalogues: Path, language: str, expected: list[str]
) -> None:
    use_language(language)
    assert [tr("Test", "%Ln articles", None, count) for count in SLAVIC_COUNTS] == expected


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("de", ["0 Artikel", "1 Artikel (eins)", "2 Artikel"]),
        ("es", ["0 artículos", "1 artículo", "2 artículos"]),
        ("fr", ["0 article", "1 article", "2 articles"]),  # French says 0 in the singular
    ],
)
def test_two_form_languages_split_where_qt_does(
    catalogues: Path, language: str, expected: list[str]
) -> None:
    use_language(language)
    assert [tr("Test", "%Ln articles", None, count) for count in (0, 1, 2)] == expected


@pytest.mark.parametrize(
    ("language", "number", "expected"),
    [
        ("ru", 1234, "1\xa0234"),
        ("uk", 1234567, "1\xa0234\xa0567"),
        ("fr", 1234, "1\u202f234"),
        ("de", 1234, "1.234"),
        ("es", 1234, "1234"),  # Spanish groups from five digits on
        ("es", 12345, "12.345"),
        ("en", -1234, "-1,234"),
        ("de", 999, "999"),
    ],
)
def test_numbers_are_grouped_as_qt_writes_them(language: str, number: int, expected: str) -> None:
    assert grouped_number(language, number) == expected


def test_finished_translations_only(catalogues: Path) -> None:
    use_language("de")
    assert tr("Test", "Summary") == "Summary (de)"
    assert tr("Test", "Not yet") == "Not yet"  # unfinished
    assert tr("Test", "Never marked") == "Never marked"
    assert tr("Elsewhere", "Summary") == "Summary"  # another context's message
    assert tr("Test", "Summary", "a disambiguation") == "Summary (de)"  # as Qt falls back


def test_english_fills_in_the_number_without_a_catalogue(catalogues: Path) -> None:
    use_language("en")
    assert tr("Test", "%Ln articles", None, 1234) == "1,234 articles"
    assert tr("Test", "%n of %n", None, 3) == "3 of 3"
    assert tr("Test", "100%n", None, -1) == "100%n"  # no number given: left as it is


def test_the_catalogue_is_read_once(catalogues: Path) -> None:
    use_language("fr")
    assert tr("Test", "Summary") == "Summary (fr)"
    (catalogues / "lede_fr.ts").unlink()
    assert tr("Test", "Summary") == "Summary (fr)"


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"not a catalogue",
        bytes(range(256)) * 64,
        b"<TS><context><name>Test</name><message>",  # cut short
        b"<html><body>Summary</body></html>",
        b'<?xml version="1.0"?><!DOCTYPE TS [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;">]>'
        b"<TS><context><name>Test</name><message><source>Summary</source>"
        b"<translation>&b;</translation></message></context></TS>",
    ],
    ids=["empty", "text", "binary", "cut-short", "not-ts", "entities"],
)
def test_a_broken_catalogue_leaves_english_with_one_warning(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    content: bytes,
) -> None:
    (tmp_path / "lede_ru.ts").write_bytes(content)
    monkeypatch.setattr(app.i18n, "TRANSLATIONS", tmp_path)
    use_language("ru")
    with caplog.at_level(logging.WARNING, logger="app.i18n"):
        assert tr("Test", "Summary") == "Summary"
        assert tr("Test", "%Ln articles", None, 5) == "5 articles"
    warnings = [record for record in caplog.records if record.name == "app.i18n"]
    assert len(warnings) == 1
    assert "lede_ru.ts" in warnings[0].getMessage() and "English" in warnings[0].getMessage()


def test_a_missing_catalogue_leaves_english_with_a_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(app.i18n, "TRANSLATIONS", tmp_path / "nowhere")
    use_language("uk")
    with caplog.at_level(logging.WARNING, logger="app.i18n"):
        assert tr("Test", "Summary") == "Summary"
    assert "lede_uk.ts" in caplog.text


@pytest.mark.parametrize("code", ["xx", "", "RU", "ru\x00", "../../etc/passwd"])
def test_an_unknown_language_is_english(catalogues: Path, code: str) -> None:
    use_language(code)
    assert app.i18n.current_language() == "en"
    assert tr("Test", "Summary") == "Summary"


@pytest.mark.parametrize(
    ("environment", "expected"),
    [
        ({"LANG": "ru_RU.UTF-8"}, "ru"),
        ({"LANG": "de_DE.UTF-8", "LC_MESSAGES": "fr_FR.UTF-8"}, "fr"),
        ({"LANG": "de_DE", "LC_MESSAGES": "fr_FR", "LC_ALL": "es_ES.UTF-8"}, "es"),
        ({"LANG": "de_DE", "LC_ALL": "es_ES", "LANGUAGE": "uk_UA:ru"}, "uk"),
        ({"LANGUAGE": "pt_BR:ja:de", "LANG": "fr_FR"}, "de"),  # the first that Lede has
        ({"LANGUAGE": "", "LANG": "ru_RU@euro"}, "ru"),  # an empty variable is passed over
        ({"LANG": "C"}, "en"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({"LANG": "POSIX"}, "en"),
        ({"LANGUAGE": "pt:C:ru"}, "en"),  # gettext stops at C
        ({"LANG": "ja_JP.UTF-8"}, "en"),
        ({"LC_ALL": "ja_JP", "LANG": "ru_RU"}, "en"),  # LC_ALL is the one set: LANG is not read
        ({}, "en"),
        ({"LANG": "\x00\xff::"}, "en"),
    ],
)
def test_the_language_of_the_environment_is_read_as_gettext_does(
    environment: dict[str, str], expected: str
) -> None:
    assert language_from_environment(environment) == expected


LRELEASE = shutil.which("pyside6-lrelease")


@pytest.mark.skipif(LRELEASE is None, reason="pyside6-lrelease is not installed")
@pytest.mark.parametrize("language", sorted(FORMS))
def test_the_plural_rule_agrees_with_qt(qapp, catalogues: Path, language: str) -> None:  # type: ignore[no-untyped-def]
    ts_file = catalogues / f"lede_{language}.ts"
    qm_file = ts_file.with_suffix(".qm")
    subprocess.run([str(LRELEASE), "-silent", str(ts_file), "-qm", str(qm_file)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm_file))
    default_locale = QLocale()
    QLocale.setDefault(QLocale(language))
    qapp.installTranslator(translator)
    use_language(language)
    try:
        for n in [*range(301), 1234, 12345, 1234567]:
            for source in ("%n sentences", "%Ln articles"):
                assert tr("Test", source, None, n) == QCoreApplication.translate(
                    "Test", source, None, n
                ), (source, n)
    finally:
        qapp.removeTranslator(translator)
        QLocale.setDefault(default_locale)


EXPORT_LABELS: list[Message] = [
    ("Export", "No summary yet.", "Краткого содержания пока нет."),
    ("Export", "(no summary yet)", "(краткого содержания пока нет)"),
    ("Export", "Note", "Заметка"),
    ("Export", "Highlights", "Выделения"),
    ("Export", "Untitled", "Без названия"),
    ("Export", "Author", "Автор"),
]
DIGEST = [
    DigestEntry(1, "Маяки", "Газета", "2026-03-07", ("Раз. Два.",)),
    DigestEntry(2, "Без резюме", "", "2026-03-01T10:00:00"),
]


@pytest.fixture
def russian_exports(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_catalogue(tmp_path, "ru", EXPORT_LABELS)
    monkeypatch.setattr(app.i18n, "TRANSLATIONS", tmp_path)
    use_language("ru")


def test_the_exported_digest_follows_the_language(russian_exports: None) -> None:
    page = digest_html(DIGEST, "Сводка")
    assert "<html lang='ru'>" in page
    assert "Газета · 07.03.2026" in page and "01.03.2026" in page
    assert "Краткого содержания пока нет." in page and "No summary" not in page
    text = digest_markdown(DIGEST, "Сводка")
    assert "*Газета · 07.03.2026*" in text and "(краткого содержания пока нет)" in text


def test_exported_highlights_follow_the_language(russian_exports: None) -> None:
    article = ArticleHighlights("", "Лев Толстой", "", "", "Перечитать.", ())
    text = article_file_text(article)
    assert text.startswith("# Без названия\n")
    assert "- Автор: Лев Толстой" in text and "## Заметка\n\nПеречитать." in text
    assert "Untitled" not in text and "Author" not in text and "Note" not in text


def test_english_exports_keep_iso_dates() -> None:
    use_language("en")
    assert "Paper · 2026-03-07" in digest_html([DigestEntry(1, "T", "Paper", "2026-03-07")], "D")


@pytest.mark.parametrize(
    ("language", "expected"),
    [("ru", "07.03.2026"), ("uk", "07.03.2026"), ("de", "07.03.2026"), ("fr", "07/03/2026"),
     ("es", "7/3/2026"), ("en", "2026-03-07")],
)  # fmt: skip
def test_dates_are_written_as_the_language_writes_them(language: str, expected: str) -> None:
    assert written_date(language, "2026-03-07T08:09:10") == expected


@pytest.mark.parametrize("odd", ["", "yesterday", "2026-13-40", "\x00" * 20])
def test_a_date_that_is_not_one_is_left_as_it_is(odd: str) -> None:
    assert written_date("ru", odd) == odd


def test_the_core_follows_the_window_language(qapp, catalogues: Path) -> None:  # type: ignore[no-untyped-def]
    default_locale = QLocale()
    translators = install_translations(qapp, "de")
    try:
        assert app.i18n.current_language() == "de"
        assert tr("Test", "Summary") == "Summary (de)"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        QLocale.setDefault(default_locale)
    install_translations(qapp, "en")
    assert tr("Test", "Summary") == "Summary"


CORE_ERRORS: list[Message] = [
    ("Export", "Summary", "Краткое содержание"),
    ("Articles", "%1 is empty.", "Файл %1 пуст."),
    ("WebAddress", "Not a web address: %1 (only http and https addresses are read).",
     "Это не веб-адрес: %1 (читаются только адреса http и https)."),
    ("Errors", "the disk is full", "диск заполнен"),
]  # fmt: skip


@pytest.fixture
def russian_core(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_catalogue(tmp_path, "ru", CORE_ERRORS)
    monkeypatch.setattr(app.i18n, "TRANSLATIONS", tmp_path)
    use_language("ru")


def test_the_exported_article_has_its_summary_heading_in_the_language(
    sample_library: Library, russian_core: None
) -> None:
    article = sample_library.article(sample_library.article_ids()[0])
    assert article is not None
    summary = reader_summary(sample_library, article, SummarySettings())
    assert summary is not None and summary.sentences
    text = article_markdown(article, summary)
    assert "## Краткое содержание\n\n- " in text and "## Summary" not in text


def test_the_core_s_errors_are_in_the_language(tmp_path: Path, russian_core: None) -> None:
    empty = tmp_path / "100%2 пусто.md"  # a value holding a marker is left as it is
    empty.write_bytes(b"  \n")
    with pytest.raises(ArticleFormatError, match=r"^Файл 100%2 пусто\.md пуст\.$"):
        read_article_file(empty)
    with pytest.raises(WebAddressError, match=r"^Это не веб-адрес: ftp://example\.org/ \(читаются"):
        check_web_url("ftp://example.org/")
    assert os_problem(OSError(errno.ENOSPC, "No space left on device")) == "диск заполнен"
    assert os_problem(OSError(errno.ENOENT, "No such file")) == ""
