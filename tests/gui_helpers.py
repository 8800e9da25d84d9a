"""Helpers for driving the real window in GUI tests."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QTextEdit


def text_point(view: QTextEdit, needle: str) -> QPoint:
    """The viewport point at the middle of the first character of some visible text."""
    position = view.document().toPlainText().find(needle)
    assert position >= 0, f"{needle!r} is not in the view"
    cursor = QTextCursor(view.document())
    cursor.setPosition(position + 1)
    return view.cursorRect(cursor).center()


def is_visible_in(view: QTextEdit, needle: str) -> bool:
    point = text_point(view, needle)
    return view.viewport().rect().contains(point)


def background_at(view: QTextEdit, needle: str) -> str:
    position = view.document().toPlainText().find(needle)
    cursor = QTextCursor(view.document())
    cursor.setPosition(position + 2)
    return cursor.charFormat().background().color().name()
