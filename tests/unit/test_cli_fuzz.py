"""Random argument lists thrown at the command line: always exit 0 or 2, never a traceback.

``breathe.cli.main.main`` runs in-process in a temporary ``BREATHE_HOME`` and ``HOME``, for the
commands that open no window (plan, list, explain, history) and for ``start`` with at least
one bad option (bad input fails before Qt is touched). No display is set, so even a
``start`` that got through could not open a window.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from breathe.cli.main import main

PRACTICES = [
    "breathing",
    "grounding",
    "relaxation",
    "box",
    "4-7-8",
    "coherent",
    "extended-exhale",
    "sigh",
    "resonance",
    "nope",
    "",
    "BOX",
    "4-7-8-",
    "-",
    "é",
]
NUMBERS = [
    "6",
    "0",
    "-1",
    "2",
    "30",
    "31",
    "0.5",
    "120",
    "121",
    "nan",
    "inf",
    "-inf",
    "1e308",
    "1e-308",
    "abc",
    "",
    "4,5",
    "٦",
    "0x10",
    "1_000",
    " 6 ",
]
WHOLE = ["0", "1", "4", "7", "16", "2000", "2001", "-5", "x", "2.5", "99999999999999999999", ""]
VALUES = {
    "--pattern": ["4-7-8", "4-4", "4-4-4-4", "4-x-8", "0-4", "4-0-8", "1e9-1", "nan-4", "-1-4",
                  "4--8", "", "4-7-8-9-1", "٤-٧-٨", "4.5-6.5", "60-60-60-60", "1-1"],
    "--bpm": NUMBERS, "--from-bpm": NUMBERS, "--minutes": NUMBERS, "--pace": NUMBERS,
    "--ratio": ["1:2", "1:1", "0:2", "1:x", "2", "1:2:3", ":", "1:-2", "1:1e308", "nan:1", ""],
    "--cycles": WHOLE, "--groups": WHOLE, "--screen": WHOLE,
    "--variant": ["3-3-3", "3-3-3-still", "5-4-3-2-1", "x", ""],
    "--gentle": ["neck", "left-hand,jaw", "right-foot", "elbow", ",,", "hand,hand", "left-nose",
                 "", "LEFT-HAND"],
    "--skip": ["neck", "left-hand,jaw", "right-foot", "elbow", ",,", "hand,hand", "left-nose",
               "", "shoulders,abdomen,thigh,calf,foot,hand,upper-arm,forehead,nose,jaw,neck"],
    "--side": ["left", "right", "middle", ""],
    "--format": ["table", "csv", "json", "xml", ""],
}  # fmt: skip
FLAGS = ["--release-only", "--voice", "--no-voice", "--sounds", "--no-sounds", "--fullscreen",
         "--presenter", "--private", "--quit-at-end", "--json", "-v", "--verbose", "--", "-",
         "--pattern", "--bpm", "--import", "--output"]  # fmt: skip
HELP = {"-h", "--help", "--version"}
GUARANTEED_BAD = [["--pattern", "4-x-8"], ["--bpm", "0"], ["--wat"], ["--cycles", "nope"],
                  ["--minutes", "nan"], ["--skip", "elbow"]]  # fmt: skip


@pytest.fixture
def places(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, breathe_home: Path
) -> Iterator[dict[str, list[str]]]:
    """A temporary HOME, no display, and files for --import and --output to use."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.chdir(tmp_path)  # a fuzzed relative --output lands here, not in the checkout
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "DISPLAY", "WAYLAND_DISPLAY",
                 "QT_QPA_PLATFORM"):  # fmt: skip
        monkeypatch.delenv(name, raising=False)
    good = tmp_path / "good.json"
    good.write_text(
        json.dumps(
            [
                {
                    "id": "fuzz-1",
                    "practice": "grounding",
                    "status": "stopped",
                    "started_at": "2024-03-01T10:00:00+01:00",
                    "planned_seconds": 60,
                    "duration_seconds": 12.5,
                    "note": "ünïcode ✓",
                }
            ]
        ),
        encoding="utf-8",
    )
    bad = tmp_path / "bad.json"
    bad.write_text('[{"id": 5}]', encoding="utf-8")
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield {
        "--import": [str(good), str(bad), str(tmp_path / "missing.json"), str(tmp_path), ""],
        "--output": [str(tmp_path / "out.txt"), str(tmp_path / "no" / "out.txt"), str(tmp_path)],
    }
    for handler in list(root.handlers):  # the log file main() opened
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


def tokens(places: dict[str, list[str]]) -> st.SearchStrategy[list[str]]:
    values = {**VALUES, **places}
    with_value = st.sampled_from(sorted(values)).flatmap(
        lambda name: st.tuples(st.just(name), st.sampled_from(values[name]) | st.text(max_size=8))
    )
    flag = st.sampled_from(FLAGS).map(lambda f: (f,))
    junk = st.text(max_size=12).map(lambda t: (t,))
    practice = st.sampled_from(PRACTICES).map(lambda p: (p,))
    one = st.one_of(with_value, with_value, flag, practice, junk)
    return st.lists(one, max_size=8).map(lambda parts: [t for part in parts for t in part])


def fitting(command: str, places: dict[str, list[str]]) -> st.SearchStrategy[list[str]]:
    """Arguments that mostly make sense for ``command``, so the fuzz gets past argparse."""
    if command == "history":
        names = ["--format", "--output", "--import"]
        values = {**VALUES, **places}
        pair = st.sampled_from(names).flatmap(
            lambda n: st.tuples(st.just(n), st.sampled_from(values[n]))
        )
        return st.lists(pair, max_size=3).map(lambda ps: [t for p in ps for t in p])
    if command in ("plan", "explain"):
        option = st.sampled_from(sorted(set(VALUES) - {"--format"})).flatmap(
            lambda n: st.tuples(st.just(n), st.sampled_from(VALUES[n]))
        )
        options = st.lists(option, max_size=3 if command == "plan" else 0)
        return st.tuples(st.sampled_from(PRACTICES), options).map(
            lambda po: [po[0], *(t for p in po[1] for t in p)]
        )
    return st.just([])


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    capsys.readouterr()
    try:
        status = main(argv)
    except SystemExit as exc:  # --help and --version exit through argparse
        status = exc.code if isinstance(exc.code, int) else 1
    return status, capsys.readouterr().err


def assert_clean(argv: list[str], status: int, err: str) -> None:
    assert "Traceback" not in err, argv
    if status == 2:
        lines = err.splitlines()
        assert len(lines) == 1, (argv, err)
        # an example in the language asked for (--lang may be among the drawn options)
        assert "e.g." in lines[0] or "z. B." in lines[0], (argv, err)


FUZZ = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@FUZZ
@given(data=st.data(), command=st.sampled_from(["plan", "list", "explain", "history"]))
def test_commands_without_a_window_exit_0_or_2_and_never_show_a_traceback(
    data: st.DataObject,
    command: str,
    places: dict[str, list[str]],
    capsys: pytest.CaptureFixture[str],
) -> None:
    argv = [command, *data.draw(fitting(command, places) | tokens(places))]
    status, err = run(argv, capsys)
    assert status in (0, 2), (argv, err)
    assert_clean(argv, status, err)


@FUZZ
@given(data=st.data())
def test_start_with_a_bad_option_exits_2_before_any_window(
    data: st.DataObject, places: dict[str, list[str]], capsys: pytest.CaptureFixture[str]
) -> None:
    practice = data.draw(st.sampled_from(PRACTICES[:9]))
    bad = data.draw(st.sampled_from(GUARANTEED_BAD))
    rest = data.draw(tokens(places))
    cut = data.draw(st.integers(0, len(rest)))
    argv = ["start", practice, *rest[:cut], *bad, *rest[cut:]]
    status, err = run(argv, capsys)
    if HELP & set(argv):
        assert status in (0, 2), (argv, err)
    else:
        assert status == 2, (argv, err)
    assert_clean(argv, status, err)
