"""Count the CPU instructions to the first painted frame: deterministic, unlike time.

    python tools/count_startup_instructions.py            # floor, home, start box
    python tools/count_startup_instructions.py --python .venv/bin/python

Wall and CPU times on these shared machines vary by a third from run to run; the number
of instructions ``valgrind --tool=callgrind`` counts does not (same interpreter, same
files, same result to a fraction of a percent). Each case runs once under callgrind on
the offscreen platform with a fresh ``BREATHE_HOME`` and ends at its first paint
(``BREATHE_EXIT_AT_FIRST_PAINT``); the floor is the same window the start-up benchmark
uses, which touches Qt's ``Qt`` namespace once (the least any real screen does); the bare
window that never touches it is printed too, for comparison. Instructions are not
milliseconds (Python's are cheaper than the X server's round trips), so this tells whether
a change helps, and by how much of the program's own work; the benchmarks still give the
times. Needs valgrind (apt).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FLOOR = ROOT / "tests" / "benchmarks" / "floors" / "window.py"
CASES = {
    "floor": [str(FLOOR), "--touch-qt"],
    "home": ["-m", "breathe"],
    "start box": ["-m", "breathe", "start", "box"],
    "bare window (old floor)": [str(FLOOR)],
}
COLLECTED = re.compile(r"Collected : (\d+)")


def count(python: str, args: list[str], scratch: Path) -> int:
    """Instructions ``python args`` runs up to its first paint."""
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        BREATHE_HOME=str(scratch / "home"),
        BREATHE_REPORT_FIRST_PAINT=str(scratch / "report.jsonl"),
        BREATHE_EXIT_AT_FIRST_PAINT="1",
    )
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    # a first run writes the .pyc files, so no case counts compiling its sources
    subprocess.run([python, *args], env=env, check=True, timeout=60, capture_output=True)
    (scratch / "report.jsonl").unlink()
    done = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", python, *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    found = COLLECTED.search(done.stderr)
    if not (scratch / "report.jsonl").exists() or found is None:
        raise SystemExit(f"no first paint counted for {args}: {done.stderr[-500:]}")
    return int(found.group(1))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--python", default=sys.executable, help="the interpreter to measure")
    args = parser.parse_args(argv)
    if shutil.which("valgrind") is None:
        print("count_startup_instructions: valgrind is not installed", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="breathe-count-") as tmp:
        scratch = {case: Path(tmp) / str(i) for i, case in enumerate(CASES)}
        for folder in scratch.values():
            folder.mkdir()
        with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
            counts = dict(
                zip(
                    CASES,
                    pool.map(lambda c: count(args.python, CASES[c], scratch[c]), CASES),
                    strict=True,
                )
            )
    floor = counts["floor"]
    print("| to the first paint | instructions | vs floor |")
    print("|---|---|---|")
    for case, n in counts.items():
        print(f"| {case} | {n / 1e6:,.0f} M | {n / floor:.2f}x |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
