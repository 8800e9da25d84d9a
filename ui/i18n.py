"""The interface in the reader's language: Qt's own catalogue and Lede's, chosen at start.

Strings are marked with `tr(context, text)`, or `marked(context, text)` where the text is kept
in English to be translated later; `pyside6-lupdate -tr-function-alias
translate+=tr,QT_TRANSLATE_NOOP+=marked` finds both (docs/translating.md has the commands).
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLibraryInfo,
    QLocale,
    Qt,
    QTimeZone,
    QTranslator,
)

import app.i18n
from app.i18n import filled as filled  # one filled() for the window and the core
from app.paths import RESOURCES
from app.settings import INTERFACE_LANGUAGES, Preferences

TRANSLATIONS = RESOURCES / "i18n"
# Each language named in itself, as the View > Language menu shows it.
LANGUAGE_NAMES = {
    "en": "English",
    "ru": "Русский",
    "de": "Deutsch",
    "fr": "Français",
    "es": "Español",
    "uk": "Українська",
}
log = logging.getLogger(__name__)


def tr(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the interface's language (plural forms by `n`, which fills in `%n`)."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def marked(context: str, text: str) -> str:
    """`text` as it is, marked for the catalogue: a module constant is made before the
    translations load, so it is shown through `tr(context, constant)` (as QT_TRANSLATE_NOOP)."""
    del context  # only lupdate reads it
    return text


def minutes_read(minutes: int) -> str:
    """An article's reading time, as the list, the reader and the summary show it."""
    return filled(tr("Reading", "%1 min read"), QLocale().toString(minutes))


def local_date(stamp: str) -> str:
    """The date of an ISO stamp ("2026-03-07T09:30…") in the locale's short form with the
    whole year ("07.03.2026", "3/7/2026"); as stored (ISO) under the C locale, which has no
    form of its own, or when the stamp is not a date."""
    day = QDate.fromString(stamp[:10], "yyyy-MM-dd")
    locale = QLocale()
    if not day.isValid() or locale.language() == QLocale.Language.C:
        return stamp[:10]
    return locale.toString(day, _four_digit_year(locale.dateFormat(QLocale.FormatType.ShortFormat)))


def local_date_time(stamp: str) -> str:
    """A stored UTC stamp as the reader's clock and locale write it ("07.12.2026 07:40" in
    Berlin); under the C locale the ISO form, in local time too."""
    moment = QDateTime.fromString(stamp[:19], "yyyy-MM-ddTHH:mm:ss")
    if not moment.isValid():
        return stamp[:16]
    moment.setTimeZone(QTimeZone.utc())
    local = moment.toLocalTime()
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return local.toString("yyyy-MM-dd HH:mm")
    day = local_date(local.date().toString(Qt.DateFormat.ISODate))
    return f"{day} {locale.toString(local.time(), QLocale.FormatType.ShortFormat)}"


def _four_digit_year(pattern: str) -> str:
    """The short form with "yyyy" for a two-digit "yy": "07.03.26" reads as any century."""
    return re.sub(r"(?<!y)yy(?!y)", "yyyy", pattern)


def interface_language(preferences: Preferences) -> str:
    """The language chosen in the preferences, else the system's if Lede has it, else English."""
    if preferences.interface_language in INTERFACE_LANGUAGES:
        return preferences.interface_language
    return system_language()


def system_language() -> str:
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in INTERFACE_LANGUAGES:
            return code
    return "en"


def install_translations(application: QCoreApplication, language: str) -> list[QTranslator]:
    """Load Qt's own catalogue (its dialogs' buttons) and Lede's for `language`; a missing or
    broken file is logged and leaves those strings in English."""
    app.i18n.use_language(language)  # the core's messages shown in the window follow it
    if language == "en" or language not in INTERFACE_LANGUAGES:
        return []
    QLocale.setDefault(QLocale(language))  # numbers in the language's own way ("1 234")
    qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    installed = []
    for path in (qt_folder / f"qtbase_{language}.qm", TRANSLATIONS / f"lede_{language}.qm"):
        translator = QTranslator(application)
        if translator.load(str(path)) and application.installTranslator(translator):
            installed.append(translator)
        else:
            log.warning("No usable translation in %s: those words stay in English.", path)
    return installed
