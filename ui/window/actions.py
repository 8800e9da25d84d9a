"""The one way window-wide actions are made, so every shortcut shows in its tooltip alike."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


def window_action(
    window: QWidget,
    text: str,
    slot: Callable[..., object],
    *keys: str,
    checkable: bool = False,
    tip: str | None = None,
) -> QAction:
    """An action whose keys work anywhere in `window`; a checkable one reports `toggled`."""
    action = QAction(text, window)
    action.setCheckable(checkable)
    if keys:
        sequences = [QKeySequence(key) for key in keys]
        action.setShortcuts(sequences)
        label = text.replace("&", "").rstrip("…")
        # Key names as the interface's language writes them (German's Strg+Umschalt+O).
        native = QKeySequence.SequenceFormat.NativeText
        shown = ", ".join(sequence.toString(native) for sequence in sequences)
        action.setToolTip(f"{label} ({shown})")
    if tip is not None:
        action.setToolTip(tip)
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    (action.toggled if checkable else action.triggered).connect(slot)
    window.addAction(action)
    return action
