"""Draw resources/icons/lede.svg into the hicolor PNG sizes that `install-desktop` installs.

Run after changing the SVG: `uv run python scripts/make_icons.py` (the PNGs are committed, so the
headless install needs no Qt). tests/test_desktop_entry.py checks every size is there.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.desktop import ICON_SIZES, SVG_ICON, png_icon


def main() -> int:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _application = QGuiApplication([])
    renderer = QSvgRenderer(str(SVG_ICON))
    for size in ICON_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        target = png_icon(size)
        target.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(target)):
            print(f"could not write {target}", file=sys.stderr)
            return 1
        print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
