"""Speech and cue sounds: event-loop stalls while cues render and play, and speak() latency.

Run on demand (skipped by default)::

    pytest tests/benchmarks/bench_speech.py -m benchmark -s -p no:cacheprovider --no-cov

With ``pulseaudio`` installed, a private daemon with a null sink is started for this
process (before Qt Multimedia connects), so cues and speech really play; with ``parec``
too, the time from ``speak()`` to the first sound on the sink's monitor is measured.
Without them the player is silent and only rendering and stalls are measured.

What is printed:
- the cost on the GUI thread of making the CuePlayer (import of QtMultimedia included),
- the longest gap of a 5 ms timer, first with nothing else going on (the floor), then while
  a cold Voice starts its engine and 20 new cues render and play one every 200 ms,
- speak() -> ``started`` (the play call) and speak() -> sound on the sink's monitor (which
  includes the file's own silent lead-in; a null sink takes data slightly ahead of a real
  device, so real hardware adds its buffer latency), and silence() -> sound stops.
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import threading
import time
import wave
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEventLoop, Qt, QTimer
from pytestqt.qtbot import QtBot

pytestmark = pytest.mark.benchmark

CUES = 20
SPACING_MS = 200
FLOOR_SECONDS = 3.0
RATE = 22_050
THRESHOLD = 300  # of 32767: the first sample that counts as sound


@pytest.fixture(scope="module")
def null_sink(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str | None]:
    """A private PulseAudio null sink for this process; None if pulseaudio is missing."""
    daemon_bin = shutil.which("pulseaudio")
    if daemon_bin is None:
        yield None
        return
    runtime = tmp_path_factory.mktemp("pulse")
    env = pytest.MonkeyPatch()
    env.setenv("PULSE_RUNTIME_PATH", str(runtime))  # before Qt Multimedia connects
    env.setenv("PULSE_STATE_PATH", str(runtime))
    daemon = subprocess.Popen(
        [
            daemon_bin,
            "-n",
            "--daemonize=no",
            "--exit-idle-time=-1",
            "--use-pid-file=no",
            "--load=module-null-sink sink_name=breathe_bench",
            "--load=module-native-protocol-unix",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 20
    while not (runtime / "native").exists() and time.monotonic() < deadline:
        time.sleep(0.02)  # another process creates the socket
    try:
        yield "breathe_bench"
    finally:
        daemon.terminate()
        daemon.wait(10)
        env.undo()


class GapMeter:
    """A 5 ms precise timer recording how late each tick comes (event-loop stalls)."""

    def __init__(self) -> None:
        self.gaps: list[float] = []
        self._clock = QElapsedTimer()
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.gaps.clear()
        self._clock.start()
        self._timer.start(5)

    def stop(self) -> None:
        self._timer.stop()

    def _tick(self) -> None:
        self.gaps.append(self._clock.nsecsElapsed() / 1e6)
        self._clock.restart()

    def summary(self) -> str:
        g = sorted(self.gaps)
        p99 = g[int(0.99 * (len(g) - 1))]
        return f"max {g[-1]:.1f} ms, p99 {p99:.1f} ms, median {statistics.median(g):.1f} ms"


def run_for(seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def pump(until: Callable[[], bool], timeout: float = 20.0) -> bool:
    deadline = time.monotonic() + timeout
    while not until() and time.monotonic() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
    return until()


class SinkListener:
    """Reads the null sink's monitor with parec; notes when sound first appears."""

    def __init__(self, sink: str) -> None:
        self._proc = subprocess.Popen(
            [
                "parec",
                f"--device={sink}.monitor",
                "--raw",
                "--format=s16le",
                f"--rate={RATE}",
                "--channels=1",
                "--latency-msec=2",
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        self.armed_at: float | None = None
        self.heard_at: float | None = None
        self.last_loud = 0.0
        self._heard = threading.Event()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self._proc.stdout is not None
        while chunk := self._proc.stdout.read(64):  # ~1.5 ms of sound per read
            now = time.monotonic()
            samples = memoryview(chunk).cast("h") if len(chunk) % 2 == 0 else []
            if not any(abs(s) > THRESHOLD for s in samples):
                continue
            self.last_loud = now
            if self.armed_at is not None and not self._heard.is_set():
                self.heard_at = now
                self._heard.set()

    def quiet_for(self, seconds: float) -> bool:
        return time.monotonic() - self.last_loud > seconds

    def arm(self) -> None:
        self._heard.clear()
        self.heard_at = None
        self.armed_at = time.monotonic()

    def wait(self, timeout: float = 2.0) -> float | None:
        """Seconds from arm() to the first sound, or None."""
        if not self._heard.wait(timeout) or self.heard_at is None or self.armed_at is None:
            return None
        return self.heard_at - self.armed_at

    def close(self) -> None:
        self._proc.terminate()
        self._proc.wait(5)
        self._reader.join(5)
        assert self._proc.stdout is not None
        self._proc.stdout.close()


def lead_in(path: Path) -> float:
    """Seconds of near-silence at the start of a WAV (subtracted from measured latency)."""
    with wave.open(str(path), "rb") as f:
        data = memoryview(f.readframes(f.getnframes())).cast("h")
        rate = f.getframerate()
    first = next((i for i, s in enumerate(data) if abs(s) > THRESHOLD), 0)
    return first / rate


def test_speech_never_stalls_the_window_and_starts_at_once(
    qtbot: QtBot, null_sink: str | None
) -> None:
    t0 = time.perf_counter()
    from breathe.audio.cue_player import CuePlayer

    player = CuePlayer()
    create_ms = (time.perf_counter() - t0) * 1000
    loaded = pump(player.ready, 10) if player.audible else False
    print(f"\nCuePlayer: audible={player.audible}, made in {create_ms:.0f} ms on the GUI thread")
    print(f"  cue sounds loaded {loaded}")
    started: dict[str, float] = {}
    player.started.connect(lambda label: started.setdefault(label, time.monotonic()))

    meter = GapMeter()
    meter.start()
    run_for(FLOOR_SECONDS)
    meter.stop()
    floor = meter.summary()

    from breathe.audio.speech import Voice

    texts = [f"Cue {i}: breathe in gently, and let your shoulders soften." for i in range(CUES)]
    spoken: dict[str, float] = {}
    meter.start()
    voice = Voice(player)  # cold: the worker imports pyttsx3 and starts espeak meanwhile
    voice.prepare(texts)
    for text in texts:
        run_for(SPACING_MS / 1000)
        spoken[text] = time.monotonic()
        player.play_cue("inhale")
        voice.speak(text)
    run_for(1.0)
    meter.stop()
    busy = meter.summary()
    played = [t for t in texts if str(voice.rendered_file(t)) in started]
    print(f"  5 ms timer, idle floor:                    {floor}")
    print(f"  5 ms timer, {CUES} cues rendering + playing: {busy}")
    print(f"  cues spoken on time (cold engine, cold cache): {len(played)}/{CUES}")

    # latency: speak() -> play call, and -> sound on the sink, over short preloaded cues
    short = [f"Breathe in, {n}" for n in ("one", "two", "three", "four", "five", "six")]
    voice.prepare(short)
    assert pump(lambda: all(voice.is_rendered(t) for t in short))
    calls: list[float] = []
    sound: list[float] = []
    leads: list[float] = []
    stops: list[float] = []
    listener = SinkListener(null_sink) if null_sink and shutil.which("parec") else None
    for text in short:
        path = voice.rendered_file(text)
        assert path is not None
        pump(lambda p=path: player.ready(p), 5)
        voice.silence()
        if listener is not None:
            pump(lambda: listener.quiet_for(0.25), 5)  # the sink has fallen silent
            listener.arm()
        started.pop(str(path), None)
        t = time.monotonic()
        voice.speak(text)
        calls.append((started.get(str(path), float("nan")) - t) * 1000)
        if listener is not None:
            heard = listener.wait()
            if heard is not None:
                sound.append(heard * 1000)
                leads.append(lead_in(path) * 1000)
                run_for(0.15)  # into the word, then silence() it
                t = time.monotonic()
                voice.silence()
                pump(lambda: listener.quiet_for(0.1), 5)
                stops.append((listener.last_loud - t) * 1000)
    if listener is not None:
        listener.close()
    voice.close()
    print(
        f"  speak() -> play call: median {statistics.median(calls):.3f} ms, max {max(calls):.3f} ms"
    )
    if sound:
        print(
            f"  speak() -> first sound on the sink monitor (parec): median "
            f"{statistics.median(sound):.0f} ms, max {max(sound):.0f} ms ({len(sound)} runs;"
            f" the files start with {statistics.median(leads):.0f} ms of espeak lead-in)"
        )
        print(
            f"  silence() -> last sound on the sink: median {statistics.median(stops):.0f} ms,"
            f" max {max(stops):.0f} ms"
        )
    else:
        print("  speak() -> sound on the sink: not measured (no pulseaudio/parec)")
