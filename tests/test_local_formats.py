"""Dates, numbers and reading times in the locale's own forms: the list's second line, the
reader's header and the digest show "07.03.2026" in Russian, "3/7/2026" in American English,
and the stored ISO date under the C locale, which has no form of its own."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDate, QLocale

from app.store.rows import ArticleRow
from ui.features.digest_view import digest_heading
from ui.i18n import local_date, local_date_time, minutes_read
from ui.list.article_model import describe_row

STAMP = "2026-03-07T09:30:00.000000+00:00"


@pytest.fixture
def locale_named(request: pytest.FixtureRequest) -> Iterator[None]:
    QLocale.setDefault(QLocale(request.param))
    yield
    QLocale.setDefault(QLocale.system())


def row(published: str, added: str = "2025-01-02T00:00:00+00:00") -> ArticleRow:
    return ArticleRow(1, "Title", "Example", published, added, "en", 2300, False, False, False)


@pytest.mark.parametrize(
    ("locale_named", "expected"),
    [
        ("ru_RU", "07.03.2026"),
        ("de_DE", "07.03.2026"),
        ("uk_UA", "07.03.2026"),
        ("fr_FR", "07/03/2026"),
        ("es_ES", "7/3/2026"),
        ("en_US", "3/7/2026"),
        ("C", "2026-03-07"),
    ],
    indirect=["locale_named"],
)
def test_a_date_takes_the_locales_short_form_with_the_whole_year(
    locale_named: None, expected: str
) -> None:
    assert local_date(STAMP) == expected


@pytest.mark.parametrize("locale_named", ["ru_RU"], indirect=True)
@pytest.mark.parametrize("stamp", ["", "not a date", "2026-13-45"])
def test_what_is_not_a_date_is_shown_as_stored(locale_named: None, stamp: str) -> None:
    assert local_date(stamp) == stamp[:10]


@pytest.mark.parametrize("locale_named", ["de_DE"], indirect=True)
def test_the_list_line_shows_the_published_date_else_the_date_added(locale_named: None) -> None:
    assert "07.03.2026" in describe_row(row(STAMP))
    assert "02.01.2025" in describe_row(row(""))
    assert "2026-03-07" not in describe_row(row(STAMP))


@pytest.mark.parametrize("locale_named", ["de_DE"], indirect=True)
def test_a_reading_time_groups_its_digits_as_the_locale_does(locale_named: None) -> None:
    assert minutes_read(1234).startswith("1.234 ")


@pytest.mark.parametrize("locale_named", ["fr_FR"], indirect=True)
def test_the_digest_heading_dates_itself_in_the_locale(locale_named: None) -> None:
    heading = digest_heading("all")
    assert heading.endswith(QLocale().toString(QDate.currentDate(), "dd/MM/yyyy"))


@pytest.mark.parametrize("locale_named", ["de_DE"], indirect=True)
def test_a_stored_utc_moment_is_shown_in_local_time_and_the_locales_form(
    locale_named: None,
) -> None:
    local = dt.datetime.fromisoformat(STAMP).astimezone()  # the machine's zone, as Qt reads it
    assert local_date_time(STAMP) == f"{local:%d.%m.%Y %H:%M}"
    assert local_date_time("not a moment") == "not a moment"[:16]


@pytest.mark.parametrize("locale_named", ["C"], indirect=True)
def test_under_the_c_locale_a_moment_is_iso_in_local_time(locale_named: None) -> None:
    local = dt.datetime.fromisoformat(STAMP).astimezone()
    assert local_date_time(STAMP) == f"{local:%Y-%m-%d %H:%M}"
