"""bench/quality.py runs end to end, and on real data the default beats a random pick."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
QUALITY = ROOT / "bench" / "quality.py"
METHODS = {
    "default",
    "lead",
    "random",
    "lexrank",
    "textrank",
    "lsa",
    "luhn",
    "edmundson",
    "kl",
    "sumbasic",
    "reduction",
}

_ARTICLE = (
    "The river flooded the old town on Sunday night. Hundreds of homes were left without power. "
    "Rescue teams worked through the night to reach stranded families.\n\n"
    "The mayor said the flood defences had held in most places. Engineers will inspect the "
    "walls this week. Shops in the centre stayed closed on Monday.\n\n"
    "Forecasters expect more rain later in the week. Residents were told to keep sandbags ready."
)


def _run_quality(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(QUALITY), *args],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
        check=False,
    )


def test_quality_json_structure(tmp_path: Path) -> None:
    dataset = tmp_path / "tiny.jsonl"
    records = [
        {
            "id": str(n),
            "title": "Flood in the old town",
            "text": _ARTICLE,
            "summary": "The river flooded the old town. Hundreds of homes lost power.",
        }
        for n in range(4)
    ]
    dataset.write_text("\n".join(json.dumps(record) for record in records), encoding="utf-8")
    result = _run_quality(str(dataset), "--n", "2", "--json", "--workers", "1")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["dataset"] == "tiny.jsonl"
    assert report["n"] == 2
    assert set(report["results"]) == METHODS
    for lengths in report["results"].values():
        assert set(lengths) == {"3", "ref"}
        for cell in lengths.values():
            assert set(cell) == {"rouge1", "rouge2", "rougeL", "ms_median", "ci95", "dangling"}
            for metric in ("rouge1", "rouge2", "rougeL"):
                low, high = cell["ci95"][metric]
                assert 0 <= low <= cell[metric] <= high <= 100


def test_articles_too_short_to_summarize_are_also_reported_apart(tmp_path: Path) -> None:
    dataset = tmp_path / "mixed.jsonl"
    short = "The river flooded the old town. Homes lost power. Teams worked all night."
    records = [
        {"id": str(n), "title": "Flood", "text": text, "summary": "The river flooded the town."}
        for n, text in enumerate([_ARTICLE, short, _ARTICLE, short])
    ]
    dataset.write_text("\n".join(json.dumps(record) for record in records), encoding="utf-8")
    result = _run_quality(str(dataset), "--split", "all", "--json", "--workers", "1")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert (report["n"], report["n_summarizable"]) == (4, 2)
    every = report["results"]["default"]["3"]["rouge1"]
    summarizable = report["results_summarizable"]["default"]["3"]["rouge1"]
    assert summarizable > 0
    assert every == pytest.approx(summarizable / 2)  # the two short articles score 0


def test_missing_dataset_is_a_clear_error(tmp_path: Path) -> None:
    result = _run_quality(str(tmp_path / "absent.jsonl"))
    assert result.returncode != 0
    assert "does not exist" in result.stderr


@pytest.mark.slow
def test_default_beats_random_on_real_news(shared_eval: Path) -> None:
    result = _run_quality(str(shared_eval / "bbc_news.jsonl"), "--n", "20", "--json")
    assert result.returncode == 0, result.stderr
    results = json.loads(result.stdout)["results"]
    for length in ("3", "ref"):
        assert results["default"][length]["rouge2"] > results["random"][length]["rouge2"]
