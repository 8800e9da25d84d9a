"""summarize_by_section(): the opening and each heading's section, with exact spans."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main
from app.reader_summary import summarize_article
from app.settings import (
    LENGTH_MODES,
    Preferences,
    SummarySettings,
    load_preferences,
    save_preferences,
)
from app.store.summary_cache import summary_from_json, summary_to_json
from app.summary import SectionedSummary, SummaryError, summarize_by_section
from app.summary.sections import sentences_for_section

TOPICS = ["harbour", "market", "museum", "ferry", "school", "bridge", "garden", "station"]


def paragraph(topic: str, sentences: int, seed: int = 0) -> str:
    return " ".join(
        f"The {topic} plan number {seed + n} changes how the town uses its {topic} land."
        for n in range(sentences)
    )


def article(sections: list[tuple[str, int]], opening: int = 3) -> str:
    parts = [paragraph("town", opening)]
    for number, (heading, size) in enumerate(sections):
        parts.append(heading)
        parts.append(paragraph(TOPICS[number % len(TOPICS)], size, seed=100 * number))
    return "\n\n".join(parts)


def assert_exact(text: str, summary: SectionedSummary) -> None:
    previous_end = -1
    for section in summary.sections:
        if section.heading is not None:
            assert text[section.heading_start : section.heading_end] == section.heading
            assert section.heading_start > previous_end
        for sentence in section.sentences:
            assert text[sentence.start : sentence.end] == sentence.text
            assert sentence.start >= section.heading_end
            assert sentence.start > previous_end
            assert 0.0 <= sentence.score <= 1.0
            previous_end = sentence.end


def test_each_heading_gets_its_own_sentences_in_article_order() -> None:
    text = article([("Where the money goes", 4), ("Who decides", 4), ("What happens next", 4)])
    summary = summarize_by_section(text, language="en")
    assert summary.heading_count == 3
    assert [section.heading for section in summary.sections] == [
        None,
        "Where the money goes",
        "Who decides",
        "What happens next",
    ]
    for section, topic in zip(summary.sections[1:], TOPICS, strict=False):
        assert section.sentences
        assert all(topic in sentence.text for sentence in section.sentences)
    assert_exact(text, summary)


def test_the_opening_is_a_section_without_a_heading() -> None:
    text = article([("First part", 3), ("Second part", 3)], opening=2)
    opening = summarize_by_section(text, language="en").sections[0]
    assert opening.heading is None
    assert opening.heading_start == opening.heading_end == opening.sentences[0].start
    assert opening.sentence_count == 2


@pytest.mark.parametrize(
    ("candidates", "expected"), [(0, 0), (1, 1), (5, 1), (6, 2), (30, 2), (31, 3), (5000, 3)]
)
def test_longer_sections_get_more_sentences(candidates: int, expected: int) -> None:
    assert sentences_for_section(candidates) == expected


def test_a_long_section_gets_more_than_a_short_one() -> None:
    text = article([("A short part", 2), ("A long part", 40)])
    short, long = summarize_by_section(text, language="en").sections[1:]
    assert len(short.sentences) == 1
    assert len(long.sentences) == 3


@pytest.mark.parametrize("headings", [0, 1])
def test_fewer_than_two_headings_give_no_sections(headings: int) -> None:
    text = article([(f"Heading {n}", 5) for n in range(headings)], opening=6)
    summary = summarize_by_section(text, language="en")
    assert summary.sections == ()
    assert summary.heading_count == headings
    assert summary.sentence_count > 0


def test_a_heading_directly_above_another_is_not_an_empty_section() -> None:
    text = article([("Part one", 3), ("Chapter two", 0), ("Part two", 3)])
    summary = summarize_by_section(text, language="en")
    assert [section.heading for section in summary.sections] == [None, "Part one", "Part two"]


def test_a_section_of_code_or_headings_only_is_left_out() -> None:
    text = article([("Part one", 3)]) + "\n\nThe code\n\n    x = y() {}\n\nPart two\n\n"
    text += paragraph("ferry", 3)
    summary = summarize_by_section(text, language="en")
    assert [section.heading for section in summary.sections] == [None, "Part one", "Part two"]


def test_table_cells_and_code_lines_are_not_headings() -> None:
    cells = "\n\n".join(["Article type", "Typical length", "News brief", "150 words"])
    code = 'print(reading_minutes("word " * 1150))  # about five minutes'
    text = article([("Part one", 3), ("Part two", 3)]) + f"\n\n{cells}\n\n{code}\n\n"
    text += paragraph("ferry", 3)
    summary = summarize_by_section(text, language="en")
    assert summary.heading_count == 2


def test_five_hundred_headings() -> None:
    text = article([(f"Section {n} of the report", 3 + n % 4) for n in range(500)])
    summary = summarize_by_section(text, language="en")
    assert summary.heading_count == 500
    assert len(summary.sections) == 501
    assert all(1 <= len(section.sentences) <= 2 for section in summary.sections)
    assert_exact(text, summary)


def test_a_million_characters_with_two_headings() -> None:
    def half(offset: int) -> str:
        return "\n\n".join(paragraph(TOPICS[n % 8], 5, seed=n * 10 + offset) for n in range(1300))

    text = f"{paragraph('town', 3)}\n\nFirst half\n\n{half(0)}\n\nSecond half\n\n{half(5)}"
    text = text[:1_000_000]
    assert len(text) > 900_000
    summary = summarize_by_section(text, language="en")
    assert summary.heading_count == 2
    assert [len(section.sentences) for section in summary.sections] == [1, 3, 3]
    assert_exact(text, summary)


HOSTILE = {
    "empty": "",
    "whitespace": " \t\n\n \u3000 \n",
    "nul bytes": "Heading\x00\n\n" + "Text here. \x00 More text. " * 20,
    "headings only": "\n\n".join(f"Heading {n}" for n in range(300)),
    "lone surrogate": "One\n\nBroken \ud800 text here. Again.\n\nTwo\n\nMore \ud800 text. So.",
    "binary": bytes(range(256)).decode("latin-1") * 40,
}


@pytest.mark.parametrize("text", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_text_gives_an_honest_result(text: str) -> None:
    summary = summarize_by_section(text, language="en")
    assert isinstance(summary, SectionedSummary)
    assert_exact(text, summary)


def test_wrong_types_are_summary_errors() -> None:
    with pytest.raises(SummaryError):
        summarize_by_section(b"bytes")  # type: ignore[arg-type]
    with pytest.raises(SummaryError):
        summarize_by_section("Text.", language="xx")


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "article.md"
    path.write_text(f"---\ntitle: Town plans\n---\n\n{text}", encoding="utf-8")
    return path


@pytest.mark.parametrize("algorithm", ["default", "textrank"])
def test_cli_prints_headings_and_their_sentences(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], algorithm: str
) -> None:
    text = article([("Where the money goes", 4), ("Who decides", 4)])
    markdown = text.replace("Where the money goes", "## Where the money goes")
    path = _write(tmp_path, markdown.replace("Who decides", "## Who decides"))
    arguments = ["summarize", str(path), "--by-section", "--language", "en"]
    assert main([*arguments, "--algorithm", algorithm]) == 0
    blocks = capsys.readouterr().out.strip().split("\n\n")
    headings = [block.splitlines()[0] for block in blocks]
    assert headings == ["## (opening)", "## Where the money goes", "## Who decides"]
    assert all(len(block.splitlines()) >= 2 for block in blocks)


def test_cli_says_when_an_article_has_no_sections(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _write(tmp_path, paragraph("town", 8))
    assert main(["summarize", str(path), "--by-section"]) == 1
    assert "needs 2" in capsys.readouterr().err


def test_cli_refuses_a_length_with_by_section(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _write(tmp_path, paragraph("town", 8))
    assert main(["summarize", str(path), "--by-section", "--sentences", "3"]) == 1
    assert "--by-section" in capsys.readouterr().err


def test_importing_by_section_first_leaves_summarize_a_function() -> None:
    code = (
        "from app.summary import summarize_by_section\n"
        "from app.summary import summarize\n"
        "assert callable(summarize) and summarize.__name__ == 'summarize', summarize\n"
    )
    root = Path(__file__).resolve().parents[1]
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=root, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr


def test_another_algorithm_ranks_within_each_section() -> None:
    text = article([("Where the money goes", 6), ("Who decides", 6), ("What happens next", 6)])
    summary = summarize_by_section(text, algorithm="lexrank", language="en")
    assert [section.heading for section in summary.sections] == [
        None,
        "Where the money goes",
        "Who decides",
        "What happens next",
    ]
    assert all(section.sentences for section in summary.sections)
    assert_exact(text, summary)
    with pytest.raises(SummaryError):
        summarize_by_section(text, algorithm="nonsense", language="en")


def test_the_reader_gets_a_summary_by_section_with_headings_above_their_sentences() -> None:
    text = article([("Where the money goes", 4), ("Who decides", 4), ("What happens next", 4)])
    sectioned = summarize_by_section(text, language="en")
    summary = summarize_article(text, SummarySettings(length_mode="sections"), "en")
    assert summary.sentences == tuple(
        sentence for section in sectioned.sections for sentence in section.sentences
    )
    assert [heading.text for heading in summary.headings] == [
        "Where the money goes",
        "Who decides",
        "What happens next",
    ]
    for heading in summary.headings:
        assert text[heading.start : heading.end] == heading.text
        # The heading stands right above its section's first sentence, after the one before.
        assert summary.sentences[heading.before].start > heading.end
        if heading.before:
            assert summary.sentences[heading.before - 1].end < heading.start
    assert summary_from_json(summary_to_json(summary)) == summary


def test_by_section_an_article_without_headings_gets_its_usual_summary() -> None:
    text = paragraph("town", 12)
    by_section = summarize_article(text, SummarySettings(length_mode="sections"), "en")
    assert by_section == summarize_article(text, SummarySettings(), "en")
    assert by_section.headings == () and by_section.sentences


def test_a_cached_summary_from_before_sections_still_reads() -> None:
    payload = (
        '{"sentences": [{"start": 0, "end": 5, "text": "Text.", "score": 1.0, "index": 0}],'
        ' "algorithm": "default", "language": "en", "sentence_count": 6, "too_short": false}'
    )
    summary = summary_from_json(payload)
    assert summary is not None and summary.headings == ()
    assert summary_from_json(payload.replace('"too_short"', '"headings": 3, "too_short"')) is None


def test_by_section_is_its_own_cache_entry_and_a_saved_preference(tmp_path: Path) -> None:
    keys = {SummarySettings(length_mode=mode).cache_key() for mode in LENGTH_MODES}
    assert len(keys) == len(LENGTH_MODES)
    path = tmp_path / "preferences.json"
    save_preferences(Preferences(summary=SummarySettings(length_mode="sections")), path)
    assert load_preferences(path).summary.length_mode == "sections"


GOOD_SENTENCE = '{"start": 0, "end": 5, "text": "Text.", "score": 1.0, "index": 0}'


@pytest.mark.parametrize(
    "headings",
    [
        '"not a list"',
        "[1, 2]",
        '[{"text": "H"}]',
        '[{"text": 7, "start": 0, "end": 1, "before": 0}]',
        '[{"text": "H", "start": "0", "end": 1, "before": 0}]',
        '[{"text": "H", "start": 0, "end": 1, "before": 0, "extra": 1}]',
        '[{"text": "H", "start": 0, "end": 1, "before": 1}]',  # no sentence after it
        '[{"text": "H", "start": 0, "end": 1, "before": -1}]',
        '[{"text": "H", "start": true, "end": 1, "before": 0}]',
    ],
)
def test_a_damaged_cached_summary_is_made_again_instead_of_shown(headings: str) -> None:
    payload = (
        f'{{"sentences": [{GOOD_SENTENCE}], "algorithm": "default", "language": "en",'
        f' "sentence_count": 6, "too_short": false, "headings": {headings}}}'
    )
    assert summary_from_json(payload) is None
    assert summary_from_json(payload.replace(headings, "[]")) is not None


def test_a_cached_sentence_of_the_wrong_type_is_made_again() -> None:
    payload = (
        '{"sentences": [SENTENCE], "algorithm": "default", "language": "en",'
        ' "sentence_count": 6, "too_short": false}'
    )
    assert summary_from_json(payload.replace("SENTENCE", GOOD_SENTENCE)) is not None
    broken = GOOD_SENTENCE.replace('"text": "Text."', '"text": null')
    assert summary_from_json(payload.replace("SENTENCE", broken)) is None
    huge = payload.replace("SENTENCE", GOOD_SENTENCE).replace(
        '"sentence_count": 6', '"sentence_count": 1e400'
    )
    assert summary_from_json(huge) is None
