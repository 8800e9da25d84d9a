"""Export: an article with its summary as Markdown, folders of articles, the digest's files."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

import pytest
import yaml
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from app.digest import DigestEntry
from app.export import (
    MAX_NAME_BYTES,
    ExportError,
    article_markdown,
    digest_html,
    digest_markdown,
    export_articles,
    reader_summary,
    safe_file_name,
    summary_text,
)
from app.library import Library
from app.settings import SummarySettings
from app.store.summary_cache import cache_key
from ui.features import export_actions
from ui.jobs.summary_worker import call_in_worker
from ui.window.main_window import MainWindow

from reading_helpers import menu_action


def front_matter(text: str) -> dict:
    assert text.startswith("---\n")
    header, _rest = text[4:].split("\n---\n", 1)
    return yaml.safe_load(header)


def titled(library: Library, prefix: str):
    for article_id in library.article_ids():
        article = library.article(article_id)
        if article.title.startswith(prefix):
            return article
    raise AssertionError(prefix)


def test_article_markdown_has_front_matter_summary_and_text(sample_library: Library) -> None:
    article = titled(sample_library, "Three by Five")
    summary = reader_summary(sample_library, article, SummarySettings())
    text = article_markdown(article, summary, ["history", "paper"])
    meta = front_matter(text)
    assert meta["title"] == article.title
    assert meta["source"] == article.row.source
    assert meta["tags"] == ["history", "paper"]
    assert meta["reading_minutes"] == 18
    assert meta["summary"] == [" ".join(s.text.split()) for s in summary.sentences]
    assert "## Summary\n\n- " in text
    assert text.rstrip().endswith(article.markdown.strip().splitlines()[-1])


def test_a_summary_by_section_exports_with_its_headings(sample_library: Library) -> None:
    article = titled(sample_library, "After Midnight")
    summary = reader_summary(sample_library, article, SummarySettings(length_mode="sections"))
    assert summary is not None and summary.headings
    text = article_markdown(article, summary)
    sentences = [" ".join(s.text.split()) for s in summary.sentences]
    assert front_matter(text)["summary"] == sentences
    section = text.split("## Summary\n\n", 1)[1].split("\n## ", 1)[0]
    for heading in summary.headings:
        # Each heading is a Markdown heading right above its section's first sentence.
        assert f"\n### {heading.text}\n\n- {sentences[heading.before]}\n" in section
    copied = summary_text(article.title, summary)
    assert f"\n{summary.headings[0].text}\n- {sentences[summary.headings[0].before]}" in copied
    assert copied.count("\n- ") == len(sentences)


def test_a_too_short_article_exports_without_a_summary(sample_library: Library) -> None:
    article = titled(sample_library, "Winter Ferry")
    summary = reader_summary(sample_library, article, SummarySettings())
    assert summary is not None and summary.too_short
    text = article_markdown(article, summary)
    assert "summary" not in front_matter(text)
    assert "## Summary" not in text
    assert summary_text(article.title, summary) == ""


def test_reader_summary_fills_the_cache(sample_library: Library) -> None:
    article = titled(sample_library, "How a Lighthouse")
    first = reader_summary(sample_library, article, SummarySettings())
    assert sample_library.cached_summary(article.id, cache_key(SummarySettings())) is not None
    assert reader_summary(sample_library, article, SummarySettings()) == first


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Plain title", "Plain title.md"),
        ('a/b\\c: d? <e> |f| *g* "h"', "a b c d e f g h.md"),
        ("  ..hidden.  ", "hidden.md"),
        ("", "article.md"),
        ("CON", "article CON.md"),
        ("lpt1.txt", "article lpt1.txt.md"),
        ("line\nbreak\ttab", "line break tab.md"),
        ("Зачем мозгу сон", "Зачем мозгу сон.md"),
    ],
)
def test_safe_file_names(title: str, expected: str) -> None:
    assert safe_file_name(title, set()) == expected


def test_file_names_are_unique_ignoring_case_and_bounded() -> None:
    taken: set[str] = {"notes.md"}
    assert safe_file_name("Notes", taken) == "Notes (2).md"
    assert safe_file_name("NOTES", taken) == "NOTES (3).md"
    long = safe_file_name("ж" * 500, set())
    assert len(long.encode("utf-8")) <= MAX_NAME_BYTES + 3


def test_export_a_library_to_a_folder(sample_library: Library, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "Winter Ferry Timetable Takes Effect Next Month.md").write_text("mine")
    ids = sample_library.article_ids()
    report = export_articles(
        sample_library, ids, folder, lambda a: reader_summary(sample_library, a, SummarySettings())
    )
    assert len(report.written) == len(ids) and not report.failed
    assert len({path.name.casefold() for path in report.written}) == len(ids)
    assert (folder / "Winter Ferry Timetable Takes Effect Next Month.md").read_text() == "mine"
    for path in report.written:
        meta = front_matter(path.read_text(encoding="utf-8"))
        assert meta["title"]


def test_exported_images_sit_beside_the_markdown(sample_library: Library, tmp_path: Path) -> None:
    article = titled(sample_library, "Reading Offline")
    assert article.asset_keys
    report = export_articles(sample_library, [article.id], tmp_path, lambda _a: None)
    text = report.written[0].read_text(encoding="utf-8")
    images = list((tmp_path / f"{report.written[0].stem} files").iterdir())
    assert [image.name for image in images] == ["offline-pipeline.png"]
    assert images[0].read_bytes() == sample_library.asset(article.id, sorted(article.asset_keys)[0])
    assert f"]({report.written[0].stem.replace(' ', '%20')}%20files/offline-pipeline.png" in text


def test_export_cancels_between_articles(sample_library: Library, tmp_path: Path) -> None:
    report = export_articles(
        sample_library, sample_library.article_ids(), tmp_path, lambda _a: None, lambda: True
    )
    assert report.written == []


def test_an_unwritable_folder_is_a_clear_error(sample_library: Library, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(ExportError, match="Cannot write to"):
        export_articles(sample_library, sample_library.article_ids(), blocker, lambda _a: None)


ENTRIES = [
    DigestEntry(
        1, "Lamps & <script>alert(1)</script>", "Paper", "2026-01-02", ("One. Two.",), True
    ),
    DigestEntry(2, "Waiting", "", "2026-01-01"),
]


def test_digest_markdown() -> None:
    text = digest_markdown(ENTRIES, "Digest")
    assert text.startswith("# Digest\n")
    assert "## Lamps & <script>alert(1)</script>\n\n*Paper · 2026-01-02*\n\nOne. Two." in text
    assert "(no summary yet)" in text


def test_digest_html_is_standalone_and_escaped() -> None:
    page = digest_html(ENTRIES, "Digest <of> today")
    assert page.startswith("<!DOCTYPE html>")
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert "<title>Digest &lt;of&gt; today</title>" in page
    for remote in ("http:", "https:", "<link", "src=", "@import", "url("):
        assert remote not in page
    assert "<style>" in page and "default-src 'none'" in page


# -- the window --------------------------------------------------------------------------------


def test_copy_the_summary_to_the_clipboard(qtbot, window: MainWindow) -> None:
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(window, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | SHIFT)
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() != "", timeout=10_000)
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith(window.article.title + "\n\n- ")
    assert " ".join(window.summary.sentences[0].text.split()) in copied


def test_export_the_article_from_the_menu(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "saved.md"
    asked: list[Path] = []

    def choose(_parent, _caption, suggested: Path, _filters):
        asked.append(suggested)
        return target

    monkeypatch.setattr(export_actions, "choose_save_path", choose)
    with qtbot.waitSignal(window.export_actions.article_exported, timeout=30_000) as exported:
        menu_action(window.menus["article"], "Export the article as Markdown").trigger()
    assert exported.args == [target]
    assert asked[0].name == safe_file_name(window.article.title, set())
    meta = front_matter(target.read_text(encoding="utf-8"))
    assert meta["title"] == window.article.title
    assert meta["summary"]


def test_exporting_the_article_where_it_cannot_be_written_says_so(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    target = blocker / "saved.md"
    monkeypatch.setattr(export_actions, "choose_save_path", lambda *_args: target)
    with qtbot.waitSignal(window.export_actions.article_exported, timeout=30_000) as exported:
        menu_action(window.menus["article"], "Export the article as Markdown").trigger()
    assert exported.args == [None]
    assert window.statusBar().currentMessage().startswith("Export failed: Cannot write")
    assert blocker.read_text() == "not a folder"


def test_export_the_listed_articles_in_the_background(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(export_actions, "choose_folder", lambda _parent, _caption: tmp_path)
    with qtbot.waitSignal(window.export_actions.export_finished, timeout=30_000) as finished:
        qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | SHIFT)
    report = finished.args[0]
    assert len(report.written) == window.model.rowCount()
    assert sorted(path.name for path in tmp_path.glob("*.md")) == sorted(
        path.name for path in report.written
    )
    assert window.statusBar().currentMessage().startswith(f"Exported {len(report.written)}")


def test_cancelling_the_folder_choice_exports_nothing(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(export_actions, "choose_folder", lambda _parent, _caption: None)
    assert window.export_actions.export_all() == 0


SHIFT = Qt.KeyboardModifier.ShiftModifier


def test_closing_the_window_stops_an_export_and_nothing_is_written_after(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With a slow summarizer, the export is still on its first article when the window closes;
    before, `close()` returned at once and the export went on writing files."""
    folder = tmp_path / "export"
    summaries_asked: list[threading.Event] = [threading.Event(), threading.Event()]
    real = export_actions.summarize_in_worker

    def slow_summarizer(*arguments: Any, cancelled: Any = None) -> object:
        next(event for event in summaries_asked if not event.is_set()).set()
        call_in_worker(time.sleep, SLOW_SUMMARY_SECONDS, cancelled=cancelled)
        return real(*arguments, cancelled=cancelled)

    monkeypatch.setattr(export_actions, "choose_folder", lambda _parent, _caption: folder)
    monkeypatch.setattr(export_actions, "summarize_in_worker", slow_summarizer)
    assert window.export_actions.export_all()
    first, second = summaries_asked
    assert first.wait(10)
    window.close()
    assert list(folder.iterdir()) == []
    # Had the export gone on, it would have written the first article and asked for the next
    # article's summary by now.
    assert not second.wait(SLOW_SUMMARY_SECONDS * 4)
    assert list(folder.iterdir()) == []


SLOW_SUMMARY_SECONDS = 1.0
