"""Speech on Windows (SAPI5) and macOS (NSSpeechSynthesizer), through fake pyttsx3 drivers.

Both are reached through pyttsx3 as espeak-ng is on Linux, and render each cue to a file
in the speech cache. Two things differ, and are checked here: macOS writes AIFF whatever
the file is called (breathe converts it to WAV, which Qt plays), and neither needs the
wait for espeak's "finished" notification (their render is over when ``runAndWait``
returns).
"""

from __future__ import annotations

import shutil
import subprocess
import wave
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace

import pytest

from breathe.audio import speech_engine
from breathe.audio.speech import Voice
from breathe.audio.speech_engine import driver_name
from breathe.paths import locations

WAIT = 20.0


class PlatformEngine:
    """A pyttsx3 engine whose driver module is ``pyttsx3.drivers.<driver>``."""

    def __init__(self, driver: str, write: Callable[[Path], None], notifies: bool) -> None:
        self.proxy = SimpleNamespace(_module=SimpleNamespace(__name__=f"pyttsx3.drivers.{driver}"))
        self.write = write
        self.notifies = notifies
        self.saved: list[str] = []
        self.callbacks: list[Callable[..., None]] = []

    def getProperty(self, name: str) -> object:
        return "default" if name == "voice" else []

    def setProperty(self, name: str, value: object) -> None:
        return None

    def save_to_file(self, text: str, filename: str) -> None:
        self.saved.append(filename)
        self.write(Path(filename))

    def runAndWait(self) -> None:
        if self.notifies:
            for cb in self.callbacks:
                cb(name=None, completed=True)

    def connect(self, topic: str, cb: Callable[..., None]) -> object:
        self.callbacks.append(cb)
        return cb


def sox_tone(path: Path, kind: str) -> None:
    subprocess.run(
        [
            "sox",
            "-n",
            "-r",
            "22050",
            "-b",
            "16",
            "-t",
            kind,
            str(path),
            "synth",
            "0.5",
            "sine",
            "440",
        ],
        check=True,
    )


def render_with(monkeypatch: pytest.MonkeyPatch, engine: PlatformEngine) -> Path | None:
    import pyttsx3

    monkeypatch.setattr(pyttsx3, "init", lambda: engine)
    results: list[Path | None] = []
    voice = Voice(on_rendered=lambda _text, path: results.append(path))
    try:
        voice.prepare(["Breathe in"])
        assert voice.wait_idle(WAIT)
        assert voice.available
    finally:
        voice.close()
    assert len(results) == 1
    return results[0]


needs_sox = pytest.mark.skipif(shutil.which("sox") is None, reason="needs sox (apt)")


@needs_sox
def test_macos_speech_is_rendered_as_aiff_and_kept_as_wav(monkeypatch: pytest.MonkeyPatch) -> None:
    engine = PlatformEngine("nsss", lambda path: sox_tone(path, "aiff"), notifies=True)
    rendered = render_with(monkeypatch, engine)
    assert rendered is not None and rendered.suffix == ".wav"
    with wave.open(str(rendered)) as audio:  # a real WAV, the tone's every frame
        assert (audio.getframerate(), audio.getnframes()) == (22050, 11025)
    assert engine.saved[0].endswith(".aiff")
    assert sorted(p.name for p in locations().speech_cache.iterdir()) == [rendered.name]


@needs_sox
def test_windows_speech_needs_no_finished_notification(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(speech_engine, "RENDER_TIMEOUT", 60.0)  # a wait would fail the render
    engine = PlatformEngine("sapi5", lambda path: sox_tone(path, "wav"), notifies=False)
    rendered = render_with(monkeypatch, engine)
    assert rendered is not None
    assert engine.saved[0].endswith(".wav")
    with wave.open(str(rendered)) as audio:
        assert audio.getnframes() == 11025


def test_a_macos_render_that_is_not_aiff_fails_that_cue_only(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    engine = PlatformEngine("nsss", lambda path: path.write_bytes(b"junk"), notifies=True)
    assert render_with(monkeypatch, engine) is None
    assert "cannot convert the rendered speech" in caplog.text
    assert list(locations().speech_cache.glob("*")) == []  # no half-converted file left


def test_the_driver_is_named_by_its_module() -> None:
    assert driver_name(PlatformEngine("sapi5", print, notifies=False)) == "sapi5"
    assert driver_name(object()) == ""


def silent_wav(path: Path) -> None:
    with wave.open(str(path), "wb") as f:
        f.setnchannels(1)
        f.setsampwidth(2)
        f.setframerate(22050)


@needs_sox
def test_a_render_that_came_out_silent_is_made_again_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # pyttsx3's espeak driver can write the file before the last samples arrive: a short
    # cue delivered at once comes out silent; the second render has the sound
    writes = iter([silent_wav, lambda path: sox_tone(path, "wav")])

    def write(path: Path) -> None:  # silent the first time, a tone the second
        next(writes)(path)

    engine = PlatformEngine("sapi5", write, notifies=False)
    rendered = render_with(monkeypatch, engine)
    assert rendered is not None
    with wave.open(str(rendered)) as audio:
        assert audio.getnframes() == 11025
    assert len(engine.saved) == 2


@needs_sox
def test_a_render_silent_twice_is_given_up(monkeypatch: pytest.MonkeyPatch) -> None:
    engine = PlatformEngine("sapi5", silent_wav, notifies=False)
    assert render_with(monkeypatch, engine) is None  # skipped, never spoken silent
    assert len(engine.saved) == 2
