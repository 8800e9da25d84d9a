"""Lede's entry point: the window by default, or a headless command (see --help)."""

from __future__ import annotations

import sys

from app.cli import build_parser, run_command


def main() -> int:
    args = build_parser().parse_args()
    if args.command is None:
        from ui.main import run_gui

        return run_gui(args)
    return run_command(args)


if __name__ == "__main__":
    sys.exit(main())
