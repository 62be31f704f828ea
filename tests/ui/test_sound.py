"""CuePlayer in this test process (offscreen Qt; CI has no sound server)."""

from __future__ import annotations

import logging
import os
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


def test_sound_loads_no_media_back_end_and_prints_nothing_about_it(tmp_path: Path) -> None:
    """WAV cues need no FFmpeg back-end (Qt Quick, QML, codecs: ~14 MiB): none is loaded,
    and Qt's line about the missing back-end is not printed; other plugins still load."""
    code = (
        "import sys\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from PySide6.QtGui import QImageReader\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "paths = QCoreApplication.libraryPaths()\n"
        "from breathe.audio.cue_player import CuePlayer\n"
        "player = CuePlayer()\n"
        "app.processEvents()\n"
        "maps = open('/proc/self/maps').read()\n"
        "print('ffmpeg' in maps, 'Qt6Quick' in maps, 'Qt6Multimedia' in maps,"
        " QCoreApplication.libraryPaths() == paths)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "BREATHE_HOME": str(tmp_path)},
    )
    assert done.stdout.split() == ["False", "False", "True", "True"]
    assert "No QtMultimedia backends" not in done.stderr
