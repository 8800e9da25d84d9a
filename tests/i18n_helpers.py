"""What the i18n tests read: the texts a window shows, the catalogues, the marked strings."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QLocale, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QLabel, QMenu

from ui.i18n import LANGUAGE_NAMES, install_translations

ROOT = Path(__file__).resolve().parents[1]
CATALOGUES = ROOT / "resources" / "i18n"
# Words that stay as they are in every interface language: key names, formats, product and
# algorithm names.
KEPT = {
    "Ctrl",
    "Shift",
    "Alt",
    "PgUp",
    "PgDown",
    "Left",
    "Right",
    "Tab",
    "Enter",
    "Delete",
    "Esc",
    "Space",
    "http",
    "https",
    "OPML",
    "Markdown",
    "Readwise",
    "CSV",
    "TL",
    "DR",
    "Lede",
    "LexRank",
    "TextRank",
    "LSA",
    "Luhn",
    "Edmundson",
    "KL",
    "Sum",
    "SumBasic",
    "Reduction",
}
# Formats, services and units a dialog names as they are, and Qt's own "OK" button.
KEPT_IN_DIALOGS = {
    "HTML",
    "PDF",
    "UTC",
    "URL",
    "Pocket",
    "Instapaper",
    "wallabag",
    "Omnivore",
    "OK",
}
# English words that German spells the same, which a German translation may well use.
GERMAN_TOO = {"in", "an", "so", "was", "will", "also", "man", "feed", "feeds", "tab", "name"}
GERMAN_TOO |= {"browser", "original", "system", "sepia", "start", "filter", "text", "link"}
GERMAN_TOO |= {"status", "version", "details", "export", "import", "digest", "links"}  # Alt+Links
# Common English words a message may hold that no marked text of ui/ does (the core's).
COMMON_ENGLISH = {"the", "of", "and", "to", "on", "is", "it", "its", "by", "this", "with"}
COMMON_ENGLISH |= {"from", "could", "not", "cannot", "be", "was", "has", "have", "no", "there"}


# What a translation writes as the reader types it, not as a word of its language: options,
# commands and variables (--library, fetch-saved, LEDE_LIBRARY), markers, quoted examples.
TYPED_NAME = r"--?\w[\w-]*|\w+[_-][\w-]+|%\(\w+\)\w|'[^']*'|\b[A-Z]{2,}\b"


def interface_in(qapp, language: str) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """The application in `language` while the caller's fixture lasts."""
    locale = QLocale()
    translators = install_translations(qapp, language)
    assert len(translators) == 2
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(locale)


def menu_texts(menu: QMenu) -> Iterator[str]:
    yield menu.title()
    for action in menu.actions():
        yield from action_texts(action)
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            yield from menu_texts(submenu)


def action_texts(action: QAction) -> Iterator[str]:
    yield action.text()
    yield action.toolTip()


def widget_texts(widget) -> Iterator[str]:  # type: ignore[no-untyped-def]
    for label in widget.findChildren(QLabel):
        yield label.text()
    for box in widget.findChildren(QComboBox):
        yield box.accessibleName()
        yield from (box.itemText(index) for index in range(box.count()))
    yield widget.accessibleName()


def sheet_texts(model: QAbstractItemModel) -> tuple[list[str], list[str]]:
    """The shortcuts sheet's cells (but the keys' column, which holds key names) and headers."""
    cells = [
        str(model.index(row, column).data()) for row in range(model.rowCount()) for column in (0, 2)
    ]
    headers = [str(model.headerData(column, Qt.Orientation.Horizontal)) for column in range(3)]
    return cells, headers


def marked_strings() -> set[tuple[str, str]]:
    """Every (context, text) that ui/ or app/ passes to tr() or marked() as literals."""
    found = set()
    for path in [*(ROOT / "ui").rglob("*.py"), *(ROOT / "app").rglob("*.py")]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                continue
            if node.func.id not in ("tr", "marked") or len(node.args) < 2:
                continue
            context, text = node.args[:2]
            if isinstance(context, ast.Constant) and isinstance(text, ast.Constant):
                found.add((str(context.value), str(text.value)))
    return found


def catalogue(path: Path) -> dict[tuple[str, str], ElementTree.Element]:
    messages = {}
    for context in ElementTree.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            key = (context.findtext("name", ""), message.findtext("source", ""))
            messages[key] = message
    return messages


def translated(message: ElementTree.Element) -> str:
    """A message's translation (its plural forms run together); '' when it has none."""
    translation = message.find("translation")
    return "" if translation is None else "".join(translation.itertext()).strip()


def untranslated(path: Path) -> list[str]:
    """The sources of a catalogue's messages without a finished translation."""
    return [
        source
        for (_context, source), message in catalogue(path).items()
        if not translated(message) or message.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
    ]


def english_left(
    texts: Iterable[str], language: str, allowed: Iterable[str] = ()
) -> dict[str, list[str]]:
    """Each text that still shows English, with the English words found in it, once the
    `allowed` values (titles, names, paths, what a server said) are taken out of it.

    Russian and Ukrainian write no Latin letters, so there any Latin word but the kept ones is
    English. German shares the alphabet: there a word is English when the interface's English
    texts (or everyday English) use it and no German translation in the catalogue does."""
    named = LANGUAGE_NAMES.values()  # the Language menu names each language in itself
    values = sorted({value for value in [*allowed, *named] if value}, key=len, reverse=True)
    found = {}
    for text in texts:
        plain = re.sub(r"<[^>]*>", " ", text.replace("&", ""))  # rich text's markup
        for value in values:
            plain = plain.replace(value, " ")
        plain = re.sub(TYPED_NAME, " ", plain)
        words = [word for word in re.findall(r"[A-Za-z]{2,}", plain) if _is_english(word, language)]
        if words:
            found[text] = words
    return found


def _is_english(word: str, language: str) -> bool:
    if word in KEPT or word in KEPT_IN_DIALOGS:
        return False
    if language in ("ru", "uk"):
        return True
    return word.lower() in _english_only_words(language)


@cache
def _english_only_words(language: str) -> frozenset[str]:
    messages = catalogue(CATALOGUES / f"lede_{language}.ts").values()
    used_there = {
        word.lower()
        for m in messages
        for word in re.findall(r"[A-Za-z]+", re.sub(TYPED_NAME, " ", translated(m)))
    }
    english = {
        word.lower() for _c, text in marked_strings() for word in re.findall(r"[A-Za-z]{2,}", text)
    }
    kept = {word.lower() for word in KEPT | KEPT_IN_DIALOGS}
    shared = GERMAN_TOO if language == "de" else set()
    return frozenset((english | COMMON_ENGLISH) - used_there - shared - kept)


Message = tuple[str, str, str | list[str] | None]  # context, source, translation or forms


def write_catalogue(folder: Path, language: str, messages: list[Message]) -> Path:
    """A small lede_{language}.ts in `folder` (None: an unfinished translation; a list: the
    forms of a plural), as Qt Linguist writes one."""
    root = ElementTree.Element("TS", version="2.1", language=language)
    contexts: dict[str, ElementTree.Element] = {}
    for context, source, translation in messages:
        if context not in contexts:
            contexts[context] = ElementTree.SubElement(root, "context")
            ElementTree.SubElement(contexts[context], "name").text = context
        message = ElementTree.SubElement(contexts[context], "message")
        ElementTree.SubElement(message, "source").text = source
        element = ElementTree.SubElement(message, "translation")
        if translation is None:
            element.set("type", "unfinished")
        elif isinstance(translation, list):
            message.set("numerus", "yes")
            for form in translation:
                ElementTree.SubElement(element, "numerusform").text = form
        else:
            element.text = translation
    path = folder / f"lede_{language}.ts"
    body = ElementTree.tostring(root, encoding="unicode")
    path.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', "utf-8")
    return path
