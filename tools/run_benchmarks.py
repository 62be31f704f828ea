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
    Benchmark("handoff", "bench_handoff.py", {"BREATHE_BENCH_HANDOFF_RUNS": ("15", "5")}),
    Benchmark(
        "cpu",
        "bench_cpu_memory.py",
        {"BREATHE_BENCH_CPU_SECONDS": ("120", "20"), "BREATHE_BENCH_CPU_RUNS": ("3", "1")},
    ),
    Benchmark("session", "bench_session.py", {"BREATHE_BENCH_SECONDS": ("600", "60")}),
    Benchmark("speech", "bench_speech.py"),
    Benchmark("history", "bench_history.py"),
    Benchmark("busy", "bench_busy_history.py", {"BREATHE_BENCH_LOCK_SECONDS": ("3", "2")}),
    Benchmark(
        "idle",
        "bench_idle.py",
        {"BREATHE_BENCH_IDLE_SECONDS": ("30", "10"), "BREATHE_BENCH_IDLE_RUNS": ("3", "1")},
    ),
)


# -- the interpreter to measure --------------------------------------------------------------
def install(venv: Path, worktree: bool) -> tuple[Path, str]:
    """Build a wheel and install it into a fresh ``venv``; its Python and what was built.

    The wheel is built from the last commit (``git archive HEAD``), so work in progress in
    a shared checkout is not measured, unless ``worktree`` asks for the files as they are.
    """
    build = venv.with_name(venv.name + "-build")  # only these two are ever removed
    shutil.rmtree(venv, ignore_errors=True)
    shutil.rmtree(build, ignore_errors=True)
    dist, source = build / "dist", ROOT
    built = "the working tree"
    if not worktree and (ROOT / ".git").exists():
        commit = git("rev-parse", "--short", "HEAD")
        source = build / "source"
        source.mkdir(parents=True)
        archive = subprocess.run(
            ["git", "-C", str(ROOT), "archive", "HEAD"], check=True, capture_output=True
        ).stdout
        subprocess.run(["tar", "-x", "-C", str(source)], input=archive, check=True)
        built = f"commit {commit}"
    say(f"building a wheel of {built} ...")
    pip = [sys.executable, "-m", "pip"]
    run([*pip, "wheel", "--no-deps", "--quiet", "--wheel-dir", str(dist), str(source)])
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
    return python, built


def git(*args: str) -> str:
    return subprocess.check_output(["git", "-C", str(ROOT), *args], text=True).strip()


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
    elif name == "history":
        rows += parse_history(output)
    return rows


def parse_history(output: str) -> list[dict[str, Any]]:
    """Rows from bench_history's printed lines (``what: N ms (median of ...)``)."""

    def ms(pattern: str) -> float | None:
        found = re.search(pattern + rf": {NUMBER} ms", output)
        return float(found.group(1)) if found else None

    rows: list[dict[str, Any]] = []
    small = ms(r"open with 60 sessions")
    big = re.finditer(rf"open with ([\d,]+) sessions: {NUMBER} ms", output)
    opened = next((m for m in big if m.group(1) != "60"), None)
    if opened:
        rows.append(
            row(
                "history.open",
                f"History page opened and painted, {opened.group(1)} sessions",
                float(opened.group(2)),
                "ms",
                floor=small,
                floor_what="same page, 60 sessions",
            )
        )
    scroll = ms(r"scroll to the oldest and back, painted")
    if scroll is not None:
        read = re.search(r"rows the model read from SQLite in all: (\d+)", output)
        rows.append(
            row(
                "history.scroll",
                "Scroll to the oldest session and back, painted",
                scroll,
                "ms",
                note=f"rows read from SQLite: {read.group(1)}" if read else "",
            )
        )
    sort = re.search(rf"sort ([\d,]+) sessions by Practice \(worker thread\): {NUMBER} s", output)
    gap = re.search(rf"GUI thread meanwhile: longest gap {NUMBER} ms", output)
    if sort:
        rows.append(
            row(
                "history.sort",
                f"Sort {sort.group(1)} sessions by practice (worker thread)",
                float(sort.group(2)) * 1000,
                "ms",
                note=f"longest GUI-thread gap meanwhile {gap.group(1)} ms" if gap else "",
            )
        )
    export = ms(r"export to a file \(read \+ CSV \+ atomic write\), on the worker thread")
    if export is not None:
        size = re.search(rf"CSV size: {NUMBER} MB", output)
        to_csv = re.search(rf"to_csv of ([\d,]+) sessions: {NUMBER} ms", output)
        parts = [f"to_csv alone {to_csv.group(2)} ms"] if to_csv else []
        parts += [f"{size.group(1)} MB"] if size else []
        rows.append(
            row(
                "history.csv",
                "CSV export of all of them to a file (worker thread)",
                export,
                "ms",
                note=", ".join(parts),
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
    lines.append("")
    lines.append("CPU: user + system time in % of one core. Times: medians of interleaved runs.")
    if notes:
        lines.append("")
        lines.extend(f"[{i}] {note}  " for i, note in enumerate(notes, 1))
    return "\n".join(lines)


def say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--install", action="store_true", help="measure a wheel of this checkout")
    parser.add_argument(
        "--worktree", action="store_true", help="with --install: build the files as they are"
    )
    parser.add_argument("--venv", type=Path, default=DEFAULT_VENV, help="where --install puts it")
    parser.add_argument("--python", type=Path, help="measure this interpreter's breathe instead")
    parser.add_argument("--quick", action="store_true", help="short durations (a few minutes)")
    parser.add_argument(
        "--only",
        help="comma-separated: " + ",".join(b.name for b in BENCHMARKS),
    )
    parser.add_argument("--output", type=Path, help="also write the table to this file")
    args = parser.parse_args(argv)
    chosen: tuple[Benchmark, ...] = BENCHMARKS
    if args.only:
        names = set(args.only.split(","))
        unknown = names - {b.name for b in BENCHMARKS}
        if unknown:
            parser.error(f"unknown benchmark {', '.join(sorted(unknown))}")
        chosen = tuple(b for b in BENCHMARKS if b.name in names)

    if args.install:
        python, built = install(args.venv, args.worktree)
        where = f"a wheel of {built} installed in {args.venv}"
    else:
        python = args.python or Path(sys.executable)
        where = f"as {python} imports it"
    info = {**machine(), **describe(python), "where": where}
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
