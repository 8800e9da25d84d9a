"""The command line's `--help`, the top one and each command's, shows no English in any of the
interface languages, read from the real catalogues (command names, options, metavars and the
choices a reader types stay as they are)."""

from __future__ import annotations

import argparse
import errno
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from i18n_helpers import english_left

import app.i18n
from app.cli import build_parser, main
from app.errors import os_reason
from app.summary.types import ALGORITHMS

LANGUAGES = ["ru", "de", "fr", "es", "uk"]
# Names the help writes as they are in every language: formats, variables, the program.
NAMES = ("EPUB", "LEDE_LIBRARY", "LEDE_CONFIG_DIR", "RSS", "Atom", "TXT", "JSON")


@pytest.fixture(params=LANGUAGES)
def language(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The language the environment asks for; main() chooses it again as it starts."""
    monkeypatch.setenv("LANGUAGE", request.param)
    app.i18n.use_language(request.param)
    yield request.param
    app.i18n.use_language("en")


def parsers(parser: argparse.ArgumentParser) -> Iterator[argparse.ArgumentParser]:
    yield parser
    for action in parser._actions:  # argparse keeps its commands nowhere public
        if isinstance(action, argparse._SubParsersAction):
            for command in dict.fromkeys(action.choices.values()):
                yield from parsers(command)


def typed_words(parser: argparse.ArgumentParser) -> set[str]:
    """What a reader types or reads as a name: commands, options, metavars, choices."""
    words = {parser.prog.split()[-1], "lede", *ALGORITHMS}  # --algorithm's help lists its keys
    for action in parser._actions:
        words.update(action.option_strings)
        words.update(str(choice) for choice in action.choices or ())
        metavar = action.metavar
        words.update([metavar] if isinstance(metavar, str) else metavar or ())
        words.add(action.dest.upper())
    return words


def english_in_help(parser: argparse.ArgumentParser, language: str) -> dict[str, list[str]]:
    kept = typed_words(parser)
    lines = []
    for line in parser.format_help().splitlines():
        words = re.split(r"(\s+|[\[\](){}|,.:;=]+)", line)
        lines.append("".join(word for word in words if word not in kept))
    return english_left(lines, language, allowed=NAMES)


def test_every_help_is_in_the_language(language: str) -> None:
    found = {
        parser.prog: english
        for parser in parsers(build_parser())
        if (english := english_in_help(parser, language))
    }
    assert found == {}


def test_the_check_finds_english_help() -> None:
    """English help read as Russian is found out, so the test above can fail."""
    assert english_in_help(build_parser(), "ru")


def test_an_error_is_in_the_language(
    language: str, lede_env: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """argparse's own error (a missing FILE) with Lede's hint after it, in the language."""
    with pytest.raises(SystemExit) as end:
        main(["summarize"])
    error = capsys.readouterr().err
    assert end.value.code == 2 and error.startswith("lede: ") and "FILE" in error
    line = re.sub(r"--\w+|\bFILE\b|^lede", " ", error)
    assert english_left([line], language) == {}


def test_a_file_that_is_not_there_is_said_in_the_language(
    language: str, lede_env: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The system's reason too ("No such file or directory") comes from the catalogue."""
    missing = lede_env / "gone.md"
    assert main(["summarize", str(missing)]) == 1
    error = capsys.readouterr().err.replace(str(missing), " ")
    assert english_left([error.removeprefix("lede")], language) == {}


def test_a_reason_lede_does_not_know_is_the_systems(language: str) -> None:
    refused = OSError(errno.EXDEV, "Invalid cross-device link")
    assert os_reason(refused) == "Invalid cross-device link"
    assert os_reason(FileNotFoundError(errno.ENOENT, "No such file or directory")) != (
        "No such file or directory"
    )
