"""What a busy reader notices in a summary, kept as behaviour: the sample articles and a
how-to, at the automatic length and at three sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.articles import read_article_file
from app.document import render_markdown
from app.summary import Summary, SummaryLength, summarize, summarize_by_section
from app.summary.coherence import dangling_indices
from app.summary.sections import find_sections
from app.summary.split_article import split_article
from app.summary.standalone import points_back

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = sorted((ROOT / "resources" / "samples").glob("*.md"))
HOWTO = ROOT / "tests" / "data" / "howto_rsync_backups.md"
ARTICLES = [*SAMPLES, HOWTO]
LENGTHS = {"automatic": None, "3 sentences": SummaryLength(sentences=3)}


def rendered(path: Path) -> tuple[str, str | None, str | None]:
    draft = read_article_file(path)
    return render_markdown(draft.markdown).text, draft.language or None, draft.title


def summary_of(path: Path, length: SummaryLength | None) -> tuple[str, Summary]:
    text, language, title = rendered(path)
    return text, summarize(text, length=length, language=language, title=title)


@pytest.mark.parametrize("length", LENGTHS.values(), ids=LENGTHS.keys())
@pytest.mark.parametrize("path", ARTICLES, ids=[path.stem for path in ARTICLES])
def test_no_summary_sentence_leans_on_a_left_out_sentence(
    path: Path, length: SummaryLength | None
) -> None:
    text, summary = summary_of(path, length)
    article = split_article(text, summary.language)
    texts = [sentence.text for sentence in article.sentences]
    chosen = [sentence.index for sentence in summary.sentences]
    assert dangling_indices(chosen, texts, summary.language) == []
    for sentence in summary.sentences:
        if sentence.index > 0 and points_back(sentence.text, summary.language):
            assert sentence.index - 1 in chosen, sentence.text


def sectioned(path: Path) -> bool:
    text, language, _title = rendered(path)
    return len(find_sections(split_article(text, language or "en"))) > 2


SECTIONED = [path for path in ARTICLES if sectioned(path)]


def test_the_samples_with_headings_are_found() -> None:
    assert len(SECTIONED) >= 8


@pytest.mark.parametrize("path", SECTIONED, ids=[path.stem for path in SECTIONED])
def test_an_automatic_summary_of_an_article_with_headings_covers_its_sections(
    path: Path,
) -> None:
    text, summary = summary_of(path, None)
    sections = find_sections(split_article(text, summary.language))
    section_of = {s.index: n for n, section in enumerate(sections) for s in section.sentences}
    covered = {section_of[sentence.index] for sentence in summary.sentences}
    with_prose = sum(1 for section in sections if section.candidates)
    assert max(covered) >= 2, "the summary stops in the first section"
    assert len(covered) >= min(with_prose, len(summary.sentences)) - 1


@pytest.mark.parametrize("path", SECTIONED, ids=[path.stem for path in SECTIONED])
def test_by_section_gives_every_section_its_own_sentences(path: Path) -> None:
    text, language, title = rendered(path)
    result = summarize_by_section(text, language=language, title=title)
    assert len(result.sections) >= 3
    for section, following in zip(result.sections, [*result.sections[1:], None], strict=True):
        end = following.heading_start if following else len(text)
        assert all(section.heading_end <= s.start and s.end <= end for s in section.sentences)
        assert 1 <= len(section.sentences) <= 3


def test_a_how_to_summary_is_not_an_instruction_fragment() -> None:
    for length in LENGTHS.values():
        _text, summary = summary_of(HOWTO, length)
        assert summary.sentences
        for sentence in summary.sentences:
            assert not sentence.text.startswith("Next to it"), sentence.text
            assert len(sentence.text.split()) >= 8, sentence.text


LONG_READ = ROOT / "resources" / "samples" / "06-index-card-history.md"


def test_a_long_read_summary_is_not_made_of_short_generic_lines() -> None:
    text, summary = summary_of(LONG_READ, SummaryLength(sentences=5))
    lengths = [len(sentence.text.split()) for sentence in summary.sentences]
    assert len(lengths) == 5
    assert min(lengths) >= 8, [sentence.text for sentence in summary.sentences]
    last_index = len(split_article(text, "en").sentences) - 1
    assert summary.sentences[0].index < last_index // 4


def test_a_news_summary_still_opens_with_its_lead() -> None:
    _text, summary = summary_of(SAMPLES[0], SummaryLength(sentences=3))
    assert summary.sentences[0].index == 0


PAPER_WITH_RUN_IN_HEADINGS = " ".join(
    [
        "Blurred images are hard to classify, and most classifiers are trained on sharp ones.",
        "This paper shows that training on blurred copies makes a classifier robust to blur.",
        "3.1 GENERATING BLURRED DATA We blur every training image with a Gaussian kernel.",
        "The kernel's width is drawn at random for each image, between one and five pixels.",
        "3.2 TRAINING THE CLASSIFIER The classifier is trained on the sharp and blurred images.",
        "Wow!",
        "Training on blurred copies raised the accuracy on blurred test images by twelve points.",
        "On sharp test images the accuracy stayed within half a point of the sharp-only model.",
        "Blur robustness therefore comes almost for free when blurred copies are in training.",
    ]
)


@pytest.mark.parametrize("sentences", [3, 5, 7])
def test_run_in_capital_headings_and_short_exclamations_are_never_summary_lines(
    sentences: int,
) -> None:
    summary = summarize(
        PAPER_WITH_RUN_IN_HEADINGS, language="en", length=SummaryLength(sentences=sentences)
    )
    assert len(summary.sentences) == min(sentences, 6)  # 9 sentences, 3 of them fragments
    for sentence in summary.sentences:
        assert "GENERATING" not in sentence.text and "TRAINING THE" not in sentence.text
        assert sentence.text != "Wow!"
