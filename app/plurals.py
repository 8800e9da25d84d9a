"""Which plural form a number takes, and how a number or a date is written, in each
interface language.

The rules and the order of the forms are Qt's (its Linguist numerus rules), so a catalogue's
`<numerusform>`s mean the same here as in the window: Russian and Ukrainian have three forms
(1 статья, 2 статьи, 5 статей), German and Spanish two split at one, French two with 0 and 1
in the first.
"""

from __future__ import annotations

# The thousands separator Qt's QLocale writes (CLDR's): a no-break space in Russian and
# Ukrainian, a narrow no-break space in French.
_GROUP_SEPARATORS = {
    "en": ",",
    "ru": "\u00a0",
    "uk": "\u00a0",
    "de": ".",
    "fr": "\u202f",
    "es": ".",
}
# Spanish groups only numbers of five digits or more (1234, but 12.345), as CLDR says.
_FEWEST_DIGITS_TO_GROUP = {"es": 5}
_SLAVIC = frozenset({"ru", "uk"})
# Dates as each language writes them in figures (CLDR's short dates, with the year in full so
# none is ambiguous); English keeps ISO 8601, as Lede has always written them.
_DATE_FORMATS = {
    "ru": "{day:02}.{month:02}.{year}",
    "uk": "{day:02}.{month:02}.{year}",
    "de": "{day:02}.{month:02}.{year}",
    "fr": "{day:02}/{month:02}/{year}",
    "es": "{day}/{month}/{year}",
}


def plural_form(language: str, number: int) -> int:
    """The index of the `<numerusform>` that `number` takes in `language` (0 for a negative
    number, as Qt does when no number is given)."""
    if number < 0:
        return 0
    if language in _SLAVIC:
        return _slavic_form(number)
    if language == "fr":
        return 0 if number <= 1 else 1
    return 0 if number == 1 else 1


def _slavic_form(number: int) -> int:
    last, last_two = number % 10, number % 100
    if last == 1 and last_two != 11:
        return 0
    if 2 <= last <= 4 and not 10 <= last_two <= 19:
        return 1
    return 2


def grouped_number(language: str, number: int) -> str:
    """`number` with the language's thousands separator, as Qt's `%Ln` writes it."""
    digits = str(abs(number))
    sign = "-" if number < 0 else ""
    if len(digits) < _FEWEST_DIGITS_TO_GROUP.get(language, 4):
        return sign + digits
    separator = _GROUP_SEPARATORS.get(language, ",")
    head = len(digits) % 3 or 3
    groups = [digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)]
    return sign + separator.join(groups)


def written_date(language: str, iso_date: str) -> str:
    """An ISO date (YYYY-MM-DD, a time after it ignored) as `language` writes it; text that is
    not such a date is given back as it is."""
    import datetime as dt  # only exports write dates: the command line starts without it

    form = _DATE_FORMATS.get(language)
    try:
        date = dt.date.fromisoformat(iso_date[:10])
    except ValueError:
        return iso_date
    if form is None:
        return date.isoformat()
    return form.format(day=date.day, month=date.month, year=date.year)
