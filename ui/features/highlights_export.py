"""File > Export highlights: Markdown files (one per article, for a notes app) or a Readwise
CSV, written by a job on the export lane; the status bar says what was written."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QMainWindow, QMenu

from app.highlights.commands import export_csv, export_markdown
from app.library import Library
from ui.features.export_actions import EXPORT_LANE, choose_folder, choose_save_path
from ui.i18n import filled, tr
from ui.jobs.runner import JobContext, JobRunner
from ui.window.actions import window_action


class HighlightExport(QObject):
    """The two File menu entries that export every highlight and note in the library."""

    exported = Signal(str)  # what the status bar said

    def __init__(
        self, window: QMainWindow, file_menu: QMenu, runner: JobRunner, library_path: Path
    ) -> None:
        super().__init__(window)
        self._window = window
        self._runner = runner
        self._library_path = library_path
        self.markdown_action = window_action(
            window,
            tr("HighlightExport", "Export &highlights as Markdown…"),
            self.choose_markdown_folder,
            "Ctrl+Alt+H",
        )
        self.csv_action = window_action(
            window,
            tr("HighlightExport", "Export highlights as Readwise &CSV…"),
            self.choose_csv_file,
            "Ctrl+Alt+R",
        )
        entries = [self.markdown_action, self.csv_action]
        if file_menu.actions():  # before Quit, which stays last
            file_menu.insertActions(file_menu.actions()[-1], entries)
        else:
            file_menu.addActions(entries)

    @Slot()
    def choose_markdown_folder(self) -> None:
        folder = choose_folder(self._window, tr("HighlightExport", "Export highlights to a folder"))
        if folder is not None:
            self.export(folder, "markdown")

    @Slot()
    def choose_csv_file(self) -> None:
        suggested = Path.home() / "lede-highlights.csv"
        caption, kind = (
            tr("HighlightExport", "Export highlights"),
            tr("HighlightExport", "CSV files"),
        )
        path = choose_save_path(self._window, caption, suggested, f"{kind} (*.csv)")
        if path is not None:
            self.export(path, "csv")

    def export(self, target: Path, kind: str) -> int:
        """Write the library's highlights to `target` in a job; returns the job's id."""
        library_path = self._library_path

        def work(_context: JobContext) -> str:
            with Library(library_path) as library:
                if kind == "csv":
                    count = export_csv(library, target)
                    told = tr("HighlightExport", "Wrote %n highlight(s) to %1.", None, count)
                else:
                    count = len(export_markdown(library, target))
                    told = tr("HighlightExport", "Wrote %n file(s) to %1.", None, count)
            return filled(told, str(target))

        return self._runner.submit(EXPORT_LANE, work, self._tell, self._failed)

    def _tell(self, message: str) -> None:
        self._window.statusBar().showMessage(message, 8000)
        self.exported.emit(message)

    def _failed(self, message: str) -> None:
        self._tell(filled(tr("HighlightExport", "Highlights not exported: %1"), message))


def install_highlight_export(
    window: QMainWindow, menu: QMenu, runner: JobRunner, library: Library
) -> HighlightExport:
    return HighlightExport(window, menu, runner, library.path)
