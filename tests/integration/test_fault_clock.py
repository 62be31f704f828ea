"""A clock change during a session (daylight saving, NTP, a person setting the time).

Sessions are timed by the monotonic clock, which never jumps; the wall clock only dates
the history row. Here the wall clock jumps back an hour and forward two while the real
session controller and its history row run on a (fake) monotonic clock.
"""

from __future__ import annotations

import inspect
import time
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from breathe.engine.practices.catalog import build_plan
from breathe.engine.runner import SessionRunner
from breathe.store.history import History
from breathe.store.recorder import HistoryRecorder
from breathe.ui.session.controller import SessionController
from tests.conftest import FakeClock


class WallClock:
    """``time.time`` for this test: the real time plus however far it was moved."""

    def __init__(self) -> None:
        self.offset = 0.0
        self._real = time.time

    def __call__(self) -> float:
        return self._real() + self.offset

    def ns(self) -> int:
        return int(self() * 1e9)


@pytest.fixture
def wall(monkeypatch: pytest.MonkeyPatch) -> Iterator[WallClock]:
    clock = WallClock()
    monkeypatch.setattr(time, "time", clock)
    monkeypatch.setattr(time, "time_ns", clock.ns)
    yield clock


def test_sessions_are_timed_by_the_monotonic_clock_by_default() -> None:
    for timed in (SessionRunner.__init__, SessionController.__init__):
        assert inspect.signature(timed).parameters["clock"].default is time.monotonic


def test_a_wall_clock_change_during_a_session_does_not_move_it(
    qapp: QApplication, clock: FakeClock, wall: WallClock
) -> None:
    plan = build_plan("box", {})  # 3 s intro, then in 4, hold 4, out 4, hold 4
    with History.open() as history:
        recorder = HistoryRecorder(history)
        controller = SessionController(plan, clock=clock, recorder=recorder)
        controller.start()
        assert history.flush(timeout=30)  # rows are written by the history's writer thread
        started_at = history.sessions()[0].started_at

        clock.advance(5.0)
        wall.offset -= 3600.0  # the clocks go back an hour during the first inhale
        controller.tick()
        position = controller.runner.position()
        assert (position.step.kind, position.elapsed) == ("inhale", 5.0)

        clock.advance(4.0)
        wall.offset += 7200.0  # and forward two hours in the hold
        controller.tick()
        position = controller.runner.position()
        assert (position.step.kind, position.elapsed) == ("hold", 9.0)
        assert history.flush(timeout=30)
        assert history.sessions()[0].duration_seconds == 9.0  # touched at the step change

        clock.advance(3.0)
        controller.tick()
        assert controller.runner.position().step.kind == "exhale"
        controller.stop()
        assert history.flush(timeout=30)
        row = history.sessions()[0]
        assert (row.status, row.duration_seconds) == ("stopped", 12.0)
        assert row.started_at == started_at  # dated once, at the start
        controller.deleteLater()
