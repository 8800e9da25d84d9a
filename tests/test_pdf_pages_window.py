"""A PDF's summary sentences say the page they stand on; other articles' do not."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.importing.files import import_paths
from app.library import Library
from ui.window.main_window import MainWindow

from pdf_fixtures import REPORT_PAGES, report_pdf

PDF_TITLE = "Annual Report on Coastal Erosion"


@pytest.fixture
def window_library(sample_library: Library, tmp_path: Path) -> Library:
    report = import_paths(sample_library, [report_pdf(tmp_path / "report.pdf")])
    assert report.added_ids
    return sample_library


def summary_lines(qtbot, window: MainWindow, article_id: int) -> list[str]:  # type: ignore[no-untyped-def]
    window.select_article(article_id)
    window.set_summary_visible(True)
    qtbot.waitUntil(
        lambda: (
            window.summary is not None
            and window.article is not None
            and window.article.id == article_id
        ),
        timeout=30_000,
    )
    text = window.summary_pane.sentences_view.toPlainText()
    return [line for line in text.splitlines() if line.strip()]


def test_each_sentence_of_a_pdf_summary_names_its_page(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
) -> None:
    [pdf_id] = [
        i for i in window.library.article_ids() if window.library.article(i).title == PDF_TITLE
    ]  # type: ignore[union-attr]
    lines = summary_lines(qtbot, window, pdf_id)
    assert lines
    page_texts = [" ".join(text for text, _, _ in page) for page in REPORT_PAGES]
    for line in lines:
        sentence, _, page = line.replace("\u00a0", " ").rpartition(" p. ")
        assert page.isdigit(), line
        assert sentence[:30] in page_texts[int(page) - 1]


def test_an_article_without_pages_has_no_page_labels(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
) -> None:
    other = next(i for i in window.library.article_ids() if not window.library.page_starts(i))
    lines = summary_lines(qtbot, window, other)
    assert lines and not any(
        line.replace("\u00a0", " ").endswith(tuple(f" p. {n}" for n in range(1, 9)))
        for line in lines
    )
