"""Run every benchmark in one go under a private Xvfb and print one Markdown table.

    python tools/run_benchmarks.py --install          # what users get: a built wheel
    python tools/run_benchmarks.py --install --quick  # a few minutes instead of ~35

``--install`` builds a wheel of this checkout and installs it into a private venv under
/tmp (its dependencies come from the Python running this tool, through a ``.pth`` file),
so breathe's modules are byte-compiled as after ``pip install`` (this environment sets
PYTHONDONTWRITEBYTECODE, which would make an editable checkout recompile at every start).
Without it, the Python running this tool (or ``--python``) is measured as it is.

Every benchmark in tests/benchmarks/ runs in its own pytest process with ``-m benchmark``;
the floors are measured in the same run, and the table gives ratios to them (these
machines are noisy: compare within a run). Durations can be set with the benchmarks' own
variables (e.g. ``BREATHE_BENCH_CPU_SECONDS``); ``--quick`` only changes their defaults.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import sysconfig
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "tests" / "benchmarks"
DEFAULT_VENV = Path(tempfile.gettempdir()) / "breathe-bench" / "venv"
SCREEN = "1280x800x24"


@dataclass(frozen=True)
class Benchmark:
    """One benchmark file and the duration variables it reads (full run, quick run)."""

    name: str
    file: str
    settings: dict[str, tuple[str, str]] = field(default_factory=dict)


BENCHMARKS = (
    Benchmark("startup", "bench_startup.py", {"BREATHE_BENCH_STARTUP_RUNS": ("15", "5")}),
    Benchmark(
        "cpu",
        "bench_cpu_memory.py",
        {"BREATHE_BENCH_CPU_SECONDS": ("120", "20"), "BREATHE_BENCH_CPU_RUNS": ("3", "1")},
    ),
    Benchmark("session", "bench_session.py", {"BREATHE_BENCH_SECONDS": ("600", "60")}),
    Benchmark("speech", "bench_speech.py"),
    Benchmark("history", "bench_history.py"),
    Benchmark(
        "idle",
        "bench_idle.py",
        {"BREATHE_BENCH_IDLE_SECONDS": ("30", "10"), "BREATHE_BENCH_IDLE_RUNS": ("3", "1")},
    ),
)


# -- the interpreter to measure --------------------------------------------------------------
def install(venv: Path) -> Path:
    """Build a wheel of this checkout and install it into a fresh ``venv``; its Python."""
    dist = venv.parent / "dist"
    shutil.rmtree(dist, ignore_errors=True)
    shutil.rmtree(venv, ignore_errors=True)
    say(f"building a wheel of {ROOT} ...")
    pip = [sys.executable, "-m", "pip"]
    run([*pip, "wheel", "--no-deps", "--quiet", "--wheel-dir", str(dist), str(ROOT)])
    wheel = next(dist.glob("*.whl"))
    run([sys.executable, "-m", "venv", "--without-pip", str(venv)])
    python = venv / "bin" / "python"
    # installed before the dependencies are visible, so pip never touches another copy
    run([*pip, "--python", str(python), "install", "--no-deps", "--quiet", str(wheel)])
    site = Path(
        subprocess.check_output(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            text=True,
        ).strip()
    )
    (site / "_breathe_bench_deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    say(f"installed {wheel.name} into {venv}")
    return python


def run(command: list[str]) -> None:
    subprocess.run(command, check=True, cwd=tempfile.gettempdir())


def describe(python: Path) -> dict[str, str]:
    """Versions and where breathe comes from, as seen by the measured interpreter."""
    code = (
        "import json, platform, breathe, PySide6; print(json.dumps({'python': "
        "platform.python_version(), 'pyside6': PySide6.__version__, 'breathe': "
        "breathe.__version__, 'breathe_file': breathe.__file__}))"
    )
    out = subprocess.check_output(
        [str(python), "-P", "-c", code], text=True, cwd=tempfile.gettempdir()
    )
    info: dict[str, str] = json.loads(out)
    return info


def machine() -> dict[str, str]:
    cpu = "unknown CPU"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    system = platform.platform(terse=True)
    os_release = Path("/etc/os-release")
    if os_release.exists():
        for line in os_release.read_text().splitlines():
            if line.startswith("PRETTY_NAME="):
                system = line.split("=", 1)[1].strip('"')
    return {"cpu": cpu, "cores": str(os.cpu_count()), "os": system}


# -- Xvfb --------------------------------------------------------------------------------------
@contextmanager
def xvfb() -> Iterator[str]:
    """A private X server (``-noreset``: clients come and go); yields its DISPLAY."""
    if shutil.which("Xvfb") is None:
        sys.exit("run_benchmarks: Xvfb is missing (apt-get install -y xvfb)")
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", SCREEN, "-nolisten", "tcp", "-noreset"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()  # written once the server accepts clients
    try:
        if not number:
            sys.exit("run_benchmarks: Xvfb did not start")
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(10)


# -- running and reading the benchmarks ---------------------------------------------------------
@dataclass
class Outcome:
    bench: Benchmark
    status: int
    seconds: float
    output: str
    results: list[dict[str, Any]]


def run_benchmark(
    bench: Benchmark, python: Path, env: dict[str, str], quick: bool, logs: Path
) -> Outcome:
    results_file = logs / f"{bench.name}.jsonl"
    child_env = {**env, "BREATHE_BENCH_RESULTS": str(results_file)}
    for name, (full, short) in bench.settings.items():
        child_env.setdefault(name, short if quick else full)
    command = [
        str(python),
        "-P",  # the source tree must not shadow the package being measured
        "-m",
        "pytest",
        str(BENCH / bench.file),
        "-m",
        "benchmark",
        "-s",
        "-q",
        "-p",
        "no:cacheprovider",
        "--no-cov",
        "--timeout=0",
    ]
    say(f"running {bench.file} ...")
    t0 = time.monotonic()
    proc = subprocess.run(
        command,
        check=False,
        cwd=ROOT,
        env=child_env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    output = proc.stdout.decode(errors="replace")
    (logs / f"{bench.name}.log").write_text(output)
    results = []
    if results_file.exists():
        results = [json.loads(line) for line in results_file.read_text().splitlines() if line]
    results += parse_printed(bench.name, output)
    took = time.monotonic() - t0
    say(f"  {bench.file}: exit {proc.returncode} in {took:.0f} s, {len(results)} results")
    return Outcome(bench, proc.returncode, took, output, results)


NUMBER = r"([0-9.]+)"


def parse_printed(name: str, output: str) -> list[dict[str, Any]]:
    """Rows from benchmarks that print their numbers instead of recording them."""
    rows: list[dict[str, Any]] = []
    if name == "session":
        late = re.search(
            rf"session {NUMBER} s, (\d+) phase changes: lateness median {NUMBER} ms, "
            rf"p95 {NUMBER} ms, max {NUMBER} ms",
            output,
        )
        if late:
            secs, n, med, p95, worst = late.groups()
            rows.append(
                row(
                    "session.lateness",
                    f"Worst phase-change lateness, {float(secs) / 60:.3g}-minute real session",
                    float(worst),
                    "ms",
                    target="< 17 ms (one frame)",
                    met=float(worst) < 17,
                    note=f"{n} phase changes; median {med} ms, p95 {p95} ms",
                )
            )
        cpu = re.search(
            rf"CPU: session {NUMBER} % of a core, floor \(bare 60 fps circle\) {NUMBER} %.*?"
            rf"ratio {NUMBER}x; hidden window {NUMBER} %",
            output,
        )
        if cpu:
            session, floor, _ratio, hidden = (float(x) for x in cpu.groups())
            rows.append(
                row(
                    "session.cpu",
                    "CPU of the session view in-process (pytest-qt)",
                    session,
                    "% of a core",
                    floor=floor,
                    floor_what="bare 60 fps circle",
                    target="<= 1.2x",
                    met=session <= 1.2 * floor,
                    note=f"hidden window {hidden} %",
                )
            )
    elif name == "speech":
        idle = re.search(rf"5 ms timer, idle floor:\s+max {NUMBER} ms", output)
        busy = re.search(rf"5 ms timer, (\d+) cues rendering \+ playing:\s+max {NUMBER} ms", output)
        on_time = re.search(r"cues spoken on time[^:]*: (\d+/\d+)", output)
        if idle and busy:
            rows.append(
                row(
                    "speech.stall",
                    f"Longest event-loop stall while {busy.group(1)} voice cues render and play",
                    float(busy.group(2)),
                    "ms",
                    floor=float(idle.group(1)),
                    floor_what="same 5 ms timer, idle",
                    compare="delta",
                    target="< 17 ms (one frame)",
                    met=float(busy.group(2)) < 17,
                    note=f"cues spoken on time: {on_time.group(1)}" if on_time else "",
                )
            )
    return rows


def row(
    key: str,
    what: str,
    value: float,
    unit: str,
    *,
    floor: float | None = None,
    floor_what: str = "",
    **extra: Any,
) -> dict[str, Any]:
    """A result in the shape the benchmarks' ``bench_results`` fixture records."""
    base = {"key": key, "what": what, "value": value, "unit": unit, "floor": floor}
    return {**base, "floor_what": floor_what, "compare": "ratio", "target": "", "met": None,
            "note": "", **extra}  # fmt: skip


# -- the table ---------------------------------------------------------------------------------
def number(value: float, unit: str) -> str:
    if unit == "% of a core":
        return f"{value:.2f} %" if value < 1 else f"{value:.1f} %"
    if unit == "ms":
        return f"{value:.0f} ms" if value >= 100 else f"{value:.1f} ms"
    return f"{value:.3g} {unit}" if value < 1000 else f"{value:,.0f} {unit}"


def table(outcomes: list[Outcome], info: dict[str, str], command: str) -> str:
    today = dt.date.today().isoformat()
    lines = [
        f"Measured {today} on {info['cpu']} ({info['cores']} cores), {info['os']}, "
        f"Python {info['python']}, PySide6 {info['pyside6']}, breathe {info['breathe']} "
        f"({info['where']}), under Xvfb {SCREEN}, with `{command}`.",
        "",
        "| measurement | breathe | floor (same run) | ratio | target |",
        "|---|---|---|---|---|",
    ]
    notes: list[str] = []
    for outcome in outcomes:
        for r in outcome.results:
            value, floor, unit = r["value"], r["floor"], r["unit"]
            floor_text = ratio = "-"
            if floor is not None:
                floor_text = f"{number(floor, unit)} ({r['floor_what']})"
                if r["compare"] == "delta":
                    sign = "+" if value >= floor else "-"
                    ratio = f"{sign}{number(abs(value - floor), unit)}"
                elif floor:
                    ratio = f"{value / floor:.2f}x"
            target = r["target"] or "-"
            if r["met"] is not None:
                target += " (met)" if r["met"] else " (**not met**)"
            what = r["what"]
            if r["note"]:
                notes.append(r["note"])
                what += f" [{len(notes)}]"
            lines.append(f"| {what} | {number(value, unit)} | {floor_text} | {ratio} | {target} |")
        if outcome.status != 0 or not outcome.results:
            state = {-1: "not run: the file does not exist yet", 0: "ran; no result read"}.get(
                outcome.status, f"failed (pytest exit {outcome.status}; see its log)"
            )
            lines.append(f"| `{outcome.bench.file}` | {state} | - | - | - |")
    if notes:
        lines.append("")
        lines.extend(f"[{i}] {note}  " for i, note in enumerate(notes, 1))
    return "\n".join(lines)


def say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--install", action="store_true", help="measure a wheel of this checkout")
    parser.add_argument("--venv", type=Path, default=DEFAULT_VENV, help="where --install puts it")
    parser.add_argument("--python", type=Path, help="measure this interpreter's breathe instead")
    parser.add_argument("--quick", action="store_true", help="short durations (a few minutes)")
    parser.add_argument(
        "--only",
        help="comma-separated: " + ",".join(b.name for b in BENCHMARKS),
    )
    parser.add_argument("--output", type=Path, help="also write the table to this file")
    args = parser.parse_args(argv)
    chosen = BENCHMARKS
    if args.only:
        names = set(args.only.split(","))
        unknown = names - {b.name for b in BENCHMARKS}
        if unknown:
            parser.error(f"unknown benchmark {', '.join(sorted(unknown))}")
        chosen = tuple(b for b in BENCHMARKS if b.name in names)

    python = install(args.venv) if args.install else (args.python or Path(sys.executable))
    info = {**machine(), **describe(python)}
    info["where"] = (
        f"a wheel installed in {args.venv}"
        if args.install
        else f"as {python} imports it from {Path(info['breathe_file']).parent}"
    )
    logs = Path(tempfile.mkdtemp(prefix="breathe-bench-"))
    say(f"measuring {info['breathe_file']}; logs in {logs}")
    outcomes = []
    with xvfb() as display:
        env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
        env.pop("BREATHE_HOME", None)  # each benchmark makes a fresh one per run
        for bench in chosen:
            if not (BENCH / bench.file).exists():
                outcomes.append(Outcome(bench, -1, 0.0, "", []))
                continue
            outcomes.append(run_benchmark(bench, python, env, args.quick, logs))
    command = "python tools/run_benchmarks.py " + " ".join(
        argv if argv is not None else sys.argv[1:]
    )
    text = table(outcomes, info, command.strip())
    print(text)
    if args.output:
        args.output.write_text(text + "\n")
    failed = [o.bench.file for o in outcomes if o.status not in (-1, 0)]
    if failed:
        say(f"failed: {', '.join(failed)} (logs in {logs})")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
