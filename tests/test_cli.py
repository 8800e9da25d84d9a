"""The headless entry point, run as a person runs it: `main.py summarize FILE ...`."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.articles import parse_article
from app.document import render_markdown

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "resources" / "samples" / "03-how-lighthouses-work.md"
RUSSIAN = ROOT / "resources" / "samples" / "09-son-i-pamyat.md"

pytestmark = pytest.mark.e2e


def run(*args: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "LEDE_LIBRARY": str(tmp_path / "lib.sqlite3"),
        "LEDE_CONFIG_DIR": str(tmp_path / "cfg"),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONIOENCODING": "utf-8",
    }
    env.pop("DISPLAY", None)
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


def test_summarize_prints_one_sentence_a_line(tmp_path: Path) -> None:
    result = run("summarize", str(SAMPLE), "--sentences", "4", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 4
    body = parse_article(SAMPLE.read_text(encoding="utf-8")).markdown
    text = " ".join(render_markdown(body).text.split())
    assert all(line in text for line in lines)
    assert not (tmp_path / "lib.sqlite3").exists(), "summarize needs no library"


@pytest.mark.parametrize(
    "options",
    [["--algorithm", "lexrank"], ["--percent", "10"], ["--language", "ru", "--algorithm", "luhn"]],
)
def test_summarize_options(tmp_path: Path, options: list[str]) -> None:
    result = run("summarize", str(RUSSIAN), *options, tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip()
    assert any("\u0400" <= char <= "\u04ff" for char in result.stdout)


def write(tmp_path: Path, name: str, data: bytes) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


@pytest.mark.parametrize(
    ("make_args", "message"),
    [
        (lambda t: ["summarize", str(t / "missing.md")], "Cannot read"),
        (lambda t: ["summarize", write(t, "empty.md", b"")], "empty"),
        (lambda t: ["summarize", write(t, "bin.md", bytes(range(256)) * 8)], "binary"),
        (lambda t: ["summarize", write(t, "fm.md", b"---\ntitle: [x\n---\nText.")], "front matter"),
        (lambda t: ["summarize", write(t, "one.md", b"Only one sentence here.")], "too short"),
        (lambda t: ["summarize", str(SAMPLE), "--algorithm", "nope"], "nope"),
        (lambda t: ["summarize", str(SAMPLE), "--sentences", "0"], "at least 1"),
        (lambda t: ["summarize", str(SAMPLE), "--sentences", "2", "--percent", "5"], "not allowed"),
        (lambda t: ["summarize", str(SAMPLE), "--language", "xx"], "xx"),
        (lambda t: ["--no-such-flag"], "Unrecognized"),
        (lambda t: ["frobnicate"], "invalid choice"),
    ],
)
def test_bad_input_is_one_line_and_a_non_zero_exit(tmp_path: Path, make_args, message: str) -> None:
    result = run(*make_args(tmp_path), tmp_path=tmp_path)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert message in result.stderr


@pytest.mark.parametrize("encoding", ["cp1251", "utf-16"])
def test_summarize_reads_other_encodings(tmp_path: Path, encoding: str) -> None:
    text = RUSSIAN.read_text(encoding="utf-8")
    path = write(tmp_path, "article.md", text.encode(encoding))
    result = run("summarize", path, "--sentences", "2", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.splitlines()) == 2


def test_the_installed_lede_command_runs_the_same_commands(tmp_path: Path) -> None:
    lede = Path(sys.executable).parent / "lede"
    if not lede.exists():
        pytest.skip("the project is not installed as a package in this environment")
    result = subprocess.run(
        [str(lede), "summarize", str(SAMPLE), "--sentences", "2"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.splitlines()) == 2
