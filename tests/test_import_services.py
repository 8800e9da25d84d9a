"""Other read-later services' exports, each in its documented layout with made-up items."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from app.importing.files import import_paths
from app.library import Library

POCKET_CSV = (
    "title,url,time_added,tags,status\n"
    "Tides and the moon,https://example.org/tides,1577836800,science|sea,unread\n"
    "An old essay,https://example.com/essay,1262304000,,archive\n"
)
POCKET_HTML = """<!DOCTYPE html><html><head><title>Pocket Export</title></head><body>
<h1>Unread</h1><ul>
<li><a href="https://example.org/a" time_added="1600000000" tags="reading,later">Article A</a></li>
</ul><h1>Read Archive</h1><ul>
<li><a href="https://example.org/b" time_added="1500000000" tags="">Article B</a></li>
</ul></body></html>"""
INSTAPAPER_CSV = (
    "URL,Title,Selection,Folder,Timestamp\n"
    "https://example.org/1,One,,Unread,1600000000\n"
    "https://example.org/2,Two,,Archive,1600000001\n"
    "https://example.org/3,Three,,Starred,1600000002\n"
    "https://example.org/4,Four,a quote,Recipes,1600000003\n"
)
READWISE_CSV = (
    "Title,URL,ID,Document tags,Saved date,Reading progress,Location,Seen\n"
    "Saved one,https://example.org/r1,01h,\"['deep work', 'focus']\",2023-05-01 10:11:12+02:00,0.2,later,True\n"
    "Saved two,https://example.org/r2,01i,,2023-05-02 08:00:00+00:00,1.0,archive,True\n"
    "Saved three,https://example.org/r3,01j,[],2023-05-03 08:00:00+00:00,0,shortlist,False\n"
)
ARTICLE_HTML = (
    "<h1>Harbour walls</h1><p>The harbour walls were built of granite blocks that were"
    " carried down from the quarry on the hill by horse and cart.</p><p>Each block weighed"
    " more than a tonne, and the masons fitted them without mortar so the sea could drain"
    " through the joints after a storm.</p>"
)


def imported(library: Library) -> dict[str, tuple]:
    """Each article by title: (url, read, archived, starred, added, tags, queued)."""
    queued = {page.article_id for page in library.waiting_pages()}
    found = {}
    for article_id in library.article_ids():
        article = library.article(article_id)
        assert article is not None
        row = article.row
        found[row.title] = (
            article.url,
            row.is_read,
            row.archived,
            row.starred,
            row.added[:19],
            tuple(library.article_tags(article_id)),
            article_id in queued,
        )
    return found


@pytest.fixture
def library(tmp_path: Path):
    with Library(tmp_path / "library.sqlite3") as opened:
        yield opened


def write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_pocket_csv_keeps_tags_state_and_save_date(library: Library, tmp_path: Path) -> None:
    report = import_paths(library, [write(tmp_path, "part_000000.csv", POCKET_CSV)])
    assert report.summary() == "2 added"
    assert imported(library) == {
        "Tides and the moon": (
            "https://example.org/tides",
            False,
            False,
            False,
            "2020-01-01T00:00:00",
            ("science", "sea"),
            True,
        ),
        "An old essay": (
            "https://example.com/essay",
            True,
            True,
            False,
            "2010-01-01T00:00:00",
            (),
            True,
        ),
    }


def test_pocket_html_export_reads_unread_and_archive(library: Library, tmp_path: Path) -> None:
    import_paths(library, [write(tmp_path, "ril_export.html", POCKET_HTML)])
    found = imported(library)
    assert found["Article A"][1:3] == (False, False)
    assert found["Article A"][5] == ("later", "reading")
    assert found["Article B"][1:3] == (True, True)
    assert found["Article B"][4] == "2017-07-14T02:40:00"


def test_an_ordinary_html_page_is_still_a_page(library: Library, tmp_path: Path) -> None:
    page = f"<html><head><title>Walls</title></head><body><article>{ARTICLE_HTML}</article></body></html>"
    report = import_paths(library, [write(tmp_path, "walls.html", page)])
    assert report.added == 1
    assert library.waiting_pages() == []


def test_instapaper_folders_become_state_or_a_tag(library: Library, tmp_path: Path) -> None:
    import_paths(library, [write(tmp_path, "instapaper-export.csv", INSTAPAPER_CSV)])
    found = imported(library)
    assert [found[t][1:4] for t in ("One", "Two", "Three", "Four")] == [
        (False, False, False),
        (True, True, False),
        (False, False, True),
        (False, False, False),
    ]
    assert found["Four"][5] == ("Recipes",)
    assert found["One"][4] == "2020-09-13T12:26:40"


def test_readwise_reader_csv(library: Library, tmp_path: Path) -> None:
    import_paths(library, [write(tmp_path, "Reader_export.csv", READWISE_CSV)])
    found = imported(library)
    assert found["Saved one"][5] == ("deep work", "focus")
    assert found["Saved one"][4] == "2023-05-01T08:11:12"
    assert found["Saved two"][1:3] == (True, True)
    assert found["Saved three"][1:4] == (False, False, True)


def test_wallabag_entries_come_with_their_text_and_are_not_queued(
    library: Library, tmp_path: Path
) -> None:
    entries = [
        {
            "is_archived": 1,
            "is_starred": 1,
            "tags": ["history", {"label": "stone"}],
            "title": "Harbour walls",
            "url": "https://example.org/walls",
            "content": ARTICLE_HTML,
            "created_at": "2021-03-04T05:06:07+01:00",
            "language": "en_GB",
        }
    ]
    report = import_paths(library, [write(tmp_path, "wallabag.json", json.dumps(entries))])
    assert report.added == 1
    found = imported(library)
    assert found["Harbour walls"] == (
        "https://example.org/walls",
        True,
        True,
        True,
        "2021-03-04T04:06:07",
        ("history", "stone"),
        False,
    )
    article = library.article(report.added_ids[0])
    assert article is not None
    assert "granite blocks" in article.body
    assert article.row.language == "en"


def omnivore_zip(path: Path, entries: list[dict], contents: dict[str, str]) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("metadata_0_to_20.json", json.dumps(entries))
        for name, text in contents.items():
            archive.writestr(f"content/{name}", text)
    return path


def test_omnivore_archive_with_markdown_content(library: Library, tmp_path: Path) -> None:
    entries = [
        {
            "id": "1",
            "slug": "harbour-walls-1",
            "title": "Harbour walls",
            "url": "https://example.org/walls",
            "state": "Archived",
            "labels": ["stone"],
            "savedAt": "2024-02-03T04:05:06.000Z",
            "readingProgress": 100,
        },
        {
            "id": "2",
            "slug": "nothing",
            "title": "Only a link",
            "url": "https://example.org/l",
            "state": "Active",
            "labels": [],
            "savedAt": "2024-02-04T00:00:00.000Z",
        },
        {
            "id": "3",
            "slug": "gone",
            "title": "Thrown away",
            "url": "https://example.org/g",
            "state": "Deleted",
            "labels": [],
            "savedAt": "2024-02-04T00:00:00.000Z",
        },
    ]
    markdown = "# Harbour walls\n\nThe walls were built of granite blocks carried from the hill.\n"
    path = omnivore_zip(tmp_path / "omnivore.zip", entries, {"harbour-walls-1.md": markdown})
    report = import_paths(library, [path])
    assert report.summary() == "2 added"
    found = imported(library)
    assert found["Harbour walls"][1:7] == (
        True,
        True,
        False,
        "2024-02-03T04:05:06",
        ("stone",),
        False,
    )
    assert found["Only a link"][6] is True
    assert "Thrown away" not in found


def test_an_unknown_csv_is_refused_with_what_lede_reads(library: Library, tmp_path: Path) -> None:
    report = import_paths(library, [write(tmp_path, "budget.csv", "month,amount\njan,3\n")])
    assert report.failures[0].reason.startswith("budget.csv is not an export Lede knows")
    assert library.count() == 0


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("cut.zip", b"PK\x03\x04\x14\x00\x00\x00"),
        ("broken.json", b'[{"url": '),
        ("binary.csv", bytes(range(256)) * 40),
        ("empty.csv", b""),
    ],
)
def test_unreadable_exports_get_a_reason_and_change_nothing(
    library: Library, tmp_path: Path, name: str, data: bytes
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    report = import_paths(library, [path])
    assert len(report.failures) == 1 and name in report.failures[0].reason
    assert library.count() == 0


def test_a_row_with_a_bad_address_fails_alone(library: Library, tmp_path: Path) -> None:
    text = POCKET_CSV + "Bad one,javascript:alert(1),1577836800,,unread\nNo address,,1,,unread\n"
    report = import_paths(library, [write(tmp_path, "pocket.csv", text)])
    assert report.added == 2
    assert [failure.reason for failure in report.failures] == [
        "Not a web address: javascript:alert(1) (only http and https addresses are read).",
        "Not a web address: (empty).",
    ]


def test_importing_an_export_again_finds_every_item(library: Library, tmp_path: Path) -> None:
    path = write(tmp_path, "pocket.csv", POCKET_CSV)
    import_paths(library, [path])
    again = import_paths(library, [path])
    assert again.summary() == "0 added, 2 skipped as duplicates"
    assert len(library.waiting_pages()) == 2


def test_a_latin_1_export_is_decoded(library: Library, tmp_path: Path) -> None:
    text = POCKET_CSV.replace("Tides and the moon", "Café crème à la plage et naïveté")
    import_paths(library, [write(tmp_path, "pocket.csv", text, "cp1252")])
    assert "Café crème à la plage et naïveté" in imported(library)


def test_formula_text_in_titles_is_kept_as_text(library: Library, tmp_path: Path) -> None:
    hostile = "=cmd|' /C calc'!A0"
    text = f'title,url,time_added,tags,status\n"{hostile}",https://example.org/x,1,"=1+1|@SUM(A1)",unread\n'
    report = import_paths(library, [write(tmp_path, "pocket.csv", text)])
    article = library.article(report.added_ids[0])
    assert article is not None
    assert article.title == hostile
    assert article.body.strip() == hostile.replace("'", "\u2019")  # the renderer's typography
    assert library.article_tags(article.id) == ["=1+1", "@SUM(A1)"]
