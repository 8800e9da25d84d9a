"""Importing files and folders: Markdown, text and HTML, nested, encodings, duplicates, failures."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.importing.files import NOT_SUPPORTED, collect_files, import_paths, read_file
from app.library import Library
from tests.http_fixtures import ARTICLE_PARAGRAPHS, article_page, png_bytes

FRENCH = (
    "Le café de la place était presque vide ce matin-là. Hélène, la serveuse, essuyait les tables"
    " en écoutant la radio : on annonçait de la pluie sur toute la côte, et les pêcheurs étaient"
    " déjà rentrés. Ils parlèrent de la fête du village, des élections, du prix du pain. Dehors,"
    " les mouettes criaient au-dessus du port."
)
GERMAN = (
    "Die Bäckerei öffnet um sechs Uhr. Große Brötchen, süße Kuchen und frisches Brot warten auf"
    " die Kunden. Jürgen grüßt jeden Morgen die Nachbarn, während draußen die Straßenbahn"
    " vorbeifährt und die Kinder zur Schule laufen."
)
RUSSIAN = (
    "Вечером в маленьком городе становилось тихо. Люди возвращались с работы, зажигали свет в"
    " окнах и садились ужинать. На площади ещё играли дети, а старики сидели на скамейках и"
    " обсуждали новости."
)


@pytest.fixture
def library(tmp_path: Path) -> Library:
    with Library(tmp_path / "library.sqlite3") as opened:
        yield opened


def mixed_folder(root: Path) -> Path:
    folder = root / "reading"
    (folder / "nested" / "deeper").mkdir(parents=True)
    (folder / "images").mkdir()
    (folder / "images" / "boats.png").write_bytes(png_bytes())
    (folder / "front.md").write_text(
        "---\ntitle: From Front Matter\nauthor: Ann\n---\n# Heading Loses\n\nBody text here.\n"
    )
    (folder / "heading.markdown").write_text(
        "# The First Heading\n\nSome text.\n\n![boats](images/boats.png)\n"
    )
    (folder / "nested" / "plain-notes.txt").write_text("Just a line of plain text.\n")
    (folder / "nested" / "deeper" / "harbour.html").write_text(
        article_page(image="../../images/boats.png")
    )
    (folder / "nested" / "skip.odt").write_bytes(b"PK\x03\x04")
    (folder / ".hidden.md").write_text("# Hidden\n\nnot imported\n")
    return folder


def test_a_mixed_nested_folder_is_imported(library: Library, tmp_path: Path) -> None:
    folder = mixed_folder(tmp_path)
    report = import_paths(library, [folder])
    assert report.summary() == "4 added"
    titles = {library.article(i).title for i in report.added_ids}
    assert titles == {"From Front Matter", "The First Heading", "plain-notes", "The Quiet Harbour"}


def test_images_beside_files_are_stored_with_the_article(library: Library, tmp_path: Path) -> None:
    folder = mixed_folder(tmp_path)
    import_paths(library, [folder])
    by_title = {library.article(i).title: library.article(i) for i in library.article_ids()}
    assert by_title["The First Heading"].asset_keys == {"images/boats.png"}
    harbour = by_title["The Quiet Harbour"]
    assert harbour.asset_keys == {"../../images/boats.png"}
    assert library.asset(harbour.id, "../../images/boats.png") == png_bytes()


def test_html_files_lose_their_boilerplate(tmp_path: Path) -> None:
    path = tmp_path / "page.htm"
    path.write_text(article_page(image=""))
    draft, _images = read_file(path)
    assert draft.title == "The Quiet Harbour"
    assert draft.author == "Mira Holt"
    assert draft.source == "Coastal Notes"
    assert draft.published == "2025-03-14"
    assert draft.language == "en"
    assert ARTICLE_PARAGRAPHS[0] in draft.markdown
    assert "Copyright" not in draft.markdown and "About" not in draft.markdown
    assert not draft.markdown.lstrip().startswith("#")


def test_importing_again_reports_duplicates(library: Library, tmp_path: Path) -> None:
    folder = mixed_folder(tmp_path)
    import_paths(library, [folder])
    again = import_paths(library, [folder])
    assert again.summary() == "0 added, 4 skipped as duplicates"
    assert library.count() == 4


def test_the_same_text_under_another_name_is_a_duplicate(library: Library, tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("# Same\n\nThe very same words.\n")
    (tmp_path / "b.md").write_text("# Same\n\nThe   very same\nwords.\n")
    report = import_paths(library, [tmp_path / "a.md", tmp_path / "b.md"])
    assert report.summary() == "1 added, 1 skipped as a duplicate"


def test_failures_are_reported_with_reasons_and_the_rest_still_imports(
    library: Library, tmp_path: Path
) -> None:
    (tmp_path / "good.md").write_text("# Good\n\nFine.\n")
    (tmp_path / "empty.md").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "broken.md").write_text("---\ntitle: [unclosed\n---\nBody\n")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    (tmp_path / "nothing.html").write_text(
        "<html><head><title>App</title></head><body><div id='app'></div>"
        "<script>start();</script></body></html>"
    )
    paths = [tmp_path / name for name in ("good.md", "empty.md", "binary.txt", "broken.md")]
    paths += [tmp_path / "photo.jpg", tmp_path / "missing.md", tmp_path / "nothing.html"]
    report = import_paths(library, paths)
    assert report.summary() == "1 added, 6 failed"
    reasons = dict(line.split(": ", 1) for line in report.failure_lines())
    assert reasons[str(tmp_path / "empty.md")] == "empty.md is empty."
    assert "binary file" in reasons[str(tmp_path / "binary.txt")]
    assert "not valid YAML" in reasons[str(tmp_path / "broken.md")]
    assert reasons[str(tmp_path / "photo.jpg")] == NOT_SUPPORTED
    assert reasons[str(tmp_path / "missing.md")] == "No such file or folder."
    assert (
        reasons[str(tmp_path / "nothing.html")] == "No readable article text found in nothing.html."
    )
    assert library.count() == 1


def test_cancel_stops_between_files(library: Library, tmp_path: Path) -> None:
    for number in range(5):
        (tmp_path / f"{number}.md").write_text(f"# Note {number}\n\nText {number}.\n")
    seen: list[str] = []
    report = import_paths(
        library,
        [tmp_path],
        progress=lambda done, total, name: seen.append(f"{done}/{total} {name}"),
        cancelled=lambda: len(seen) >= 2,
    )
    assert seen == ["0/5 0.md", "1/5 1.md"]
    assert report.cancelled and report.added == 2
    assert report.summary() == "2 added (cancelled)"


def test_collect_skips_hidden_and_unsupported_files_inside_folders(tmp_path: Path) -> None:
    folder = mixed_folder(tmp_path)
    files, refused = collect_files([folder, folder / "front.md"])
    assert [path.name for path in files] == [
        "front.md",
        "heading.markdown",
        "harbour.html",
        "plain-notes.txt",
    ]
    assert refused == []


@pytest.mark.parametrize(
    ("text", "encoding", "prefix"),
    [
        (FRENCH, "utf-8", b""),
        (FRENCH, "utf-8", b"\xef\xbb\xbf"),
        (GERMAN, "utf-16", b""),
        (RUSSIAN, "cp1251", b""),
        (FRENCH, "latin-1", b""),
        (GERMAN, "latin-1", b""),
    ],
    ids=["utf8", "utf8-bom", "utf16-bom", "cp1251", "latin1-fr", "latin1-de"],
)
def test_text_files_in_each_encoding(
    tmp_path: Path, text: str, encoding: str, prefix: bytes
) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(prefix + f"# Title\n\n{text}\n".encode(encoding))
    draft, _images = read_file(path)
    assert draft.markdown.strip().endswith(text)


@pytest.mark.parametrize("encoding", ["latin-1", "cp1251", "utf-8"])
def test_html_files_use_their_declared_charset(tmp_path: Path, encoding: str) -> None:
    text = RUSSIAN if encoding == "cp1251" else FRENCH
    page = article_page(paragraphs=(text, *ARTICLE_PARAGRAPHS[1:]), image="", charset=encoding)
    path = tmp_path / "page.html"
    path.write_bytes(page.encode(encoding))
    draft, _images = read_file(path)
    assert text in draft.markdown


@pytest.mark.parametrize(
    ("text", "title", "body"),
    [
        ("# Tides\n\nThe tide came in.\n", "Tides", "The tide came in.\n"),
        ("---\ntitle: Other\n---\n# Tides\n\nIn.\n", "Other", "# Tides\n\nIn.\n"),
        ("Intro line.\n\n# Tides\n\nIn.\n", "Tides", "Intro line.\n\n# Tides\n\nIn.\n"),
        ("# Only a heading\n", "Only a heading", "# Only a heading\n"),
    ],
    ids=["title-heading", "front-matter-title", "heading-later", "heading-only"],
)
def test_a_first_heading_that_is_the_title_is_not_shown_twice(
    tmp_path: Path, text: str, title: str, body: str
) -> None:
    path = tmp_path / "note.md"
    path.write_text(text)
    draft, _images = read_file(path)
    assert (draft.title, draft.markdown) == (title, body)
