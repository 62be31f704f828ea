"""Session timing and CPU on the real clock: phase-change lateness and cost vs a bare floor.

Run on demand (skipped by default)::

    pytest tests/benchmarks/bench_session.py -m benchmark -s -p no:cacheprovider --no-cov

``BREATHE_BENCH_SECONDS`` sets how long the session is watched (default 60; the issue's
10-minute run is ``BREATHE_BENCH_SECONDS=600``). The floor, a bare 60 fps antialiased
QPainter circle, is measured in the same run (half before, half after the session) and
CPU is reported as a ratio to it, because these machines are noisy (docs/platform.md).
Then the session window is hidden for a while: with nothing to paint, only the boundary
timer should cost anything.
"""

from __future__ import annotations

import math
import os
import statistics
import time

import pytest
from PySide6.QtCore import QPointF, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from breathe.engine.cues import NullCues
from breathe.engine.practices.steps import Draft, Plan, lay_out
from breathe.ui.session.controller import Replanners, SessionController
from breathe.ui.session.view import SessionView

pytestmark = pytest.mark.benchmark

SECONDS = float(os.environ.get("BREATHE_BENCH_SECONDS", "60"))
FLOOR_SECONDS = min(SECONDS, 30.0)
HIDDEN_SECONDS = min(SECONDS / 3, 20.0)
SIZE = (900, 700)


class FloorCircle(QWidget):
    """The floor: a bare 60 fps antialiased circle, nothing else."""

    def __init__(self) -> None:
        super().__init__()
        self._t0 = time.monotonic()
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.update)
        self._timer.start(16)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#F3F0EA"))
        level = 0.5 - 0.5 * math.cos((time.monotonic() - self._t0) * math.pi / 4)
        radius = min(self.width(), self.height()) / 2 * (0.36 + 0.64 * level)
        painter.setBrush(QColor("#2F6E78"))
        painter.drawEllipse(QPointF(self.width() / 2, self.height() / 2), radius, radius)
        painter.end()


def uneven_plan(seconds: float) -> Plan:
    """Breaths of uneven lengths (boundaries off any tick grid) lasting ``seconds``."""
    lengths = [2.3, 1.1, 3.7, 4.3, 2.9, 1.7]
    drafts = [Draft(3.0, "intro", "Get comfortable")]
    total, k = 3.0, 0
    while total < seconds:
        d = lengths[k % len(lengths)]
        drafts.append(Draft(d, "inhale" if k % 2 == 0 else "exhale", "Breathe"))
        total += d
        k += 1
    return Plan("breathing", None, {}, lay_out(drafts))


def cpu_share(qtbot: QtBot, seconds: float) -> float:
    """Share of one core this process used while the event loop ran for ``seconds``."""
    wall, cpu = time.monotonic(), time.process_time()
    qtbot.wait(int(seconds * 1000))
    return (time.process_time() - cpu) / (time.monotonic() - wall)


def floor_share(qtbot: QtBot, seconds: float) -> float:
    floor = FloorCircle()
    qtbot.addWidget(floor)
    floor.resize(*SIZE)
    floor.show()
    qtbot.waitExposed(floor)
    share = cpu_share(qtbot, seconds)
    floor.close()
    return share


def test_phase_changes_on_time_and_cpu_against_the_floor(qtbot: QtBot) -> None:
    floor_before = floor_share(qtbot, FLOOR_SECONDS / 2)

    plan = uneven_plan(SECONDS + HIDDEN_SECONDS)
    controller = SessionController(plan, cues=NullCues(), replanners=Replanners())
    view = SessionView(controller, ask_ratings=False)
    qtbot.addWidget(view)
    view.resize(*SIZE)
    view.show()
    qtbot.waitExposed(view)
    late: list[float] = []
    indexes: list[int] = []

    def landed(index: int) -> None:
        late.append(controller.position().elapsed - plan.steps[index].start)
        indexes.append(index)

    controller.step_changed.connect(landed)
    controller.start()
    session = cpu_share(qtbot, SECONDS)
    view.hide()  # as if minimised: no frames, only the boundary timer
    hidden = cpu_share(qtbot, HIDDEN_SECONDS)
    controller.stop()

    floor_after = floor_share(qtbot, FLOOR_SECONDS / 2)
    floor = (floor_before + floor_after) / 2

    ms = sorted(1000 * x for x in late[1:])  # the first step starts with the clock
    p95 = ms[int(0.95 * (len(ms) - 1))]
    print(
        f"\nsession {SECONDS:.0f} s, {len(ms)} phase changes: lateness median "
        f"{statistics.median(ms):.2f} ms, p95 {p95:.2f} ms, max {ms[-1]:.2f} ms"
        f"\nCPU: session {100 * session:.1f} % of a core, floor (bare 60 fps circle) "
        f"{100 * floor:.1f} % ({100 * floor_before:.1f} / {100 * floor_after:.1f}), "
        f"ratio {session / floor:.2f}x; hidden window {100 * hidden:.2f} %"
    )
    assert indexes == list(range(len(indexes)))  # every phase, in order, none missed
    assert min(ms) >= 0.0  # never early
    assert ms[-1] < 100.0  # a breath cue more than 0.1 s late would be felt
    assert hidden < floor  # a hidden session paints nothing
