"""Shared by the benchmarks: breathe and the bare-Qt floors as real processes, and results.

- :func:`spawn` starts a command (breathe, or a floor script from ``floors/``) with its own
  fresh ``BREATHE_HOME`` and ``BREATHE_REPORT_FIRST_PAINT`` file; :class:`Child` waits for
  its first paint (see ``breathe.app.startup_probe``), reads its CPU time and peak memory from
  ``/proc`` and ends it with SIGTERM, as a logout would.
- The ``bench_results`` fixture prints each :class:`Result` and, when
  ``BREATHE_BENCH_RESULTS=<file>`` is set (``tools/run_benchmarks.py`` sets it), appends it
  there as one JSON line, so one command can gather every benchmark into one table.

breathe is started as ``$BREATHE_BENCH_BREATHE`` (split on spaces) if set, else as the
``breathe`` script beside the Python running pytest (a private venv with the built wheel
when ``tools/run_benchmarks.py --install`` is used), from a neutral working directory so
the source tree never shadows the installed package.
"""

from __future__ import annotations

import json
import os
import shlex
import signal
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import closing
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import pytest

FLOORS = Path(__file__).parent / "floors"
RESULTS_VAR = "BREATHE_BENCH_RESULTS"
TICKS = os.sysconf("SC_CLK_TCK")


def env_number(name: str, default: float) -> float:
    """A duration or count from the environment (quick runs set them lower)."""
    value = os.environ.get(name)
    return float(value) if value else default


def breathe_command(*args: str) -> list[str]:
    """The command that starts breathe (the installed script, not the source tree)."""
    given = os.environ.get("BREATHE_BENCH_BREATHE")
    if given:
        return [*shlex.split(given), *args]
    script = Path(sys.executable).parent / "breathe"
    if script.exists():
        return [str(script), *args]
    return [sys.executable, "-P", "-m", "breathe", *args]  # pragma: no cover - no script


def floor_command(name: str, *args: str) -> list[str]:
    """A bare-Qt floor script from ``floors/`` (``window`` or ``circle``), with ``args``."""
    return [sys.executable, str(FLOORS / f"{name}.py"), *args]


def interleaved(cases: Sequence[str], runs: int) -> Iterator[tuple[int, str]]:
    """(run, case) pairs, the order rotated each run so no case always goes first."""
    for run in range(runs):
        k = run % len(cases)
        for case in (*cases[k:], *cases[:k]):
            yield run, case


@dataclass
class Child:
    """A benchmarked process and the report file its first paint is written to."""

    proc: subprocess.Popen[bytes]
    report: Path
    spawned: float
    stderr: Path
    home: Path  # BREATHE_HOME is home / "breathe"

    def wait_for(self, event: str, timeout: float = 60.0) -> dict[str, Any]:
        """The first report line with ``event`` (e.g. ``first_paint``); fails on exit."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for line in self.lines():
                if line.get("event") == event:
                    return line
            if self.proc.poll() is not None:
                break
            time.sleep(0.005)  # polling another process's file, not timing a test
        self.stop()
        raise AssertionError(
            f"{self.proc.args} gave no {event!r} (exit {self.proc.returncode}): "
            f"{self.stderr.read_text(errors='replace')[-2000:]}"
        )

    def lines(self) -> list[dict[str, Any]]:
        try:
            text = self.report.read_text(encoding="utf-8")
        except FileNotFoundError:
            return []
        return [json.loads(line) for line in text.splitlines() if line.endswith("}")]

    def alive_for(self, seconds: float) -> None:
        """Let the process run ``seconds`` more; fails if it ends meanwhile."""
        try:
            self.proc.wait(timeout=seconds)
        except subprocess.TimeoutExpired:
            return
        raise AssertionError(f"{self.proc.args} ended early with {self.proc.returncode}")

    def cpu_seconds(self) -> float:
        """User + system CPU time of the process (all its threads) so far."""
        stat = Path(f"/proc/{self.proc.pid}/stat").read_text()
        fields = stat[stat.rindex(")") + 2 :].split()
        utime, stime = int(fields[11]), int(fields[12])  # fields 14 and 15 of proc(5)
        return (utime + stime) / TICKS

    def peak_rss_mib(self) -> float:
        """Peak resident memory so far (VmHWM), in MiB."""
        for line in Path(f"/proc/{self.proc.pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
        raise AssertionError("no VmHWM in /proc")  # pragma: no cover - Linux has it

    def saved_sessions(self) -> list[tuple[str | None, str]]:
        """(preset, status) of every session in this process's history, read-only."""
        database = self.home / "breathe" / "data" / "history.sqlite3"
        with closing(sqlite3.connect(f"file:{database}?mode=ro", uri=True)) as db:
            rows = db.execute("SELECT preset, status FROM sessions").fetchall()
        return [(preset, status) for preset, status in rows]

    def stop(self) -> int:
        """SIGTERM (breathe saves a running session as stopped), then wait; its status."""
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        return self.proc.returncode


def spawn(command: Sequence[str], home: Path, **env: str) -> Child:
    """Start ``command`` with its own BREATHE_HOME and first-paint report file."""
    home.mkdir(parents=True)
    report = home / "first-paint.jsonl"
    stderr = home / "stderr.txt"
    child_env = {
        **os.environ,
        "BREATHE_HOME": str(home / "breathe"),
        "BREATHE_REPORT_FIRST_PAINT": str(report),
        **env,
    }
    with stderr.open("wb") as err:
        spawned = time.monotonic()
        proc = subprocess.Popen(
            list(command),
            cwd=home,  # never the source tree, which would shadow the installed package
            env=child_env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=err,
        )
    return Child(proc, report, spawned, stderr, home)


@dataclass(frozen=True)
class Result:
    """One row of the benchmark table.

    ``value`` and ``floor`` are in ``unit``; ``compare`` says how they are set side by side
    (``ratio`` or ``delta``); ``target`` is the goal in words and ``met`` whether it was met.
    """

    key: str
    what: str
    value: float
    unit: str
    floor: float | None = None
    floor_what: str = ""
    compare: str = "ratio"
    target: str = ""
    met: bool | None = None
    note: str = ""

    def line(self) -> str:
        text = f"{self.what}: {self.value:.4g} {self.unit}"
        if self.floor is not None:
            text += f", floor ({self.floor_what}) {self.floor:.4g} {self.unit}"
            if self.compare == "delta":
                text += f", {self.value - self.floor:+.4g} {self.unit}"
            elif self.floor:
                text += f", {self.value / self.floor:.2f}x"
        if self.target:
            text += f"; target {self.target}: {'met' if self.met else 'NOT met'}"
        return text + (f" ({self.note})" if self.note else "")


class Results:
    """Prints results and appends them to ``$BREATHE_BENCH_RESULTS`` when it is set."""

    def __init__(self, path: str | None) -> None:
        self._path = Path(path) if path else None

    def add(self, result: Result) -> Result:
        print(f"\n  {result.line()}", flush=True)
        if self._path is not None:
            with self._path.open("a", encoding="utf-8") as f:
                f.write(json.dumps(asdict(result)) + "\n")
        return result


class Bench:
    """What a benchmark needs, as one fixture (conftest modules are not imported by name)."""

    env_number = staticmethod(env_number)
    breathe_command = staticmethod(breathe_command)
    floor_command = staticmethod(floor_command)
    interleaved = staticmethod(interleaved)
    spawn = staticmethod(spawn)
    median = staticmethod(statistics.median)
    Result = Result

    def __init__(self, results: Results) -> None:
        self.results = results

    def add(self, result: Result) -> Result:
        return self.results.add(result)


@pytest.fixture
def bench_results() -> Results:
    """Where a benchmark reports its numbers (printed, and gathered by the runner)."""
    return Results(os.environ.get(RESULTS_VAR))


@pytest.fixture
def bench(bench_results: Results) -> Bench:
    """Process helpers and the results of this run."""
    return Bench(bench_results)
