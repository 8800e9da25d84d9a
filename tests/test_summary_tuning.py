"""bench/tune_default.py scores variants the way bench/quality.py and summarize() would."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import numpy
import pytest
from rouge_score import rouge_scorer

from app.summary import SummaryLength, summarize

BENCH = Path(__file__).resolve().parents[1] / "bench"

_TEXT = (
    "The river flooded the old town on Sunday night after two days of heavy rain. "
    "Hundreds of homes along the river were left without power until Monday morning. "
    "Rescue teams worked through the night to reach families stranded by the flood. "
    "The mayor said the flood defences had held in most places along the river. "
    "Engineers will inspect the walls this week before the next storm arrives. "
    "Shops in the centre stayed closed on Monday while the water went down. "
    "Forecasters expect more heavy rain later in the week across the region. "
    "Residents were told to keep sandbags ready and to check on their neighbours."
)
_RECORD = {
    "id": "flood",
    "title": "Flood leaves old town without power",
    "text": _TEXT,
    "summary": "The river flooded the old town. Hundreds of homes lost power. More rain is due.",
}


@pytest.fixture(scope="module")
def tune() -> ModuleType:
    spec = importlib.util.spec_from_file_location("tune_default", BENCH / "tune_default.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["tune_default"] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("picked", [[0], [0, 1, 2], [5, 1], [7, 3, 4, 0]])
def test_fast_rouge_equals_rouge_score(tune: ModuleType, picked: list[int]) -> None:
    case = tune.make_case(_RECORD)
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2"], use_stemmer=True)
    reference = "\n".join(tune.reference_lines(_RECORD))
    summary = "\n".join(case.texts[index] for index in sorted(picked))
    expected = scorer.score(reference, summary)
    rouge1, rouge2 = tune.rouge12(case, picked)
    assert rouge1 == pytest.approx(100 * expected["rouge1"].fmeasure)
    assert rouge2 == pytest.approx(100 * expected["rouge2"].fmeasure)


@pytest.mark.parametrize("length", ["3", "ref"])
def test_cached_scoring_picks_what_summarize_picks(tune: ModuleType, length: str) -> None:
    case = tune.make_case(_RECORD)
    importance, penalty = tune.current_scorer(case, tune.coverage_of(case, length))
    order, _ = tune._redundancy_aware_order(importance, case.features.similarity, penalty)
    wanted = SummaryLength(sentences=3) if length == "3" else SummaryLength(words=case.budget)
    summary = summarize(_TEXT, length=wanted, title=_RECORD["title"])
    picked = [case.texts[index] for index in sorted(tune.fill(case, order, length))]
    assert picked == [sentence.text for sentence in summary.sentences]


def test_paragraph_check_breaks_after_every_third_sentence(tune: ModuleType) -> None:
    blocks = tune.with_paragraphs(_TEXT).split("\n\n")
    assert [block.count(". ") + 1 for block in blocks] == [3, 3, 2]


def test_directed_centrality_favours_sentences_that_lead_into_later_ones(
    tune: ModuleType,
) -> None:
    similarity = numpy.array([[0.0, 0.5, 0.5], [0.5, 0.0, 0.0], [0.5, 0.0, 0.0]])
    scores = tune.directed_centrality(similarity, backward_weight=1.0)
    assert scores[0] == pytest.approx(1.0)
    assert scores[1] < 0 and scores[2] < 0
