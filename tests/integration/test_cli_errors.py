"""Every kind of bad input on the command line: exit 2, one line naming it, with an example.

Each case runs ``python -m breathe`` as a real process, as a person or a script would.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.integration.conftest import run_breathe

# (arguments, words the one line must contain to name the problem)
BAD_INPUT = [
    (["start", "nope"], "unknown practice 'nope'"),
    (["plan", "nope"], "unknown practice 'nope'"),
    (["frobnicate"], "invalid choice: 'frobnicate'"),
    (["start", "box", "--wat"], "unknown option: --wat"),
    (["plan", "box", "--json", "--colour", "blue"], "unknown option: --colour blue"),
    (["--wat"], "unknown option: --wat"),
    (["plan"], "required: PRACTICE"),
    (["plan", "grounding", "--pattern", "4-4"], "--pattern does not apply to grounding"),
    (["plan", "relaxation", "--bpm", "6"], "--bpm does not apply to relaxation"),
    (["plan", "breathing", "--skip", "jaw"], "--skip does not apply to breathing"),
    (["plan", "box", "--minutes", "3", "--cycles", "3"], "--minutes and --cycles"),
    (["plan", "box", "--pattern", "4-4"], "box has its own pace"),
    (["plan", "4-7-8", "--bpm", "6"], "4-7-8 has its own pace"),
    (["plan", "coherent", "--ratio", "1:2"], "coherent has its own pace"),
    (["plan", "breathing", "--pattern", "4-4", "--bpm", "6"], "cannot go with --bpm"),
    (["plan", "breathing", "--pattern", "4-x-8"], "pattern '4-x-8'"),
    (["plan", "breathing", "--pattern", "4-4-4-4-4"], "pattern '4-4-4-4-4'"),
    (["plan", "breathing", "--pattern", "0.5-4"], "pattern"),
    (["plan", "breathing", "--pattern", "4-61"], "pattern"),
    (["plan", "breathing", "--bpm", "100"], "bpm 100"),
    (["plan", "breathing", "--bpm", "1"], "bpm 1"),
    (["plan", "breathing", "--bpm", "0"], "bpm 0"),
    (["plan", "breathing", "--from-bpm", "100"], "from-bpm 100"),
    (["plan", "breathing", "--minutes", "500"], "minutes 500"),
    (["plan", "breathing", "--minutes", "0"], "minutes 0"),
    (["plan", "breathing", "--minutes", "0.2"], "minutes 0.2"),
    (["plan", "breathing", "--cycles", "0"], "cycles 0"),
    (["plan", "breathing", "--cycles", "-3"], "cycles -3"),
    (["plan", "breathing", "--cycles", "99999999999999999999"], "cycles 99999999999999999999"),
    (["plan", "breathing", "--cycles", "2.5"], "'2.5' is not a whole number"),
    (["plan", "4-7-8", "--cycles", "9"], "cycles 9: 4-7-8 breathing is done at most 8 times"),
    (["start", "4-7-8", "--cycles", "20"], "cycles 20: 4-7-8 breathing is done at most 8"),
    (["plan", "breathing", "--minutes", "five"], "'five' is not a number"),
    (["plan", "breathing", "--minutes", "nan"], "'nan' is not a usable number"),
    (["plan", "breathing", "--bpm", "inf"], "'inf' is not a usable number"),
    (["plan", "breathing", "--minutes=-inf"], "'-inf' is not a usable number"),
    (["plan", "breathing", "--minutes", "1e400"], "'1e400' is not a usable number"),
    (["plan", "breathing", "--pattern", "nan-4"], "pattern 'nan-4'"),
    (["plan", "breathing", "--ratio", "1:x"], "ratio '1:x'"),
    (["plan", "breathing", "--ratio", "0:2"], "ratio '0:2'"),
    (["plan", "breathing", "--ratio", "2"], "ratio '2'"),
    (["plan", "relaxation", "--groups", "5"], "groups 5"),
    (["plan", "relaxation", "--groups", "0"], "groups 0"),
    (["plan", "relaxation", "--skip", "elbow"], "unknown muscle group 'elbow'"),
    (["plan", "relaxation", "--gentle", "left-nose"], "left-nose"),
    (["plan", "relaxation", "--side", "middle"], "invalid choice: 'middle'"),
    (["plan", "grounding", "--variant", "9"], "unknown grounding variant '9'"),
    (["plan", "grounding", "--pace", "0"], "pace 0"),
    (["start", "box", "--screen", "0"], "--screen counts from 1"),
    (["start", "box", "--screen", "first"], "'first' is not a whole number"),
    (["start", "grounding", "--bpm", "6"], "--bpm does not apply to grounding"),
    (["start", "breathing", "--pattern", "4-x-8"], "pattern '4-x-8'"),
    (["explain", "xyz"], "unknown practice 'xyz'"),
    (["history", "--format", "xml"], "invalid choice: 'xml'"),
]


def assert_one_line_with_example(stderr: str, naming: str) -> None:
    lines = stderr.splitlines()
    assert len(lines) == 1, stderr
    assert naming in lines[0]
    assert "e.g." in lines[0]
    assert "Traceback" not in stderr and "usage:" not in stderr


@pytest.mark.parametrize(("args", "naming"), BAD_INPUT, ids=[" ".join(a) for a, _ in BAD_INPUT])
def test_bad_input_exits_2_with_one_line_naming_it_and_an_example(
    args: list[str], naming: str
) -> None:
    done = run_breathe(*args)
    assert done.returncode == 2, done.stderr
    assert_one_line_with_example(done.stderr, naming)
    assert done.stdout == ""


def test_bad_start_input_never_opens_a_window_or_the_history(breathe_home: Path) -> None:
    done = run_breathe("start", "breathing", "--pattern", "4-x-8")
    assert done.returncode == 2
    assert not (breathe_home / "data" / "history.sqlite3").exists()


@pytest.mark.parametrize(
    ("content", "naming"),
    [
        (b"not json", "not valid JSON"),
        (b'{"id": "x"}', "should hold a list of sessions"),
        (b'[{"id": "x"}]', "row 1: practice is missing"),
        (b"\xff\xfe\x00", "cannot read"),
    ],
    ids=["not-json", "not-a-list", "bad-row", "not-utf8"],
)
def test_importing_a_bad_file_exits_2_and_imports_nothing(
    tmp_path: Path, content: bytes, naming: str
) -> None:
    bad = tmp_path / "sessions.json"
    bad.write_bytes(content)
    done = run_breathe("history", "--import", str(bad))
    assert done.returncode == 2
    assert_one_line_with_example(done.stderr, naming)
    listed = run_breathe("history", "--format", "json")
    assert json.loads(listed.stdout) == []


def test_a_bad_row_after_good_ones_rejects_the_whole_file(tmp_path: Path) -> None:
    good = {
        "id": "a1",
        "practice": "breathing",
        "started_at": "2024-05-01T08:00:00+00:00",
        "planned_seconds": 60,
        "duration_seconds": 60,
        "status": "completed",
    }
    rows = [good, {**good, "id": "a2", "pain_after": 11}]
    path = tmp_path / "sessions.json"
    path.write_text(json.dumps(rows), encoding="utf-8")
    done = run_breathe("history", "--import", str(path))
    assert done.returncode == 2
    assert_one_line_with_example(done.stderr, "row 2: pain_after")
    assert json.loads(run_breathe("history", "--format", "json").stdout) == []


@pytest.mark.parametrize("where", ["missing", "folder"])
def test_importing_a_missing_file_or_a_folder_exits_2(tmp_path: Path, where: str) -> None:
    path = tmp_path / "nowhere.json" if where == "missing" else tmp_path
    done = run_breathe("history", "--import", str(path))
    assert done.returncode == 2
    assert_one_line_with_example(done.stderr, f"cannot read {path}")


def test_exporting_into_a_missing_folder_exits_2(tmp_path: Path) -> None:
    target = tmp_path / "no-such-folder" / "sessions.csv"
    done = run_breathe("history", "--format", "csv", "--output", str(target))
    assert done.returncode == 2
    assert_one_line_with_example(done.stderr, f"cannot write {target}")
    assert not target.parent.exists()


@pytest.mark.parametrize(
    "args",
    [
        ["plan", "breathing", "--pattern", "4-x\n-8"],
        ["start", "box", "--colour\nred"],
        ["plan", "box", "--json", "\x1b[31mred\x1e"],
        ["explain", "box\u2028x"],
    ],
    ids=["newline-in-value", "newline-in-option", "terminal-escape", "line-separator"],
)
def test_line_breaks_and_escapes_typed_into_an_argument_stay_on_one_line(args: list[str]) -> None:
    done = run_breathe(*args)
    assert done.returncode == 2
    assert len(done.stderr.splitlines()) == 1, done.stderr
    assert "\x1b" not in done.stderr
    assert "e.g." in done.stderr
