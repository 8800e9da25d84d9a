"""How the reader looks: theme, font and line width, as plain values saved with the preferences."""

from __future__ import annotations

from dataclasses import dataclass, replace

THEMES = ("system", "light", "sepia", "dark")
FONT_FAMILIES = ("serif", "sans-serif", "monospace")
LINE_WIDTHS = (56, 64, 72, 84, 96)
DEFAULT_FONT_SIZE = 13.0
MIN_FONT_SIZE = 8.0
MAX_FONT_SIZE = 32.0
FONT_STEP = 1.0
DEFAULT_LINE_WIDTH = 72


@dataclass(frozen=True)
class Appearance:
    """The reader's look. `theme` "system" follows the desktop's light or dark scheme."""

    theme: str = "system"
    font_family: str = "serif"
    font_size: float = DEFAULT_FONT_SIZE
    line_width: int = DEFAULT_LINE_WIDTH

    def zoomed(self, steps: int) -> Appearance:
        """The same look with the font `steps` sizes larger (negative: smaller), within bounds."""
        size = self.font_size + steps * FONT_STEP
        return replace(self, font_size=min(max(size, MIN_FONT_SIZE), MAX_FONT_SIZE))

    def with_default_size(self) -> Appearance:
        return replace(self, font_size=DEFAULT_FONT_SIZE)

    def next_theme(self) -> Appearance:
        return replace(self, theme=_following(THEMES, self.theme))

    def next_font(self) -> Appearance:
        return replace(self, font_family=_following(FONT_FAMILIES, self.font_family))

    def wider(self, steps: int) -> Appearance:
        """One step along LINE_WIDTHS (negative: narrower), stopping at either end."""
        nearest = min(LINE_WIDTHS, key=lambda width: abs(width - self.line_width))
        position = LINE_WIDTHS.index(nearest) + steps
        return replace(self, line_width=LINE_WIDTHS[min(max(position, 0), len(LINE_WIDTHS) - 1)])


def appearance_from(raw: object) -> Appearance:
    """Read saved appearance leniently: unknown or odd values fall back to the defaults."""
    if not isinstance(raw, dict):
        return Appearance()
    defaults = Appearance()
    theme = raw.get("theme")
    family = raw.get("font_family")
    size = raw.get("font_size")
    width = raw.get("line_width")
    return Appearance(
        theme=theme if theme in THEMES else defaults.theme,
        font_family=family.strip() if isinstance(family, str) and family.strip() else "serif",
        font_size=_bounded_size(size, defaults.font_size),
        line_width=_bounded_width(width, defaults.line_width),
    )


def _bounded_size(value: object, default: float) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return default
    return float(min(max(value, MIN_FONT_SIZE), MAX_FONT_SIZE))


def _bounded_width(value: object, default: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        return default
    return min(max(value, 30), 160)


def _following(choices: tuple[str, ...], current: str) -> str:
    position = choices.index(current) if current in choices else -1
    return choices[(position + 1) % len(choices)]
