"""The command line's `--help`, the top one and each command's, shows no English in any of the
interface languages, read from the real catalogues (command names, options, metavars and the
choices a reader types stay as they are)."""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterator

import pytest
from i18n_helpers import english_left

import app.i18n
from app.cli import build_parser
from app.summary.types import ALGORITHMS

LANGUAGES = ["ru", "de", "fr", "es", "uk"]
# Names the help writes as they are in every language: formats, variables, the program.
NAMES = ("EPUB", "LEDE_LIBRARY", "LEDE_CONFIG_DIR", "RSS", "Atom", "TXT", "JSON")


@pytest.fixture(params=LANGUAGES)
def language(request: pytest.FixtureRequest) -> Iterator[str]:
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
