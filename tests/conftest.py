"""Shared pytest set-up: Qt runs offscreen unless the caller chose a platform."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QCoreApplication, QEvent

import app.i18n
from app.library import Library
from app.samples import add_samples
from ui.jobs.runner import JobRunner

if TYPE_CHECKING:
    from ui.window.main_window import MainWindow

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The tests read English messages: the command line must not follow the machine's locale
# (LANGUAGE is read first, as gettext does, and changes nothing else).
os.environ["LANGUAGE"] = "en"

SHARED_EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"


@pytest.fixture(autouse=True)
def _core_messages_in_english() -> Iterator[None]:
    """A test that switched the core's language (the window's, a command line's) leaves it
    English for the next."""
    yield
    app.i18n.use_language("en")


@pytest.fixture
def shared_eval() -> Path:
    """The public evaluation data beside the checkout; skips the test when it is absent."""
    if not SHARED_EVAL.is_dir():
        pytest.skip("../shared/eval is not present")
    return SHARED_EVAL


@pytest.fixture
def lede_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Points the library and the settings at a fresh folder."""
    monkeypatch.setenv("LEDE_LIBRARY", str(tmp_path / "library.sqlite3"))
    monkeypatch.setenv("LEDE_CONFIG_DIR", str(tmp_path / "config"))
    return tmp_path


@pytest.fixture
def sample_library(lede_env: Path) -> Iterator[Library]:
    with Library(lede_env / "library.sqlite3") as library:
        add_samples(library)
        yield library


@pytest.fixture
def runner(qapp) -> Iterator[JobRunner]:  # type: ignore[no-untyped-def]
    """A job runner of its own, shut down (every job ended) when the test ends."""
    jobs = JobRunner()
    yield jobs
    assert jobs.shut_down(30.0)


@pytest.fixture
def window_library(sample_library: Library) -> Library:
    """The library the `window` fixture opens; a test module overrides it for another one."""
    return sample_library


@pytest.fixture
def window(qtbot, window_library: Library) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    """The real main window, shown and active, with its first article open (if it has one).
    Closing it at the end shuts its job runner down: every background job has ended."""
    from reading_helpers import shown_window

    main_window = shown_window(qtbot, window_library)
    yield main_window
    main_window.close()
    # Delete the window's widgets now, between tests. Left to Python's garbage collector, they
    # were deleted whenever a collection happened to run, which could be inside Qt painting
    # the next test's window: a crash in Qt, seen twice in about ten runs of the suite.
    main_window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every test that drives Qt (through qtbot or qapp) is a `gui` test."""
    for item in items:
        if {"qtbot", "qapp"} & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.gui)
