"""A real start reports its first paint with nothing heavy loaded before it, and can stop there."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.integration.conftest import child_env, run_breathe


@pytest.mark.parametrize(
    ("args", "screen"),
    [((), "Or choose a practice"), (("start", "box"), "Get comfortable")],
)
def test_a_start_paints_its_first_screen_before_loading_anything_heavy(
    tmp_path: Path, args: tuple[str, ...], screen: str
) -> None:
    report = tmp_path / "paint.jsonl"
    env = child_env(BREATHE_REPORT_FIRST_PAINT=str(report), BREATHE_EXIT_AT_FIRST_PAINT="1")
    done = run_breathe(*args, env=env)  # ends by itself right after the report
    assert done.returncode == 0, done.stderr
    (line,) = [json.loads(text) for text in report.read_text().splitlines()]
    assert line["event"] == "first_paint"
    assert screen in line["texts"]
    # no history, sound, speech, network, D-Bus, tray or explainers before the first paint
    assert line["loaded"] == []
