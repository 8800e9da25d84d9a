"""Export from the window: copy the summary, save the article as Markdown, export many articles.

Exporting many articles runs in a worker with its own library connection (summaries may have
to be made); it reports progress and the result through signals, and never touches widgets.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot
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
from ui.jobs.summary_worker import summarize_in_worker
from ui.window.actions import window_action

if TYPE_CHECKING:
    from ui.window.main_window import MainWindow


def choose_save_path(parent: QWidget, caption: str, suggested: Path, filters: str) -> Path | None:
    """Ask where to save; None when the person cancels. Tests replace this function."""
    chosen, _filter = QFileDialog.getSaveFileName(parent, caption, str(suggested), filters)
    return Path(chosen) if chosen else None


def choose_folder(parent: QWidget, caption: str) -> Path | None:
    """Ask for a folder; None when the person cancels. Tests replace this function."""
    chosen = QFileDialog.getExistingDirectory(parent, caption, str(Path.home()))
    return Path(chosen) if chosen else None


class _ExportSignals(QObject):
    progress = Signal(int, int, int)  # job id, done, total
    finished = Signal(int, object)  # job id, ExportReport
    failed = Signal(int, str)  # job id, message
    article_written = Signal(object)  # Path
    article_failed = Signal(str)  # message


class _ArticleExportJob(QRunnable):
    """Writes the open article to a chosen file, making its summary first if none is at hand
    (in the summary worker: the window neither waits for it nor loads the summarizer)."""

    def __init__(
        self,
        library_path: Path,
        article_id: int,
        summary: Summary | None,
        settings: SummarySettings,
        target: Path,
        signals: _ExportSignals,
    ) -> None:
        super().__init__()
        self._path, self._article_id, self._summary = library_path, article_id, summary
        self._settings, self._target, self._signals = settings, target, signals

    def run(self) -> None:
        try:
            with Library(self._path) as library:
                article = library.article(self._article_id)
                if article is None:
                    raise LedeError("the article is no longer in the library")
                summary = self._summary or reader_summary(
                    library, article, self._settings, summarize_in_worker
                )
                write_article(library, article, summary, self._target)
        except LedeError as error:
            self._signals.article_failed.emit(str(error))
            return
        self._signals.article_written.emit(self._target)


class _ExportJob(QRunnable):
    def __init__(
        self,
        job_id: int,
        library_path: Path,
        ids: Sequence[int],
        folder: Path,
        settings: SummarySettings,
        signals: _ExportSignals,
    ) -> None:
        super().__init__()
        self._job_id, self._path, self._ids = job_id, library_path, list(ids)
        self._folder, self._settings, self._signals = folder, settings, signals
        self.cancelled = False

    def run(self) -> None:
        try:
            with Library(self._path) as library:
                report = export_articles(
                    library,
                    self._counted(),
                    self._folder,
                    lambda article: reader_summary(
                        library, article, self._settings, summarize_in_worker
                    ),
                    lambda: self.cancelled,
                )
        except LedeError as error:
            self._signals.failed.emit(self._job_id, str(error))
            return
        self._signals.finished.emit(self._job_id, report)

    def _counted(self) -> Iterator[int]:
        for done, article_id in enumerate(self._ids):
            self._signals.progress.emit(self._job_id, done, len(self._ids))
            yield article_id


class ExportActions(QObject):
    """The export entries of the File and Article menus."""

    export_finished = Signal(object)  # ExportReport
    article_exported = Signal(object)  # Path, or None when it failed

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = _ExportSignals(self)
        self._signals.progress.connect(self._on_progress)
        self._signals.finished.connect(self._on_finished)
        self._signals.failed.connect(self._on_failed)
        self._signals.article_written.connect(self._on_article_written)
        self._signals.article_failed.connect(self._on_article_failed)
        self._job: _ExportJob | None = None
        self._latest = 0
        self._copy_when_ready = False
        self.copy_summary = window_action(window, "&Copy the summary", self.copy, "Ctrl+Shift+C")
        self.export_article = window_action(
            window, "E&xport the article as Markdown…", self.save_article, "Ctrl+Shift+S"
        )
        self.export_listed = window_action(
            window, "Export the &listed articles…", self.export_list, "Ctrl+Shift+E"
        )
        self.export_library = window_action(
            window, "Export the whole &library…", self.export_all, "Ctrl+Alt+E"
        )
        window.menus["article"].addSeparator()
        window.menus["article"].addActions([self.copy_summary, self.export_article])
        window.menus["file"].insertActions(
            _last(window.menus["file"]), [self.export_listed, self.export_library]
        )
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
            window.statusBar().showMessage("Summarizing… the summary is copied when ready.", 4000)
            window.request_summary()
            return
        self._copy(window.summary)

    def _copy(self, summary: Summary) -> None:
        article = self._window.article
        text = summary_text(article.title if article else "", summary)
        if not text:
            self._window.statusBar().showMessage("This article is too short to summarize.", 4000)
            return
        QGuiApplication.clipboard().setText(text)
        self._window.statusBar().showMessage("Summary copied.", 4000)

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
        path = choose_save_path(window, "Export the article", suggested, "Markdown (*.md)")
        if path is None:
            return False
        settings = window.summary_pane.settings
        job = _ArticleExportJob(
            window.library.path, article.id, window.summary, settings, path, self._signals
        )
        self._pool.start(job)
        window.statusBar().showMessage(f"Exporting “{article.title}”…")
        return True

    @Slot(object)
    def _on_article_written(self, path: Path) -> None:
        self._window.statusBar().showMessage(f"Exported to {path}", 6000)
        self.article_exported.emit(path)

    @Slot(str)
    def _on_article_failed(self, message: str) -> None:
        self._window.statusBar().showMessage(f"Export failed: {message}", 8000)
        self.article_exported.emit(None)

    # -- many articles ------------------------------------------------------------------------

    @Slot()
    def export_list(self) -> int:
        return self._export(self._window.model.article_ids(), "Export the listed articles")

    @Slot()
    def export_all(self) -> int:
        return self._export(self._window.library.article_ids(), "Export the whole library")

    def _export(self, ids: Sequence[int], caption: str) -> int:
        folder = choose_folder(self._window, caption)
        if folder is None:
            return 0
        self.cancel()  # a new export replaces one still running
        self._job = _ExportJob(
            self._latest,
            self._window.library.path,
            ids,
            folder,
            self._window.summary_pane.settings,
            self._signals,
        )
        self._pool.start(self._job)
        return self._latest

    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancelled = True
        self._latest += 1

    def wait_for_idle(self, milliseconds: int = 10_000) -> bool:
        return self._pool.waitForDone(milliseconds)

    @Slot(int, int, int)
    def _on_progress(self, job_id: int, done: int, total: int) -> None:
        if job_id == self._latest:
            self._window.statusBar().showMessage(f"Exporting {done + 1} of {total}…")

    @Slot(int, object)
    def _on_finished(self, job_id: int, report: ExportReport) -> None:
        if job_id != self._latest:
            return
        self._job = None
        message = f"Exported {len(report.written)} articles"
        if report.written:
            message += f" to {report.written[0].parent}"
        if report.failed:
            message += f"; {len(report.failed)} failed ({report.failed[0][1]})"
        self._window.statusBar().showMessage(message, 10_000)
        self.export_finished.emit(report)

    @Slot(int, str)
    def _on_failed(self, job_id: int, message: str) -> None:
        if job_id == self._latest:
            self._job = None
            self._window.statusBar().showMessage(f"Export failed: {message}", 10_000)
            self.export_finished.emit(ExportReport(failed=[("", message)]))


def _last(menu: QMenu) -> QAction | None:
    actions = menu.actions()
    return actions[-1] if actions else None


def install_export_actions(window: MainWindow) -> ExportActions:
    window.export_actions = ExportActions(window)
    return window.export_actions
