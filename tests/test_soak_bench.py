"""bench/soak.py runs end to end in a short form: opens with summaries, memory samples, and a
quit with every job stopped and nothing written afterwards. The figures themselves are the
benchmark's (docs/benchmarks.md), not asserted here beyond what must hold at any size."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from bench.soak import figures

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.gui
def test_a_short_soak_prints_one_object_with_its_figures() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "soak.py"), "--opens", "120", "--json"],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    lines = done.stdout.strip().splitlines()
    assert len(lines) == 1
    result = json.loads(lines[0])
    assert result["opens"] == 120 and result["missed"] == 0
    assert [sample["opens"] for sample in result["samples"]] == [100, 120]
    assert all(s["window_mb"] > 0 and s["worker_mb"] > 0 for s in result["samples"])
    assert isinstance(result["rss_growth_mb"], float) and 0 < result["quit_s"] < 10
    assert result["jobs_running_after_close"] is False
    assert result["written_after_close"] is False


def test_growth_and_slope_are_taken_after_the_warm_up() -> None:
    samples = [
        {"opens": opens, "window_mb": 100.0 + mb, "worker_mb": 50.0}
        for opens, mb in [(100, -30.0), (200, 0.0), (300, 1.0), (400, 2.0), (500, 3.0)]
    ]
    assert figures(samples) == {"rss_growth_mb": 3.0, "rss_slope_mb_per_1000_opens": 10.0}
