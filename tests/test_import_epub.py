"""EPUB books: one article per book, chapters as sections, images kept, hostile archives refused."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from app.errors import ArticleFormatError
from app.importing.epub import MAX_UNPACKED_BYTES, inside_archive, read_epub
from app.importing.files import import_paths
from app.library import Library
from app.summary import summarize_by_section

from book_fixtures import CONTAINER, PARAGRAPHS, EpubBook, chapter_xhtml, png_bytes


@pytest.mark.parametrize("version", ["2", "3"])
def test_a_book_becomes_one_article_with_its_chapters_as_sections(
    tmp_path: Path, version: str
) -> None:
    draft, images = read_epub(EpubBook.sample(version).write(tmp_path / "book.epub"))
    headings = [line for line in draft.markdown.splitlines() if line.startswith("#")]
    assert headings == [f"# {title}" for title in PARAGRAPHS]
    assert draft.markdown.count("The Harbour") == 1  # the chapter's own <h1> is not repeated
    assert (draft.title, draft.author, draft.source) == (
        "The Lighthouse Keeper",
        "Ada Lindqvist",
        "Harbour Press",
    )
    assert (draft.published, draft.language) == ("2019-05-01", "en")
    assert images == {"OEBPS/images/map.png": png_bytes()}
    assert "![A map](OEBPS/images/map.png)" in draft.markdown


def test_an_image_the_manifest_does_not_list_is_left_out(tmp_path: Path) -> None:
    book = EpubBook.sample()
    book.chapters["text/ch1.xhtml"] = chapter_xhtml(
        "The Harbour", PARAGRAPHS["The Harbour"], '<img src="images/map.png" alt="Map"/>'
    )
    book.extra_files["OEBPS/text/images/map.png"] = png_bytes()
    draft, images = read_epub(book.write(tmp_path / "book.epub"))
    assert images == {}
    assert "![" not in draft.markdown


def test_a_summary_by_section_summarizes_each_chapter(tmp_path: Path) -> None:
    with Library(tmp_path / "library.sqlite3") as library:
        report = import_paths(library, [EpubBook.sample().write(tmp_path / "book.epub")])
        article = library.article(report.added_ids[0])
    assert article is not None
    summary = summarize_by_section(article.body, language="en")
    titles = [section.heading for section in summary.sections if section.heading]
    assert titles == list(PARAGRAPHS)
    assert all(section.sentences for section in summary.sections if section.heading)


def test_nested_navigation_entries_and_fragments_become_sub_chapters(tmp_path: Path) -> None:
    book = EpubBook.sample()
    book.chapters["text/ch2.xhtml"] = chapter_xhtml(
        "The Storm",
        PARAGRAPHS["The Storm"][:1],
        '<h2 id="council">The council</h2>'
        + "".join(f"<p>{p}</p>" for p in PARAGRAPHS["The Storm"][1:]),
    )
    book.nav_links = []
    nav = (
        '<li><a href="text/ch1.xhtml">The Harbour</a></li>'
        '<li><a href="text/ch2.xhtml">The Storm</a><ol>'
        '<li><a href="text/ch2.xhtml#council">The council meets</a></li></ol></li>'
        '<li><a href="text/ch3.xhtml">The Return</a></li>'
    )
    book.nav = lambda: (  # type: ignore[method-assign]
        '<html><body><nav epub:type="toc"><ol>' + nav + "</ol></nav></body></html>"
    )
    draft, _ = read_epub(book.write(tmp_path / "book.epub"))
    headings = [line for line in draft.markdown.splitlines() if line.startswith("#")]
    assert headings == ["# The Harbour", "# The Storm", "## The council meets", "# The Return"]


def test_drm_protected_books_are_refused_with_a_reason(tmp_path: Path) -> None:
    book = EpubBook.sample()
    book.extra_files["META-INF/encryption.xml"] = (
        b'<encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container"'
        b' xmlns:enc="http://www.w3.org/2001/04/xmlenc#"><enc:EncryptedData>'
        b'<enc:EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#aes128-cbc"/>'
        b'<enc:CipherData><enc:CipherReference URI="OEBPS/text/ch1.xhtml"/></enc:CipherData>'
        b"</enc:EncryptedData></encryption>"
    )
    with pytest.raises(ArticleFormatError, match="protected by DRM"):
        read_epub(book.write(tmp_path / "locked.epub"))


def test_obfuscated_fonts_are_not_drm(tmp_path: Path) -> None:
    book = EpubBook.sample()
    book.extra_files["META-INF/encryption.xml"] = (
        b'<encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container"'
        b' xmlns:enc="http://www.w3.org/2001/04/xmlenc#"><enc:EncryptedData>'
        b'<enc:EncryptionMethod Algorithm="http://www.idpf.org/2008/embedding"/>'
        b'<enc:CipherData><enc:CipherReference URI="OEBPS/font.otf"/></enc:CipherData>'
        b"</enc:EncryptedData></encryption>"
    )
    draft, _ = read_epub(book.write(tmp_path / "fonts.epub"))
    assert "# The Storm" in draft.markdown


def test_adobe_rights_file_means_drm(tmp_path: Path) -> None:
    book = EpubBook.sample()
    book.extra_files["META-INF/rights.xml"] = b"<rights/>"
    with pytest.raises(ArticleFormatError, match="DRM"):
        read_epub(book.write(tmp_path / "adept.epub"))


def test_a_truncated_book_is_refused_and_the_library_keeps_what_it_had(tmp_path: Path) -> None:
    whole = EpubBook.sample().write(tmp_path / "whole.epub").read_bytes()
    cut = tmp_path / "cut.epub"
    cut.write_bytes(whole[: len(whole) // 2])
    with Library(tmp_path / "library.sqlite3") as library:
        before = library.count()
        report = import_paths(library, [cut])
        assert library.count() == before
    assert [f.reason for f in report.failures] == [
        "cut.epub is not a complete EPUB: its zip archive is damaged or cut short."
    ]


def test_a_zip_bomb_is_refused_before_it_is_unpacked(tmp_path: Path) -> None:
    book = EpubBook.sample()
    path = book.write(tmp_path / "bomb.epub")
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("OEBPS/zeros.bin", b"\0" * (MAX_UNPACKED_BYTES + 1))
    assert path.stat().st_size < 2 * 2**20
    with pytest.raises(ArticleFormatError, match="zip bomb"):
        read_epub(path)


def test_a_member_that_inflates_past_any_real_ratio_is_refused(tmp_path: Path) -> None:
    book = EpubBook.sample()
    book.chapters["text/ch1.xhtml"] = chapter_xhtml("The Harbour", ["word " * 2_000_000])
    with pytest.raises(ArticleFormatError, match="zip bomb"):
        read_epub(book.write(tmp_path / "ratio.epub"))


def test_hrefs_outside_the_archive_or_remote_are_never_followed(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET CONTENT")
    book = EpubBook.sample()
    book.extra_manifest += (
        '<item id="up" href="../../../../../../../../../../secret.txt" media-type="application/xhtml+xml"/>'
        '<item id="web" href="https://example.org/tracker.png" media-type="image/png"/>'
    )
    book.chapters["text/ch1.xhtml"] = chapter_xhtml(
        "The Harbour",
        PARAGRAPHS["The Harbour"],
        f'<img src="https://example.org/tracker.png" alt="remote"/><img src="{secret}" alt="abs"/>'
        '<img src="../../../../secret.txt" alt="climb"/><img src="../images/map.png" alt="ok"/>',
    )
    draft, images = read_epub(book.write(tmp_path / "hostile.epub"))
    assert "TOP SECRET" not in draft.markdown
    assert "example.org" not in draft.markdown
    assert set(images) == {"OEBPS/images/map.png"}


@pytest.mark.parametrize(
    ("base", "href", "expected"),
    [
        ("OEBPS/text/ch1.xhtml", "../images/a.png", "OEBPS/images/a.png"),
        ("OEBPS/content.opf", "text/ch%201.xhtml#x", "OEBPS/text/ch 1.xhtml"),
        ("OEBPS/content.opf", "../../etc/passwd", ""),
        ("OEBPS/content.opf", "/etc/passwd", ""),
        ("OEBPS/content.opf", "http://example.org/a.xhtml", ""),
        ("OEBPS/content.opf", "file:///etc/passwd", ""),
        ("OEBPS/content.opf", "", ""),
    ],
)
def test_archive_paths(base: str, href: str, expected: str) -> None:
    assert inside_archive(base, href) == expected


@pytest.mark.parametrize(
    ("files", "reason"),
    [
        ({}, "has no META-INF/container.xml"),
        ({"META-INF/container.xml": "<not xml"}, "container.xml is not valid XML"),
        (
            {
                "META-INF/container.xml": CONTAINER,
                "OEBPS/content.opf": '<!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>',
            },
            "content.opf is not valid XML",
        ),
        ({"META-INF/container.xml": CONTAINER}, "content.opf is missing"),
    ],
)
def test_broken_packages_get_a_clear_reason(
    tmp_path: Path, files: dict[str, str], reason: str
) -> None:
    path = tmp_path / "broken.epub"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/epub+zip")
        for name, text in files.items():
            archive.writestr(name, text)
    with pytest.raises(ArticleFormatError, match=reason):
        read_epub(path)


def test_a_book_without_text_is_refused(tmp_path: Path) -> None:
    book = EpubBook.sample()
    book.chapters = {"text/empty.xhtml": "<html><body><p> </p></body></html>"}
    with pytest.raises(ArticleFormatError, match="has no readable text"):
        read_epub(book.write(tmp_path / "empty.epub"))


def test_markdown_in_the_text_is_shown_as_written(tmp_path: Path) -> None:
    book = EpubBook.sample()
    book.chapters["text/ch3.xhtml"] = chapter_xhtml(
        "The Return", ["# not a heading, *not emphasis* and [not](a link) <b>x</b>"]
    )
    with Library(tmp_path / "library.sqlite3") as library:
        report = import_paths(library, [book.write(tmp_path / "book.epub")])
        article = library.article(report.added_ids[0])
    assert article is not None
    assert "# not a heading, *not emphasis* and [not](a link)" in article.body


def test_importing_the_same_book_twice_is_a_duplicate(tmp_path: Path) -> None:
    path = EpubBook.sample().write(tmp_path / "book.epub")
    with Library(tmp_path / "library.sqlite3") as library:
        first = import_paths(library, [path])
        second = import_paths(library, [path])
        assert library.asset(first.added_ids[0], "OEBPS/images/map.png") == png_bytes()
    assert (first.added, second.added, second.duplicates) == (1, 0, [str(path)])


def test_the_command_line_summarizes_a_book_chapter_by_chapter(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.cli import build_parser, run_command

    book = EpubBook.sample("3").write(tmp_path / "book.epub")
    assert run_command(build_parser().parse_args(["summarize", "--by-section", str(book)])) == 0
    headings = [line for line in capsys.readouterr().out.splitlines() if line.startswith("## ")]
    assert headings == [f"## {title}" for title in PARAGRAPHS]
