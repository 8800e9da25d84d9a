"""Toolbar icons: the desktop's icon theme where it has them, else simple ones drawn here.

The drawn icons are painted in the palette's button text colour and drawn again when the
look changes, so they match the light, sepia and dark themes alike. They are plain shapes
(arrows, lines of text, a marker stroke) and need no image files.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

SIZES = (16, 24, 32, 48)
Painter = Callable[[QPainter, float], None]


def _previous(painter: QPainter, size: float) -> None:
    _arrow(painter, size, pointing_left=True)


def _next(painter: QPainter, size: float) -> None:
    _arrow(painter, size, pointing_left=False)


def _arrow(painter: QPainter, size: float, *, pointing_left: bool) -> None:
    tip, back = (0.22, 0.62) if pointing_left else (0.78, 0.38)
    path = QPainterPath(QPointF(back * size, 0.2 * size))
    path.lineTo(tip * size, 0.5 * size)
    path.lineTo(back * size, 0.8 * size)
    painter.drawPath(path)


def _summary(painter: QPainter, size: float) -> None:
    """Lines of text, the last one short: a summary."""
    for row, length in enumerate((0.64, 0.64, 0.4)):
        y = (0.3 + row * 0.2) * size
        painter.drawLine(QPointF(0.18 * size, y), QPointF((0.18 + length) * size, y))


def _highlight(painter: QPainter, size: float) -> None:
    """A line of text with a marker stroke behind it."""
    marked = QRectF(0.14 * size, 0.36 * size, 0.72 * size, 0.28 * size)
    colour = QColor(painter.pen().color())
    colour.setAlphaF(0.35)
    painter.fillRect(marked, colour)
    painter.drawLine(QPointF(0.2 * size, 0.5 * size), QPointF(0.8 * size, 0.5 * size))


# Action key -> (freedesktop icon name, fallback painter).
ICONS: dict[str, tuple[str, Painter]] = {
    "previous": ("go-previous", _previous),
    "next": ("go-next", _next),
    "summary": ("view-list-text", _summary),
    "highlight": ("format-text-highlight", _highlight),
}


def drawn_icon(paint: Painter, colour: QColor) -> QIcon:
    icon = QIcon()
    for size in SIZES:
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(colour, max(1.5, size / 12))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        paint(painter, float(size))
        painter.end()
        icon.addPixmap(pixmap)
    return icon


def icon_for(key: str, colour: QColor) -> QIcon:
    """The theme's icon for this action if the desktop has one, else the drawn one."""
    name, paint = ICONS[key]
    if QIcon.hasThemeIcon(name):
        return QIcon.fromTheme(name)
    return drawn_icon(paint, colour)


def apply_icons(actions: Mapping[str, QAction], colour: QColor) -> None:
    for key, action in actions.items():
        action.setIcon(icon_for(key, colour))
