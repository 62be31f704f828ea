"""Voice: real espeak-ng renders through pyttsx3, off the main thread, once per cue.

Playback goes to a recording ``SpeechOutput`` (no audio device here); ``breathe.audio.cue_player``
is tested against Qt in tests/ui/test_sound*.py.
"""

from __future__ import annotations

import array
import logging
import sys
import threading
import wave
from collections.abc import Callable, Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest

from breathe.audio import speech_cache, speech_engine
from breathe.audio.speech import ON_TIME, TEST_PHRASE, TEST_WAIT, Voice
from breathe.audio.speech_cache import RenderSettings, wav_seconds
from breathe.audio.speech_engine import (
    engine_busy_probe,
    missing_engine_reason,
    quiet_driver,
    wait_while,
)
from breathe.paths import locations

WAIT = 20.0  # generous upper bound for a render on a busy 2-core machine


class RecordingOutput:
    """Where the voice sends playback: records calls (it may be called from the worker)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.preloaded: list[Path] = []
        self.played: list[tuple[Path, float]] = []
        self.stops = 0

    def preload_file(self, path: Path) -> None:
        with self.lock:
            self.preloaded.append(path)

    def play_file(self, path: Path, not_after: float) -> None:
        with self.lock:
            self.played.append((path, not_after))

    def stop_speech(self) -> None:
        with self.lock:
            self.stops += 1


class Rendered:
    """An ``on_rendered`` callback that records text, file and thread."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, Path | None, int]] = []

    def __call__(self, text: str, path: Path | None) -> None:
        self.calls.append((text, path, threading.get_ident()))

    @property
    def texts(self) -> list[str]:
        return [c[0] for c in self.calls]


@pytest.fixture
def output() -> RecordingOutput:
    return RecordingOutput()


@pytest.fixture
def rendered() -> Rendered:
    return Rendered()


@pytest.fixture
def voice(output: RecordingOutput, rendered: Rendered, clock: object) -> Iterator[Voice]:
    v = Voice(output, clock=clock, on_rendered=rendered)  # type: ignore[arg-type]
    assert v.wait_started(WAIT)
    yield v
    v.close()


@pytest.fixture
def engine_held() -> Iterator[threading.Lock]:
    """Hold the engine lock so the worker cannot finish a render until the test lets go."""
    speech_engine.ENGINE_LOCK.acquire()
    try:
        yield speech_engine.ENGINE_LOCK
    finally:
        if speech_engine.ENGINE_LOCK.locked():
            speech_engine.ENGINE_LOCK.release()


def samples(path: Path) -> array.array[int]:
    with wave.open(str(path), "rb") as f:
        assert (f.getnchannels(), f.getsampwidth()) == (1, 2)
        data = array.array("h", f.readframes(f.getnframes()))
    if sys.byteorder == "big":  # pragma: no cover - WAV data is little-endian
        data.byteswap()
    return data


def test_a_cue_is_really_rendered_to_a_wav_in_the_cache(
    voice: Voice, output: RecordingOutput
) -> None:
    voice.prepare(["Breathe in gently"])
    assert voice.wait_idle(WAIT)
    assert voice.is_rendered("Breathe in gently")
    files = list(locations().speech_cache.glob("*.wav"))
    assert len(files) == 1
    assert wav_seconds(files[0]) > 0.2
    assert max(abs(s) for s in samples(files[0])) > 1000  # speech, not silence
    assert output.preloaded == files  # loaded ahead so it can start at once


def test_rendering_prints_nothing_on_stdout(
    voice: Voice, capfd: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="breathe.audio.speech_engine")
    voice.prepare(["Let your shoulders soften"])
    assert voice.wait_idle(WAIT)
    assert capfd.readouterr().out == ""
    assert any("Audio saved" in r.getMessage() for r in caplog.records)  # it went to the log


def test_the_same_text_is_rendered_once(
    voice: Voice, rendered: Rendered, output: RecordingOutput, clock: object
) -> None:
    voice.prepare(["Hold", "Hold", " Hold "])
    assert voice.wait_idle(WAIT)
    voice.prepare(["Hold"])
    voice.speak("Hold")
    assert voice.wait_idle(WAIT)
    assert rendered.texts == ["Hold"]
    (path,) = locations().speech_cache.glob("*.wav")
    inode = path.stat().st_ino
    # a later run (a new Voice) finds the file and does not render it again
    again = Rendered()
    other = Voice(RecordingOutput(), on_rendered=again)
    try:
        other.prepare(["Hold"])
        assert other.wait_idle(WAIT)
    finally:
        other.close()
    assert again.calls == [("Hold", path, again.calls[0][2])]
    assert path.stat().st_ino == inode


def test_rendering_runs_on_one_worker_thread_not_the_callers(
    voice: Voice, rendered: Rendered
) -> None:
    voice.prepare(["Breathe in", "Breathe out", "Notice three things you can see"])
    assert voice.wait_idle(WAIT)
    threads = {c[2] for c in rendered.calls}
    assert len(rendered.calls) == 3
    assert len(threads) == 1
    assert threading.get_ident() not in threads


def test_speak_plays_a_rendered_cue_at_once_with_an_on_time_deadline(
    voice: Voice, output: RecordingOutput, clock: object
) -> None:
    voice.prepare(["Breathe out slowly"])
    assert voice.wait_idle(WAIT)
    voice.speak("Breathe out slowly")
    ((path, not_after),) = output.played
    assert path.exists()
    assert not_after == pytest.approx(clock() + ON_TIME)  # type: ignore[operator]


def test_a_cue_still_rendering_plays_if_ready_on_time(
    voice: Voice, output: RecordingOutput, engine_held: threading.Lock
) -> None:
    voice.speak("Release your hands")  # never prepared: rendered now, urgently
    assert output.played == []
    engine_held.release()
    assert voice.wait_idle(WAIT)
    assert len(output.played) == 1


def test_a_cue_rendered_too_late_is_skipped_never_spoken_late(
    voice: Voice, output: RecordingOutput, engine_held: threading.Lock, clock: object
) -> None:
    voice.speak("Notice your feet on the floor")
    clock.advance(ON_TIME + 0.01)  # type: ignore[attr-defined]
    engine_held.release()
    assert voice.wait_idle(WAIT)
    assert output.played == []
    assert voice.is_rendered("Notice your feet on the floor")  # ready for the next time
    voice.speak("Notice your feet on the floor")
    assert len(output.played) == 1


def test_silence_after_speak_drops_the_pending_cue(
    voice: Voice, output: RecordingOutput, engine_held: threading.Lock
) -> None:
    voice.speak("Breathe in")
    voice.silence()
    assert output.stops == 1
    engine_held.release()
    assert voice.wait_idle(WAIT)
    assert output.played == []


def test_a_newer_cue_replaces_an_older_pending_one(
    voice: Voice, output: RecordingOutput, engine_held: threading.Lock, rendered: Rendered
) -> None:
    voice.speak("First words")
    voice.speak("Second words")
    engine_held.release()
    assert voice.wait_idle(WAIT)
    assert len(output.played) == 1
    assert sorted(rendered.texts) == ["First words", "Second words"]
    assert output.played[0][0] == rendered.calls[rendered.texts.index("Second words")][1]


def test_speak_moves_its_cue_ahead_of_the_queue(
    voice: Voice, rendered: Rendered, engine_held: threading.Lock
) -> None:
    voice.prepare(["one", "two", "three", "four"])
    voice.prepare(["one", "two", "three", "four"])  # already queued: nothing added
    voice.speak("four")
    engine_held.release()
    assert voice.wait_idle(WAIT)
    assert sorted(rendered.texts) == ["four", "one", "three", "two"]
    assert rendered.texts.index("four") < rendered.texts.index("two")


def test_speaking_the_cue_being_rendered_plays_it_when_done(
    voice: Voice, output: RecordingOutput, engine_held: threading.Lock
) -> None:
    voice.prepare(["In flight"])
    for _ in range(2000):  # until the worker has taken the job and waits for the engine
        if not voice._jobs:
            break
        threading.Event().wait(0.005)
    voice.speak("In flight")
    engine_held.release()
    assert voice.wait_idle(WAIT)
    assert len(output.played) == 1


def test_empty_texts_are_ignored(voice: Voice, output: RecordingOutput, rendered: Rendered) -> None:
    voice.prepare(["", "   "])
    voice.speak("")
    voice.speak("  ")
    assert voice.wait_idle(WAIT)
    assert rendered.calls == []
    assert output.played == []


def test_configure_renders_prepared_cues_again_with_the_new_voice(
    voice: Voice, rendered: Rendered
) -> None:
    voice.prepare(["Breathe in"])
    assert voice.wait_idle(WAIT)
    voice.configure(voice.settings.voice_id, voice.settings.rate, voice.settings.volume)
    assert voice.is_rendered("Breathe in")  # same settings: nothing to do
    voice.configure("gmw/en-us", 130, 1.7)
    assert voice.settings == RenderSettings("gmw/en-us", 130, 1.0)
    assert voice.wait_idle(WAIT)
    assert voice.is_rendered("Breathe in")
    first, second = (c[1] for c in rendered.calls)
    assert first != second
    assert wav_seconds(second) > wav_seconds(first)  # 130 words/min is slower than 150


def test_an_unknown_voice_falls_back_to_the_default(
    voice: Voice, rendered: Rendered, caplog: pytest.LogCaptureFixture
) -> None:
    voice.configure("no-such/voice", 150, 1.0)
    voice.prepare(["Still spoken"])
    assert voice.wait_idle(WAIT)
    ((_, path, _),) = rendered.calls
    assert path is not None and wav_seconds(path) > 0.2
    assert "not available" in caplog.text


def test_voices_lists_the_engines_voices(voice: Voice) -> None:
    voices = voice.voices()
    assert len(voices) > 1
    assert any(vid.endswith("/en") or vid == "english" for vid, _ in voices)
    names = [name.casefold() for _, name in voices]
    assert names == sorted(names)


def test_test_voice_says_a_greeting_once_rendered(
    voice: Voice,
    output: RecordingOutput,
    clock: object,
    rendered: Rendered,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    assert voice.test_voice()
    assert voice.wait_idle(WAIT)
    assert len(output.played) == 1, (rendered.calls, caplog.text)
    ((path, not_after),) = output.played
    assert wav_seconds(path) > 1.0
    assert not_after == pytest.approx(clock() + TEST_WAIT)  # type: ignore[operator]
    assert voice.is_rendered(TEST_PHRASE)


def test_without_an_output_or_callback_cues_still_render() -> None:
    v = Voice(None)
    try:
        v.prepare(["Breathe in"])
        v.speak("Breathe in")
        assert v.wait_idle(WAIT)
        assert v.is_rendered("Breathe in")
        v.speak("Breathe in")
        v.silence()
    finally:
        v.close()
    assert len(list(locations().speech_cache.glob("*.wav"))) == 1


def test_a_render_that_fails_is_reported_and_the_worker_goes_on(
    tmp_path: Path, output: RecordingOutput, rendered: Rendered, caplog: pytest.LogCaptureFixture
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the cache folder should be")
    v = Voice(output, cache_dir=blocker / "speech", on_rendered=rendered)
    try:
        v.speak("Breathe in")
        v.prepare(["Breathe out"])
        assert v.wait_idle(WAIT)
        assert v.available  # the engine is fine; only saving failed
    finally:
        v.close()
    assert [(c[0], c[1]) for c in rendered.calls] == [("Breathe in", None), ("Breathe out", None)]
    assert output.played == []
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1
    assert "Could not render" in warnings[0].getMessage()


def test_close_drops_queued_cues(
    output: RecordingOutput, rendered: Rendered, engine_held: threading.Lock
) -> None:
    v = Voice(output, on_rendered=rendered)
    v.prepare([f"cue {i}" for i in range(10)])
    engine_held.release()
    v.close()
    v.prepare(["after close"])
    assert v.wait_idle(1.0)
    assert len(rendered.calls) <= 1  # at most the one in progress
    assert "after close" not in rendered.texts


def test_no_engine_means_no_speech_and_no_error(
    monkeypatch: pytest.MonkeyPatch, output: RecordingOutput, caplog: pytest.LogCaptureFixture
) -> None:
    import pyttsx3

    def missing(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("could not initialize espeak")

    monkeypatch.setattr(pyttsx3, "init", missing)
    v = Voice(output)
    try:
        v.prepare(["Breathe in"])  # may be queued before the engine is known to be missing
        assert v.wait_started(WAIT)
        assert not v.available
        assert v.unavailable_reason == missing_engine_reason()
        assert "espeak-ng" in (v.unavailable_reason or "")
        v.prepare(["Breathe out"])
        v.speak("Breathe in")
        assert not v.test_voice()
        assert v.wait_idle(1.0)
        assert v.voices() == []
        v.silence()
    finally:
        v.close()
    assert output.played == []
    assert [r.levelno for r in caplog.records if r.name == "breathe.audio.speech"] == [
        logging.WARNING
    ]
    assert list(locations().speech_cache.glob("*.wav")) == []


def test_no_pyttsx3_package_means_no_speech(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pyttsx3", None)  # import now raises ImportError
    v = Voice()
    try:
        assert v.wait_started(WAIT)
        assert (
            v.unavailable_reason == "Speech is off: pyttsx3 is not installed (pip install pyttsx3)."
        )
    finally:
        v.close()


def test_any_other_engine_failure_means_no_speech(monkeypatch: pytest.MonkeyPatch) -> None:
    import pyttsx3

    def broken(*_args: object, **_kwargs: object) -> None:
        raise KeyError("voices")

    monkeypatch.setattr(pyttsx3, "init", broken)
    v = Voice()
    try:
        assert v.wait_started(WAIT)
        assert not v.available
        assert v.unavailable_reason == "Speech is off: the text-to-speech engine could not start."
    finally:
        v.close()


def test_the_reason_names_the_fix_on_linux_only() -> None:
    assert "sudo apt install espeak-ng" in missing_engine_reason("linux")
    assert missing_engine_reason("win32") == (
        "Speech is off: no text-to-speech engine was found on this computer."
    )


def test_quiet_driver_leaves_an_unknown_engine_alone() -> None:
    assert quiet_driver(object()) is False
    assert engine_busy_probe(object()) is None


def test_wait_while_polls_until_idle_or_timeout() -> None:
    answers = iter([True, True, False])
    assert wait_while(lambda: next(answers), timeout=5.0, step=0.001)
    assert not wait_while(lambda: True, timeout=0.01, step=0.001)


class BrokenEngine:
    """Failure injection: an engine that writes no sound (not espeak-based unless ``busy``)."""

    def __init__(self, busy: bool | None, completes: bool) -> None:
        if busy is not None:  # looks like pyttsx3's espeak driver, stuck busy
            native = SimpleNamespace(IsPlaying=lambda: busy)
            self.proxy = SimpleNamespace(_module=SimpleNamespace(_espeak=native))
        self.completes = completes
        self.callbacks: list[Callable[..., None]] = []

    def getProperty(self, name: str) -> object:
        return "stuck/voice" if name == "voice" else []

    def setProperty(self, name: str, value: object) -> None:
        return None

    def save_to_file(self, text: str, filename: str) -> None:
        Path(filename).write_bytes(b"")

    def runAndWait(self) -> None:
        for cb in self.callbacks:
            cb(name=None, completed=self.completes)

    def connect(self, topic: str, cb: Callable[..., None]) -> object:
        self.callbacks.append(cb)
        return cb


@pytest.mark.parametrize(
    ("busy", "completes", "reason"),
    [(False, False, "did not finish"), (True, True, "stayed busy"), (None, True, "not a WAV")],
)
def test_an_engine_that_makes_no_sound_fails_the_render_not_the_app(
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    busy: bool | None,
    completes: bool,
    reason: str,
) -> None:
    import pyttsx3

    monkeypatch.setattr(pyttsx3, "init", lambda: BrokenEngine(busy, completes))
    monkeypatch.setattr(speech_engine, "RENDER_TIMEOUT", 0.05)
    calls = Rendered()
    v = Voice(on_rendered=calls)
    try:
        v.prepare(["Breathe in"])
        assert v.wait_idle(WAIT)
        assert v.available
    finally:
        v.close()
    assert [(c[0], c[1]) for c in calls.calls] == [("Breathe in", None)]
    assert reason in caplog.text
    assert list(locations().speech_cache.glob("*")) == []


def test_the_drivers_print_goes_to_the_debug_log(
    capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="breathe.audio.speech_engine")
    speech_engine.driver_print("Audio saved to", "x.wav")  # what pyttsx3's driver now calls
    assert capsys.readouterr().out == ""
    assert "pyttsx3: Audio saved to x.wav" in caplog.text


def test_rendering_privately_writes_nothing_to_the_cache_and_leaves_nothing_behind(
    voice: Voice, output: RecordingOutput, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    cache = locations().speech_cache
    voice.prepare(["Breathe in"])  # an earlier, usual session's cue
    assert voice.wait_idle(WAIT)
    shared = sorted(cache.glob("*.wav"))
    voice.render_privately()
    voice.prepare(["Breathe in", "Tense your right hand"])
    assert voice.wait_idle(WAIT)
    assert sorted(cache.glob("*.wav")) == shared  # nothing new where it would stay
    (private,) = runtime.glob("breathe-speech-*/*.wav")
    assert voice.rendered_file("Tense your right hand") == private
    assert voice.rendered_file("Breathe in") == shared[0]  # read from the cache, as it was
    voice.render_privately(False)
    voice.prepare(["Breathe out"])
    assert voice.wait_idle(WAIT)
    assert len(list(cache.glob("*.wav"))) == 2  # a usual session's cue is kept again
    voice.close()
    assert list(runtime.iterdir()) == []
    assert voice.rendered_file("Tense your right hand") is None


def test_a_cache_folder_that_cannot_be_used_is_never_pruned_nor_fatal(
    output: RecordingOutput, breathe_home: Path
) -> None:
    breathe_home.mkdir()
    (breathe_home / "cache").write_text("a file where the folder should be", encoding="utf-8")
    voice = Voice(output)
    try:
        assert voice.wait_started(WAIT)
        voice.render_privately()
        voice.prepare(["Breathe in"])
        assert voice.wait_idle(WAIT)
        assert voice.is_rendered("Breathe in")
    finally:
        voice.close()


def test_cues_that_cannot_be_written_are_said_once_and_skipped(
    output: RecordingOutput, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(self: object, key: str, render: object) -> Path:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(speech_cache.SpeechCache, "store", full)
    troubles: list[str] = []
    voice = Voice(output, on_trouble=troubles.append)
    try:
        voice.prepare(["Breathe in", "Breathe out"])
        assert voice.wait_idle(WAIT)
        assert not voice.is_rendered("Breathe in")
    finally:
        voice.close()
    assert troubles == [
        "Spoken cues could not be prepared (No space left on device); they are skipped."
    ]


@pytest.mark.parametrize("first_use", ["prepare", "speak", "test_voice", "voices"])
def test_a_lazy_voice_starts_its_engine_only_when_first_needed(
    monkeypatch: pytest.MonkeyPatch, output: RecordingOutput, first_use: str
) -> None:
    starts: list[int] = []
    real_start = speech_engine.Renderer.start

    def counted() -> speech_engine.Renderer:
        starts.append(threading.get_ident())
        return real_start()

    monkeypatch.setattr(speech_engine.Renderer, "start", staticmethod(counted))
    told = threading.Event()
    v = Voice(output, lazy=True, on_started=told.set)
    try:
        v.configure(None, 160, 0.8)  # settings alone start nothing
        v.silence()
        assert v.available  # nothing is known against it yet
        assert not told.wait(0.2)
        assert starts == []
        {
            "prepare": lambda: v.prepare(["Breathe in"]),
            "speak": lambda: v.speak("Breathe in"),
            "test_voice": v.test_voice,
            "voices": v.voices,
        }[first_use]()
        assert told.wait(WAIT)  # said from the engine's thread, once it has started
        assert v.available and v.voices()
        assert len(starts) == 1 and starts[0] != threading.get_ident()
    finally:
        v.close()


def test_a_lazy_voice_never_used_closes_at_once_and_starts_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def never() -> None:
        raise AssertionError("the engine was started")

    monkeypatch.setattr(speech_engine.Renderer, "start", staticmethod(never))
    v = Voice(lazy=True)
    v.close()
    v.prepare(["Breathe in"])  # after close: still nothing starts
    assert not v.wait_started(0.1)


def test_a_private_sessions_failed_render_leaves_no_line_in_the_log(
    voice: Voice,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    # a render can end after its private session did, when the log is no longer held back:
    # its failure names neither the words nor the file (a hash of the words)
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    caplog.set_level(logging.DEBUG)
    voice.render_privately()
    (folder,) = runtime.glob("breathe-speech-*")
    folder.rmdir()
    folder.write_text("a file where the private folder was", encoding="utf-8")
    voice.prepare(["Tense your right hand"])
    assert voice.wait_idle(WAIT)
    assert not voice.is_rendered("Tense your right hand")
    assert [r.getMessage() for r in caplog.records if r.name == "breathe.audio.speech"] == []
    folder.unlink()


def test_a_render_cut_short_by_closing_is_no_trouble(
    tmp_path: Path, output: RecordingOutput, caplog: pytest.LogCaptureFixture
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the cache folder should be")
    troubles: list[str] = []
    v = Voice(output, cache_dir=blocker / "speech", on_trouble=troubles.append)
    assert v.wait_started(WAIT)
    lock = speech_engine.ENGINE_LOCK
    lock.acquire()  # the worker takes the cue, then waits for the engine
    try:
        v.prepare(["Breathe in"])
        tick = threading.Event()
        while v._jobs:  # taken from the queue: the worker is rendering it
            tick.wait(0.01)
        closing = threading.Thread(target=v.close)
        closing.start()
        while not v._closing:
            tick.wait(0.01)
    finally:
        lock.release()  # the render goes on, and fails, while breathe is closing
    closing.join()
    assert troubles == []
    assert [r for r in caplog.records if r.levelno >= logging.WARNING] == []
