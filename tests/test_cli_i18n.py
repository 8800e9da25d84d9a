"""The command line in the reader's language: its --help, argparse's own words and its
messages, from a small Russian catalogue of the test's own."""

from __future__ import annotations

from pathlib import Path

import pytest
from i18n_helpers import write_catalogue

import app.i18n
from app.cli import main
from app.settings import Preferences, save_preferences

RUSSIAN = [
    ("CommandLine", "Lede, an offline reader with local summaries.", "Lede, читалка без сети."),
    ("CommandLine", "print a summary of a Markdown, text, HTML, EPUB or PDF file", "печатает краткое содержание файла"),
    ("CommandLine", "summary length in sentences", "длина в предложениях"),
    ("CommandLine", "lede: error: %1 See --help.", "lede: ошибка: %1 См. --help."),
    ("CommandLine", "must be at least 1", "не меньше 1"),
    ("CommandLine", "lede: error: No command given (see --help).", "lede: ошибка: нет команды (см. --help)."),
    ("argparse", "usage: ", "использование: "),
    ("argparse", "positional arguments", "позиционные аргументы"),
    ("argparse", "options", "параметры"),
    ("argparse", "show this help message and exit", "показать эту справку и выйти"),
    ("argparse", "the following arguments are required: %s", "нужны аргументы: %s"),
    ("argparse", "invalid choice: %(value)r (choose from %(choices)s)", "нет такого: %(value)r (есть %(choices)s)"),
    ("argparse", "argument %(argument_name)s: %(message)s", "аргумент %(argument_name)s: %(message)s"),
]  # fmt: skip


@pytest.fixture
def russian_locale(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """LANG asks for Russian, no preference is saved, and the catalogue is the test's own."""
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "ru_RU.UTF-8")
    monkeypatch.setenv("LEDE_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("LEDE_LIBRARY", str(tmp_path / "library.sqlite3"))
    catalogues = tmp_path / "i18n"
    catalogues.mkdir()
    write_catalogue(catalogues, "ru", RUSSIAN)
    monkeypatch.setattr(app.i18n, "TRANSLATIONS", catalogues)
    return tmp_path


def run_main(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    try:
        status = main(argv)
    except SystemExit as end:
        status = int(end.code or 0)
    out, err = capsys.readouterr()
    return status, out, err


def test_help_is_in_the_language_of_the_environment(
    russian_locale: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _err = run_main(["--help"], capsys)
    assert status == 0
    for russian in ("использование: lede", "Lede, читалка без сети.", "позиционные аргументы",
                    "параметры:", "показать эту справку и выйти", "печатает краткое содержание"):  # fmt: skip
        assert russian in out
    for english in ("usage:", "positional arguments", "options:", "show this help"):
        assert english not in out
    assert "import files and folders" in out  # not in this catalogue: English


def test_a_subcommands_help_is_translated_too(
    russian_locale: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _err = run_main(["summarize", "--help"], capsys)
    assert status == 0
    assert "использование: lede summarize" in out and "длина в предложениях" in out


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["summarize"], "lede: ошибка: Нужны аргументы: FILE. См. --help."),
        (
            ["highlights", "--colour", "mauve"],
            "lede: ошибка: Аргумент --colour: нет такого: 'mauve' (есть",
        ),
        (
            ["summarize", "x.md", "--sentences", "0"],
            "lede: ошибка: Аргумент --sentences: не меньше 1. См. --help.",
        ),
    ],
)
def test_argparse_errors_are_translated(
    russian_locale: Path, capsys: pytest.CaptureFixture[str], argv: list[str], expected: str
) -> None:
    status, out, err = run_main(argv, capsys)
    assert status == 2 and out == ""
    assert expected in err
    assert "error" not in err and "required" not in err


def test_our_own_messages_are_translated(
    russian_locale: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _out, err = run_main([], capsys)
    assert status == 2
    assert err == "lede: ошибка: нет команды (см. --help).\n"


def test_the_preferences_language_wins_over_the_environment(
    russian_locale: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    save_preferences(
        Preferences(interface_language="en"), russian_locale / "config" / "preferences.json"
    )
    status, out, _err = run_main(["--help"], capsys)
    assert status == 0
    assert "usage: lede" in out and "позиционные" not in out


@pytest.mark.parametrize("lang", ["C", "C.UTF-8", "ja_JP.UTF-8", "xx"])
def test_a_locale_lede_does_not_have_gets_english(
    russian_locale: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    lang: str,
) -> None:
    monkeypatch.setenv("LANG", lang)
    status, out, _err = run_main(["--help"], capsys)
    assert status == 0
    assert "usage: lede" in out and "show this help message and exit" in out


def test_a_broken_catalogue_leaves_the_command_line_in_english(
    russian_locale: Path, capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    (app.i18n.TRANSLATIONS / "lede_ru.ts").write_bytes(b"\x00\xff not xml")
    status, out, _err = run_main(["--help"], capsys)
    assert status == 0
    assert "usage: lede" in out
    assert "lede_ru.ts" in caplog.text
