"""The summary worker: results arrive by signal, the latest request wins, errors are reported."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from app.settings import SummarySettings
from ui.jobs.runner import JobRunner
from ui.reading.summary_service import SummaryRequest, SummaryService

ARTICLE = " ".join(
    f"Sentence number {n} talks about trains, harbours and the weather in spring."
    for n in range(40)
)


def request(article_id: int, text: str = ARTICLE, algorithm: str = "default") -> SummaryRequest:
    return SummaryRequest(
        article_id=article_id,
        text=text,
        settings=SummarySettings(algorithm=algorithm, length_mode="sentences", sentences=3),
        language="en",
    )


def test_a_request_comes_back_as_a_summary(qtbot, runner: JobRunner) -> None:
    service = SummaryService(runner)
    with qtbot.waitSignal(service.summary_ready, timeout=10_000) as blocker:
        service.request(request(1))
    returned, summary = blocker.args
    assert returned.article_id == 1
    assert len(summary.sentences) == 3
    assert all(ARTICLE[s.start : s.end] == s.text for s in summary.sentences)


def test_only_the_latest_request_is_reported(qtbot, runner: JobRunner) -> None:
    service = SummaryService(runner)
    reported: list[int] = []
    service.summary_ready.connect(lambda req, _summary: reported.append(req.article_id))
    for article_id in range(1, 6):
        service.request(request(article_id))
    qtbot.waitUntil(lambda: 5 in reported, timeout=10_000)
    assert service.wait_for_idle()
    QCoreApplication.processEvents()  # what the ended jobs reported arrives now
    assert reported == [5]


def test_a_cancelled_request_reports_nothing(qtbot, runner: JobRunner) -> None:
    service = SummaryService(runner)
    reported: list[object] = []
    service.summary_ready.connect(lambda *args: reported.append(args))
    service.request(request(1))
    service.cancel()
    assert service.wait_for_idle()
    QCoreApplication.processEvents()  # what the ended jobs reported arrives now
    assert reported == []


@pytest.mark.parametrize("algorithm", ["no-such-algorithm"])
def test_a_failing_request_reports_its_reason(qtbot, runner: JobRunner, algorithm: str) -> None:
    service = SummaryService(runner)
    with qtbot.waitSignal(service.summary_failed, timeout=10_000) as blocker:
        service.request(request(7, algorithm=algorithm))
    returned, message = blocker.args
    assert returned.article_id == 7
    assert algorithm in message
