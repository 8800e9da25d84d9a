"""An EPUB 2 or 3 book as one article: its chapters as sections, its images stored with it.

The archive is read from the zip alone: a path that climbs out of it (`../../etc/passwd`)
or names a remote resource is never followed, only dropped. What the zip claims to unpack
to is checked before anything is read, and each read stops at its claimed size, so a zip
bomb or a truncated download is refused with a reason instead of filling memory.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

from app.articles import ArticleDraft
from app.assets import MAX_ASSET_BYTES
from app.errors import ArticleFormatError, os_reason
from app.i18n import filled, tr
from app.importing.book_toc import TocEntry, decode_xhtml, inside_archive, nav_entries, ncx_entries
from app.importing.xhtml_markdown import Anchor, ChapterInput, chapter_markdown

MAX_EPUB_BYTES = 200 * 2**20
MAX_UNPACKED_BYTES = 400 * 2**20  # all members together, as the zip declares them
MAX_MEMBERS = 20_000
MAX_IMAGES = 400
# A member may claim a tiny size and inflate far past it; no real entry compresses 200:1.
MAX_COMPRESSION_RATIO = 200
_FONT_OBFUSCATION = ("http://www.idpf.org/2008/embedding", "http://ns.adobe.com/pdf/enc#RC")
_IMAGE_TYPES = ("image/png", "image/jpeg", "image/gif", "image/webp", "image/svg+xml")
_OPF = "{http://www.idpf.org/2007/opf}"
_DC = "{http://purl.org/dc/elements/1.1/}"
_CONTAINER = "{urn:oasis:names:tc:opendocument:xmlns:container}"


@dataclass(frozen=True)
class ManifestItem:
    path: str  # inside the archive, normalised
    media_type: str
    properties: str


@dataclass(frozen=True)
class Package:
    """The OPF package document: metadata, manifest by id, the spine's reading order."""

    metadata: dict[str, str]
    manifest: dict[str, ManifestItem]
    spine: list[str]  # archive paths in reading order
    toc_id: str


def read_epub(path: Path) -> tuple[ArticleDraft, dict[str, bytes]]:
    """The book at `path` as a draft and its images by key; raises ArticleFormatError."""
    name = path.name
    try:
        if path.stat().st_size > MAX_EPUB_BYTES:
            raise ArticleFormatError(
                filled(tr("Import", "%1 is larger than %2 MB."), name, str(MAX_EPUB_BYTES // 2**20))
            )
        with zipfile.ZipFile(path) as archive:
            return Book(archive, name).read()
    except (zipfile.BadZipFile, EOFError) as error:
        raise ArticleFormatError(
            filled(
                tr("Import", "%1 is not a complete EPUB: its zip archive is damaged or cut short."),
                name,
            )
        ) from error
    except OSError as error:
        raise ArticleFormatError(
            filled(tr("Import", "Cannot read %1: %2."), name, os_reason(error))
        ) from error


class Book:
    """One open EPUB archive, read member by member within the limits above."""

    def __init__(self, archive: zipfile.ZipFile, name: str) -> None:
        self.archive = archive
        self.name = name
        self.members = {info.filename: info for info in archive.infolist()}
        self.images: dict[str, bytes] = {}
        self._check_size()

    def read(self) -> tuple[ArticleDraft, dict[str, bytes]]:
        self._refuse_drm()
        package = self._package()
        toc = self._toc(package)
        markdown = self._text(package, toc)
        if not markdown.strip():
            raise ArticleFormatError(filled(tr("Import", "%1 has no readable text."), self.name))
        meta = package.metadata
        draft = ArticleDraft(
            title=meta.get("title") or Path(self.name).stem,
            markdown=markdown + "\n",
            author=meta.get("creator", ""),
            source=meta.get("publisher", ""),
            published=meta.get("date", ""),
            language=meta.get("language", "").lower().partition("-")[0],
        )
        return draft, self.images

    # -- the archive ----------------------------------------------------------------------------

    def _check_size(self) -> None:
        if len(self.members) > MAX_MEMBERS:
            raise ArticleFormatError(
                filled(
                    tr("Import", "%1 holds more than %2 files."),
                    self.name,
                    format(MAX_MEMBERS, ","),
                )
            )
        unpacked = sum(info.file_size for info in self.members.values())
        if unpacked > MAX_UNPACKED_BYTES:
            raise ArticleFormatError(
                filled(
                    tr(
                        "Import",
                        "%1 would unpack to more than %2 MB; it is refused as a possible zip bomb.",
                    ),
                    self.name,
                    str(MAX_UNPACKED_BYTES // 2**20),
                )
            )

    def member(self, path: str, limit: int = MAX_UNPACKED_BYTES) -> bytes | None:
        """A member's bytes, None when absent or larger than `limit`."""
        info = self.members.get(path)
        if info is None or info.file_size > limit:
            return None
        if info.compress_size and info.file_size / info.compress_size > MAX_COMPRESSION_RATIO:
            raise ArticleFormatError(
                filled(tr("Import", "%1 is refused as a possible zip bomb."), self.name)
            )
        with self.archive.open(info) as stream:
            data = stream.read(info.file_size + 1)
        if len(data) > info.file_size:
            raise ArticleFormatError(
                filled(tr("Import", "%1 is refused: %2 unpacks past its size."), self.name, path)
            )
        return data

    def xml(self, path: str) -> Any:
        from defusedxml import DefusedXmlException
        from defusedxml.ElementTree import ParseError, fromstring

        data = self.member(path)
        if data is None:
            raise ArticleFormatError(
                filled(tr("Import", "%1 is not a valid EPUB: %2 is missing."), self.name, path)
            )
        try:
            return fromstring(data)
        except (ParseError, DefusedXmlException) as error:
            raise ArticleFormatError(
                filled(
                    tr("Import", "%1 is not a valid EPUB: %2 is not valid XML."), self.name, path
                )
            ) from error

    def _refuse_drm(self) -> None:
        if "META-INF/rights.xml" in self.members or self._encrypts_text():
            raise ArticleFormatError(
                filled(
                    tr(
                        "Import",
                        "%1 is protected by DRM; Lede can only read books without it (export it from the shop that sold it, if they allow that).",
                    ),
                    self.name,
                )
            )

    def _encrypts_text(self) -> bool:
        """True when META-INF/encryption.xml encrypts anything but fonts: font obfuscation
        is common in books without DRM and leaves the text readable."""
        if "META-INF/encryption.xml" not in self.members:
            return False
        root = self.xml("META-INF/encryption.xml")
        return any(
            method.tag.endswith("EncryptionMethod")
            and method.get("Algorithm", "") not in _FONT_OBFUSCATION
            for method in root.iter()
        )

    # -- the package ----------------------------------------------------------------------------

    def _package(self) -> Package:
        if "META-INF/container.xml" not in self.members:
            raise ArticleFormatError(
                filled(
                    tr("Import", "%1 is not an EPUB: it has no META-INF/container.xml."), self.name
                )
            )
        container = self.xml("META-INF/container.xml")
        rootfile = container.find(f".//{_CONTAINER}rootfile")
        opf_path = inside_archive("", rootfile.get("full-path", "") if rootfile is not None else "")
        if not opf_path:
            raise ArticleFormatError(
                filled(tr("Import", "%1 is not a valid EPUB: it names no package file."), self.name)
            )
        return read_package(self.xml(opf_path), opf_path)

    def _toc(self, package: Package) -> list[TocEntry]:
        nav = next((i for i in package.manifest.values() if "nav" in i.properties.split()), None)
        entries: list[TocEntry] = []
        if nav is not None and nav.path in self.members:
            entries = nav_entries(self.member(nav.path) or b"", nav.path)
        ncx = package.manifest.get(package.toc_id)
        if not entries and ncx is not None and ncx.path in self.members:
            entries = ncx_entries(self.xml(ncx.path), ncx.path)
        return entries

    # -- the text -------------------------------------------------------------------------------

    def _text(self, package: Package, toc: list[TocEntry]) -> str:
        chapters = []
        for document in package.spine:
            data = self.member(document)
            if data is None:
                continue
            opening = tuple(
                Anchor(e.level, e.title) for e in toc if e.path == document and not e.fragment
            )
            anchors = {
                e.fragment: Anchor(e.level, e.title)
                for e in toc
                if e.path == document and e.fragment
            }
            chapter = ChapterInput(self._image_keys(document, package), anchors, opening)
            chapters.append(chapter_markdown(decode_xhtml(data), chapter))
        return "\n\n".join(chapter for chapter in chapters if chapter.strip())

    def _image_keys(self, document: str, package: Package) -> Any:
        image_paths = {i.path for i in package.manifest.values() if i.media_type in _IMAGE_TYPES}

        def key(src: str) -> str | None:
            path = inside_archive(document, src)
            if not path or path not in image_paths:
                return None  # remote, outside the archive, or not a listed image
            if path not in self.images:
                if len(self.images) >= MAX_IMAGES:
                    return None
                data = self.member(path, MAX_ASSET_BYTES)
                if not data:
                    return None
                self.images[quote(path)] = data
            return quote(path)

        return key


def read_package(root: Any, opf_path: str) -> Package:
    """The package document's metadata, manifest and spine."""
    metadata: dict[str, str] = {}
    for field_name in ("title", "creator", "language", "publisher", "date"):
        values = [" ".join("".join(e.itertext()).split()) for e in root.iter(f"{_DC}{field_name}")]
        values = [value for value in values if value]
        if values:
            metadata[field_name] = ", ".join(values) if field_name == "creator" else values[0]
    manifest: dict[str, ManifestItem] = {}
    for item in root.iter(f"{_OPF}item"):
        path = inside_archive(opf_path, item.get("href", ""))
        if path:
            manifest[item.get("id", "")] = ManifestItem(
                path, item.get("media-type", ""), item.get("properties", "")
            )
    spine_element = root.find(f"{_OPF}spine")
    spine: list[str] = []
    toc_id = ""
    if spine_element is not None:
        toc_id = spine_element.get("toc", "")
        for itemref in spine_element.iter(f"{_OPF}itemref"):
            item = manifest.get(itemref.get("idref", ""))
            if item is not None and item.path not in spine:
                spine.append(item.path)
    return Package(metadata, manifest, spine, toc_id)
