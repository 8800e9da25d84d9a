"""Starting the window: the application object, the library, and the first-run samples."""

from __future__ import annotations

import argparse
import sys

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from app.errors import LedeError
from app.library import Library
from app.paths import APP_NAME, ICON, default_library_path
from app.samples import add_samples
from ui.main_window import MainWindow


def open_library(path_arg: str | None) -> Library:
    library = Library(path_arg or default_library_path())
    if library.created:
        add_samples(library)
    return library


def run_gui(args: argparse.Namespace) -> int:
    application = QApplication.instance() or QApplication(sys.argv[:1])
    application.setApplicationName(APP_NAME)
    application.setApplicationDisplayName(APP_NAME)
    application.setWindowIcon(QIcon(str(ICON)))
    try:
        library = open_library(args.library)
    except LedeError as error:
        QMessageBox.critical(None, APP_NAME, str(error))
        print(f"lede: error: {error}", file=sys.stderr)
        return 1
    window = MainWindow(library)
    window.show()
    status = application.exec()
    library.close()
    return status


def main() -> int:
    from app.cli import build_parser

    return run_gui(build_parser().parse_args([]))
