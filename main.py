"""Lede's entry point: the window by default, or a headless command (see --help)."""

from __future__ import annotations

import sys

from app.cli import parse_command_line, run_command


def main() -> int:
    args = parse_command_line()
    if args.command is None:
        from ui.main import run_gui

        return run_gui(args)
    return run_command(args)


if __name__ == "__main__":
    sys.exit(main())
