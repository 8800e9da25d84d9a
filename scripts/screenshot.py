"""Take the README screenshot from the real window (run it under Xvfb).

    xvfb-run -a -s '-screen 0 1280x800x24' uv run python scripts/screenshot.py docs/screenshot.png

It uses a fresh library of the bundled samples in a temporary folder, opens an article,
shows its summary with the sentences highlighted, and grabs the whole screen.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main(output: Path, title_prefix: str = "How a Lighthouse") -> int:
    folder = Path(tempfile.mkdtemp(prefix="lede-shot-"))
    os.environ["LEDE_LIBRARY"] = str(folder / "library.sqlite3")
    os.environ["LEDE_CONFIG_DIR"] = str(folder / "config")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ui.main import open_library
    from ui.window.main_window import MainWindow

    application = QApplication([])
    window = MainWindow(open_library(None))
    window.resize(1280, 800)
    window.show()

    def open_article() -> None:
        for row in range(window.model.rowCount()):
            if str(window.model.index(row).data()).startswith(title_prefix):
                window.select_row(row)
        window.set_summary_visible(True)
        window.summary_pane.highlight_box.setChecked(True)
        QTimer.singleShot(2500, grab)

    def grab() -> None:
        screen = application.primaryScreen()
        screen.grabWindow(0).save(str(output))
        print(
            f"saved {output} ({window.summary and len(window.summary.sentences)} summary sentences)"
        )
        window.close()

    QTimer.singleShot(500, open_article)
    return application.exec()


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshot.png"))
