"""The article as sentences with offsets, and its sumy document model.

Only unique, selectable sentences go into the sumy model: sumy treats equal texts as the same
sentence (and returns them repeatedly), and headings or code should not become summary lines.
Headings and the title are kept as sumy headings, which Edmundson's title method reads.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence

from app.summary.splitting import block_spans, split_sentences
from app.summary.tokenizer import OfflineTokenizer, has_words

_VISIBLE_NON_LETTER = re.compile(r"[^\w\s]|[\d_]")
_TERMINAL_PUNCTUATION = frozenset(".!?…:;\"'”’»)")
_HEADING_MAX_WORDS = 12
# Below this share of letters among visible characters a line reads as code, numbers or markup.
_MIN_LETTER_SHARE = 0.5
# Character pairs that prose almost never contains but source code nearly always does.
_CODE_MARKERS = ("()", "{", "}", "=>", "::", "</", "/>", "==", "!=", "#include", ");", "];")
_CODE_LINE_STARTS = ("def ", "import ", "class ", "return ", "from ", "function ", "var ", "let ")
# A paper's run-in heading that the text extraction left at the start of a sentence, as in
# "3.1 GENERATING BLURRED DATA We first ...": three capitalised words, after an optional number.
_SHOUTED_START = re.compile(r"^(?:[\dIVX.]+\s+)?(?:[A-Z][A-Z\-]+\s+){2,}[A-Z]")
_EXCLAMATION_MAX_WORDS = 3  # "Look out, Mara!": a line of dialogue, not a point of the article


@dataclass(frozen=True)
class ArticleSentence:
    start: int
    end: int
    text: str
    index: int
    block: int
    selectable: bool


@dataclass(frozen=True)
class SplitArticle:
    text: str
    sentences: tuple[ArticleSentence, ...]
    title: str | None


def looks_like_heading(sentence: str, is_whole_block: bool) -> bool:
    if not is_whole_block or sentence[-1] in _TERMINAL_PUNCTUATION:
        return False
    return len(sentence.split()) <= _HEADING_MAX_WORDS


def looks_like_code(sentence: str) -> bool:
    visible = len("".join(sentence.split()))
    # Prose has few non-letters, so counting those is the cheap way to count letters.
    letters = visible - len(_VISIBLE_NON_LETTER.findall(sentence))
    if letters < _MIN_LETTER_SHARE * visible:
        return True
    if any(marker in sentence for marker in _CODE_MARKERS):
        return True
    return any(line.lstrip().startswith(_CODE_LINE_STARTS) for line in sentence.splitlines())


def reads_as_a_fragment(sentence: str) -> bool:
    """A sentence that starts with a run-in heading in capitals, or a short exclamation:
    neither reads as a point of the article in a summary."""
    if _SHOUTED_START.match(sentence):
        return True
    return sentence.rstrip().endswith("!") and len(sentence.split()) <= _EXCLAMATION_MAX_WORDS


def _is_selectable(sentence: str, is_whole_block: bool) -> bool:
    if not has_words(sentence):
        return False
    return not (
        looks_like_heading(sentence, is_whole_block)
        or looks_like_code(sentence)
        or reads_as_a_fragment(sentence)
    )


def split_article(text: str, language: str, title: str | None = None) -> SplitArticle:
    """Split `text` into sentences, noting which of them may appear in a summary."""
    sentences: list[ArticleSentence] = []
    seen: set[str] = set()
    for block_number, (block_start, block_end) in enumerate(block_spans(text)):
        spans = split_sentences(text[block_start:block_end], language)
        for start, end in spans:
            sentence = text[block_start + start : block_start + end]
            selectable = _is_selectable(sentence, len(spans) == 1) and sentence not in seen
            seen.add(sentence)
            sentences.append(
                ArticleSentence(
                    block_start + start,
                    block_start + end,
                    sentence,
                    len(sentences),
                    block_number,
                    selectable,
                )
            )
    return SplitArticle(text, _with_fallback_candidates(sentences), title)


def _with_fallback_candidates(sentences: list[ArticleSentence]) -> tuple[ArticleSentence, ...]:
    """When nothing looks like prose (a list of bare lines), every unique line is a candidate."""
    if any(sentence.selectable for sentence in sentences) or not sentences:
        return tuple(sentences)
    seen: set[str] = set()
    result = []
    for sentence in sentences:
        fresh = sentence.text not in seen and has_words(sentence.text)
        seen.add(sentence.text)
        result.append(
            ArticleSentence(
                sentence.start,
                sentence.end,
                sentence.text,
                sentence.index,
                sentence.block,
                fresh,
            )
        )
    return tuple(result)


def candidates(article: SplitArticle, limit: int | None = None) -> list[ArticleSentence]:
    selectable = [sentence for sentence in article.sentences if sentence.selectable]
    return selectable if limit is None else selectable[:limit]


def to_sumy_document(
    article: SplitArticle, chosen: list[ArticleSentence], tokenizer: OfflineTokenizer
) -> ObjectDocumentModel:
    """A sumy document of the chosen sentences, grouped by block, with headings kept."""
    chosen_indexes = {sentence.index for sentence in chosen}
    last_index = chosen[-1].index if chosen else -1
    paragraphs: list[list[Sentence]] = [[]]
    if article.title and article.title.strip():
        paragraphs[0].append(Sentence(article.title, tokenizer, is_heading=True))
    current_block = -1
    for sentence in article.sentences:
        if sentence.index > last_index:
            break
        if sentence.block != current_block and paragraphs[-1]:
            paragraphs.append([])
        current_block = sentence.block
        if sentence.index in chosen_indexes:
            paragraphs[-1].append(Sentence(sentence.text, tokenizer))
        elif not sentence.selectable and looks_like_heading(sentence.text, True):
            paragraphs[-1].append(Sentence(sentence.text, tokenizer, is_heading=True))
    return ObjectDocumentModel([Paragraph(group) for group in paragraphs if group])
