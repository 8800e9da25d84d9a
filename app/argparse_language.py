"""argparse's own words (usage:, its group titles, -h's help, its errors) in the reader's
language, from Lede's catalogue in the context "argparse".

argparse makes these texts in some twenty places, many deep inside `parse_args` (the
arguments that are required, an invalid choice, an ambiguous option), and each goes through
its module-level `_`, which is gettext's. Pointing that name at the catalogue translates all
of them; the hooks argparse offers (a formatter's prefix, group titles, an own -h, error())
reach only some. The words are those of Python 3.11's argparse.py; a later Python that words
one differently shows that one in English.
"""

from __future__ import annotations

import argparse

from app.i18n import marked, tr

# Every word of argparse a reader of `lede` can see, so that lupdate puts them in the catalogue.
ARGPARSE_WORDS = (
    marked("argparse", "usage: "),
    marked("argparse", "positional arguments"),
    marked("argparse", "options"),
    marked("argparse", "show this help message and exit"),
    marked("argparse", "%(prog)s: error: %(message)s\n"),
    marked("argparse", "argument %(argument_name)s: %(message)s"),
    marked("argparse", "the following arguments are required: %s"),
    marked("argparse", "one of the arguments %s is required"),
    marked("argparse", "unrecognized arguments: %s"),
    marked("argparse", "not allowed with argument %s"),
    marked("argparse", "ignored explicit argument %r"),
    marked("argparse", "expected one argument"),
    marked("argparse", "expected at most one argument"),
    marked("argparse", "expected at least one argument"),
    marked("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    marked("argparse", "unexpected option string: %s"),
    marked("argparse", "invalid %(type)s value: %(value)r"),
    marked("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    marked("argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"),
)


def argparse_text(text: str) -> str:
    """argparse's `_`: its English text, translated."""
    return tr("argparse", text)


def argparse_plural(singular: str, plural: str, count: int) -> str:
    """argparse's `ngettext` (only for "expected %s arguments", which Lede's options never
    produce): English chooses the form, the catalogue translates it."""
    return tr("argparse", singular if count == 1 else plural)


def speak_in_argparse() -> None:
    """Make argparse's words come from the catalogue from now on (build parsers after this)."""
    argparse._ = argparse_text  # type: ignore[attr-defined]
    argparse.ngettext = argparse_plural  # type: ignore[attr-defined]
