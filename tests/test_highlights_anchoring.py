"""Highlights are anchored in the article's plain text and found again after it changes."""

from __future__ import annotations

import pytest

from app.document import render_markdown
from app.highlights.anchoring import CONTEXT, anchor_for, place

SCRIPTS = {
    "cyrillic": "Сон и память. Во сне мозг перебирает события дня и закрепляет важное.",
    "combining": "Cafe\u0301 de\u0301ja\u0300 vu: the accents are combining marks here.",
    "emoji": "Bread 🍞 rises 👩\u200d🍳 when yeast 🦠 feeds on sugar.",
    "right-to-left": "المكتبة مفتوحة كل يوم. נקרא ספר טוב בערב.",
}


@pytest.mark.parametrize("name", sorted(SCRIPTS))
def test_a_quote_in_any_script_is_placed_where_it_was(name: str) -> None:
    text = SCRIPTS[name]
    start, end = 5, len(text) - 6
    anchor = anchor_for(text, start, end)
    assert anchor.exact == text[start:end]
    assert anchor.prefix == text[:start] and anchor.suffix == text[end:]
    assert place(text, anchor) == (start, end)


@pytest.mark.parametrize("name", sorted(SCRIPTS))
def test_a_quote_in_any_script_is_found_after_text_is_added_before_it(name: str) -> None:
    text = SCRIPTS[name]
    anchor = anchor_for(text, 3, 20)
    changed = "Новый абзац. 新しい段落。\n\n" + text
    assert place(changed, anchor) == (3 + 21, 20 + 21)
    assert changed[3 + 21 : 20 + 21] == text[3:20]


BLOCKS = """# Tides

The first paragraph ends here.

- one item in a list
- a second item

| Port | High water |
|------|------------|
| Brest | 06:12 |

> A quote closes it.
"""


def test_offsets_across_paragraph_list_and_table_boundaries_map_to_the_plain_text() -> None:
    text = render_markdown(BLOCKS).text
    start = text.index("ends here")
    end = text.index("06:12") + len("06:12")
    anchor = anchor_for(text, start, end)
    assert "one item in a list" in anchor.exact and "Brest" in anchor.exact
    assert anchor.exact.startswith("ends here") and anchor.exact.endswith("06:12")
    edited = render_markdown("An introduction was added.\n\n" + BLOCKS).text
    placed = place(edited, anchor)
    assert placed is not None and edited[placed[0] : placed[1]] == anchor.exact


def test_the_surrounding_text_chooses_between_repeated_quotes() -> None:
    text = "The lamp turns at dusk. Keepers wait. The lamp turns at dawn."
    second = text.rindex("The lamp turns")
    anchor = anchor_for(text, second, second + len("The lamp turns"))
    edited = "Prologue. The lamp turns at noon. " + text
    # Offsets now point elsewhere; the occurrence followed by " at dawn" wins.
    placed = place(edited, anchor)
    assert placed is not None
    assert edited[placed[1] : placed[1] + 8] == " at dawn"


def test_when_the_context_is_gone_too_the_nearest_occurrence_wins() -> None:
    text = "alpha beta gamma beta delta"
    anchor = anchor_for(text, text.rindex("beta"), text.rindex("beta") + 4)
    edited = "XXXX beta YYYY beta ZZZZ"
    assert place(edited, anchor) == (edited.rindex("beta"), edited.rindex("beta") + 4)


def test_a_quote_no_longer_in_the_text_is_not_placed() -> None:
    text = "The harbour master keeps the tide tables."
    anchor = anchor_for(text, 4, 18)
    assert place("Every word of the article was rewritten.", anchor) is None
    assert place("", anchor) is None


def test_context_is_at_most_a_few_words_and_the_range_is_clipped() -> None:
    text = "x" * 100 + "QUOTE" + "y" * 100
    anchor = anchor_for(text, 100, 105)
    assert len(anchor.prefix) == len(anchor.suffix) == CONTEXT
    whole = anchor_for(text, -5, 10_000)
    assert whole.exact == text and (whole.start, whole.end) == (0, len(text))
    with pytest.raises(ValueError):
        anchor_for(text, 50, 50)
