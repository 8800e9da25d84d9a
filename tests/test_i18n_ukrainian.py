"""Ukrainian plural forms: three of them, as in Russian, but with Ukrainian endings."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from i18n_helpers import interface_in

from ui.i18n import tr


@pytest.fixture
def ukrainian(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    yield from interface_in(qapp, "uk")


@pytest.mark.parametrize(
    ("count", "expected"),
    [
        (0, "0 статей"),
        (1, "1 стаття"),
        (2, "2 статті"),
        (5, "5 статей"),
        (11, "11 статей"),
        (21, "21 стаття"),
        (101, "101 стаття"),
        (1234, "1\xa0234 статті"),
    ],
)
def test_ukrainian_plural_forms(ukrainian: None, count: int, expected: str) -> None:
    assert tr("ListPanel", "%Ln articles", None, count) == expected


@pytest.mark.parametrize(("count", "form"), [(1, "розділ"), (3, "розділи"), (12, "розділів")])
def test_ukrainian_plural_forms_of_sections(ukrainian: None, count: int, form: str) -> None:
    assert tr("SummaryPane", " · %n sections", None, count) == f" · {count} {form}"
