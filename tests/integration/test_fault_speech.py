"""No speech engine: the session runs, and the voice control says speech is unavailable.

The whole app object (``AppShell``) runs in-process on offscreen Qt; only pyttsx3's
``init`` is made to fail the way it does on a machine without espeak-ng.
"""

from __future__ import annotations

import threading

import pytest
from pytestqt.qtbot import QtBot

from breathe.app.shell import AppShell
from breathe.audio.speech_engine import missing_engine_reason
from breathe.engine.runner import Status
from breathe.launch import LaunchRequest
from tests.integration.conftest import read_rows


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_no_speech_engine_runs_the_session_with_the_voice_toggle_off(
    shell: AppShell, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pyttsx3  # type: ignore[import-untyped]

    tried = threading.Event()

    def no_engine(*args: object, **kwargs: object) -> None:
        # a real init takes a while to fail: only after the window has shown its controls
        tried.wait(10)
        raise RuntimeError("This means you probably do not have eSpeak or eSpeak-ng installed!")

    monkeypatch.setattr(pyttsx3, "init", no_engine)
    shell.launch(LaunchRequest(practice="box", voice=True))
    shell.after_first_paint()
    tried.set()
    session, voice = shell.session, shell.voice
    assert session is not None and voice is not None
    qtbot.waitUntil(lambda: not voice.available, timeout=10_000)
    button = session.view.controls.button("voice")
    qtbot.waitUntil(lambda: not button.isEnabled(), timeout=10_000)
    assert not button.isChecked()
    assert button.toolTip() == missing_engine_reason()
    assert not session.controller.voice_on
    assert session.controller.status is Status.RUNNING
    history = shell.history  # opened on a worker after the first paint: waited for here
    assert history is not None and history.flush(timeout=30)
    assert [r["status"] for r in read_rows()] == ["running"]
    shell.end_session()
    assert history.flush(timeout=30)
    assert [r["status"] for r in read_rows()] == ["stopped"]
