"""Draws an article in the list: title (bold with a dot when unread) over source, date, time;
then, when searching, the matching passage with the found words in bold; then, when the
reader turned it on, the article's TL;DR line in italics, wrapped over two lines."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from app.fts import SNIPPET_END, SNIPPET_START
from app.library import ArticleRow
from ui.list.article_model import ArticleListModel, describe_row

PADDING = 8
DOT = 8
LINE_GAP = 4
PENDING_TLDR = "…"
TLDR_LINES = 2  # the gist wraps onto a second line rather than stopping at the first edge


class ArticleDelegate(QStyledItemDelegate):
    """Rows are all one height (the view uses uniform sizes): title and details, then the
    extra lines the model asks for."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        line = QFontMetrics(option.font).height()
        lines = 2 + sum(TLDR_LINES if kind == "tldr" else 1 for kind in _extra_lines(index))
        return QSize(240, line * lines + LINE_GAP * (lines - 1) + PADDING * 2)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        model = index.model()
        row = model.article_row(index.row()) if isinstance(model, ArticleListModel) else None
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawPrimitive(
                QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget
            )
        if not isinstance(row, ArticleRow):
            return
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        assert isinstance(model, ArticleListModel)
        position = index.row()
        _paint_row(painter, option, row, model.tags(position), selected)
        for line, kind in enumerate(model.extra_lines(), start=2):
            if kind == "snippet":
                _paint_snippet(painter, option, model.snippet(position), line)
            else:
                _paint_tldr(painter, option, model.tldr(position), line, selected)
        painter.restore()


def _extra_lines(index: QModelIndex | QPersistentModelIndex) -> tuple[str, ...]:
    model = index.model()
    return model.extra_lines() if isinstance(model, ArticleListModel) else ()


def _text_rect(option: QStyleOptionViewItem) -> QRect:
    return option.rect.adjusted(PADDING + DOT + 6, PADDING, -PADDING, -PADDING)


def _line_rect(option: QStyleOptionViewItem, line: int) -> QRect:
    rect = _text_rect(option)
    height = QFontMetrics(option.font).height()
    return QRect(rect.left(), rect.top() + line * (height + LINE_GAP), rect.width(), height)


def _secondary_colour(option: QStyleOptionViewItem, selected: bool) -> QColor:
    palette = option.palette
    if selected:
        return palette.color(QPalette.ColorRole.HighlightedText)
    return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)


def _paint_row(
    painter: QPainter,
    option: QStyleOptionViewItem,
    row: ArticleRow,
    tags: Sequence[str],
    selected: bool,
) -> None:
    rect = _text_rect(option)
    palette = option.palette
    text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
    title_font = QFont(option.font)
    title_font.setBold(not row.is_read)
    line_height = QFontMetrics(option.font).height()
    if not row.is_read:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        # The theme's link colour: blue in light and dark, brown in sepia.
        dot_role = text_role if selected else QPalette.ColorRole.Link
        painter.setBrush(palette.color(dot_role))
        painter.setPen(Qt.PenStyle.NoPen)
        centre_y = rect.top() + line_height // 2
        painter.drawEllipse(option.rect.left() + PADDING, centre_y - DOT // 2, DOT, DOT)
    painter.setFont(title_font)
    painter.setPen(palette.color(text_role))
    elided = QFontMetrics(title_font).elidedText(
        row.title, Qt.TextElideMode.ElideRight, rect.width()
    )
    align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    painter.drawText(_line_rect(option, 0), align, elided)
    painter.setFont(option.font)
    painter.setPen(_secondary_colour(option, selected))
    meta = QFontMetrics(option.font).elidedText(
        describe_row(row, tags), Qt.TextElideMode.ElideRight, rect.width()
    )
    painter.drawText(_line_rect(option, 1), align, meta)


def snippet_parts(snippet: str) -> list[tuple[str, bool]]:
    """A marked snippet as (text, is_match) parts, whitespace folded to single spaces."""
    parts: list[tuple[str, bool]] = []
    for chunk_number, chunk in enumerate(snippet.split(SNIPPET_START)):
        matched, _, rest = chunk.partition(SNIPPET_END) if chunk_number else ("", "", chunk)
        for text, is_match in ((matched, True), (rest, False)):
            folded = _fold_spaces(text, at_start=not parts)
            if folded:
                parts.append((folded, is_match))
    return parts


def _fold_spaces(text: str, at_start: bool) -> str:
    """Runs of whitespace become one space; a part that is only whitespace stays one."""
    words = " ".join(text.split())
    if not words:
        return "" if at_start or not text else " "
    leading = " " if text[:1].isspace() and not at_start else ""
    trailing = " " if text[-1:].isspace() else ""
    return leading + words + trailing


def _paint_snippet(
    painter: QPainter, option: QStyleOptionViewItem, snippet: str, line: int
) -> None:
    rect = _line_rect(option, line)
    painter.setPen(option.palette.color(QPalette.ColorRole.Text))
    bold = QFont(option.font)
    bold.setBold(True)
    x = rect.left()
    for text, is_match in snippet_parts(snippet):
        font = bold if is_match else option.font
        metrics = QFontMetrics(font)
        room = rect.right() - x
        if room <= metrics.averageCharWidth():
            break
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)
        painter.setFont(font)
        part_rect = QRect(x, rect.top(), room, rect.height())
        painter.drawText(
            part_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, shown
        )
        x += metrics.horizontalAdvance(shown)
        if shown != text:
            break


def _paint_tldr(
    painter: QPainter, option: QStyleOptionViewItem, tldr: str, line: int, selected: bool
) -> None:
    font = QFont(option.font)
    font.setItalic(True)
    painter.setFont(font)
    painter.setPen(_secondary_colour(option, selected))
    text = f"TL;DR {tldr}" if tldr else PENDING_TLDR
    width = _line_rect(option, line).width()
    align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    for offset, shown in enumerate(wrap_lines(text, QFontMetrics(font), width, TLDR_LINES)):
        painter.drawText(_line_rect(option, line + offset), align, shown)


def wrap_lines(text: str, metrics: QFontMetrics, width: int, lines: int) -> list[str]:
    """The text broken at spaces into at most `lines` lines of `width` pixels, the last one
    cut with an ellipsis if the text goes on."""
    shown: list[str] = []
    rest = " ".join(text.split())
    while rest and len(shown) < lines - 1:
        words = rest.split(" ")
        taken = 1
        while (
            taken < len(words) and metrics.horizontalAdvance(" ".join(words[: taken + 1])) <= width
        ):
            taken += 1
        if metrics.horizontalAdvance(words[0]) > width:
            break  # one word wider than the line: the ellipsis below cuts it
        shown.append(" ".join(words[:taken]))
        rest = " ".join(words[taken:])
    if rest:
        shown.append(metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width))
    return shown
