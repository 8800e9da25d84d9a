"""Reading preferences that belong to the reader, not to a window: saved atomically as JSON."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path

from app.appearance import Appearance, appearance_from
from app.errors import StorageError, os_problem, os_reason
from app.i18n import filled, tr

LENGTH_MODES = ("auto", "sentences", "percent", "sections")
# The interface's languages ('' in the preferences follows the system's locale).
INTERFACE_LANGUAGES = ("en", "ru", "de", "fr", "es", "uk")


@dataclass(frozen=True)
class SummarySettings:
    """How summaries are made: the algorithm and a length (auto adapts to the article;
    sections gives each section of an article with headings its own sentences)."""

    algorithm: str = "default"
    length_mode: str = "auto"
    sentences: int = 3
    percent: int = 20

    def cache_key(self) -> str:
        """Names these settings in the summary cache (the automatic length depends on the text)."""
        if self.length_mode == "percent":
            return f"{self.algorithm}/p{self.percent}"
        if self.length_mode == "sentences":
            return f"{self.algorithm}/s{self.sentences}"
        if self.length_mode == "sections":
            return f"{self.algorithm}/sections"
        return f"{self.algorithm}/auto"


@dataclass(frozen=True)
class Preferences:
    summary: SummarySettings = field(default_factory=SummarySettings)
    appearance: Appearance = field(default_factory=Appearance)
    highlight_summary: bool = False  # mark every summary sentence in the article
    interface_language: str = ""  # one of INTERFACE_LANGUAGES, or '' for the system's


def load_preferences(path: Path) -> Preferences:
    """Read preferences, falling back to defaults for a missing, unreadable or odd file."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Preferences()
    if not isinstance(raw, dict):
        return Preferences()
    summary = raw.get("summary")
    return Preferences(
        summary=_summary_from(summary) if isinstance(summary, dict) else SummarySettings(),
        appearance=appearance_from(raw.get("appearance")),
        highlight_summary=raw.get("highlight_summary") is True,
        interface_language=_interface_language_from(raw.get("interface_language")),
    )


def save_preferences(preferences: Preferences, path: Path) -> None:
    """Write preferences atomically: a crash leaves either the old file or the new one; a
    full disk or a read-only folder raises StorageError and leaves the old file as it was."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_text_atomically(path, json.dumps(asdict(preferences), indent=2))
    except OSError as error:
        reason = os_problem(error) or os_reason(error)
        not_saved = tr("Settings", "Preferences not saved for the next start: %1 (%2).")
        raise StorageError(filled(not_saved, reason, str(path))) from error


def write_text_atomically(path: Path, text: str) -> None:
    """Write UTF-8 text through a synced temporary file renamed over `path`, so a crash
    leaves either the old file or the new one; the folder must exist."""
    import tempfile  # only a write needs it: the command line reads the preferences at start

    handle, temporary = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
    try:
        # mkstemp makes the file private (0600); a file the reader exports gets the usual mode.
        os.fchmod(handle, 0o666 & ~_current_umask())
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _current_umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _interface_language_from(raw: object) -> str:
    """A known language code, else '' (follow the system) for anything else saved there."""
    return raw if isinstance(raw, str) and raw in INTERFACE_LANGUAGES else ""


def _summary_from(raw: dict[str, object]) -> SummarySettings:
    settings = SummarySettings()
    known = {field.name: field.type for field in fields(SummarySettings)}
    for name, value in raw.items():
        if name in known and isinstance(value, type(getattr(settings, name))):
            settings = replace(settings, **{name: value})
    if settings.length_mode not in LENGTH_MODES:
        settings = replace(settings, length_mode="auto")
    return replace(
        settings,
        sentences=min(max(settings.sentences, 1), 50),
        percent=min(max(settings.percent, 1), 100),
    )
