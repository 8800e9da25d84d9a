"""Colour themes: one palette per theme, turned into a QPalette and into the reader's CSS."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette

from app.appearance import Appearance
from app.highlights.model import COLOURS


@dataclass(frozen=True)
class ThemeColours:
    """Every colour a theme sets; the reader, the summary pane and the list all draw from it."""

    name: str
    window: str
    base: str
    alternate: str
    text: str
    muted: str
    link: str
    selection: str
    selection_text: str
    button: str
    code: str
    table_head: str
    quote: str
    summary_mark: str
    focus_mark: str
    mark_text: str


LIGHT = ThemeColours(
    name="light",
    window="#eeeeee",
    base="#ffffff",
    alternate="#f6f6f6",
    text="#1d1d1d",
    muted="#5f5f5f",
    link="#1f5fa8",
    selection="#2b6cb0",
    selection_text="#ffffff",
    button="#e6e6e6",
    code="#f4f1ea",
    table_head="#eee8dc",
    quote="#4d4d4d",
    summary_mark="#fff1a8",
    focus_mark="#ffc94d",
    mark_text="#1d1d1d",
)
SEPIA = ThemeColours(
    name="sepia",
    window="#eadfc8",
    base="#f6efdf",
    alternate="#efe5cf",
    text="#3b2f22",
    muted="#6e5c45",
    link="#7a4a12",
    selection="#8a5a2b",
    selection_text="#fffaf0",
    button="#e2d5b9",
    code="#ebe0c8",
    table_head="#e3d6ba",
    quote="#5a4a37",
    summary_mark="#f3dc8c",
    focus_mark="#e8b84f",
    mark_text="#2b2117",
)
DARK = ThemeColours(
    name="dark",
    window="#202124",
    base="#1a1b1e",
    alternate="#24262a",
    text="#e4e2dd",
    muted="#a9a7a1",
    link="#8cb8ff",
    selection="#3d6fb4",
    selection_text="#ffffff",
    button="#2c2e33",
    code="#2a2c31",
    table_head="#30333a",
    quote="#c9c6bf",
    summary_mark="#5c4d12",
    focus_mark="#8a6a12",
    mark_text="#fff6d8",
)
# The reader's own highlight colours (yellow, green, blue, pink), each under its theme's text
# colour: pale in light and sepia, deep in dark, so the text stays readable on every one.
HIGHLIGHT_MARKS = {
    "light": ("#ffe27a", "#c4ecb4", "#c2dcff", "#ffc9e0"),
    "sepia": ("#edd37e", "#cfdca6", "#c6d6dc", "#efc6c1"),
    "dark": ("#6b5a12", "#2f5a2c", "#274a72", "#6c3350"),
}
THEMES = {colours.name: colours for colours in (LIGHT, SEPIA, DARK)}
GENERIC_HINTS = {
    "serif": QFont.StyleHint.Serif,
    "sans-serif": QFont.StyleHint.SansSerif,
    "monospace": QFont.StyleHint.Monospace,
}


def system_is_dark() -> bool:
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def resolve_theme(appearance: Appearance) -> ThemeColours:
    """The colours to use now: "system" picks light or dark as the desktop does."""
    if appearance.theme == "system":
        return DARK if system_is_dark() else LIGHT
    return THEMES.get(appearance.theme, LIGHT)


def reading_font(appearance: Appearance, scale: float = 1.0) -> QFont:
    font = QFont(appearance.font_family)
    font.setStyleHint(GENERIC_HINTS.get(appearance.font_family, QFont.StyleHint.Serif))
    font.setPointSizeF(appearance.font_size * scale)
    return font


def build_palette(colours: ThemeColours) -> QPalette:
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, value in (
        (roles.Window, colours.window),
        (roles.WindowText, colours.text),
        (roles.Base, colours.base),
        (roles.AlternateBase, colours.alternate),
        (roles.Text, colours.text),
        (roles.Button, colours.button),
        (roles.ButtonText, colours.text),
        (roles.ToolTipBase, colours.base),
        (roles.ToolTipText, colours.text),
        (roles.PlaceholderText, colours.muted),
        (roles.Highlight, colours.selection),
        (roles.HighlightedText, colours.selection_text),
        (roles.Link, colours.link),
        (roles.LinkVisited, colours.link),
        (roles.BrightText, colours.selection_text),
    ):
        palette.setColor(role, QColor(value))
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.Text, roles.WindowText, roles.ButtonText):
        palette.setColor(disabled, role, QColor(colours.muted))
    return palette


def widget_css(colours: ThemeColours) -> str:
    """Frames the style draws from the window colour (invisible on a dark one), drawn from
    the theme instead: text fields, and the button that opens the summary."""
    return f"""
QLineEdit {{ border: 1px solid {colours.muted}; border-radius: 3px; padding: 3px 4px;
    background-color: {colours.base}; color: {colours.text}; }}
QLineEdit:focus {{ border-color: {colours.link}; }}
QPushButton#get-summary {{ border: 1px solid {colours.link}; border-radius: 4px;
    padding: 3px 10px; color: {colours.link}; background-color: {colours.base}; }}
QPushButton#get-summary:hover {{ background-color: {colours.alternate}; }}
"""


def reader_css(colours: ThemeColours) -> str:
    """The article's style sheet in these colours (Qt's rich text takes a CSS subset)."""
    return f"""
body {{ line-height: 160%; color: {colours.text}; }}
p, li {{ line-height: 160%; margin-bottom: 10px; }}
p.image {{ line-height: 100%; }}
h1 {{ font-size: 150%; margin-top: 4px; margin-bottom: 6px; }}
h2 {{ font-size: 130%; margin-top: 22px; }}
h3 {{ font-size: 112%; margin-top: 18px; }}
a {{ color: {colours.link}; }}
blockquote {{ margin-left: 18px; color: {colours.quote}; font-style: italic; }}
pre {{ background-color: {colours.code}; font-family: monospace; font-size: 90%; white-space: pre-wrap; }}
code {{ font-family: monospace; background-color: {colours.code}; }}
table {{ border-collapse: collapse; margin: 8px 0; }}
th {{ background-color: {colours.table_head}; padding: 4px 8px; }}
td {{ padding: 4px 8px; }}
.meta {{ color: {colours.muted}; }}
.summary {{ background-color: {colours.summary_mark}; color: {colours.mark_text}; }}
.focus {{ background-color: {colours.focus_mark}; color: {colours.mark_text}; }}
.missing-image {{ color: {colours.muted}; }}
.footnote {{ font-size: 90%; color: {colours.muted}; }}
{_highlight_css(colours)}"""


def _highlight_css(colours: ThemeColours) -> str:
    return "".join(
        f".mark-{name} {{ background-color: {colour}; color: {colours.text}; }}\n"
        for name, colour in zip(COLOURS, HIGHLIGHT_MARKS[colours.name], strict=True)
    )


def pane_css(colours: ThemeColours) -> str:
    """The summary sentences' style sheet: plain text colour, key sentences in bold."""
    return f"""
p {{ margin-bottom: 10px; line-height: 150%; }}
a {{ text-decoration: none; color: {colours.text}; }}
.key {{ font-weight: 600; }}
.note {{ color: {colours.muted}; }}
.page {{ color: {colours.muted}; font-size: 85%; white-space: nowrap; }}
h4.section {{ margin-top: 14px; margin-bottom: 4px; color: {colours.muted}; font-size: 95%; }}
"""
