"""How a session ends when the process is signalled, frozen, or handed another session.

Real ``breathe`` processes on offscreen Qt. The frozen-time test has to let real time pass
while the process is stopped (that is the fault); it asserts on the row, never on timing.
"""

from __future__ import annotations

import signal
import time
from collections.abc import Callable

import pytest

from tests.integration.conftest import App, messages, read_rows, run_breathe, wait_until

StartApp = Callable[..., App]

#: how long the process stays stopped: well above what a heartbeat or a poll can blur (1 s)
FROZEN = 6.0


def test_sighup_ends_the_session_as_stopped_with_its_duration(start_app: StartApp) -> None:
    app = start_app("start", "box")
    app.row(lambda r: r["status"] == "running", "the running row")
    seen = time.monotonic()
    app.row(lambda r: r["duration_seconds"] >= 3.0, "the first step change")
    sent = time.monotonic()
    assert app.end(signal.SIGHUP) == 0  # the terminal it was started from was closed
    (row,) = read_rows()
    assert row["status"] == "stopped"
    assert row["duration_seconds"] == pytest.approx(sent - seen, abs=1.0)
    assert messages(app.stderr) == []


def test_time_a_stopped_process_spent_frozen_is_not_counted_as_practice(
    start_app: StartApp,
) -> None:
    app = start_app("start", "breathing", "--bpm", "30")  # a step change every second
    app.row(lambda r: r["status"] == "running", "the running row")
    seen = time.monotonic()
    app.row(lambda r: r["duration_seconds"] >= 3.0, "the first step change")
    app.process.send_signal(signal.SIGSTOP)  # Ctrl+Z, or a debugger, or a suspend
    stopped = time.monotonic()
    wait_until(lambda: time.monotonic() - stopped > FROZEN, "time to pass while stopped")
    app.process.send_signal(signal.SIGCONT)
    continued = time.monotonic()
    touched = app.row(lambda r: r["duration_seconds"] >= 6.0, "step changes after it")
    assert touched["status"] == "running"
    sent = time.monotonic()
    assert app.end() == 0
    (row,) = read_rows()
    assert row["status"] == "stopped"
    practised = (stopped - seen) + (sent - continued)
    assert row["duration_seconds"] == pytest.approx(practised, abs=1.5)
    assert row["duration_seconds"] < (sent - seen) - FROZEN + 1.5


def test_a_new_session_while_a_quit_at_end_one_runs_keeps_both(start_app: StartApp) -> None:
    first = start_app("start", "breathing", "--bpm", "30", "--minutes", "0.5", "--quit-at-end")
    first.row(lambda r: r["duration_seconds"] >= 3.0, "the first session's step change")
    asked = run_breathe("start", "coherent")  # a second launch hands its session over
    assert asked.returncode == 0, asked.stderr
    assert "already open" in asked.stderr

    def both() -> list[dict[str, object]] | None:
        rows = read_rows()
        return rows if len(rows) == 2 and float(rows[1]["duration_seconds"]) >= 3.0 else None

    earlier, later = wait_until(both, "the second session to run on")
    assert earlier["practice"] == "breathing"
    assert earlier["status"] == "stopped"  # ended by the newer request, and saved
    assert float(earlier["duration_seconds"]) >= 3.0
    assert later["preset"] == "coherent"
    assert later["status"] == "running"  # the first session's end did not quit the app
    assert first.end() == 0
    assert [r["status"] for r in read_rows()] == ["stopped", "stopped"]
    assert float(read_rows()[1]["duration_seconds"]) >= 3.0  # never "interrupted 0:00"
