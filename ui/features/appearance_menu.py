"""The View menu's appearance entries: theme, font, size and line width, applied and remembered."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu

from app.appearance import FONT_FAMILIES, LINE_WIDTHS, THEMES, Appearance
from ui.i18n import marked, tr
from ui.reading.themes import (
    build_palette,
    pane_css,
    reader_css,
    reading_font,
    resolve_theme,
    widget_css,
)

if TYPE_CHECKING:
    from ui.window.main_window import MainWindow

THEME_NAMES = {
    "system": marked("Appearance", "&System"),
    "light": marked("Appearance", "&Light"),
    "sepia": marked("Appearance", "S&epia"),
    "dark": marked("Appearance", "&Dark"),
}
FONT_NAMES = {
    "serif": marked("Appearance", "&Serif"),
    "sans-serif": marked("Appearance", "S&ans serif"),
    "monospace": marked("Appearance", "&Monospace"),
}
SUMMARY_FONT_SCALE = 0.9
T = TypeVar("T")


class AppearanceControl(QObject):
    """Owns the window's look: applies it to every part and saves it with the preferences."""

    changed = Signal()  # after a new look is applied; views that copy the reader's style redo it

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.theme_actions: dict[str, QAction] = {}
        self.font_actions: dict[str, QAction] = {}
        self.width_actions: dict[int, QAction] = {}
        self.zoom_in_action = self.zoom_out_action = self.zoom_reset_action = QAction()
        self.narrower_action = self.wider_action = QAction()  # set as the menus are built
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_system_scheme_changed)

    @property
    def appearance(self) -> Appearance:
        return self._window.preferences.appearance

    def set_appearance(self, appearance: Appearance) -> None:
        """Apply a new look everywhere and remember it."""
        if appearance == self.appearance:
            return
        self._window.remember_preferences(replace(self._window.preferences, appearance=appearance))
        self.apply()

    def apply(self) -> None:
        appearance = self.appearance
        colours = resolve_theme(appearance)
        palette = build_palette(colours)
        application = QApplication.instance()
        if isinstance(application, QApplication):
            application.setPalette(palette)
            application.setStyleSheet(widget_css(colours))
        self._window.setPalette(palette)
        self._window.reader.apply_style(
            reader_css(colours), reading_font(appearance), appearance.line_width
        )
        self._window.summary_pane.apply_style(
            pane_css(colours), reading_font(appearance, SUMMARY_FONT_SCALE)
        )
        self._sync_checks()
        self.changed.emit()

    @property
    def theme_in_use(self) -> str:
        """The theme showing now: "light", "sepia" or "dark" (system resolved)."""
        return resolve_theme(self.appearance).name

    def change(self, make: Callable[[Appearance], Appearance]) -> Callable[[], None]:
        return lambda: self.set_appearance(make(self.appearance))

    def _sync_checks(self) -> None:
        appearance = self.appearance
        for name, action in self.theme_actions.items():
            action.setChecked(name == appearance.theme)
        for name, action in self.font_actions.items():
            action.setChecked(name == appearance.font_family)
        for width, action in self.width_actions.items():
            action.setChecked(width == appearance.line_width)

    @Slot()
    def _on_system_scheme_changed(self) -> None:
        if self.appearance.theme == "system":
            self.apply()


def install_appearance(window: MainWindow) -> AppearanceControl:
    """Add the appearance entries to the View menu and apply the saved look."""
    control = AppearanceControl(window)
    menu = window.menus["view"]
    menu.addSeparator()
    _add_zoom_actions(window, control, menu)
    _add_theme_menu(window, control, menu.addMenu(tr("Appearance", "&Theme")))
    _add_font_menu(window, control, menu.addMenu(tr("Appearance", "&Font")))
    _add_width_menu(window, control, menu.addMenu(tr("Appearance", "&Line width")))
    control.apply()
    return control


def _standard(window: MainWindow, text: str, slot: Callable[[], None], *keys: object) -> QAction:
    """An action whose keys may be Qt standard keys (ZoomIn...) as well as plain key strings."""
    action = QAction(text, window)
    sequences: list[QKeySequence] = []
    for key in keys:
        if isinstance(key, QKeySequence.StandardKey):
            sequences.extend(QKeySequence.keyBindings(key))
        else:
            sequences.append(QKeySequence(str(key)))
    unique = list(dict.fromkeys(sequences))
    action.setShortcuts(unique)
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    shown = ", ".join(
        sequence.toString(QKeySequence.SequenceFormat.NativeText) for sequence in unique
    )
    action.setToolTip(f"{text.replace('&', '')} ({shown})")
    action.triggered.connect(slot)
    window.addAction(action)
    return action


def _add_zoom_actions(window: MainWindow, control: AppearanceControl, menu: QMenu) -> None:
    standard = QKeySequence.StandardKey
    control.zoom_in_action = _standard(
        window,
        tr("Appearance", "&Larger text"),
        control.change(lambda a: a.zoomed(1)),
        standard.ZoomIn,
        "Ctrl+=",
    )
    control.zoom_out_action = _standard(
        window,
        tr("Appearance", "S&maller text"),
        control.change(lambda a: a.zoomed(-1)),
        standard.ZoomOut,
    )
    control.zoom_reset_action = _standard(
        window,
        tr("Appearance", "&Default text size"),
        control.change(Appearance.with_default_size),
        "Ctrl+0",
    )
    menu.addActions([control.zoom_in_action, control.zoom_out_action, control.zoom_reset_action])


def _add_theme_menu(window: MainWindow, control: AppearanceControl, menu: QMenu) -> None:
    menu.addAction(
        _standard(
            window,
            tr("Appearance", "&Next theme"),
            control.change(Appearance.next_theme),
            "Ctrl+Shift+T",
        )
    )
    labels = {name: tr("Appearance", THEME_NAMES[name]) for name in THEMES}
    control.theme_actions.update(_add_choices(menu, control, "theme", labels))


def _add_font_menu(window: MainWindow, control: AppearanceControl, menu: QMenu) -> None:
    menu.addAction(
        _standard(
            window,
            tr("Appearance", "&Next font"),
            control.change(Appearance.next_font),
            "Ctrl+Shift+F",
        )
    )
    labels = {name: tr("Appearance", FONT_NAMES[name]) for name in FONT_FAMILIES}
    control.font_actions.update(_add_choices(menu, control, "font_family", labels))


def _add_width_menu(window: MainWindow, control: AppearanceControl, menu: QMenu) -> None:
    control.narrower_action = _standard(
        window, tr("Appearance", "&Narrower lines"), control.change(lambda a: a.wider(-1)), "Ctrl+["
    )
    control.wider_action = _standard(
        window, tr("Appearance", "&Wider lines"), control.change(lambda a: a.wider(1)), "Ctrl+]"
    )
    menu.addActions([control.narrower_action, control.wider_action])
    labels = {width: tr("Appearance", "%n characters", None, width) for width in LINE_WIDTHS}
    control.width_actions.update(_add_choices(menu, control, "line_width", labels))


def _add_choices(
    menu: QMenu, control: AppearanceControl, field: str, labels: Mapping[T, str]
) -> dict[T, QAction]:
    """Below a separator, one exclusive checkable entry per value of the appearance `field`."""
    menu.addSeparator()
    group = QActionGroup(menu)
    actions: dict[T, QAction] = {}
    for value, label in labels.items():
        actions[value] = _choice(group, label, control.change(_with(**{field: value})))
        menu.addAction(actions[value])
    return actions


def _choice(group: QActionGroup, text: str, slot: Callable[[], None]) -> QAction:
    action = QAction(text, group)
    action.setCheckable(True)
    action.triggered.connect(slot)
    return action


def _with(**changes: object) -> Callable[[Appearance], Appearance]:
    return lambda appearance: replace(appearance, **changes)  # type: ignore[arg-type]
