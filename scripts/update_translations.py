"""Update the translation catalogues from the code and build them (docs/translating.md).

    uv run python scripts/update_translations.py          # every language
    uv run python scripts/update_translations.py ru de    # just these

For each language: `pyside6-lupdate` merges the strings marked with `tr()` or `marked()` in ui/
and app/ (the core's own `tr` and `marked`, from app/i18n.py, have the same names, so one alias
finds both) into resources/i18n/lede_{lang}.ts (Qt Linguist opens it), and `pyside6-lrelease` builds the
lede_{lang}.qm the application loads. Both files are committed.

lupdate's Python reader takes a message for a plural only when its number is written as a
literal (`tr(ctx, "%n articles", None, 3)`), never a variable: so every message with `%n` is
made a plural here after lupdate ran, and keeps the plural forms translated before.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.settings import INTERFACE_LANGUAGES  # noqa: E402
from ui.i18n import TRANSLATIONS  # noqa: E402

ALIASES = "translate+=tr,QT_TRANSLATE_NOOP+=marked"
LUPDATE = ["pyside6-lupdate", "-extensions", "py", "-tr-function-alias", ALIASES]
LUPDATE_OPTIONS = ["-locations", "none", "-no-obsolete", "-silent"]
SCANNED = ["app", "ui"]
PLURAL_FORMS = {"ru": 3, "uk": 3, "de": 2, "fr": 2, "es": 2}
Key = tuple[str, str]


def lrelease(ts_file: Path, qm_file: Path) -> None:
    subprocess.run(["pyside6-lrelease", "-silent", str(ts_file), "-qm", str(qm_file)], check=True)


def plural_messages(tree: ElementTree.ElementTree) -> dict[Key, ElementTree.Element]:
    """Each message with a number in it (`%n`, `%Ln`), by its context and source."""
    found = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            if "%n" in source or "%Ln" in source:
                found[name, source] = message
    return found


def saved_forms(ts_file: Path) -> dict[Key, tuple[list[str], str | None]]:
    """The plural forms already translated (and whether they are finished), before lupdate."""
    if not ts_file.exists():
        return {}
    forms = {}
    for key, message in plural_messages(ElementTree.parse(ts_file)).items():
        translation = message.find("translation")
        if translation is not None and message.get("numerus") == "yes":
            texts = [form.text or "" for form in translation.iter("numerusform")]
            forms[key] = (texts, translation.get("type"))
    return forms


def make_plurals(
    ts_file: Path, language: str, saved: dict[Key, tuple[list[str], str | None]]
) -> None:
    tree = ElementTree.parse(ts_file)
    for key, message in plural_messages(tree).items():
        message.set("numerus", "yes")
        old = message.find("translation")
        if old is not None:
            message.remove(old)
        texts, kind = saved.get(key, ([""] * PLURAL_FORMS[language], "unfinished"))
        translation = ElementTree.SubElement(message, "translation")
        if kind:
            translation.set("type", kind)
        for text in texts:
            ElementTree.SubElement(translation, "numerusform").text = text
    ElementTree.indent(tree, "    ")
    body = ElementTree.tostring(tree.getroot(), encoding="unicode")
    ts_file.write_text(
        f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8"
    )


def update(language: str) -> None:
    ts_file = TRANSLATIONS / f"lede_{language}.ts"
    saved = saved_forms(ts_file)
    ts = str(ts_file)
    subprocess.run(
        [
            *LUPDATE,
            *(str(ROOT / folder) for folder in SCANNED),
            *LUPDATE_OPTIONS,
            "-target-language",
            language,
            "-ts",
            ts,
        ],
        check=True,
    )
    make_plurals(ts_file, language, saved)
    lrelease(ts_file, ts_file.with_suffix(".qm"))
    print(f"updated {ts_file.relative_to(ROOT)} and its .qm")


def main() -> int:
    languages = sys.argv[1:] or [code for code in INTERFACE_LANGUAGES if code != "en"]
    unknown = sorted(set(languages) - set(PLURAL_FORMS))
    if unknown:
        print(f"unknown language: {', '.join(unknown)}", file=sys.stderr)
        return 2
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for language in languages:
        update(language)
    return 0


if __name__ == "__main__":
    sys.exit(main())
