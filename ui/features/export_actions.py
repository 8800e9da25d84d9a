"""Export from the window: copy the summary, save the article as Markdown, export many articles.

Exports run as jobs of the window's runner, each with its own library connection (summaries
may have to be made); they report progress and the result through callbacks on the GUI thread,
and never touch widgets. A job cancelled by the window's closing writes nothing more.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, Signal, Slot
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

from app.errors import LedeError
from app.export import (
    ExportReport,
    export_articles,
    reader_summary,
    safe_file_name,
    summary_text,
    write_article,
)
from app.library import Library
from app.settings import SummarySettings
from app.summary import Summary
from ui.i18n import filled, tr
from ui.jobs.runner import JobContext, JobRunner, Lane, Work
from ui.jobs.summary_worker import summarize_in_worker
from ui.window.actions import window_action

if TYPE_CHECKING:
    from ui.window.main_window import MainWindow

Summarize = Callable[[str, SummarySettings, str, str], Summary]


def choose_save_path(parent: QWidget, caption: str, suggested: Path, filters: str) -> Path | None:
    """Ask where to save; None when the person cancels. Tests replace this function."""
    chosen, _filter = QFileDialog.getSaveFileName(parent, caption, str(suggested), filters)
    return Path(chosen) if chosen else None


def choose_folder(parent: QWidget, caption: str) -> Path | None:
    """Ask for a folder; None when the person cancels. Tests replace this function."""
    chosen = QFileDialog.getExistingDirectory(parent, caption, str(Path.home()))
    return Path(chosen) if chosen else None


EXPORT_LANE = Lane("export")


class ExportActions(QObject):
    """The export entries of the File and Article menus."""

    export_finished = Signal(object)  # ExportReport
    article_exported = Signal(object)  # Path, or None when it failed

    def __init__(self, window: MainWindow, runner: JobRunner) -> None:
        super().__init__(window)
        self._window = window
        self._runner = runner
        self._latest = 0
        self._copy_when_ready = False
        self.copy_summary = window_action(
            window, tr("ExportActions", "&Copy the summary"), self.copy, "Ctrl+Shift+C"
        )
        self.export_article = window_action(
            window,
            tr("ExportActions", "E&xport the article as Markdown…"),
            self.save_article,
            "Ctrl+Shift+S",
        )
        self.export_listed = window_action(
            window,
            tr("ExportActions", "Export the &listed articles…"),
            self.export_list,
            "Ctrl+Shift+E",
        )
        self.export_library = window_action(
            window, tr("ExportActions", "Export the whole &library…"), self.export_all, "Ctrl+Alt+E"
        )
        window.menus["article"].addSeparator()
        window.menus["article"].addActions([self.copy_summary, self.export_article])
        file_menu, quit_action = window.menus["file"], _last(window.menus["file"])
        if quit_action is None:
            file_menu.addActions([self.export_listed, self.export_library])
        else:
            file_menu.insertActions(quit_action, [self.export_listed, self.export_library])
        window.summary_pane.summary_shown.connect(self._on_summary_shown)

    # -- the open article ---------------------------------------------------------------------

    @Slot()
    def copy(self) -> None:
        """Copy the summary; if it is still being made, copy it as soon as it arrives."""
        window = self._window
        if window.article is None:
            return
        if window.summary is None:
            self._copy_when_ready = True
            told = tr("ExportActions", "Summarizing… the summary is copied when ready.")
            window.statusBar().showMessage(told, 4000)
            window.request_summary()
            return
        self._copy(window.summary)

    def _copy(self, summary: Summary) -> None:
        article = self._window.article
        text = summary_text(article.title if article else "", summary)
        if not text:
            told = tr("ExportActions", "This article is too short to summarize.")
            self._window.statusBar().showMessage(told, 4000)
            return
        QGuiApplication.clipboard().setText(text)
        self._window.statusBar().showMessage(tr("ExportActions", "Summary copied."), 4000)

    @Slot(object)
    def _on_summary_shown(self, summary: Summary) -> None:
        if self._copy_when_ready:
            self._copy_when_ready = False
            self._copy(summary)

    @Slot()
    def save_article(self) -> bool:
        """Ask where to save the open article, then write it in the background."""
        window = self._window
        article = window.article
        if article is None:
            return False
        suggested = Path.home() / safe_file_name(article.title, set())
        caption, kind = (
            tr("ExportActions", "Export the article"),
            tr("ExportActions", "Markdown files"),
        )
        path = choose_save_path(window, caption, suggested, f"{kind} (*.md)")
        if path is None:
            return False
        work = _article_export(
            window.library.path, article.id, window.summary, window.summary_pane.settings, path
        )
        self._runner.submit(EXPORT_LANE, work, self._on_article_written, self._on_article_failed)
        window.statusBar().showMessage(
            filled(tr("ExportActions", "Exporting “%1”…"), article.title)
        )
        return True

    def _on_article_written(self, path: Path) -> None:
        self._window.statusBar().showMessage(
            filled(tr("ExportActions", "Exported to %1"), str(path)), 6000
        )
        self.article_exported.emit(path)

    def _on_article_failed(self, message: str) -> None:
        self._window.statusBar().showMessage(
            filled(tr("ExportActions", "Export failed: %1"), message), 8000
        )
        self.article_exported.emit(None)

    # -- many articles ------------------------------------------------------------------------

    @Slot()
    def export_list(self) -> int:
        return self._export(
            self._window.model.article_ids(), tr("ExportActions", "Export the listed articles")
        )

    @Slot()
    def export_all(self) -> int:
        return self._export(
            self._window.library.article_ids(), tr("ExportActions", "Export the whole library")
        )

    def _export(self, ids: Sequence[int], caption: str) -> int:
        folder = choose_folder(self._window, caption)
        if folder is None:
            return 0
        self.cancel()  # a new export replaces one still running
        work = _many_export(
            self._window.library.path, list(ids), folder, self._window.summary_pane.settings
        )
        self._latest = self._runner.submit(
            EXPORT_LANE, work, self._on_finished, self._on_failed, on_progress=self._on_progress
        )
        return self._latest

    def cancel(self) -> None:
        self._runner.cancel(self._latest)

    def wait_for_idle(self, milliseconds: int = 10_000) -> bool:
        return self._runner.wait_for_idle(milliseconds)

    def _on_progress(self, counts: tuple[int, int]) -> None:
        done, total = counts
        told = tr("ExportActions", "Exporting %1 of %2…")
        self._window.statusBar().showMessage(
            filled(told, QLocale().toString(done + 1), QLocale().toString(total))
        )

    def _on_finished(self, report: ExportReport) -> None:
        self._window.statusBar().showMessage(_export_told(report), 10_000)
        self.export_finished.emit(report)

    def _on_failed(self, message: str) -> None:
        told = filled(tr("ExportActions", "Export failed: %1"), message)
        self._window.statusBar().showMessage(told, 10_000)
        self.export_finished.emit(ExportReport(failed=[("", message)]))


def _export_told(report: ExportReport) -> str:
    """ "Exported 3 articles to F; 1 failed (why)": English's singulars have their own texts."""
    written, failed = len(report.written), len(report.failed)
    if written == 1:
        told = tr("ExportActions", "Exported %n article", None, written)
    else:
        told = tr("ExportActions", "Exported %n articles", None, written)
    if report.written:
        told += filled(tr("ExportActions", " to %1"), str(report.written[0].parent))
    if failed:
        told += filled(tr("ExportActions", "; %n failed (%1)", None, failed), report.failed[0][1])
    return told


def _article_export(
    library_path: Path,
    article_id: int,
    summary: Summary | None,
    settings: SummarySettings,
    target: Path,
) -> Work[Path]:
    """Writes the open article to a chosen file, making its summary first if none is at hand
    (in the summary worker: the window neither waits for it nor loads the summarizer)."""

    def work(context: JobContext) -> Path:
        with Library(library_path) as library:
            article = library.article(article_id)
            if article is None:
                raise LedeError(tr("ExportActions", "the article is no longer in the library"))
            made = summary or reader_summary(library, article, settings, _summarizer(context))
            context.check()  # closed meanwhile: nothing is written after the window closes
            write_article(library, article, made, target)
        return target

    return work


def _many_export(
    library_path: Path, ids: list[int], folder: Path, settings: SummarySettings
) -> Work[ExportReport]:
    def counted(context: JobContext) -> Iterator[int]:
        for done, article_id in enumerate(ids):
            context.progress((done, len(ids)))
            yield article_id

    def work(context: JobContext) -> ExportReport:
        summarize = _summarizer(context)
        with Library(library_path) as library:
            return export_articles(
                library,
                counted(context),
                folder,
                lambda article: reader_summary(library, article, settings, summarize),
                context.is_cancelled,
            )

    return work


def _summarizer(context: JobContext) -> Summarize:
    """Summaries made in the worker; a cancelled job stops waiting for one (JobCancelledError
    passes through the export, so nothing more is written)."""

    def summarize(text: str, settings: SummarySettings, language: str, title: str) -> Summary:
        return summarize_in_worker(text, settings, language, title, context.is_cancelled)

    return summarize


def _last(menu: QMenu) -> QAction | None:
    actions = menu.actions()
    return actions[-1] if actions else None


def install_export_actions(window: MainWindow, runner: JobRunner) -> ExportActions:
    return ExportActions(window, runner)
