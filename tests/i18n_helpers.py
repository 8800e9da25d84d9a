"""What the i18n tests read: the texts a window shows, the catalogues, the marked strings."""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QLabel, QMenu

from ui.i18n import install_translations

ROOT = Path(__file__).resolve().parents[1]


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
