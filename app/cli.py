"""The headless commands: argument parsing and everything that runs without a display."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

from app.argparse_language import speak_in_argparse
from app.desktop_commands import DESKTOP_COMMANDS, add_desktop_commands
from app.errors import LedeError, as_sentence, one_line
from app.highlights.commands import HIGHLIGHT_COMMANDS, add_highlight_commands
from app.i18n import command_line_language, filled, tr, use_language
from app.importing.commands import IMPORT_COMMANDS, add_import_commands
from app.paths import config_dir

Command = Callable[[argparse.Namespace], int]


class _Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one line, not a usage block."""

    def error(self, message: str) -> NoReturn:
        line = filled(tr("CommandLine", "lede: error: %1 See --help."), as_sentence(message))
        self.exit(2, f"{line}\n")


def build_parser() -> argparse.ArgumentParser:
    """The `lede` parser, in the language chosen before (argparse makes its words as it builds)."""
    speak_in_argparse()
    parser = _Parser(
        prog="lede", description=tr("CommandLine", "Lede, an offline reader with local summaries.")
    )
    parser.add_argument(
        "--library",
        type=Path,
        metavar="PATH",
        help=tr(
            "CommandLine", "library file to open (default: LEDE_LIBRARY, else the user data folder)"
        ),
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    _add_summarize(commands)
    add_import_commands(commands)
    add_desktop_commands(commands)
    add_highlight_commands(commands)
    return parser


def _add_summarize(commands: Any) -> None:
    summarize = commands.add_parser(
        "summarize",
        help=tr("CommandLine", "print a summary of a Markdown, text, HTML, EPUB or PDF file"),
    )
    summarize.add_argument("file", type=Path, metavar="FILE")
    summarize.add_argument("--algorithm", default="default", metavar="A", help=_algorithm_help())
    size = summarize.add_mutually_exclusive_group()
    size.add_argument(
        "--sentences",
        type=_positive_int,
        metavar="N",
        help=tr("CommandLine", "summary length in sentences"),
    )
    size.add_argument(
        "--percent",
        type=_percent,
        metavar="P",
        help=tr("CommandLine", "summary length as a percent of the article"),
    )
    summarize.add_argument(
        "--language",
        metavar="L",
        help=tr("CommandLine", "ISO 639-1 code (default: front matter, else detected)"),
    )
    summarize.add_argument(
        "--by-section",
        action="store_true",
        help=tr(
            "CommandLine",
            "print each section's heading and its best sentences (articles with 2+ headings)",
        ),
    )


def parse_command_line(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """The command line as arguments; `lede FILE...` (no command, files instead) opens the
    files in the window, and comes back with the command None and `files` set. The language
    is chosen first: the preferences', else the environment's."""
    words = list(sys.argv[1:] if argv is None else argv)
    use_language(command_line_language(config_dir() / "preferences.json"))
    parser = build_parser()
    files = _files_to_open(words)
    if files is None:
        args = parser.parse_args(words)
        args.files = []
        return args
    options = words[: len(words) - len(files)]
    args = parser.parse_args([word for word in options if word != "--"])
    args.files = [Path(file) for file in files]
    return args


def _files_to_open(words: list[str]) -> list[str] | None:
    """The trailing file names when the first word after the options is a file, not a command."""
    index = 0
    while index < len(words):
        word = words[index]
        if word == "--":
            return words[index + 1 :] or None
        if word == "--library" or word.startswith("--library="):
            index += 1 if "=" in word else 2
            continue
        if word.startswith("-"):
            return None  # --help, --library=PATH and the like: argparse's business
        return words[index:] if _names_a_file(word) else None
    return None


def _names_a_file(word: str) -> bool:
    """A command name is a command; any other word is a file when it is one, or reads like
    one (a folder or an extension), so `lede gone.md` reports the missing file while a
    mistyped command stays a usage error."""
    if word in _command_names():
        return False
    return Path(word).exists() or "/" in word or "." in Path(word).name


def _command_names() -> set[str]:
    return {"summarize", *IMPORT_COMMANDS, *DESKTOP_COMMANDS, *HIGHLIGHT_COMMANDS}


def run_command(args: argparse.Namespace, extra: dict[str, Command] | None = None) -> int:
    """Run a headless command; our declared errors become one line on stderr and exit 1."""
    commands: dict[str, Command] = {
        "summarize": _summarize,
        **IMPORT_COMMANDS,
        **DESKTOP_COMMANDS,
        **HIGHLIGHT_COMMANDS,
        **(extra or {}),
    }
    try:
        status = commands[args.command](args)
    except LedeError as error:
        print(filled(tr("CommandLine", "lede: error: %1"), one_line(str(error))), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    if status == 0 and args.command not in _WRITE_NOTHING:
        _tell_open_window(args.library)
    return status


# Commands that leave the library as it was: an open window need not read it again.
_WRITE_NOTHING = frozenset(
    {"summarize", "feeds", "export-opml", *DESKTOP_COMMANDS, *HIGHLIGHT_COMMANDS}
)


def _tell_open_window(library: Path | None) -> None:
    from app.instance import tell_window_changed
    from app.paths import default_library_path

    tell_window_changed(library or default_library_path())


def _summarize(args: argparse.Namespace) -> int:
    from app.document import render_markdown
    from app.importing.files import read_draft
    from app.summary import SummaryError, SummaryLength, summarize

    draft = read_draft(args.file)
    text = render_markdown(draft.markdown).text
    language = args.language or draft.language or None
    if args.by_section:
        if args.sentences or args.percent:
            raise LedeError(
                tr(
                    "CommandLine",
                    "--by-section picks its own lengths: leave out --sentences and --percent.",
                )
            )
        return _print_by_section(args.file, text, args.algorithm, language, draft.title)
    if args.sentences:
        length = SummaryLength(sentences=args.sentences)
    elif args.percent:
        length = SummaryLength(percent=args.percent)
    else:
        length = None
    try:
        summary = summarize(
            text, algorithm=args.algorithm, length=length, language=language, title=draft.title
        )
    except SummaryError as error:
        raise LedeError(as_sentence(str(error))) from error
    if summary.too_short:
        count = summary.sentence_count
        too_short = tr(
            "CommandLine", "lede: %1 is too short to summarize (%n sentences).", None, count
        )
        print(filled(too_short, args.file.name), file=sys.stderr)
        return 1
    for sentence in summary.sentences:
        print(" ".join(sentence.text.split()))
    return 0


def _print_by_section(
    file: Path, text: str, algorithm: str, language: str | None, title: str | None
) -> int:
    from app.summary import SummaryError, summarize_by_section

    try:
        summary = summarize_by_section(text, algorithm=algorithm, language=language, title=title)
    except SummaryError as error:
        raise LedeError(as_sentence(str(error))) from error
    if not summary.sections:
        count = summary.heading_count
        too_few = tr(
            "CommandLine", "lede: %1 has %n heading(s); --by-section needs 2 or more.", None, count
        )
        print(filled(too_few, file.name), file=sys.stderr)
        return 1
    for number, section in enumerate(summary.sections):
        if number:
            print()
        heading = section.heading
        if heading is None:
            heading = tr("CommandLine", "(opening)")
        print(f"## {heading}")
        for sentence in section.sentences:
            print(" ".join(sentence.text.split()))
    return 0


def _algorithm_help() -> str:
    return tr(
        "CommandLine", "default, lexrank, textrank, lsa, luhn, edmundson, kl, sumbasic or reduction"
    )


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            filled(tr("CommandLine", "not a whole number: %1"), repr(value))
        ) from None
    if number < 1:
        raise argparse.ArgumentTypeError(tr("CommandLine", "must be at least 1"))
    return number


def _percent(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            filled(tr("CommandLine", "not a number: %1"), repr(value))
        ) from None
    if not 0 < number <= 100:
        raise argparse.ArgumentTypeError(tr("CommandLine", "must be between 0 and 100"))
    return number


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the headless commands alone (the GUI entry point is ui.main)."""
    args = parse_command_line(argv)
    if args.command is None:
        print(tr("CommandLine", "lede: error: No command given (see --help)."), file=sys.stderr)
        return 2
    return run_command(args)
