"""Cold start to the first painted frame: ``breathe`` and ``breathe start box`` vs the floor.

Run on demand (skipped by default; ``tools/run_benchmarks.py`` runs it under Xvfb)::

    pytest tests/benchmarks/bench_startup.py -m benchmark -s -p no:cacheprovider --no-cov

The floor is ``floors/window.py --touch-qt``: QApplication + QMainWindow + QLabel, reading
one constant of Qt's ``Qt`` namespace (the least any real screen does: PySide6 builds all
of the namespace's enums on first use). The bare window that never touches it is measured
too, as a line for comparison. Each run starts
a new process with a fresh ``BREATHE_HOME`` (a first start: no settings, no history yet),
takes the time from spawn to the first painted frame (``breathe.app.startup_probe``), then ends
it with SIGTERM. Cases are interleaved and their order rotated; one warm-up round is left
out; medians of ``BREATHE_BENCH_STARTUP_RUNS`` runs (default 15) are compared as ratios,
because these machines are noisy (docs/platform.md).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.benchmarks.conftest import Bench

RUNS = int(os.environ.get("BREATHE_BENCH_STARTUP_RUNS") or 15)
pytestmark = [pytest.mark.benchmark, pytest.mark.timeout(120 + 20 * RUNS)]

CASES = ("floor", "home", "start", "bare")
FIRST_SCREEN = {"home": "Or choose a practice", "start": "Get comfortable"}


def test_cold_start_to_first_paint_against_a_bare_window(tmp_path: Path, bench: Bench) -> None:
    commands = {
        "floor": bench.floor_command("window", "--touch-qt"),
        "bare": bench.floor_command("window"),
        "home": bench.breathe_command(),
        "start": bench.breathe_command("start", "box"),
    }
    seconds: dict[str, list[float]] = {case: [] for case in CASES}
    cpu: dict[str, list[float]] = {case: [] for case in CASES}
    loaded: dict[str, list[str]] = {}
    for run, case in bench.interleaved(CASES, RUNS + 1):
        child = bench.spawn(commands[case], tmp_path / f"{run}-{case}")
        paint = child.wait_for("first_paint")
        status = child.stop()
        # breathe ends cleanly on SIGTERM; the floors simply die of it
        assert status == (-15 if case in ("floor", "bare") else 0), f"{case} ended with {status}"
        if case in FIRST_SCREEN:
            assert FIRST_SCREEN[case] in paint["texts"]  # the right screen, painted
            loaded[case] = paint["loaded"]
        if run > 0:  # the first round warms the disk cache
            seconds[case].append(paint["t"] - child.spawned)
            cpu[case].append(paint["cpu"])

    floor = bench.median(seconds["floor"]) * 1000
    home = bench.median(seconds["home"]) * 1000
    start = bench.median(seconds["start"]) * 1000
    spread = {c: f"{min(v) * 1000:.0f}-{max(v) * 1000:.0f} ms" for c, v in seconds.items()}
    bench.add(
        bench.Result(
            "startup.floor",
            "Bare PySide6 window touching `Qt` once (the fair floor) to first paint",
            floor,
            "ms",
            note=f"median of {RUNS}, range {spread['floor']}",
        )
    )
    bench.add(
        bench.Result(
            "startup.bare",
            "Bare PySide6 window (QMainWindow + QLabel, the old floor) to first paint",
            bench.median(seconds["bare"]) * 1000,
            "ms",
            floor,
            "fair floor",
            note=f"for comparison; range {spread['bare']}",
        )
    )
    bench.add(
        bench.Result(
            "startup.home",
            "`breathe` to first painted home screen",
            home,
            "ms",
            floor,
            "fair floor",
            target="<= 1.15x",
            met=home <= 1.15 * floor,
            note=f"range {spread['home']}; loaded before it: {', '.join(loaded['home']) or '-'}",
        )
    )
    bench.add(
        bench.Result(
            "startup.start",
            "`breathe start box` to first painted session screen",
            start,
            "ms",
            floor,
            "fair floor",
            target="<= 1.15x",
            met=start <= 1.15 * floor,
            note=f"range {spread['start']}; loaded before it: {', '.join(loaded['start']) or '-'}",
        )
    )
    cpu_floor = bench.median(cpu["floor"]) * 1000
    for case, what in (("home", "`breathe`"), ("start", "`breathe start box`")):
        value = bench.median(cpu[case]) * 1000
        bench.add(
            bench.Result(
                f"startup.{case}.cpu",
                f"CPU time used by {what} up to its first paint",
                value,
                "ms",
                cpu_floor,
                "fair floor",
                note="steadier than wall time when the machine is busy",
            )
        )
