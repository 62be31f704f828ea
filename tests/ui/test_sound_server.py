"""CuePlayer and Voice against a real sound server (a private PulseAudio null sink) and none.

Each case runs in a child process, because Qt connects to the sound server once per
process: the child sees exactly the server (or absence of one) the test gives it.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

PULSEAUDIO = shutil.which("pulseaudio")

CHILD = r"""
import json, logging, sys, threading, time
from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication

records = []
class Keep(logging.Handler):
    def emit(self, record):
        records.append((record.levelname, record.name, record.getMessage()))
logging.getLogger("breathe").addHandler(Keep())
logging.getLogger("breathe").setLevel(logging.DEBUG)

app = QApplication([])
from breathe.audio.cue_player import CUE_FILES, CuePlayer
from breathe.audio.speech import TEST_PHRASE, Voice

def pump(until, timeout=15.0):
    deadline = time.monotonic() + timeout
    while not until() and time.monotonic() < deadline:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)
    return until()

t0 = time.perf_counter()
player = CuePlayer()
started = []
player.started.connect(started.append)
out = {"audible": player.audible, "create_ms": (time.perf_counter() - t0) * 1000}
scenario = sys.argv[1]

if scenario == "cues":
    out["loaded"] = pump(player.ready)
    for kind in ("inhale", "tense", "end"):
        player.play_cue(kind)
    player.set_muted(True)
    player.play_cue("exhale")
    player.set_muted(False)
    player.play_cue("see")
    player.play_cue("no-such-kind")
    out["started"] = list(started)

elif scenario == "speech":
    voice = Voice(player)
    voice.prepare(["Breathe in", "Breathe out"])
    out["rendered"] = pump(lambda: voice.is_rendered("Breathe in"))
    path = voice.rendered_file("Breathe in")
    out["preloaded"] = pump(lambda: player.ready(path))
    n = len(started)
    voice.speak("Breathe in")  # no event processing: it must start inside speak()
    out["at_once"] = started[n:] == [str(path)]

    n = len(started)
    player.play_file(path, time.monotonic() - 0.001)
    out["late_skipped"] = started[n:] == []

    n = len(started)
    worker = threading.Thread(target=player.play_file, args=(path,))
    worker.start(); worker.join()
    out["thread_queued"] = started[n:] == []
    app.processEvents()
    out["thread_played"] = started[n:] == [str(path)]

    n = len(started)
    worker = threading.Thread(target=player.play_file, args=(path,))
    worker.start(); worker.join()
    player.stop_speech()  # a pause arrives before the queued request is handled
    app.processEvents()
    out["stale_dropped"] = started[n:] == []

    n = len(started)
    voice.speak("Not rendered before")
    voice.silence()
    voice.wait_idle(15)
    pump(lambda: player.ready(voice.rendered_file("Not rendered before")))
    app.processEvents()
    out["silenced_dropped"] = started[n:] == []
    voice.speak("Not rendered before")
    out["then_spoken"] = len(started) == n + 1

    n = len(started)
    out["test_voice"] = voice.test_voice()
    out["test_voice_played"] = pump(lambda: len(started) > n)
    out["test_voice_file"] = started[n:] == [str(voice.rendered_file(TEST_PHRASE))]
    voice.close()

elif scenario == "silent":
    for _ in range(5):
        for kind in CUE_FILES:
            player.play_cue(kind)
        player.play_file("/nonexistent.wav")
        player.stop_speech()
    voice = Voice(player)
    voice.prepare(["Breathe in"])
    out["rendered"] = pump(lambda: voice.is_rendered("Breathe in"))
    voice.speak("Breathe in")
    app.processEvents()
    voice.close()
    out["started"] = list(started)

out["warnings"] = [r for r in records if r[0] in ("WARNING", "ERROR", "CRITICAL")]
print(json.dumps(out))
"""


def run_child(scenario: str, env: dict[str, str]) -> tuple[dict[str, Any], str]:
    proc = subprocess.run(
        [sys.executable, "-c", CHILD, scenario],
        check=False,
        # this test's own BREATHE_HOME (the module-wide server env was copied before it)
        env={**env, "QT_QPA_PLATFORM": "offscreen", "BREATHE_HOME": os.environ["BREATHE_HOME"]},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout.strip().splitlines()[-1]), proc.stderr


@pytest.fixture(scope="module")
def sound_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """A private PulseAudio daemon with only a null sink; its clients get this env."""
    if PULSEAUDIO is None:
        pytest.skip("pulseaudio is not installed (apt install pulseaudio)")
    runtime = tmp_path_factory.mktemp("pulse")
    env = {**os.environ, "PULSE_RUNTIME_PATH": str(runtime), "PULSE_STATE_PATH": str(runtime)}
    env.pop("PULSE_SERVER", None)
    daemon = subprocess.Popen(
        [
            PULSEAUDIO,
            "-n",
            "--daemonize=no",
            "--exit-idle-time=-1",
            "--use-pid-file=no",
            "--load=module-null-sink sink_name=breathe_test",
            "--load=module-native-protocol-unix",
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 20
        while not (runtime / "native").exists():
            if daemon.poll() is not None or time.monotonic() > deadline:
                pytest.skip("pulseaudio did not start here")
            time.sleep(0.02)  # waiting for another process to create its socket
        yield env
    finally:
        daemon.terminate()
        daemon.wait(10)


@pytest.fixture
def no_sound_server(tmp_path: Path) -> dict[str, str]:
    """An environment in which no PulseAudio or PipeWire server can be found."""
    empty = tmp_path / "runtime"
    empty.mkdir(mode=0o700)
    env = {**os.environ, "XDG_RUNTIME_DIR": str(empty), "PULSE_RUNTIME_PATH": str(empty)}
    env.update(PULSE_SERVER=f"unix:{empty}/none", PIPEWIRE_REMOTE=f"{empty}/none")
    return env


def test_cue_sounds_play_at_once_and_mute(sound_server: dict[str, str]) -> None:
    out, _ = run_child("cues", sound_server)
    assert out["audible"]
    assert out["loaded"]
    assert out["started"] == ["inhale", "tense", "end", "see"]
    assert out["warnings"] == []


def test_speech_plays_at_once_on_time_only_and_never_after_silence(
    sound_server: dict[str, str],
) -> None:
    out, _ = run_child("speech", sound_server)
    assert out["audible"] and out["rendered"] and out["preloaded"]
    assert out["at_once"]
    assert out["late_skipped"]
    assert out["thread_queued"] and out["thread_played"]
    assert out["stale_dropped"]
    assert out["silenced_dropped"] and out["then_spoken"]
    assert out["test_voice"] and out["test_voice_played"] and out["test_voice_file"]
    assert out["warnings"] == []


def test_without_a_sound_server_everything_is_silent_and_said_once(
    no_sound_server: dict[str, str],
) -> None:
    out, stderr = run_child("silent", no_sound_server)
    assert not out["audible"]
    assert out["started"] == []
    assert out["rendered"]  # speech is still rendered, ready for when sound comes back
    assert out["warnings"] == [
        [
            "WARNING",
            "breathe.audio.cue_player",
            "No audio output was found: cue sounds and speech stay silent.",
        ]
    ]
    # the FFmpeg backend's probing of missing optional libraries is kept off the terminal
    assert "symbolsresolver" not in stderr and "Couldn't load" not in stderr
    assert "Traceback" not in stderr
