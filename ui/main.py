"""Starting the window: the application object, the library, and the first-run samples.

Qt is imported inside the functions that start the window: the `lede` command's script is
run again in each worker process it spawns, and the workers have no use for Qt.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from app.errors import LedeError, LibraryError, LibraryWriteError
from app.library import Library
from app.paths import APP_NAME, ICON, default_library_path

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from ui.window.main_window import MainWindow
    from ui.window.single_instance import InstanceServer


def open_library(path_arg: str | None) -> Library:
    library = Library(path_arg or default_library_path())
    if library.created:
        from app.samples import add_samples

        add_samples(library)
    return library


def run_gui(args: argparse.Namespace) -> int:

    from ui.window.main_window import MainWindow

    files: list[Path] = list(getattr(args, "files", []))
    if _handed_to_open_window(Path(args.library or default_library_path()), files):
        return 0
    application = _application()
    _translate(application)  # before any dialog or window text is made
    try:
        library = open_library(args.library)
    except LibraryWriteError as error:  # a full or read-only disk: the file is not broken
        return _refused(error)
    except LibraryError as error:
        recovered = _recover(Path(args.library or default_library_path()), error)
        if recovered is None:
            _print_error(error)
            return 1
        library = recovered
    except LedeError as error:
        return _refused(error)
    window = MainWindow(library, defer_start=True)
    server = _serve_other_starts(window, library.path, files)
    window.show()
    status = application.exec()
    server.close()
    end_session(library)
    return status


def _refused(error: LedeError) -> int:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.critical(None, APP_NAME, str(error))
    _print_error(error)
    return 1


def _print_error(error: LedeError) -> None:
    """The start-up error on the terminal too, in the interface's language."""
    from ui.i18n import filled, tr

    print(filled(tr("Main", "lede: error: %1"), str(error)), file=sys.stderr)


def _handed_to_open_window(library: Path, files: list[Path]) -> bool:
    """One window per library: when one is open on it already, it takes the files (if any)
    and comes forward, and this start ends."""
    from app.instance import open_in_window

    if not open_in_window(library, files):
        return False
    # No QApplication yet: the core's catalogue, in the language the command line chose.
    from app.i18n import filled, tr

    where, count = str(library), len(files)
    if not files:
        told = filled(tr("Main", "lede: Lede is already open on %1: brought it forward."), where)
    elif count == 1:
        told = filled(
            tr("Main", "lede: Lede is already open on %1: brought it forward and opened %2 there."),
            where,
            files[0].name,
        )
    else:
        told = filled(
            tr(
                "Main",
                "lede: Lede is already open on %1: brought it forward and opened %n files there.",
                None,
                count,
            ),
            where,
        )
    print(told)
    return True


def _serve_other_starts(window: MainWindow, library: Path, files: list[Path]) -> InstanceServer:
    """Once the window has started (after its first paint, so the start does not wait for the
    network module): listen for later starts and headless writes, and open `files`."""
    from PySide6.QtCore import Qt

    from ui.window.single_instance import InstanceServer

    server = InstanceServer(library, window)

    def serve() -> None:
        server.listen()
        server.open_files.connect(window.opener.open_files)
        server.library_changed.connect(window.opener.library_changed)
        if files:
            window.opener.open_files(files)

    if window.is_started:
        serve()
    else:
        window.started.connect(serve, Qt.ConnectionType.SingleShotConnection)
    return server


def end_session(library: Library) -> None:
    """After the window closed (its jobs have ended): close the library and end the summary
    worker, without waiting for a summary nobody will read."""
    from ui.jobs.summary_worker import end_worker

    library.close()
    end_worker()


def _application() -> QApplication:
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    existing = QApplication.instance()
    application = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    application.setApplicationName(APP_NAME)
    application.setApplicationDisplayName(APP_NAME)
    application.setWindowIcon(QIcon(str(ICON)))
    return application


def _translate(application: QApplication) -> None:
    """The interface's language, before any window text is made."""
    from app.paths import config_dir
    from app.settings import load_preferences
    from ui.i18n import install_translations, interface_language

    preferences = load_preferences(config_dir() / "preferences.json")
    install_translations(application, interface_language(preferences))


def _recover(path: Path, error: LibraryError) -> Library | None:
    """The start-up dialog for a library that will not open; None when the person quits."""
    from PySide6.QtWidgets import QMessageBox

    from ui.window.library_recovery import recover_library

    try:
        return recover_library(path, error)
    except LedeError as failure:
        QMessageBox.critical(None, APP_NAME, str(failure))
        return None


def main() -> int:
    """The `lede` command: the window, or a headless command given on the command line."""
    from app.cli import parse_command_line, run_command

    args = parse_command_line()
    if args.command is None:
        return run_gui(args)
    return run_command(args)
