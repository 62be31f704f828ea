"""The bundle against the same app from a venv: size, and cold start to the first paint.

Run on demand after ``tools/build_bundle.py`` (skipped by default; needs a display, e.g.
Xvfb, as the start-up benchmark does)::

    pytest tests/benchmarks/bench_bundle.py -m benchmark -s -p no:cacheprovider --no-cov

The bundle is ``$BREATHE_BENCH_BUNDLE`` or ``dist/breathe/breathe``; the venv's breathe is
the one beside the Python running pytest (``BREATHE_BENCH_BREATHE`` to choose another).
Each round starts the bare-window floor, breathe from the venv and breathe from the bundle
(``breathe start box``), interleaved with their order rotated; one warm-up round is left
out, and medians of ``BREATHE_BENCH_STARTUP_RUNS`` rounds (default 15) are compared.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from tests.benchmarks.conftest import Bench

REPO = Path(__file__).resolve().parents[2]
RUNS = int(os.environ.get("BREATHE_BENCH_STARTUP_RUNS") or 15)
pytestmark = [pytest.mark.benchmark, pytest.mark.timeout(120 + 30 * RUNS)]
CASES = ("floor", "venv", "bundle")


def bundle_executable() -> Path:
    given = os.environ.get("BREATHE_BENCH_BUNDLE")
    found = Path(given) if given else REPO / "dist" / "breathe" / "breathe"
    if not found.is_file():
        pytest.skip("no bundle: run tools/build_bundle.py first (or set BREATHE_BENCH_BUNDLE)")
    return found


def megabytes(folder: Path) -> float:
    files = (p for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return sum(p.stat().st_size for p in files) / 1e6


def test_the_bundle_starts_no_slower_than_the_venv(tmp_path: Path, bench: Bench) -> None:
    bundle = bundle_executable()
    commands = {
        "floor": bench.floor_command("window"),
        "venv": bench.breathe_command("start", "box"),
        "bundle": [str(bundle), "start", "box"],
    }
    seconds: dict[str, list[float]] = {case: [] for case in CASES}
    cpu: dict[str, list[float]] = {case: [] for case in CASES}
    for run, case in bench.interleaved(CASES, RUNS + 1):
        child = bench.spawn(commands[case], tmp_path / f"{run}-{case}")
        paint = child.wait_for("first_paint")
        assert child.stop() == (-15 if case == "floor" else 0)
        if case != "floor":
            assert "Get comfortable" in paint["texts"]  # the session screen, painted
        if run > 0:  # the first round warms the disk cache
            seconds[case].append(paint["t"] - child.spawned)
            cpu[case].append(paint["cpu"])
    floor, venv, frozen = (bench.median(seconds[c]) * 1000 for c in CASES)
    spread = {c: f"{min(v) * 1000:.0f}-{max(v) * 1000:.0f} ms" for c, v in seconds.items()}
    bench.add(
        bench.Result(
            "bundle.floor",
            "Bare PySide6 window to first paint",
            floor,
            "ms",
            note=f"median of {RUNS}, range {spread['floor']}",
        )
    )
    bench.add(
        bench.Result(
            "bundle.start.venv",
            "`breathe start box` from the venv to first paint",
            venv,
            "ms",
            floor,
            "bare window",
            note=f"range {spread['venv']}",
        )
    )
    bench.add(
        bench.Result(
            "bundle.start",
            "`breathe start box` from the bundle to first paint",
            frozen,
            "ms",
            venv,
            "the venv",
            target="<= 1.1x the venv (no slower, within noise)",
            met=frozen <= 1.1 * venv,
            note=f"range {spread['bundle']}",
        )
    )
    cpu_venv, cpu_bundle = (bench.median(cpu[c]) * 1000 for c in ("venv", "bundle"))
    bench.add(
        bench.Result(
            "bundle.start.cpu",
            "CPU time of `breathe start box` from the bundle up to its first paint",
            cpu_bundle,
            "ms",
            cpu_venv,
            "the venv",
        )
    )
    bench.add(
        bench.Result("bundle.size", "Bundle folder (dist/breathe)", megabytes(bundle.parent), "MB")
    )
    debs = sorted((REPO / "dist").glob("breathe-desktop_*_amd64.deb"))
    if debs:
        bench.add(bench.Result("bundle.deb", "The .deb", debs[-1].stat().st_size / 1e6, "MB"))
