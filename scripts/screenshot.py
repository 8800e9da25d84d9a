"""Take a screenshot of the real window (run it under Xvfb).

    xvfb-run -a -s '-screen 0 1280x800x24' uv run python scripts/screenshot.py docs/screenshot.png
    ... scripts/screenshot.py out.png --size 800x600 --theme dark --length sections --title "After"
    ... scripts/screenshot.py docs/screenshot-digest.png --digest
    ... scripts/screenshot.py docs/screenshot-ru.png --size 800x600 --language ru

It uses a fresh library of the bundled samples in a temporary folder, opens an article,
shows its summary with the sentences highlighted, and grabs the whole screen.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", type=Path, nargs="?", default=ROOT / "docs" / "screenshot.png")
    parser.add_argument("--size", default="1280x800", help="window size, WIDTHxHEIGHT")
    parser.add_argument("--theme", default="light", help="light, dark, sepia or system")
    parser.add_argument("--length", default="auto", help="auto, sentences, percent or sections")
    parser.add_argument("--title", default="How a Lighthouse", help="the article's title begins so")
    parser.add_argument("--digest", action="store_true", help="grab the digest over the window")
    parser.add_argument(
        "--language", default="en", help="the interface's language: en, ru, de, fr, es or uk"
    )
    parser.add_argument(
        "--digest-scope", default="unread", help="unread or listed (the list's articles)"
    )
    parser.add_argument(
        "--import",
        dest="imports",
        type=Path,
        action="append",
        default=[],
        metavar="PATH",
        help="import this file first (a book or a PDF, say; scripts/demo_documents.py makes some)",
    )
    parser.add_argument(
        "--highlights", action="store_true", help="give the article highlights and notes first"
    )
    args = parser.parse_args()
    width, height = (int(number) for number in args.size.lower().split("x"))

    folder = Path(tempfile.mkdtemp(prefix="lede-shot-"))
    os.environ["LEDE_LIBRARY"] = str(folder / "library.sqlite3")
    os.environ["LEDE_CONFIG_DIR"] = str(folder / "config")
    (folder / "config").mkdir()
    preferences = {
        "summary": {"length_mode": args.length},
        "appearance": {"theme": args.theme},
        "interface_language": args.language,
    }
    (folder / "config" / "preferences.json").write_text(json.dumps(preferences), encoding="utf-8")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ui.i18n import install_translations
    from ui.main import open_library
    from ui.window.main_window import MainWindow

    application = QApplication([])
    install_translations(application, args.language)
    library = open_library(None)
    if args.imports:
        from app.importing.files import import_paths

        import_paths(library, args.imports)
    if args.highlights:
        add_highlights(library, args.title)
    window = MainWindow(library, refresh_feeds_at_start=False)
    window.resize(width, height)
    window.show()

    def open_article() -> None:
        for row in range(window.model.rowCount()):
            if str(window.model.index(row).data()).startswith(args.title):
                window.select_row(row)
        window.set_summary_visible(True)
        window.summary_pane.highlight_box.setChecked(not args.highlights)
        if args.digest:
            QTimer.singleShot(1000, window.digest.show)
            if args.digest_scope != "unread":
                QTimer.singleShot(1300, lambda: window.digest.view.set_scope(args.digest_scope))
        QTimer.singleShot(4000 if args.digest else 2500, grab)

    def grab() -> None:
        dialog = window.digest.view if args.digest else None
        if dialog is not None and args.highlights:  # show the highlighted article's entry
            dialog.view.find("Your highlights")
            cursor = dialog.view.textCursor()
            cursor.clearSelection()
            dialog.view.setTextCursor(cursor)
            bar = dialog.view.verticalScrollBar()
            bar.setValue(bar.value() + dialog.view.viewport().height() // 2)
        (dialog or window).grab().save(str(args.output))
        summary = window.summary
        print(f"saved {args.output} ({summary and len(summary.sentences)} summary sentences)")
        window.close()

    QTimer.singleShot(500, open_article)
    return application.exec()


def add_highlights(library: Any, title: str) -> None:
    """Three highlights in three colours (two with notes) and a note on the article."""
    from app.highlights.anchoring import anchor_for

    article_id = next(
        i for i in library.article_ids() if library.article(i).title.startswith(title)
    )
    body = library.article(article_id).body
    paragraphs = [part for part in body.split("\n\n") if len(part) > 120][:3]
    notes = ["Compare with the harbour light in Brest.", "", "Ask at the museum about <this>."]
    for paragraph, colour, note in zip(
        paragraphs, ("yellow", "green", "pink"), notes, strict=False
    ):
        start = body.index(paragraph)
        sentence_end = paragraph.find(". ") + 1 or len(paragraph)
        highlight_id = library.add_highlight(
            article_id, anchor_for(body, start, start + sentence_end), colour
        )
        if note:
            library.update_highlight(highlight_id, note=note)
    library.set_article_note(article_id, "Visit one in winter; read the *keeper's log*.")


if __name__ == "__main__":
    sys.exit(main())
