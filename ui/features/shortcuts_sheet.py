"""The shortcuts sheet: every action the window offers, where it lives, and its keys (? and F1)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QTableView,
    QVBoxLayout,
)

from ui.i18n import marked, tr
from ui.widgets import named
from ui.window.actions import window_action

if TYPE_CHECKING:
    from ui.window.main_window import MainWindow

READING = marked("ShortcutsSheet", "Reading")
KEYS_NOT_IN_ACTIONS = (
    (marked("ShortcutsSheet", "Page down; at the end, the next unread article"), "Space", READING),
    (marked("ShortcutsSheet", "Page up"), "Shift+Space", READING),
    (marked("ShortcutsSheet", "Unfold the full text (skim mode)"), "Enter", READING),
    (marked("ShortcutsSheet", "Next link or summary sentence"), "Tab", READING),
    (marked("ShortcutsSheet", "Follow the focused link or sentence"), "Enter", READING),
)


@dataclass(frozen=True)
class ShortcutEntry:
    """One line of the sheet: what it does, the keys, and the menu it sits in."""

    action: str
    keys: str
    menu: str


def shortcut_entries(window: QMainWindow) -> list[ShortcutEntry]:
    """Every action of the window with a shortcut, menus first in menu order, then the rest."""
    entries: list[ShortcutEntry] = []
    seen: set[int] = set()
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        if isinstance(menu, QMenu):
            _collect(menu, _plain(menu.title()), entries, seen)
    for action in window.actions():
        if id(action) not in seen and action.shortcuts():
            seen.add(id(action))
            entries.append(ShortcutEntry(_plain(action.text()), _keys(action), ""))
    native = QKeySequence.SequenceFormat.NativeText
    entries.extend(
        ShortcutEntry(
            tr("ShortcutsSheet", text),
            QKeySequence(keys).toString(native),
            tr("ShortcutsSheet", menu),
        )
        for text, keys, menu in KEYS_NOT_IN_ACTIONS
    )
    return entries


def _collect(menu: QMenu, path: str, entries: list[ShortcutEntry], seen: set[int]) -> None:
    for action in menu.actions():
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            _collect(submenu, f"{path} ▸ {_plain(submenu.title())}", entries, seen)
        elif not action.isSeparator() and id(action) not in seen:
            seen.add(id(action))
            entries.append(
                ShortcutEntry(
                    _plain(action.text()), _keys(action) or tr("ShortcutsSheet", "menu"), path
                )
            )


def _keys(action: QAction) -> str:
    native = QKeySequence.SequenceFormat.NativeText
    return ", ".join(sequence.toString(native) for sequence in action.shortcuts())


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").replace("…", "").strip()


class ShortcutsSheet(QDialog):
    """A read-only table of the shortcuts, built when it opens so late additions show too."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("shortcuts-sheet")
        self.setWindowTitle(tr("ShortcutsSheet", "Keyboard shortcuts"))
        self.setAccessibleName(tr("ShortcutsSheet", "Keyboard shortcuts"))
        self.entries = shortcut_entries(window)
        self.model = QStandardItemModel(len(self.entries), 3, self)
        self.model.setHorizontalHeaderLabels(
            [
                tr("ShortcutsSheet", "Action"),
                tr("ShortcutsSheet", "Keys"),
                tr("ShortcutsSheet", "Menu"),
            ]
        )
        for row, entry in enumerate(self.entries):
            for column, text in enumerate((entry.action, entry.keys, entry.menu)):
                item = QStandardItem(text)
                item.setEditable(False)
                self.model.setItem(row, column, item)
        self.table = named(QTableView(), "shortcuts-table")
        self.table.setAccessibleName(tr("ShortcutsSheet", "Shortcuts"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setTabKeyNavigation(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        note = QLabel(
            tr(
                "ShortcutsSheet",
                "Single-letter keys work anywhere in the window except while typing.",
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(620, 560)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)


class ShortcutsHelp:
    """Help > Keyboard shortcuts: the sheet of every shortcut, made afresh each time."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window
        self.sheet: ShortcutsSheet | None = None
        self.action = _help_action(window, self.show_sheet)

    def show_sheet(self) -> None:
        window = self._window
        self.sheet = ShortcutsSheet(window)
        # give the keyboard back to the window even without a window manager to do it
        self.sheet.finished.connect(lambda _result: window.activateWindow())
        self.sheet.open()


def install_shortcuts_sheet(window: MainWindow) -> ShortcutsHelp:
    return ShortcutsHelp(window)


def _help_action(window: MainWindow, show_sheet: Callable[[], None]) -> QAction:
    # "?" comes with Shift on most layouts; whether Qt matches it without depends on the
    # platform's key mapping, so both forms are bound
    sequences = [
        QKeySequence("?"),
        QKeySequence("Shift+?"),
        *QKeySequence.keyBindings(QKeySequence.StandardKey.HelpContents),
    ]
    if QKeySequence("F1") not in sequences:
        sequences.append(QKeySequence("F1"))

    tip = tr("ShortcutsSheet", "Keyboard shortcuts (?, F1)")
    action = window_action(window, tr("ShortcutsSheet", "&Keyboard shortcuts"), show_sheet, tip=tip)
    action.setShortcuts(sequences)
    window.menus["help"].addAction(action)
    return action
