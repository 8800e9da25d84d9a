"""bench/quality.py with the PacSum candidate of bench/tune_default.py patched into the default.

Usage: uv run python bench/candidate_quality.py DATASET [quality.py options, use --workers 1]

The default summarizer's lead score gains CANDIDATE_WEIGHT x PacSum's directed centrality
(similarity to later sentences minus similarity to earlier ones); everything else is the
committed default. The patch lives in this process only, hence --workers 1.
"""

from __future__ import annotations

import sys
import types
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import quality
import tune_default

from app.summary import lede

_plain_features = lede.sentence_features


def _with_directed_centrality(stems: list[list[str]], title: list[str]) -> Any:
    features = _plain_features(stems, title)
    pacsum = tune_default.directed_centrality(features.similarity, tune_default.CANDIDATE_BACKWARD)
    return types.SimpleNamespace(**vars(features), pacsum=pacsum)


def main(argv: list[str]) -> int:
    if "--workers" not in argv:
        argv = [*argv, "--workers", "1"]
    lede.sentence_features = _with_directed_centrality
    lede.LEAD_WEIGHTS = {**lede.LEAD_WEIGHTS, "pacsum": tune_default.CANDIDATE_WEIGHT}
    return quality.main(argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
