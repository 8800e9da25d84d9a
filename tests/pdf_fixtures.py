"""PDF documents written by hand for the import tests: pages of positioned text lines in
Helvetica, so each test says exactly what is on each page (and a 10,000-page file costs
almost nothing, its pages sharing one content stream)."""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from pathlib import Path

PAGE_WIDTH, PAGE_HEIGHT = 612, 792


@dataclass(frozen=True)
class Line:
    text: str
    x: float = 72
    y: float = 720
    size: float = 11
    bold: bool = False


def flowed(
    paragraphs: list[tuple[str, float, bool]], x: float = 72, width_chars: int = 90
) -> list[Line]:
    """Paragraphs (text, size, bold) wrapped into lines down a page from the top."""
    lines: list[Line] = []
    y = 730.0
    for text, size, bold in paragraphs:
        words = text.split()
        current: list[str] = []
        for word in words:
            if len(" ".join([*current, word])) > width_chars * 11 / size:
                lines.append(Line(" ".join(current), x, y, size, bold))
                y -= size * 1.3
                current = []
            current.append(word)
        if current:
            lines.append(Line(" ".join(current), x, y, size, bold))
        y -= size * 2.2
    return lines


def _escape(text: str) -> bytes:
    raw = text.encode("latin-1", errors="replace")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def content_stream(lines: list[Line]) -> bytes:
    parts = []
    for line in lines:
        font = b"/F2" if line.bold else b"/F1"
        parts.append(
            b"BT %s %.1f Tf %.1f %.1f Td (%s) Tj ET"
            % (font, line.size, line.x, line.y, _escape(line.text))
        )
    return b"\n".join(parts)


def write_pdf(
    path: Path,
    pages: list[list[Line]],
    repeat: int = 1,
    trailer_extra: bytes = b"",
    extra_objects: dict[int, bytes] | None = None,
) -> Path:
    """Each page's lines as a PDF; `repeat` makes the document that many copies of its
    pages, all pointing at the same content streams."""
    streams = [zlib.compress(content_stream(lines)) for lines in pages]
    page_count = len(pages) * repeat
    first_stream = 5
    first_page = first_stream + len(streams)
    objects: dict[int, bytes] = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        3: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        4: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
    }
    for offset, stream in enumerate(streams):
        objects[first_stream + offset] = (
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream" % (len(stream), stream)
        )
    kids = []
    for number in range(page_count):
        page_object = first_page + number
        kids.append(b"%d 0 R" % page_object)
        objects[page_object] = (
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Contents %d 0 R"
            b" /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> >>"
            % (PAGE_WIDTH, PAGE_HEIGHT, first_stream + number % len(streams))
        )
    objects[2] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(kids), page_count)
    objects.update(extra_objects or {})
    path.write_bytes(_assemble(objects, trailer_extra))
    return path


def _assemble(objects: dict[int, bytes], trailer_extra: bytes) -> bytes:
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for number in sorted(objects):
        offsets[number] = len(out)
        out += b"%d 0 obj\n%s\nendobj\n" % (number, objects[number])
    size = max(objects) + 1
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for number in range(1, size):
        out += (
            b"%010d 00000 n \n" % offsets[number] if number in offsets else b"0000000000 65535 f \n"
        )
    out += b"trailer\n<< /Size %d /Root 1 0 R %s>>\nstartxref\n%d\n%%%%EOF\n" % (
        size,
        trailer_extra,
        xref,
    )
    return bytes(out)


REPORT_PAGES = [
    [
        ("Annual Report on Coastal Erosion", 20, True),
        ("Introduction", 15, True),
        (
            "The coastline of the northern district retreated by an average of two metres in the"
            " last year, the fastest rate since measurements began. This report sets out the"
            " causes that the survey team identified and the repairs the council has funded.",
            11,
            False,
        ),
        (
            "Storm surges in the winter months did most of the damage. The sea wall at the old"
            " harbour failed in three places, and the dunes south of the river lost much of their"
            " grass cover.",
            11,
            False,
        ),
    ],
    [
        ("Findings", 15, True),
        (
            "The survey found that sections of the wall built with the original stone held better"
            " than the concrete repairs made in the nineteen eighties. Replanting the dunes with"
            " marram grass slowed the loss of sand within a single season.",
            11,
            False,
        ),
        (
            "Residents reported flooding in twelve streets near the harbour, most of it during"
            " the January storm, when the tide and the wind came together.",
            11,
            False,
        ),
    ],
    [
        ("Recommendations", 15, True),
        (
            "The council should rebuild the failed sections with stone, extend the dune"
            " planting to the whole southern shore, and review the flood warnings for the"
            " harbour streets before next winter.",
            11,
            False,
        ),
    ],
]


def report_pdf(path: Path) -> Path:
    return write_pdf(path, [flowed(page) for page in REPORT_PAGES])


def two_column_pdf(path: Path) -> Path:
    """A page whose left column is written after its right one in the content stream."""
    left = flowed(
        [
            (f"Left column sentence number {n} continues the first story." * 1, 11, False)
            for n in range(1, 6)
        ],
        x=50,
        width_chars=40,
    )
    right = flowed(
        [
            (f"Right column sentence number {n} tells the second story." * 1, 11, False)
            for n in range(1, 6)
        ],
        x=320,
        width_chars=40,
    )
    return write_pdf(path, [right + left])
