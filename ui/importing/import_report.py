"""The message box that ends an import: one summary line, then each failure and its reason."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from app.importing.report import ImportReport
from ui.i18n import tr

MAX_LISTED_FAILURES = 12


def message_box(parent: QWidget, title: str, text: str, warning: bool = False) -> QMessageBox:
    """A window-modal box, not yet shown; the caller opens it without blocking."""
    icon = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("import-report")
    # Failure lines hold whole paths; a narrow box would wrap each into three lines.
    box.setStyleSheet("QLabel#qt_msgbox_informativelabel { min-width: 460px; }")
    return box


def report_box(parent: QWidget, title: str, line: str, report: ImportReport) -> QMessageBox:
    """The summary line with the first failures listed and all of them under Show Details."""
    failures = report.failure_lines()
    box = message_box(parent, title, line, warning=bool(failures))
    listed = "\n".join(failures[:MAX_LISTED_FAILURES])
    if len(failures) > MAX_LISTED_FAILURES:
        more = len(failures) - MAX_LISTED_FAILURES
        listed += "\n" + tr("ImportReport", "… and %n more (see Show Details)", None, more)
        box.setDetailedText("\n".join(failures))
    if listed:
        box.setInformativeText(listed)
    return box
