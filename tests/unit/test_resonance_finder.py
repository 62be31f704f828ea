"""The resonance finder: which paces a session tried, and "your pace" as a preset."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from breathe.engine import choices
from breathe.engine.practices.breathing import breathing_plan, gentler
from breathe.engine.practices.catalog import build_plan
from breathe.engine.resonance_finder import (
    command,
    is_pace,
    paces_tried,
    start_options,
    your_pace_line,
)
from breathe.store.errors import ConfigError
from breathe.store.settings import Settings

RESONANCE = breathing_plan(preset="resonance")
STAGE = 120.0  # two minutes at each pace, after the 3 s intro


def test_a_pace_counts_once_a_whole_breath_was_breathed_at_it() -> None:
    assert paces_tried(RESONANCE, 0.0) == ()
    first_breath = 3 + 60 / 6.5
    assert paces_tried(RESONANCE, first_breath - 0.1) == ()
    assert paces_tried(RESONANCE, first_breath) == (6.5,)
    # into the third stage by one breath: three paces tried
    third = next(
        s.start for s in RESONANCE.steps if s.say == "Now a little slower" and s.start > 200
    )
    assert paces_tried(RESONANCE, third + 60 / 5.5) == (6.5, 6.0, 5.5)
    assert paces_tried(RESONANCE, RESONANCE.total_seconds) == (6.5, 6.0, 5.5, 5.0, 4.5)


def test_a_lead_in_glide_is_not_a_pace_tried() -> None:
    glided = breathing_plan(preset="resonance", from_bpm=12)
    lead_in = next(s.start for s in glided.steps if s.kind == "inhale" and s.duration > 4.6)
    assert lead_in > 100  # about two minutes of gliding first
    assert paces_tried(glided, lead_in) == ()
    assert paces_tried(glided, lead_in + 60 / 6.5) == (6.5,)


def test_only_resonance_has_paces_to_mark() -> None:
    assert paces_tried(breathing_plan(preset="coherent"), 10_000) == ()
    assert paces_tried(build_plan("relaxation", {}), 10_000) == ()


def test_paces_made_gentler_are_not_the_paces_of_the_finder() -> None:
    eased = gentler(RESONANCE, 60.0)
    assert paces_tried(eased, eased.total_seconds) == (6.5,)


@pytest.mark.parametrize(
    ("value", "ok"),
    [(5.5, True), (6, True), (2, True), (30, True), (1.9, False), (31, False), (True, False)],
)
def test_a_pace_is_breaths_a_minute_breathe_can_pace(value: object, ok: bool) -> None:
    assert is_pace(value) is ok
    assert is_pace(float("nan")) is False
    assert is_pace("5.5") is False


def test_your_pace_starts_paced_breathing_at_that_rate() -> None:
    assert start_options(5.5) == {"bpm": 5.5}
    assert start_options(6.0) == {"bpm": 6}
    assert command(5.5) == "breathe start breathing --bpm 5.5"
    assert your_pace_line(5.0) == (
        "5 breaths a minute, the pace you found easiest: breathe start breathing --bpm 5"
    )
    request = choices.your_pace_request(4.5)
    assert (request.practice, request.options) == ("breathing", {"bpm": 4.5})
    plan = build_plan(request.practice or "", request.options)
    assert plan.options == {"bpm": 4.5, "ratio": "1:1", "minutes": 5}


def test_your_pace_is_kept_in_settings(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    settings = Settings()
    assert settings.your_pace is None
    settings.your_pace = 5.5
    settings.save(path)
    assert json.loads(path.read_text(encoding="utf-8"))["your_pace"] == 5.5
    assert Settings.load(path).your_pace == 5.5
    with pytest.raises(ConfigError, match="your_pace"):
        settings.your_pace = 40
    path.write_text(json.dumps({"your_pace": "slow", "theme": "dark"}), encoding="utf-8")
    loaded = Settings.load(path)
    assert (loaded.your_pace, loaded.theme) == (None, "dark")
