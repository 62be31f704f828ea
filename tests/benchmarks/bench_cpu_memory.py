"""CPU and peak memory of running sessions vs a bare 60 fps QPainter circle.

Run on demand (skipped by default; ``tools/run_benchmarks.py`` runs it under Xvfb)::

    pytest tests/benchmarks/bench_cpu_memory.py -m benchmark -s -p no:cacheprovider --no-cov

Two sessions: ``breathe start box`` (half its time is holds, where the still pacer is not
repainted) and ``breathe start coherent`` (5 s in, 5 s out: the pacer always moves, the
worst case). They and the floor are real processes of the same window size, watched for
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
CASES = ("floor", "box", "coherent")
pytestmark = [
    pytest.mark.benchmark,
    pytest.mark.timeout(120 + len(CASES) * RUNS * (SECONDS + 30)),
]
FIRST_LABEL = "Get comfortable"


def test_session_cpu_and_memory_against_a_bare_circle(tmp_path: Path, bench: Bench) -> None:
    minutes = str(math.ceil(SECONDS / 60) + 1)  # the session outlasts the measurement
    commands = {
        "floor": bench.floor_command("circle"),
        "box": bench.breathe_command("start", "box", "--minutes", minutes),
        "coherent": bench.breathe_command("start", "coherent", "--minutes", minutes),
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
        # SIGTERM ends a session cleanly (saved as stopped); the bare floor simply dies of it
        assert status == (-15 if case == "floor" else 0), f"{case} ended with {status}"
        if case != "floor":
            assert FIRST_LABEL in paint["texts"]
            assert child.saved_sessions() == [(case, "stopped")]  # measured, and kept
        share[case].append(100 * (cpu1 - cpu0) / SECONDS)

    floor = bench.median(share["floor"])
    runs = f"median of {RUNS} x {SECONDS:.0f} s"
    for case, what in (
        ("box", "`breathe start box` (4-4-4-4: half of it still holds)"),
        ("coherent", "`breathe start coherent` (5 in, 5 out: always moving)"),
    ):
        value = bench.median(share[case])
        bench.add(
            bench.Result(
                f"cpu.{case}",
                f"CPU during a {SECONDS / 60:.3g}-minute {what}",
                value,
                "% of a core",
                floor,
                "bare 60 fps circle",
                target="<= 1.2x",
                met=value <= 1.2 * floor,
                note=f"{runs}; runs {', '.join(f'{x:.1f}' for x in share[case])}; "
                f"floor runs {', '.join(f'{x:.1f}' for x in share['floor'])}",
            )
        )
    memory, memory_floor = bench.median(peak["box"] + peak["coherent"]), bench.median(peak["floor"])
    bench.add(
        bench.Result(
            "memory.session",
            "Peak memory (RSS) during a session",
            memory,
            "MiB",
            memory_floor,
            "bare 60 fps circle",
            target="<= 1.5x",
            met=memory <= 1.5 * memory_floor,
            note=f"{runs} of each session (voice off, sounds on: the defaults); "
            f"runs {', '.join(f'{x:.1f}' for x in peak['box'] + peak['coherent'])}; "
            f"floor runs {', '.join(f'{x:.1f}' for x in peak['floor'])}",
        )
    )
