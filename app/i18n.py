"""The core's messages in the reader's language, without Qt.

`tr`, `marked` and `filled` mean what ui/i18n's do, and read the same catalogue: the finished
translations of `resources/i18n/lede_{lang}.ts`, parsed once per process when the first
message is asked for. The window chooses the language with `use_language` when it installs
its own translations; the command line chooses it from the preferences, else the
environment, before it builds its parser. Whatever goes wrong (no catalogue, a broken one, a
language Lede does not have) leaves the text in English and says so once in the log.
"""

from __future__ import annotations

import os
import re
import threading
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from app.paths import RESOURCES
from app.plurals import grouped_number, plural_form, written_date

if TYPE_CHECKING:  # logging and the XML reader load only when a catalogue is read
    from xml.etree.ElementTree import Element

TRANSLATIONS = RESOURCES / "i18n"
# Far above any real catalogue (ours are ~50 KB): a bigger file is not read at all.
_LARGEST_CATALOGUE = 20_000_000
_LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")

Key = tuple[str, str, str]  # context, source, disambiguation ('' for none)
Translation = str | tuple[str, ...]  # a text, or a plural's forms in Qt's order


class _Active:
    """The chosen language and its catalogue, read on first use (None until then)."""

    language: ClassVar[str] = "en"
    messages: ClassVar[dict[Key, Translation] | None] = {}
    lock: ClassVar[threading.Lock] = threading.Lock()


def use_language(code: str) -> None:
    """Show the core's messages in `code` from now on; an unknown code means English."""
    from app.settings import INTERFACE_LANGUAGES  # app.settings imports app.errors, which uses tr

    language = code if code in INTERFACE_LANGUAGES else "en"
    with _Active.lock:
        if language == _Active.language:
            return  # the command line chose it, then the window: one reading is enough
        _Active.language = language
        _Active.messages = {} if language == "en" else None


def current_language() -> str:
    return _Active.language


def local_date(iso_date: str) -> str:
    """An ISO date as the chosen language writes it (07.12.2026 in Russian)."""
    return written_date(_Active.language, iso_date)


def tr(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the chosen language (plural forms by `n`, which fills in `%n` and `%Ln`)."""
    language = _Active.language
    found = _messages().get((context, text, disambiguation or ""))
    if found is None and disambiguation:
        found = _messages().get((context, text, ""))  # as Qt falls back to no disambiguation
    if isinstance(found, tuple):
        forms = found
        found = forms[min(plural_form(language, n), len(forms) - 1)] or None
    return _with_number(found or text, language, n)


def marked(context: str, text: str) -> str:
    """`text` as it is, marked for the catalogue: a module constant is made before the
    language is chosen, so it is shown through `tr(context, constant)` (as QT_TRANSLATE_NOOP)."""
    del context  # only lupdate reads it
    return text


def filled(text: str, *values: str) -> str:
    """`text` with %1, %2... replaced by `values` in one pass, so a value that itself holds
    "%2" (a title, a tag) is left as it is."""
    return re.sub(r"%([1-9])", lambda match: _value(values, match), text)


def _value(values: tuple[str, ...], match: re.Match[str]) -> str:
    index = int(match.group(1)) - 1
    # str(): a value an untyped library made (an exception, typed Any) still reads as text
    return str(values[index]) if index < len(values) else match.group(0)


def _with_number(text: str, language: str, n: int) -> str:
    if n < 0:
        return text
    return re.sub(
        r"%(L?)n", lambda match: grouped_number(language, n) if match[1] else str(n), text
    )


def language_from_environment(environment: dict[str, str] | None = None) -> str:
    """The interface language the locale variables ask for, read as gettext does: the first
    of LANGUAGE, LC_ALL, LC_MESSAGES and LANG that is set, whose colon-separated entries are
    tried in order; "C" or "POSIX" stops at English."""
    from app.settings import INTERFACE_LANGUAGES

    variables = os.environ if environment is None else environment
    value = next((variables[name] for name in _LOCALE_VARIABLES if variables.get(name)), "")
    for entry in value.split(":"):
        code = re.split(r"[_.@-]", entry.strip(), maxsplit=1)[0].lower()
        if code in ("c", "posix"):
            return "en"
        if code in INTERFACE_LANGUAGES:
            return code
    return "en"


def command_line_language(preferences_file: Path) -> str:
    """The language the command line speaks: the one chosen in the preferences, else the
    environment's."""
    from app.settings import load_preferences

    return load_preferences(preferences_file).interface_language or language_from_environment()


def _messages() -> dict[Key, Translation]:
    messages = _Active.messages
    if messages is not None:
        return messages
    with _Active.lock:
        if _Active.messages is None:
            _Active.messages = read_catalogue(TRANSLATIONS / f"lede_{_Active.language}.ts")
        return _Active.messages


def read_catalogue(path: Path) -> dict[Key, Translation]:
    """The finished translations of a `.ts` file; an unreadable one gives none, and a warning."""
    # Imported here: English, and every start before the first message, never needs them.
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import ParseError, parse

    try:
        if path.stat().st_size > _LARGEST_CATALOGUE:
            raise ValueError("the file is too large to be a catalogue")
        root = parse(path).getroot()
        if root.tag != "TS":
            raise ValueError("it is not a Qt catalogue (no <TS> element)")
    except (OSError, ParseError, DefusedXmlException, ValueError) as error:
        import logging

        logging.getLogger(__name__).warning(
            "No usable translation in %s (%s): messages stay in English.", path, error
        )
        return {}
    messages: dict[Key, Translation] = {}
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            found = _finished_translation(message)
            if found is not None:
                key = (name, message.findtext("source", ""), message.findtext("comment", ""))
                messages[key] = found
    return messages


def _finished_translation(message: Element) -> Translation | None:
    translation = message.find("translation")
    if translation is None or translation.get("type"):  # unfinished, vanished, obsolete
        return None
    if message.get("numerus") == "yes":
        forms = tuple(form.text or "" for form in translation.iter("numerusform"))
        return forms if any(forms) else None
    return translation.text or None
