"""The README's table of timings says what the plans do (each row is built and compared)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from breathe.cli.parser import build_parser, practice_options
from breathe.engine.practices.catalog import build_plan
from breathe.engine.practices.steps import Plan

README = Path(__file__).resolve().parents[2] / "README.md"


def rows() -> list[tuple[str, str, str]]:
    """(arguments, steps, length) of each row of the table under "## Timings"."""
    text = README.read_text(encoding="utf-8").split("\n## Timings\n", 1)[1].split("\n## ", 1)[0]
    found = []
    for line in text.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        command = re.match(r"`([^`]+)`", cells[0])
        if command and len(cells) == 3 and re.fullmatch(r"\d+:\d\d", cells[2]):
            found.append((command.group(1), cells[1], cells[2]))
    return found


def plan_of(arguments: str) -> Plan:
    args = build_parser().parse_args(["plan", *arguments.split()])
    return build_plan(args.practice, practice_options(args))


def clock(seconds: float) -> str:
    minutes, rest = divmod(round(seconds), 60)
    return f"{minutes}:{rest:02d}"


def test_the_table_has_every_preset_and_practice() -> None:
    first = {arguments.split()[0] for arguments, _, _ in rows()}
    assert first >= {"coherent", "extended-exhale", "box", "4-7-8", "sigh", "resonance"}
    assert first >= {"breathing", "grounding", "relaxation"}


@pytest.mark.parametrize(("arguments", "steps", "length"), rows(), ids=lambda v: str(v)[:30])
def test_each_row_says_what_its_plan_does(arguments: str, steps: str, length: str) -> None:
    plan = plan_of(arguments)
    assert clock(plan.total_seconds) == length
    durations = {round(s.duration, 3) for s in plan.steps}
    seconds = [float(n) for n in re.findall(r"(\d+(?:\.\d+)?) s\b", steps)]
    # a rate at 1:1 is a breath in (and out) of half its breath
    rates = re.findall(r"((?:[\d.]+, )*[\d.]+(?: and [\d.]+)?) breaths a minute", steps)
    for listed in rates:
        seconds += [round(30 / float(r), 3) for r in re.split(r", | and ", listed)]
    assert seconds, "each row names its steps in seconds, or its breaths a minute"
    assert [s for s in seconds if s not in durations] == []
