"""Draws an article in the list: title (bold with a dot when unread) over source, date, time."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from app.library import ArticleRow
from ui.article_model import RowRole, describe_row

PADDING = 8
DOT = 8
UNREAD_COLOUR = QColor("#2b6cb0")


class ArticleDelegate(QStyledItemDelegate):
    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        metrics = QFontMetrics(option.font)
        return QSize(240, metrics.height() * 2 + PADDING * 2 + 4)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        row = index.data(RowRole)
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawPrimitive(
                QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget
            )
        if not isinstance(row, ArticleRow):
            return
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        _paint_row(painter, option, row, selected)
        painter.restore()


def _paint_row(
    painter: QPainter, option: QStyleOptionViewItem, row: ArticleRow, selected: bool
) -> None:
    rect = option.rect.adjusted(PADDING + DOT + 6, PADDING, -PADDING, -PADDING)
    palette = option.palette
    text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
    title_font = QFont(option.font)
    title_font.setBold(not row.is_read)
    line_height = QFontMetrics(option.font).height()
    if not row.is_read:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(palette.color(text_role) if selected else UNREAD_COLOUR)
        painter.setPen(Qt.PenStyle.NoPen)
        centre_y = rect.top() + line_height // 2
        painter.drawEllipse(option.rect.left() + PADDING, centre_y - DOT // 2, DOT, DOT)
    painter.setFont(title_font)
    painter.setPen(palette.color(text_role))
    title_rect = QRect(rect.left(), rect.top(), rect.width(), line_height)
    elided = QFontMetrics(title_font).elidedText(
        row.title, Qt.TextElideMode.ElideRight, rect.width()
    )
    painter.drawText(title_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, elided)
    painter.setFont(option.font)
    if not selected:
        painter.setPen(palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
    meta_rect = QRect(rect.left(), rect.top() + line_height + 4, rect.width(), line_height)
    meta = QFontMetrics(option.font).elidedText(
        describe_row(row), Qt.TextElideMode.ElideRight, rect.width()
    )
    painter.drawText(meta_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, meta)
