"""CuePlayer in this test process (offscreen Qt; CI has no sound server)."""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from breathe.audio.cue_player import CUE_FILES, CuePlayer


def test_without_an_audio_output_cues_are_silent_and_said_once(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture, tmp_path: Path
) -> None:
    caplog.set_level(logging.DEBUG, logger="breathe.audio.cue_player")
    player = CuePlayer()
    if player.audible:
        pytest.skip("a sound server runs here; tests/ui/test_sound_server.py covers playback")
    started: list[str] = []
    player.started.connect(started.append)
    speech = tmp_path / "cue.wav"
    for _ in range(3):
        for kind in [*CUE_FILES, "no-such-kind"]:
            player.play_cue(kind)
        player.preload_file(speech)
        player.play_file(speech)
        QCoreApplication.processEvents()
        player.stop_speech()
    player.set_muted(True)
    assert player.muted
    player.play_cue("inhale")
    QCoreApplication.processEvents()
    assert started == []
    warnings = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert [r.getMessage() for r in warnings] == [
        "No audio output was found: cue sounds and speech stay silent."
    ]


def test_importing_sound_does_not_load_qt_multimedia() -> None:
    """QtMultimedia costs start-up time: it loads only when a CuePlayer is made."""
    code = (
        "import sys, breathe.audio.cue_player, breathe.audio.speech;"
        "print('PySide6.QtMultimedia' in sys.modules, 'pyttsx3' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.split() == ["False", "False"]


def test_in_the_bundle_the_missing_backend_line_is_logged_not_printed(
    caplog: pytest.LogCaptureFixture, capsys: pytest.CaptureFixture[str]
) -> None:
    from PySide6.QtCore import QMessageLogContext, QtMsgType

    from breathe.audio.cue_player import BACKEND_MISSING, quiet_missing_backend

    passed: list[str] = []
    handler = quiet_missing_backend(lambda _mode, _context, message: passed.append(message))
    warning, context = QtMsgType.QtWarningMsg, QMessageLogContext()
    with caplog.at_level(logging.INFO, logger="breathe.audio.cue_player"):
        handler(warning, context, f"{BACKEND_MISSING}. Supported features: none")
    handler(warning, context, "a real problem")
    assert passed == ["a real problem"]  # everything else goes on as before
    assert BACKEND_MISSING in caplog.text
    quiet_missing_backend(None)(warning, context, "with no handler before: Qt's own output")
    assert capsys.readouterr().err == "with no handler before: Qt's own output\n"
