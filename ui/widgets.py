"""Where PySide6's type stubs are narrower than PySide6 itself, worked around in one place.

PySide6 accepts any Qt property as a keyword argument of a constructor (`objectName=`,
`buddy=`), but its stubs list only some of them, so mypy rejects calls that work. These helpers
set the property after construction instead, and keep the widget's type.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QWidget

Named = TypeVar("Named", bound=QObject)


def named(widget: Named, name: str) -> Named:
    """The widget with this object name (tests and style sheets find it by name)."""
    widget.setObjectName(name)
    return widget


def label_for(text: str, buddy: QWidget) -> QLabel:
    """A label whose mnemonic moves the keyboard to `buddy`."""
    label = QLabel(text)
    label.setBuddy(buddy)
    return label
