"""TL;DR lines of the sample articles, the best sentence (before) against the gist (now).

`uv run python bench/tldr_lines.py` prints each article's two lines and, for both, how many
are the article's first sentence, how many are cut with an ellipsis, and how many show whole
in the list's two lines at its default width (300 px, the window's default font, offscreen).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication

from app import summary as engine
from app.articles import read_article_file
from app.document import render_markdown
from app.paths import SAMPLES
from app.summary import SummaryLength
from app.tldr import one_line_summary, opening, shorten
from ui.list.article_delegate import DOT, PADDING, wrap_lines

LIST_WIDTH = 300
Line = Callable[[str, str, str], str]


def best_sentence(text: str, language: str, title: str) -> str:
    """The line as it was: the summarizer's single best sentence, shortened."""
    summary = engine.summarize(
        opening(text),
        length=SummaryLength(sentences=1),
        language=language or None,
        title=title or None,
    )
    if not summary.sentences:  # too short to summarize: the first sentence, as the line does
        return one_line_summary(text, language, title)
    return shorten(" ".join(summary.sentences[0].text.split()))


def shows_whole(line: str, metrics: QFontMetrics) -> bool:
    width = LIST_WIDTH - (PADDING + DOT + 6) - PADDING
    shown = wrap_lines(f"TL;DR {line}", metrics, width, 2)
    return not shown[-1].endswith("…") and not line.endswith("…")


def main() -> int:
    application = QApplication([])
    font = QFont(application.font())
    font.setItalic(True)
    metrics = QFontMetrics(font)
    room = wrap_lines("TL;DR " + "word " * 100, metrics, LIST_WIDTH - 30, 2)
    print(f"two lines at {LIST_WIDTH} px hold about {sum(map(len, room)) - 7} characters\n")
    totals = {"before": [0, 0, 0], "gist": [0, 0, 0]}
    articles = sorted(SAMPLES.glob("*.md"))
    for path in articles:
        draft = read_article_file(path)
        text = render_markdown(draft.markdown).text
        first = " ".join(text.split(". ")[0].split())
        print(f"## {draft.title}")
        for name, make in (("before", best_sentence), ("gist", one_line_summary)):
            line = make(text, draft.language, draft.title)
            counts = totals[name]
            counts[0] += line.startswith(first[:40])
            counts[1] += line.endswith("…")
            counts[2] += shows_whole(line, metrics)
            print(f"  {name:6} ({len(line)}): {line}")
    print(f"\n{len(articles)} articles: first sentence / cut with … / whole in two lines at 300 px")
    for name, (first_count, cut, whole) in totals.items():
        print(f"  {name:6}: {first_count} / {cut} / {whole}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
