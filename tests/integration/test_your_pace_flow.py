"""The resonance finder end to end, in-process: mark a pace, find it on home, in settings.

The whole app object (``AppShell``) runs on offscreen Qt in a temporary ``BREATHE_HOME``;
only the session's clock is moved on, so that no test waits for minutes of breathing.
"""

from __future__ import annotations

import json
import time

import pytest
from PySide6.QtWidgets import QAbstractButton
from pytestqt.qtbot import QtBot

from breathe.app.shell import AppShell
from breathe.launch import LaunchRequest
from breathe.paths import locations
from breathe.ui.session.summary import SessionSummary


def pace_button(summary: SessionSummary, pace: float) -> QAbstractButton:
    """The summary's button for ``pace`` (breaths a minute)."""
    (button,) = [b for b in summary.pace_group.buttons() if b.text() == f"{pace:g}"]
    return button


def run_for(shell: AppShell, monkeypatch: pytest.MonkeyPatch, seconds: float) -> SessionSummary:
    """Let the running session reach ``seconds``, stop it as the person would, and return
    its summary."""
    assert shell.session is not None
    controller = shell.session.controller
    now = [time.monotonic()]
    monkeypatch.setattr(controller.runner, "_clock", lambda: now[0])
    end = now[0] + seconds
    while now[0] < end:  # a heartbeat a second, as the running app beats: no frozen time
        now[0] = min(end, now[0] + 1.0)
        controller.heartbeat()
    controller.stop()
    return shell.session.view.summary


def saved_settings() -> dict[str, object]:
    data: dict[str, object] = json.loads(locations().settings.read_text(encoding="utf-8"))
    return data


def test_the_easiest_pace_marked_after_resonance_is_kept_and_offered_on_home(
    shell: AppShell, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    shell.launch(LaunchRequest(practice="resonance"))
    qtbot.waitExposed(shell.window)
    summary = run_for(shell, monkeypatch, 3 + 120 + 20)  # two breaths into the second pace
    assert [b.text() for b in summary.pace_group.buttons()] == ["6.5", "6"]
    pace_button(summary, 6.0).click()
    assert shell.settings.your_pace == 6.0
    assert saved_settings()["your_pace"] == 6
    summary.done_requested.emit()
    button = shell.window.home.your_pace_button
    assert button is not None and button.isVisibleTo(shell.window.home)
    assert button.text() == "Your pace: 6 a minute"


def test_a_private_resonance_session_asks_nothing_and_keeps_nothing(
    shell: AppShell, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    shell.launch(LaunchRequest(practice="resonance", private=True))
    qtbot.waitExposed(shell.window)
    summary = run_for(shell, monkeypatch, 600)
    assert summary.pace_group.buttons() == []
    assert not summary.paces.isVisibleTo(summary)
    assert shell.settings.your_pace is None


def test_other_sessions_ask_nothing(
    shell: AppShell, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    shell.launch(LaunchRequest(practice="coherent"))
    qtbot.waitExposed(shell.window)
    summary = run_for(shell, monkeypatch, 200)
    assert not summary.paces.isVisibleTo(summary)


def test_a_speaking_rate_older_versions_allowed_becomes_the_slowest_one(qapp: object) -> None:
    # every cue fits its step at 120 words a minute; 80 to 119 were allowed before
    settings = locations().settings
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text(json.dumps({"voice_rate": 90, "theme": "dark"}), encoding="utf-8")
    locs = locations()
    app = AppShell(qapp, locs)  # type: ignore[arg-type]
    try:
        assert (app.settings.voice_rate, app.settings.theme) == (120, "dark")
        assert app.settings.notice is None  # nothing set aside, nothing to apologise for
    finally:
        app.window.close()
        app.close()
        app.window.deleteLater()
        app.deleteLater()
