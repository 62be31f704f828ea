"""Idle CPU with the window minimised: a running session, the home screen, a bare window.

Run on demand (skipped by default; ``tools/run_benchmarks.py`` runs it under Xvfb)::

    pytest tests/benchmarks/bench_idle.py -m benchmark -s -p no:cacheprovider --no-cov

Each process is minimised one second after its first paint (``BREATHE_MINIMIZE_AFTER``:
``QWidget.showMinimized()``, as a window manager would; Xvfb has none), left two seconds to
settle, then its CPU time is read from ``/proc`` over ``BREATHE_BENCH_IDLE_SECONDS``
(default 30). A minimised session paints nothing: only its step-boundary timer (and the
cues it plays) should cost anything, so the target is close to zero, like the floor (the
bare window, minimised the same way). ``BREATHE_BENCH_IDLE_RUNS`` (default 3) runs.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.benchmarks.conftest import Bench

SECONDS = float(os.environ.get("BREATHE_BENCH_IDLE_SECONDS") or 30)
RUNS = int(os.environ.get("BREATHE_BENCH_IDLE_RUNS") or 3)
SETTLE = 2.0
pytestmark = [pytest.mark.benchmark, pytest.mark.timeout(120 + 3 * RUNS * (SECONDS + 30))]

CASES = ("floor", "session", "home")
IDLE_TARGET = 1.0  # % of one core: "about zero" for a person's laptop battery


def test_minimised_window_costs_almost_nothing(tmp_path: Path, bench: Bench) -> None:
    commands = {
        "floor": bench.floor_command("window"),
        "session": bench.breathe_command("start", "box", "--minutes", "30"),
        "home": bench.breathe_command(),
    }
    share: dict[str, list[float]] = {case: [] for case in CASES}
    for run, case in bench.interleaved(CASES, RUNS):
        child = bench.spawn(commands[case], tmp_path / f"{run}-{case}", BREATHE_MINIMIZE_AFTER="1")
        child.wait_for("minimized")
        child.alive_for(SETTLE)
        cpu0 = child.cpu_seconds()
        child.alive_for(SECONDS)
        cpu1 = child.cpu_seconds()
        status = child.stop()
        assert status == (-15 if case == "floor" else 0), f"{case} ended with {status}"
        if case == "session":  # minimised, it kept going, and SIGTERM saved it as stopped
            assert child.saved_sessions() == [("box", "stopped")]
        share[case].append(100 * (cpu1 - cpu0) / SECONDS)

    floor = bench.median(share["floor"])
    for case, what in (
        ("session", "Idle CPU, session running, window minimised"),
        ("home", "Idle CPU, home screen, window minimised"),
    ):
        value = bench.median(share[case])
        bench.add(
            bench.Result(
                f"idle.{case}",
                what,
                value,
                "% of a core",
                floor,
                "bare window, minimised",
                compare="delta",
                target=f"~0 (< {IDLE_TARGET:g} %)",
                met=value < IDLE_TARGET,
                note=f"median of {RUNS} x {SECONDS:.0f} s; runs "
                f"{', '.join(f'{x:.2f}' for x in share[case])}",
            )
        )
