"""bench/quality.py runs end to end, and on real data the default beats a random pick."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from app.summary.coherence import dangling_indices
from app.summary.split_article import split_article

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


# Russian without a single digit: a score above 0 can only come from words.
_RUSSIAN_ARTICLE = (
    "Ночные поезда начали ходить год назад. Они перевезли почти два миллиона пассажиров. "
    "Город сделал ночное движение постоянным.\n\n"
    "Однако две линии по-прежнему закрыты после полуночи. Инженеры проверят тоннели весной. "
    "Жители просят открыть и эти линии.\n\n"
    "Мэр обещал ответить до конца года. Перевозчик закупит новые вагоны."
)
_RUSSIAN_RECORD = {
    "id": "ru-1",
    "title": "Ночные поезда",
    "text": _RUSSIAN_ARTICLE,
    "summary": "Ночной поезд стал постоянным. Две линии закрыты после полуночи.",
    "language": "ru",
}


@pytest.fixture(scope="module")
def quality() -> ModuleType:
    """bench/quality.py as a module, to call main() in this process (it imports in seconds)."""
    if "quality" in sys.modules:
        return sys.modules["quality"]
    spec = importlib.util.spec_from_file_location("quality", QUALITY)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["quality"] = module
    spec.loader.exec_module(module)
    return module


def _write_jsonl(path: Path, records: list[dict[str, Any]]) -> Path:
    path.write_text("\n".join(json.dumps(record) for record in records), encoding="utf-8")
    return path


def _english_records(count: int) -> list[dict[str, Any]]:
    return [
        {
            "id": f"en-{n}",
            "title": "Flood in the old town",
            "text": _ARTICLE,
            "summary": "The river flooded the old town. Hundreds of homes lost power.",
        }
        for n in range(count)
    ]


def _json_reports(
    quality: ModuleType, capsys: pytest.CaptureFixture[str], *args: str
) -> list[dict[str, Any]]:
    assert quality.main([*args, "--json", "--workers", "1", "--split", "all"]) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


@pytest.mark.parametrize(
    ("lengths", "expected"),
    [("1", ["1"]), ("ref,1", ["1", "ref"]), ("1,3,ref", ["1", "3", "ref"]), ("3, 3", ["3"])],
)
def test_lengths_choose_the_columns(
    quality: ModuleType,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    lengths: str,
    expected: list[str],
) -> None:
    dataset = _write_jsonl(tmp_path / "en.jsonl", _english_records(1))
    [report] = _json_reports(quality, capsys, str(dataset), "--lengths", lengths)
    assert report["lengths"] == expected
    for method in METHODS:
        assert list(report["results"][method]) == expected
        for cell in report["results"][method].values():
            assert set(cell) == {"rouge1", "rouge2", "rougeL", "ms_median", "ci95", "dangling"}
            assert 0 <= cell["dangling"] <= 100


@pytest.mark.parametrize("lengths", ["", "2", "3,5", "ref,all", ","])
def test_unknown_lengths_are_refused(quality: ModuleType, tmp_path: Path, lengths: str) -> None:
    dataset = _write_jsonl(tmp_path / "en.jsonl", _english_records(1))
    with pytest.raises(SystemExit) as exit_info:
        quality.main([str(dataset), "--lengths", lengths])
    assert exit_info.value.code == 2


def test_one_length_scores_one_sentence(
    quality: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dataset = _write_jsonl(tmp_path / "en.jsonl", _english_records(1))
    dump = tmp_path / "picks.jsonl"
    _json_reports(quality, capsys, str(dataset), "--lengths", "1,3", "--dump", str(dump))
    picks = [json.loads(line) for line in dump.read_text(encoding="utf-8").splitlines()]
    by_length = {(pick["method"], pick["length"]): pick["sentences"] for pick in picks}
    for method in METHODS:
        assert len(by_length[method, "1"]) == 1
        assert len(by_length[method, "3"]) == 3


def test_dump_has_a_line_per_record_method_and_length(
    quality: ModuleType, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    english = _write_jsonl(tmp_path / "en.jsonl", _english_records(2))
    russian = _write_jsonl(tmp_path / "ru.jsonl", [_RUSSIAN_RECORD])
    dump = tmp_path / "picks.jsonl"
    reports = _json_reports(quality, capsys, str(english), str(russian), "--dump", str(dump))
    assert [report["dataset"] for report in reports] == ["en.jsonl", "ru.jsonl"]
    lines = [json.loads(line) for line in dump.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == 3 * len(METHODS) * 2
    keys = {(line["dataset"], line["id"], line["method"], line["length"]) for line in lines}
    assert len(keys) == len(lines)
    for line in lines:
        assert set(line) == {"id", "method", "length", "sentences", "dataset"}
        text = _RUSSIAN_ARTICLE if line["dataset"] == "ru.jsonl" else _ARTICLE
        assert line["sentences"], line
        assert all(sentence in text for sentence in line["sentences"])
    assert "Ночные поезда" in dump.read_text(encoding="utf-8")  # kept readable, not escaped


# Lead at the reference's 13 words takes the first sentence, skips the long second one and
# takes the third, which opens with "However": half of its sentences dangle.
_DANGLING_ARTICLE = (
    "The night trains started a year ago. "
    "The operator, which had argued for years that the service could never pay for itself, "
    "changed its mind after the first three months of figures came in from every line. "
    "However, two lines stayed closed. "
    "The city council will vote on the remaining lines at its next meeting in the spring. "
    "The unions said that the drivers who work the night shifts should be paid a lot more."
)


def test_the_dangling_column_counts_sentences_whose_previous_one_was_left_out(
    quality: ModuleType, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    record = {
        "id": "d",
        "text": _DANGLING_ARTICLE,
        "summary": "Night trains began a year ago, but two of the lines stay closed.",
    }
    dataset = _write_jsonl(tmp_path / "dangling.jsonl", [record])
    dump = tmp_path / "picks.jsonl"
    [report] = _json_reports(
        quality, capsys, str(dataset), "--lengths", "3,ref", "--dump", str(dump)
    )
    results = report["results"]
    assert results["lead"]["ref"]["dangling"] == pytest.approx(50.0)
    assert results["lead"]["3"]["dangling"] == 0.0
    article = [sentence.text for sentence in split_article(_DANGLING_ARTICLE, "en").sentences]
    for line in map(json.loads, dump.read_text(encoding="utf-8").splitlines()):
        chosen = [article.index(sentence) for sentence in line["sentences"]]
        expected = 100 * len(dangling_indices(chosen, article, "en")) / len(chosen)
        assert results[line["method"]][line["length"]]["dangling"] == pytest.approx(expected)


def test_the_table_shows_the_dangling_column_and_each_file_s_tokenizer(
    quality: ModuleType, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    english = _write_jsonl(tmp_path / "en.jsonl", _english_records(1))
    russian = _write_jsonl(tmp_path / "ru.jsonl", [_RUSSIAN_RECORD])
    assert quality.main([str(english), str(russian), "--workers", "1", "--split", "all"]) == 0
    out = capsys.readouterr().out
    english_table, russian_table = out.split("ru.jsonl: n=1")
    assert "| method | length | R-1 | R-2 | R-L | dangling % | ms |" in english_table
    assert "rouge-score's tokenizer (a-z, 0-9) + Porter stemmer" in english_table
    assert "Unicode letters and digits, lower-cased + Snowball russian stemmer" in russian_table
    assert out.count("| default | ref |") == 2
    assert "en.jsonl:" in english_table and "s wall time with 1 workers" in russian_table


def test_a_russian_summary_scores_on_its_words(
    quality: ModuleType, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert not any(char.isdigit() for char in _RUSSIAN_ARTICLE + _RUSSIAN_RECORD["summary"])
    dataset = _write_jsonl(tmp_path / "ru.jsonl", [_RUSSIAN_RECORD])
    [report] = _json_reports(quality, capsys, str(dataset), "--lengths", "3,ref")
    assert report["tokenizer"].startswith("ru: Unicode letters")
    for length in ("3", "ref"):
        assert report["results"]["default"][length]["rouge1"] > 0
        assert report["results"]["lead"][length]["rouge2"] > 0


def test_the_unicode_tokenizer_keeps_every_script_and_stems() -> None:
    sys.path.insert(0, str(QUALITY.parent))
    from quality_scoring import RougeTokens, rouge_for

    russian = RougeTokens("ru")
    assert russian.tokenize("Поезда ходили всю ночь!") == ["поезд", "ход", "всю", "ноч"]
    assert russian.tokenize("ПОЕЗДА_2026") == russian.tokenize("поезда 2026")
    assert RougeTokens("fr").tokenize("Élève à l'école")[0].startswith("élev")
    assert RougeTokens("uk").tokenize("Потяги ходили") == ["потяги", "ходили"]  # no Snowball
    assert RougeTokens("de").tokenize("") == []
    scorer, _description = rouge_for("ru")
    score = scorer.score("Поезда ходили всю ночь.", "Поезд ходил ночью.")
    assert score["rouge1"].fmeasure > 0.5
    english, description = rouge_for("en")
    assert "Porter" in description
    assert english.score("Поезда ходили", "Поезда ходили")["rouge1"].fmeasure == 0.0


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("not json", "line 1: not JSON"),
        ("[1, 2]", "line 1: a record must be a JSON object"),
        ('{"id": 1, "text": "Some text.", "summary": 5}', "'summary' must be a string"),
        ('{"id": 1, "summary": "A summary."}', "'text' must be a string"),
        ('{"text": "Some text.", "summary": "A summary."}', "has no 'id'"),
        ('{"id": 1, "text": "T.", "summary": "S.", "language": "zh"}', "not one Lede"),
        ('{"id": 1, "text": "T.", "summary": "S.", "title": 7}', "'title' must be a string"),
    ],
)
def test_a_bad_record_is_a_clear_error(
    quality: ModuleType,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    line: str,
    message: str,
) -> None:
    dataset = tmp_path / "bad.jsonl"
    dataset.write_text(line + "\n", encoding="utf-8")
    assert quality.main([str(dataset), "--split", "all", "--workers", "1"]) == 2
    error = capsys.readouterr().err
    assert message in error and "bad.jsonl" in error


def test_a_binary_file_is_a_clear_error(
    quality: ModuleType, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    dataset = tmp_path / "binary.jsonl"
    dataset.write_bytes(bytes(range(256)) * 64)
    assert quality.main([str(dataset), "--split", "all"]) == 2
    assert "not UTF-8 text" in capsys.readouterr().err


def test_empty_and_hostile_articles_are_scored_without_an_error(
    quality: ModuleType, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    hostile = ["", "   \n\n  ", "\x00\x01\ufffd" * 50, "<script>alert(1)</script> " * 40]
    records = [{"id": n, "text": text, "summary": "A summary."} for n, text in enumerate(hostile)]
    dataset = _write_jsonl(tmp_path / "hostile.jsonl", records)
    [report] = _json_reports(quality, capsys, str(dataset), "--lengths", "1,3,ref")
    assert report["n"] == 4
    assert report["n_summarizable"] == 0
    assert report["results"]["default"]["3"]["rouge1"] == 0.0


def test_an_empty_dataset_is_a_clear_error(
    quality: ModuleType, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    dataset = tmp_path / "empty.jsonl"
    dataset.write_text("", encoding="utf-8")
    assert quality.main([str(dataset)]) == 2
    assert "no records" in capsys.readouterr().err


@pytest.mark.slow
def test_french_news_is_scored_with_its_own_letters(shared_eval: Path) -> None:
    result = _run_quality(
        str(shared_eval / "orangesum_fr.jsonl"), "--n", "6", "--json", "--lengths", "3"
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert (
        report["tokenizer"]
        == "fr: Unicode letters and digits, lower-cased + Snowball french stemmer"
    )
    assert report["results"]["lead"]["3"]["rouge1"] > 10
    assert report["results"]["default"]["3"]["rouge1"] > 10


def test_two_workers_give_the_records_back_in_their_order(
    quality: ModuleType, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    records = [
        {"id": f"r{n}", "text": _ARTICLE * repeat, "summary": "The river flooded the town."}
        for n, repeat in enumerate([1, 3, 2, 4])
    ]
    dataset = _write_jsonl(tmp_path / "sizes.jsonl", records)
    dumps = []
    for workers in ("1", "2"):
        dump = tmp_path / f"picks-{workers}.jsonl"
        options = ["--split", "all", "--lengths", "1", "--json", "--dump", str(dump)]
        assert quality.main([str(dataset), *options, "--workers", workers]) == 0
        dumps.append(dump.read_text(encoding="utf-8"))
    capsys.readouterr()
    ids = [json.loads(line)["id"] for line in dumps[0].splitlines()]
    assert ids == [f"r{n}" for n in range(4) for _method in METHODS]
    assert dumps[0] == dumps[1]
