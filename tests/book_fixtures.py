"""EPUB books written with zipfile for the import tests: EPUB 3 with a nav document, EPUB 2
with a toc.ncx, and the hostile variants built from the same parts."""

from __future__ import annotations

import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import http_fixtures

CONTAINER = """<?xml version="1.0"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles>
</container>"""


def png_bytes() -> bytes:
    """A small valid PNG, so the stored image is a real one."""
    return http_fixtures.png_bytes(4, 3)


def chapter_xhtml(title: str, paragraphs: list[str], extra: str = "") -> str:
    body = "".join(f"<p>{text}</p>" for text in paragraphs)
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops">'
        f"<head><title>{title}</title></head><body><h1>{title}</h1>{body}{extra}</body></html>"
    )


PARAGRAPHS = {
    "The Harbour": [
        "The harbour town woke before dawn, when the fishing boats went out past the breakwater.",
        "Mara counted the boats from the lighthouse every morning and wrote the number in a book.",
        "Her grandfather had kept the same book for forty years before his eyes grew weak.",
    ],
    "The Storm": [
        "A storm came from the west in October and kept the boats in the harbour for nine days.",
        "The town council met in the church hall to decide how the sea wall should be repaired.",
        "Mara argued that the old stones should be used again because they had held for a century.",
    ],
    "The Return": [
        "When the weather cleared the boats went out again and the counting book was opened.",
        "Mara wrote the number of boats in her grandfather's hand, slowly and with great care.",
        "The lighthouse keeper said the town would remember the storm for a generation.",
    ],
}


@dataclass
class EpubBook:
    """The parts of a book; `write` puts them in a zip in EPUB order."""

    title: str = "The Lighthouse Keeper"
    author: str = "Ada Lindqvist"
    chapters: dict[str, str] = field(default_factory=dict)  # archive name under OEBPS -> xhtml
    version: str = "3"
    extra_files: dict[str, bytes] = field(default_factory=dict)
    extra_manifest: str = ""
    nav_links: list[tuple[str, str]] = field(default_factory=list)  # (title, href)

    @classmethod
    def sample(cls, version: str = "3") -> EpubBook:
        book = cls(version=version)
        for number, (title, paragraphs) in enumerate(PARAGRAPHS.items(), start=1):
            extra = '<p><img src="../images/map.png" alt="A map"/></p>' if number == 1 else ""
            book.chapters[f"text/ch{number}.xhtml"] = chapter_xhtml(title, paragraphs, extra)
            book.nav_links.append((title, f"text/ch{number}.xhtml"))
        book.extra_files["OEBPS/images/map.png"] = png_bytes()
        book.extra_manifest = '<item id="map" href="images/map.png" media-type="image/png"/>'
        return book

    def opf(self) -> str:
        items = "".join(
            f'<item id="c{n}" href="{name}" media-type="application/xhtml+xml"/>'
            for n, name in enumerate(self.chapters)
        )
        spine = "".join(f'<itemref idref="c{n}"/>' for n in range(len(self.chapters)))
        nav_item = (
            '<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>'
            if self.version == "3"
            else '<item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>'
        )
        return (
            f'<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="{self.version}.0">'
            '<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">'
            f"<dc:title>{self.title}</dc:title><dc:creator>{self.author}</dc:creator>"
            "<dc:language>en-GB</dc:language><dc:publisher>Harbour Press</dc:publisher>"
            "<dc:date>2019-05-01</dc:date></metadata>"
            f"<manifest>{nav_item}{items}{self.extra_manifest}</manifest>"
            f'<spine toc="ncx">{spine}</spine></package>'
        )

    def nav(self) -> str:
        links = "".join(f'<li><a href="{href}">{title}</a></li>' for title, href in self.nav_links)
        return (
            '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops">'
            f'<body><nav epub:type="toc"><ol>{links}</ol></nav></body></html>'
        )

    def ncx(self) -> str:
        points = "".join(
            f'<navPoint id="p{n}"><navLabel><text>{title}</text></navLabel><content src="{href}"/></navPoint>'
            for n, (title, href) in enumerate(self.nav_links)
        )
        return (
            '<?xml version="1.0"?><ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1">'
            f"<navMap>{points}</navMap></ncx>"
        )

    def write(self, path: Path) -> Path:
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("mimetype", "application/epub+zip", zipfile.ZIP_STORED)
            archive.writestr("META-INF/container.xml", CONTAINER)
            archive.writestr("OEBPS/content.opf", self.opf())
            if self.version == "3":
                archive.writestr("OEBPS/nav.xhtml", self.nav())
            else:
                archive.writestr("OEBPS/toc.ncx", self.ncx())
            for name, text in self.chapters.items():
                archive.writestr(f"OEBPS/{name}", text)
            for name, data in self.extra_files.items():
                archive.writestr(name, data)
        return path
