"""The learned sentence scorer: its shipped weights, its inputs, and the script that fits it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy
import pytest

from app.summary import SummaryLength, summarize
from app.summary.features import sentence_features
from app.summary.learned import (
    ARTICLE_FEATURES,
    SENTENCE_FEATURES,
    SentenceContext,
    design_matrix,
    learned_importance,
    model_weights,
)

ROOT = Path(__file__).resolve().parents[1]

STEMS = [
    ["council", "vote", "budget", "school"],
    ["budget", "school", "fund", "rise"],
    ["weather", "sunny"],
    ["council", "school", "fund", "teacher", "budget"],
    ["mayor", "speech"],
]


def _context(paragraphs: list[int]) -> SentenceContext:
    texts = [" ".join(words) + "." for words in STEMS]
    return SentenceContext(texts, [len(words) for words in STEMS], paragraphs)


def test_shipped_weights_match_the_features() -> None:
    weights = model_weights("short")
    assert weights.shape == (len(SENTENCE_FEATURES) * len(ARTICLE_FEATURES),)
    assert numpy.isfinite(weights).all()


@pytest.mark.parametrize("paragraphs", [[0, 0, 0, 0, 0], [0, 1, 1, 2, 3]])
def test_design_matrix_has_one_finite_row_per_sentence(paragraphs: list[int]) -> None:
    features = sentence_features(STEMS, ["school", "budget"])
    design = design_matrix(features, _context(paragraphs))
    assert design.shape == (len(STEMS), len(SENTENCE_FEATURES) * len(ARTICLE_FEATURES))
    assert numpy.isfinite(design).all()
    scores = learned_importance(features, _context(paragraphs), "short")
    assert numpy.allclose(scores, design @ model_weights("short"))


def test_article_shape_changes_the_scores() -> None:
    features = sentence_features(STEMS, [])
    flat = learned_importance(features, _context([0] * 5), "short")
    split = learned_importance(features, _context([0, 1, 2, 3, 4]), "short")
    assert not numpy.allclose(flat, split)


def test_off_topic_sentence_ranks_below_the_central_ones() -> None:
    text = (
        "The city council voted on Monday to raise the school budget by ten percent. "
        "Teachers said the school budget rise would fund smaller classes. "
        "The weather was sunny and warm all afternoon. "
        "Council members argued that the school fund had been cut for years. "
        "The mayor gave a short speech about the harbour festival. "
        "Parents welcomed the school budget vote at the council meeting."
    )
    summary = summarize(text, length=SummaryLength(sentences=3))
    chosen = {sentence.text for sentence in summary.sentences}
    assert "The weather was sunny and warm all afternoon." not in chosen
    assert len(chosen) == 3


def test_training_script_refuses_without_data(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "bench/train_default.py", "--eval-dir", str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode != 0
    assert "training data absent" in result.stderr
