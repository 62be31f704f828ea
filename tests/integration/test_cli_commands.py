"""The commands that succeed, as a real process: version, help, plan JSON, list, explain.

And the one refusal that is not bad input: no display at all is exit 1 in one line.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from breathe import __version__
from breathe.paths import locations
from tests.integration.conftest import child_env, messages, run_breathe

PRACTICES = ("breathing", "grounding", "relaxation")
PRESETS = ("box", "4-7-8", "coherent", "extended-exhale", "sigh", "resonance")
KINDS = {
    "intro", "inhale", "hold", "exhale", "see", "hear", "touch", "smell", "taste", "move",
    "tense", "release", "outro",
}  # fmt: skip


def plan_json(*args: str) -> dict[str, Any]:
    done = run_breathe("plan", *args, "--json")
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    data: dict[str, Any] = json.loads(done.stdout)
    return data


def test_version_prints_the_package_version() -> None:
    done = run_breathe("--version")
    assert done.returncode == 0
    assert done.stdout.strip() == f"breathe {__version__}"


HELP = [
    ["--help"],
    ["start", "--help"],
    ["plan", "--help"],
    ["list", "--help"],
    ["explain", "--help"],
    ["history", "--help"],
    ["start", "box", "--pattern", "4-x-8", "--help"],
]


@pytest.mark.parametrize("args", HELP, ids=" ".join)
def test_help_exits_0_with_usage(args: list[str]) -> None:
    done = run_breathe(*args)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("usage: breathe")
    assert done.stderr == ""


def test_plan_box_json_is_the_contract_in_spec() -> None:
    data = plan_json("box")
    assert list(data) == ["practice", "preset", "options", "total_seconds", "steps"]
    assert data["practice"] == "breathing"
    assert data["preset"] == "box"
    assert data["options"] == {"pattern": [4, 4, 4, 4], "minutes": 4}
    steps = data["steps"]
    assert steps[:3] == [
        {"start": 0.0, "duration": 3.0, "kind": "intro", "label": "Get comfortable",
         "say": "Breathe slower, not deeper.", "group": None},
        {"start": 3.0, "duration": 4.0, "kind": "inhale", "label": "Breathe in",
         "say": "Breathe in", "group": None},
        {"start": 7.0, "duration": 4.0, "kind": "hold", "label": "Hold", "say": "Hold",
         "group": None},
    ]  # fmt: skip
    # 4 minutes of 16 s cycles: 15 cycles, the last without its trailing hold
    assert [s["kind"] for s in steps[1:5]] == ["inhale", "hold", "exhale", "hold"]
    body = [s for s in steps if s["kind"] not in ("intro", "outro")]
    assert len(body) == 15 * 4 - 1
    assert body[-1]["kind"] == "exhale"
    assert_contiguous(data)


def test_4_7_8_minutes_stop_at_8_breaths_with_one_notice_line() -> None:
    done = run_breathe("plan", "4-7-8", "--minutes", "5", "--json")
    assert done.returncode == 0
    data = json.loads(done.stdout)
    assert data["options"] == {
        "pattern": [4, 7, 8],
        "minutes": 5,
        "capped_at_cycles": 8,
        "cycles": 8,
    }
    assert [s["kind"] for s in data["steps"]].count("hold") == 8
    assert done.stderr.splitlines() == [
        "breathe: 4-7-8 breathing is done at most 8 times in a row, so this session has "
        "8 breaths (about 2.6 min) instead of 5 min"
    ]
    # within the limit: no notice, and the minutes as asked
    done = run_breathe("plan", "4-7-8", "--minutes", "2", "--json")
    assert done.stderr == ""
    assert json.loads(done.stdout)["options"] == {"pattern": [4, 7, 8], "minutes": 2}


def test_relaxation_learning_does_each_group_twice() -> None:
    data = plan_json("relaxation", "--groups", "4", "--learning")
    assert data["options"]["learning"] is True
    groups = [s["group"] for s in data["steps"] if s["kind"] == "tense"]
    assert groups == ["arms", "arms", "face-neck", "face-neck", "torso", "torso", "legs", "legs"]
    assert plan_json("relaxation")["options"]["learning"] is False
    for command in ("start", "plan"):
        assert "--learning" in run_breathe(command, "--help").stdout


def test_list_shows_your_pace_once_you_have_one() -> None:
    assert "  your pace " not in run_breathe("list").stdout
    settings = locations().settings
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text(json.dumps({"your_pace": 5.5}), encoding="utf-8")
    lines = run_breathe("list").stdout.splitlines()
    (line,) = [line for line in lines if line.startswith("  your pace ")]
    assert line.split() == [
        "your", "pace", "5.5", "breaths", "a", "minute,", "the", "pace", "you", "found",
        "easiest:", "breathe", "start", "breathing", "--bpm", "5.5",
    ]  # fmt: skip
    assert lines.index(line) == lines.index(next(x for x in lines if "resonance" in x)) + 1


def assert_contiguous(data: dict[str, Any]) -> None:
    steps = data["steps"]
    assert steps[0]["start"] == 0.0
    for step, following in zip(steps, [*steps[1:], None], strict=True):
        end = following["start"] if following else data["total_seconds"]
        # each number is rounded on its own, so a step may end 0.001 s off the next start
        assert step["start"] + step["duration"] == pytest.approx(end, abs=0.0011)
        assert step["duration"] > 0
        assert step["kind"] in KINDS
        assert step["say"] is None or step["say"].strip()
        assert step["group"] is None or step["group"].strip()


def numbers(value: object) -> list[float]:
    if isinstance(value, bool):
        return []
    if isinstance(value, int | float):
        return [float(value)]
    if isinstance(value, dict):
        return [n for v in value.values() for n in numbers(v)]
    if isinstance(value, list):
        return [n for v in value for n in numbers(v)]
    return []


def test_plan_numbers_are_rounded_to_3_decimals() -> None:
    data = plan_json("breathing", "--bpm", "7", "--ratio", "1:1.3", "--minutes", "1")
    values = numbers(data)
    assert any(v != round(v, 1) for v in values)  # 60/7 s breaths are not round
    assert all(v == round(v, 3) for v in values)
    assert_contiguous(data)


@pytest.mark.parametrize("name", PRACTICES + PRESETS)
def test_plan_of_every_practice_and_preset_is_contiguous(name: str) -> None:
    data = plan_json(name)
    practice = name if name in PRACTICES else "breathing"
    assert data["practice"] == practice
    # plain breathing is the default preset, coherent
    assert data["preset"] == {"breathing": "coherent", "grounding": None, "relaxation": None}.get(
        name, name
    )
    assert_contiguous(data)


def test_relaxation_plan_names_groups_by_side_never_dominant() -> None:
    data = plan_json("relaxation", "--side", "left", "--skip", "jaw")
    groups = [s["group"] for s in data["steps"] if s["group"]]
    assert "left-hand" in groups and "right-hand" in groups
    assert "jaw" not in groups
    assert "dominant" not in json.dumps(data).lower()


def test_a_saved_flare_day_makes_the_relaxation_plan_release_only() -> None:
    settings = locations().settings
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text(json.dumps({"flare_day": True}), encoding="utf-8")
    data = plan_json("relaxation", "--groups", "4")
    assert data["options"]["release_only"] is True
    assert {s["kind"] for s in data["steps"]} <= {"intro", "release", "outro"}


def test_plan_without_json_is_a_readable_table() -> None:
    done = run_breathe("plan", "box")
    assert done.returncode == 0
    lines = done.stdout.splitlines()
    assert lines[0].startswith("breathing (box):")
    assert "Breathe in" in lines[2]


def test_list_shows_every_practice_and_preset_on_one_line_each() -> None:
    done = run_breathe("list")
    assert done.returncode == 0
    first_words = [line.split()[0] for line in done.stdout.splitlines() if line.strip()]
    for name in PRACTICES + PRESETS:
        assert first_words.count(name) == 1, name
    described = {line.split()[0]: line for line in done.stdout.splitlines() if line.strip()}
    assert all(len(line.split()) > 2 for line in described.values())  # a description too


@pytest.mark.parametrize("name", [None, *PRACTICES, "box"])
def test_explain_prints_an_explainer(name: str | None) -> None:
    done = run_breathe("explain", *([name] if name else []))
    assert done.returncode == 0, done.stderr
    assert len(done.stdout.split()) > 50
    assert done.stderr == ""


def test_options_of_later_features_are_accepted_and_change_no_plan() -> None:
    plain = plan_json("box")
    with_all = plan_json(
        "box", "--voice", "--no-sounds", "--fullscreen", "--screen", "2", "--presenter",
        "--private", "--quit-at-end",
    )  # fmt: skip
    assert with_all == plain
    assert plan_json("grounding", "--no-voice", "--sounds") == plan_json("grounding")


@pytest.mark.parametrize("args", [[], ["start", "box"]], ids=["home", "start"])
def test_no_display_is_one_line_and_exit_1(args: list[str], breathe_home: Path) -> None:
    env = child_env(DISPLAY=None, WAYLAND_DISPLAY=None, QT_QPA_PLATFORM=None)
    done = run_breathe(*args, env=env)
    assert done.returncode == 1
    assert len(done.stderr.splitlines()) == 1
    assert "needs a display" in done.stderr
    assert "Traceback" not in done.stderr
    assert not (breathe_home / "data" / "history.sqlite3").exists()


def test_bad_input_without_a_display_is_still_bad_input() -> None:
    env = child_env(DISPLAY=None, WAYLAND_DISPLAY=None, QT_QPA_PLATFORM=None)
    done = run_breathe("start", "breathing", "--bpm", "100", env=env)
    assert done.returncode == 2
    assert messages(done.stderr) == done.stderr.splitlines()
    assert "bpm 100" in done.stderr
