"""An article's sections, found from its headings, and a summary of each.

Summaries see plain text, so a heading is recognised as the rendered article shows it: a
block of one short line without closing punctuation, that is not code, followed by a block
of prose. The prose test keeps table cells and captions (short lines followed by more short
lines) from reading as headings.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from app.summary.split_article import (
    ArticleSentence,
    SplitArticle,
    looks_like_code,
    looks_like_heading,
)

# A section of up to this many summarizable sentences gets one summary sentence, up to
# _TWO_SENTENCES_UP_TO two, and a longer one three: enough to say what it holds.
_ONE_SENTENCE_UP_TO = 5
_TWO_SENTENCES_UP_TO = 30
_LONG_SECTION_SENTENCES = 3
# Fewer headings than this and the article has no sections to speak of.
MIN_HEADINGS = 2
# A call, a comment or an assignment: a line of code that the code test let through.
_CODE_IN_HEADING = re.compile(r"\w\(|#|=")


@dataclass(frozen=True)
class Section:
    heading: ArticleSentence | None  # None for the opening, before the first heading
    sentences: tuple[ArticleSentence, ...]

    @property
    def candidates(self) -> list[ArticleSentence]:
        return [sentence for sentence in self.sentences if sentence.selectable]


def find_sections(article: SplitArticle) -> list[Section]:
    """The opening and each heading's section, in article order (empty ones included)."""
    headings = heading_indexes(article.sentences)
    sections: list[Section] = []
    bounds = [None, *headings]
    ends = [*headings, len(article.sentences)]
    for heading, end in zip(bounds, ends, strict=True):
        start = 0 if heading is None else heading + 1
        owner = None if heading is None else article.sentences[heading]
        sections.append(Section(owner, article.sentences[start:end]))
    return sections


def heading_indexes(sentences: Sequence[ArticleSentence]) -> list[int]:
    """Positions of the sentences that head a section."""
    block_sizes: dict[int, int] = {}
    for sentence in sentences:
        block_sizes[sentence.block] = block_sizes.get(sentence.block, 0) + 1
    found = []
    for position, sentence in enumerate(sentences):
        alone_in_block = block_sizes[sentence.block] == 1
        if (
            alone_in_block
            and _reads_as_heading(sentence.text)
            and _prose_follows(sentences, position)
        ):
            found.append(position)
    return found


def _reads_as_heading(text: str) -> bool:
    first_letter = next((char for char in text if char.isalnum()), "")
    return (
        first_letter.isalpha()
        and looks_like_heading(text, is_whole_block=True)
        and not looks_like_code(text)
        and _CODE_IN_HEADING.search(text) is None
    )


def _prose_follows(sentences: Sequence[ArticleSentence], position: int) -> bool:
    """Whether the block after this one holds a sentence that can be summarized. A heading
    directly above a subheading fails it, like a table cell above the next: its text is
    the subheading's section."""
    block = sentences[position].block
    for sentence in sentences[position + 1 :]:
        if sentence.block != block:
            return sentence.selectable
    return False


def sentences_for_section(candidate_count: int) -> int:
    """How many summary sentences a section of `candidate_count` candidates gets."""
    if candidate_count <= _ONE_SENTENCE_UP_TO:
        return min(1, candidate_count)
    if candidate_count <= _TWO_SENTENCES_UP_TO:
        return 2
    return _LONG_SECTION_SENTENCES


def section_article(article: SplitArticle, section: Section) -> SplitArticle:
    """The section as an article of its own, titled by its heading (or the article's title)."""
    title = article.title if section.heading is None else section.heading.text
    return SplitArticle(article.text, section.sentences, title)


def section_numbers(article: SplitArticle) -> dict[int, int]:
    """Each sentence's section (0 for the opening), by sentence index."""
    numbers: dict[int, int] = {}
    for number, section in enumerate(find_sections(article)):
        for sentence in section.sentences:
            numbers[sentence.index] = number
    return numbers


def sections_first(
    ranked: Sequence[tuple[ArticleSentence, float]],
    article: SplitArticle,
    stands_alone: Callable[[ArticleSentence], bool],
) -> list[tuple[ArticleSentence, float]]:
    """The ranking with each section's best sentence that stands alone moved ahead of all
    the others (keeping rank order within both groups), so a summary that fills in this
    order reaches as many sections as its length allows."""
    numbers = section_numbers(article)
    led: set[int] = set()
    leaders: list[tuple[ArticleSentence, float]] = []
    rest: list[tuple[ArticleSentence, float]] = []
    for item in ranked:
        number = numbers.get(item[0].index, 0)
        if number not in led and stands_alone(item[0]):
            leaders.append(item)
            led.add(number)
        else:
            rest.append(item)
    return [*leaders, *rest]
