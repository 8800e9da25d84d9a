"""The core never loads Qt: importing every app module leaves PySide6 out of sys.modules."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_importing_the_core_loads_no_qt() -> None:
    modules = sorted(
        ".".join(path.relative_to(ROOT).with_suffix("").parts)
        for path in (ROOT / "app").rglob("*.py")
        if path.name != "__init__.py"
    )
    script = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "loaded = [m for m in sys.modules if m.startswith('PySide6')]\n"
        "print(len(loaded))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert "app.library" in modules
    assert result.stdout.strip() == "0"


def _modules_loaded_by(script: str) -> str:
    """What `script` prints, run in a fresh interpreter with an offscreen Qt."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        env=env,
    )
    return result.stdout.strip()


def test_the_window_loads_no_summarizer_or_web_libraries_until_used() -> None:
    script = (
        "import sys\n"
        "import ui.window.main_window\n"
        "heavy = ('sumy', 'nltk', 'numpy', 'trafilatura', 'httpx', 'feedparser', 'lxml')\n"
        "print(sorted({m.split('.')[0] for m in sys.modules if m.split('.')[0] in heavy}))\n"
    )
    assert _modules_loaded_by(script) == "[]"


def test_starting_the_window_leaves_rendering_and_feature_libraries_for_later() -> None:
    """What the first paint does not need stays unimported until the window has been painted."""
    script = (
        "import sys\n"
        "import ui.main\n"
        "later = ('markdown', 'yaml', 'charset_normalizer', 'platformdirs', 'multiprocessing',\n"
        "         'concurrent', 'ui.importing.import_actions', 'ui.features.skim_mode', 'ui.features.digest_view')\n"
        "print(sorted(name for name in later if name in sys.modules))\n"
    )
    assert _modules_loaded_by(script) == "[]"


def test_only_the_window_assigns_attributes_onto_the_window() -> None:
    """Features return what they build; the window keeps it, in its own file."""
    window_names = {"window", "main_window"}
    offenders = []
    for path in (ROOT / "ui").rglob("*.py"):
        if path == ROOT / "ui" / "window" / "main_window.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            targets = node.targets if isinstance(node, ast.Assign) else []
            for target in targets:
                if _names_the_window(target, window_names):
                    offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert offenders == []


def _names_the_window(target: ast.expr, window_names: set[str]) -> bool:
    """`window.x = ...` or `self._window.x = ...` (or `self.window.x`)."""
    if not isinstance(target, ast.Attribute):
        return False
    owner = target.value
    if isinstance(owner, ast.Name):
        return owner.id in window_names
    return isinstance(owner, ast.Attribute) and owner.attr.lstrip("_") in window_names
