"""Update the translation catalogues from the code and build them (docs/translating.md).

    uv run python scripts/update_translations.py          # every language
    uv run python scripts/update_translations.py ru de    # just these

For each language: `pyside6-lupdate` merges the strings marked with `tr()` in ui/ into
resources/i18n/lede_{lang}.ts (Qt Linguist opens it), and `pyside6-lrelease` builds the
lede_{lang}.qm the application loads. Both files are committed.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.settings import INTERFACE_LANGUAGES  # noqa: E402
from ui.i18n import TRANSLATIONS  # noqa: E402

LUPDATE = ["pyside6-lupdate", "-extensions", "py", "-tr-function-alias", "translate+=tr"]
LUPDATE_OPTIONS = ["-locations", "none", "-no-obsolete", "-silent"]


def lrelease(ts_file: Path, qm_file: Path) -> None:
    subprocess.run(["pyside6-lrelease", "-silent", str(ts_file), "-qm", str(qm_file)], check=True)


def update(language: str) -> None:
    ts_file = TRANSLATIONS / f"lede_{language}.ts"
    subprocess.run(
        [
            *LUPDATE,
            str(ROOT / "ui"),
            *LUPDATE_OPTIONS,
            "-target-language",
            language,
            "-ts",
            str(ts_file),
        ],
        check=True,
    )
    lrelease(ts_file, ts_file.with_suffix(".qm"))
    print(f"updated {ts_file.relative_to(ROOT)} and its .qm")


def main() -> int:
    languages = sys.argv[1:] or [code for code in INTERFACE_LANGUAGES if code != "en"]
    unknown = sorted(set(languages) - set(INTERFACE_LANGUAGES))
    if unknown:
        print(f"unknown language: {', '.join(unknown)}", file=sys.stderr)
        return 2
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for language in languages:
        update(language)
    return 0


if __name__ == "__main__":
    sys.exit(main())
