"""CPU and peak memory of a running ``breathe start box`` vs a bare 60 fps QPainter circle.

Run on demand (skipped by default; ``tools/run_benchmarks.py`` runs it under Xvfb)::

    pytest tests/benchmarks/bench_cpu_memory.py -m benchmark -s -p no:cacheprovider --no-cov

Both are real processes of the same window size, watched for
``BREATHE_BENCH_CPU_SECONDS`` (default 120, the issue's 2-minute session) from their first
painted frame: user + system CPU time of the whole process (all threads) from
``/proc/<pid>/stat``, and the peak resident memory (``VmHWM``) at the end. breathe's
share includes what it loads after the first paint (sound, speech, history), as a person's
session does. ``BREATHE_BENCH_CPU_RUNS`` (default 3) interleaved runs; medians compared.
"""

from __future__ import annotations

import math
import os
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.benchmarks.conftest import Bench

SECONDS = float(os.environ.get("BREATHE_BENCH_CPU_SECONDS") or 120)
RUNS = int(os.environ.get("BREATHE_BENCH_CPU_RUNS") or 3)
pytestmark = [pytest.mark.benchmark, pytest.mark.timeout(120 + 2 * RUNS * (SECONDS + 30))]

CASES = ("floor", "session")


def test_session_cpu_and_memory_against_a_bare_circle(tmp_path: Path, bench: Bench) -> None:
    minutes = math.ceil(SECONDS / 60) + 1  # the session outlasts the measurement
    commands = {
        "floor": bench.floor_command("circle"),
        "session": bench.breathe_command("start", "box", "--minutes", str(minutes)),
    }
    share: dict[str, list[float]] = {case: [] for case in CASES}
    peak: dict[str, list[float]] = {case: [] for case in CASES}
    for run, case in bench.interleaved(CASES, RUNS):
        child = bench.spawn(commands[case], tmp_path / f"{run}-{case}")
        paint = child.wait_for("first_paint")
        cpu0 = child.cpu_seconds()
        child.alive_for(SECONDS)
        cpu1 = child.cpu_seconds()
        peak[case].append(child.peak_rss_mib())
        status = child.stop()
        assert status in (0, -15), f"{case} ended with {status}"
        if case == "session":
            assert status == 0  # SIGTERM ends a session cleanly (saved as stopped)
            assert "Get comfortable" in paint["texts"]
        share[case].append(100 * (cpu1 - cpu0) / SECONDS)

    floor, session = bench.median(share["floor"]), bench.median(share["session"])
    runs = f"median of {RUNS} x {SECONDS:.0f} s"
    bench.add(
        bench.Result(
            "cpu.session",
            f"CPU during a {SECONDS / 60:.3g}-minute `breathe start box` session",
            session,
            "% of a core",
            floor,
            "bare 60 fps circle",
            target="<= 1.2x",
            met=session <= 1.2 * floor,
            note=f"{runs}; runs {', '.join(f'{x:.1f}' for x in share['session'])}; "
            f"floor runs {', '.join(f'{x:.1f}' for x in share['floor'])}",
        )
    )
    bench.add(
        bench.Result(
            "memory.session",
            "Peak memory (RSS) during that session",
            bench.median(peak["session"]),
            "MiB",
            bench.median(peak["floor"]),
            "bare 60 fps circle",
            note=runs,
        )
    )
