"""Spoken guidance that is on time and never blocks the window (no Qt here).

pyttsx3 renders each distinct cue once, to a WAV in the speech cache, on one worker thread
that owns the engine; ``engine.say()`` is never used (on Linux it shells out to ``aplay``).
Playback goes to a ``SpeechOutput`` (``breathe.audio.cue_player.CuePlayer``), which plays a loaded
file at once. A cue that is not rendered by the time it is due is skipped, never spoken late.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from breathe.audio.speech_cache import RenderSettings, SpeechCache
from breathe.language import N_, gettext
from breathe.paths import locations, private_temp_dir

if TYPE_CHECKING:  # the engine's code (pyttsx3's wrapper, WAV and AIFF) loads when it starts
    from breathe.audio.speech_engine import Renderer

log = logging.getLogger(__name__)

#: a cue may start at most this many seconds after it was asked for; later it is skipped
ON_TIME = 0.3
#: what "Test voice" says, and how long it may take to render before it is given up
TEST_PHRASE = N_("Hello. I'm here to guide you, gently and at your own pace.")
TEST_WAIT = 10.0

Clock = Callable[[], float]
RenderedCallback = Callable[[str, "Path | None"], None]


class SpeechOutput(Protocol):
    """Where rendered speech is played (``breathe.audio.cue_player.CuePlayer``)."""

    def preload_file(self, path: Path) -> None:
        """Load ``path`` so it can start at once later; callable from any thread."""

    def play_file(self, path: Path, not_after: float) -> None:
        """Play ``path`` now, unless it cannot start by ``not_after``; any thread."""

    def stop_speech(self) -> None:
        """Stop speech at once and drop any that is about to start."""


@dataclass(frozen=True)
class _Job:
    text: str
    settings: RenderSettings
    key: str


@dataclass(frozen=True)
class _Pending:
    key: str
    not_after: float


class Voice:
    """Spoken cues (``breathe.engine.cues.VoiceSink``), rendered ahead on a worker thread.

    Args:
        output: plays rendered files (none: render only).
        cache_dir: where rendered WAVs live (default: the speech cache location).
        settings: voice, rate and volume to render with.
        clock: monotonic clock for "is this cue still on time".
        on_rendered: called on the worker thread after each render with the text and
            the file (``None`` if rendering failed); must be thread-safe (a Qt signal's
            ``emit`` is).
        on_trouble: called once, on the worker thread, with a sentence for the person
            when a cue cannot be rendered (a full disk): cues are skipped, never late.
        on_started: called on the worker thread once the engine has started or failed
            (``available`` says which); must be thread-safe.
        lazy: start the engine only when it is first needed (``prepare``, ``speak``,
            ``test_voice``, ``voices``, ``wait_started``), not now: with the voice off a
            session never loads it (pyttsx3, espeak-ng and its data, ~3 MiB). Until then
            ``available`` is True: nothing is known against it yet.
    """

    def __init__(
        self,
        output: SpeechOutput | None = None,
        *,
        cache_dir: Path | None = None,
        settings: RenderSettings | None = None,
        clock: Clock = time.monotonic,
        on_rendered: RenderedCallback | None = None,
        on_trouble: Callable[[str], None] | None = None,
        on_started: Callable[[], None] | None = None,
        lazy: bool = False,
    ) -> None:
        self._shared = SpeechCache(cache_dir or locations().speech_cache)
        self._cache = self._shared  # where renders go now (see render_privately)
        self._private: SpeechCache | None = None
        self._output = output
        self._settings = settings or RenderSettings()
        self._clock = clock
        self._on_rendered = on_rendered
        self._on_trouble = on_trouble
        self._on_started = on_started
        self._cv = threading.Condition()
        self._jobs: deque[_Job] = deque()
        self._queued: set[str] = set()  # keys waiting or being rendered
        self._ready: dict[str, Path] = {}
        self._pending: _Pending | None = None
        self._prepared: list[str] = []
        self._reason: str | None = None
        self._closing = False
        self._failures = 0
        self._started = threading.Event()
        self._renderer: Renderer | None = None  # the engine, once started on the thread
        self._thread = threading.Thread(target=self._run, name="breathe-speech", daemon=True)
        self._thread_started = False
        if not lazy:
            self._start_thread()

    # -- what the session and the settings dialog use (GUI thread) -----------------------

    @property
    def available(self) -> bool:
        """False once the engine is known not to work (True while it is still starting)."""
        return self._reason is None

    @property
    def unavailable_reason(self) -> str | None:
        """A sentence for the settings dialog when speech is off, else ``None``."""
        return self._reason

    @property
    def settings(self) -> RenderSettings:
        return self._settings

    def voices(self) -> list[tuple[str, str]]:
        """(id, name) of the engine's voices, sorted by name; empty until it has started."""
        self._start_thread()
        with self._cv:
            return [] if self._renderer is None else list(self._renderer.voices)

    def configure(self, voice_id: str | None, rate: int, volume: float) -> None:
        """Speak with another voice, rate (words/min) or volume (0-1) from now on.

        Texts already prepared are rendered again in the background with the new settings.
        """
        new = RenderSettings(
            voice_id or None,
            int(rate),
            min(1.0, max(0.0, float(volume))),
            self._settings.language,
        )
        with self._cv:
            if new == self._settings:
                return
            self._settings = new
            for text in self._prepared:
                self._enqueue(text)

    def prepare(self, texts: Iterable[str]) -> None:
        """Render these cues in the background, in this order, unless already rendered."""
        self._start_thread()
        with self._cv:
            self._prepared = list(dict.fromkeys(t.strip() for t in texts if t and t.strip()))
            for text in self._prepared:
                self._enqueue(text)

    def speak(self, text: str) -> None:
        """Play ``text`` now if rendered; if it is being rendered, play it only if it is
        ready within ``ON_TIME`` seconds; otherwise skip it (never late)."""
        text = text.strip() if text else ""
        if text and self.available:
            self._say(text, self._clock() + ON_TIME)

    def silence(self) -> None:
        """Stop speech at once and forget a cue waiting for its render (pause, stop)."""
        with self._cv:
            self._pending = None
            if self._output is not None:
                self._output.stop_speech()

    def test_voice(self) -> bool:
        """Say a short greeting with the current settings as soon as it is rendered.

        Returns False (and says nothing) when speech is unavailable.
        """
        if not self.available:
            return False
        self._say(gettext(TEST_PHRASE), self._clock() + TEST_WAIT)
        return True

    def is_rendered(self, text: str) -> bool:
        """Whether ``text`` can be spoken at once with the current settings."""
        return self.rendered_file(text) is not None

    def rendered_file(self, text: str) -> Path | None:
        """The WAV that ``speak(text)`` would play now, if rendered."""
        with self._cv:
            return self._ready.get(self._settings.key(text.strip()))

    def wait_started(self, timeout: float | None = None) -> bool:
        """Block until the engine has started or failed (for tests and scripts)."""
        self._start_thread()
        return self._started.wait(timeout)

    def wait_idle(self, timeout: float | None = None) -> bool:
        """Block until nothing is waiting to be rendered (for tests and scripts)."""
        with self._cv:
            return self._cv.wait_for(lambda: not self._queued, timeout)

    def render_privately(self, on: bool = True) -> None:
        """Render new cues into a private temporary folder (``on``), or the usual cache.

        For a private session, and when the cache folder cannot be used: cues already in
        the usual cache still play from there, nothing new is written to it, and the
        private folder is removed by ``close``.
        """
        with self._cv:
            if on and self._private is None:
                self._private = SpeechCache(private_temp_dir("speech"), shared=self._shared)
            self._cache = self._private if on and self._private is not None else self._shared

    def close(self, timeout: float = 5.0) -> None:
        """Stop the worker after the render in progress; queued cues are dropped; speech
        rendered privately is removed."""
        with self._cv:
            self._closing = True
            self._jobs.clear()
            self._queued.clear()
            self._cv.notify_all()
            started = self._thread_started
        if started:
            self._thread.join(timeout)
        with self._cv:
            private, self._private = self._private, None
            self._cache = self._shared
            self._ready = {
                k: p
                for k, p in self._ready.items()
                if private is None or p.parent != private.folder
            }
        if private is not None:
            import shutil  # with bz2 and lzma, ~0.7 MiB: only to clear a private folder

            shutil.rmtree(private.folder, ignore_errors=True)

    # -- shared with the worker (callers hold self._cv) ----------------------------------

    def _start_thread(self) -> None:
        """Start the engine's thread, once (at once, or at the first use when lazy)."""
        with self._cv:
            if self._thread_started or self._closing:
                return
            self._thread_started = True
        self._thread.start()

    def _say(self, text: str, not_after: float) -> None:
        self._start_thread()
        with self._cv:
            key = self._enqueue(text, urgent=True)
            path = self._ready.get(key)
            if path is None:
                self._pending = _Pending(key, not_after)
                log.debug("Cue %r is not rendered yet; it is skipped unless ready in time", text)
                return
            self._pending = None
            self._play(path, not_after)

    def _enqueue(self, text: str, *, urgent: bool = False) -> str:
        key = self._settings.key(text)
        if key in self._ready or self._closing or self._reason is not None:
            return key
        if key in self._queued:
            job = next((j for j in self._jobs if j.key == key), None)
            if urgent and job is not None:  # not started yet: move it to the front
                self._jobs.remove(job)
                self._jobs.appendleft(job)
            return key
        job = _Job(text, self._settings, key)
        self._queued.add(key)
        if urgent:
            self._jobs.appendleft(job)
        else:
            self._jobs.append(job)
        self._cv.notify_all()
        return key

    def _play(self, path: Path, not_after: float) -> None:
        if self._output is not None:
            self._output.play_file(path, not_after)

    # -- the worker thread ---------------------------------------------------------------

    def _run(self) -> None:
        self._start_engine()
        self._started.set()
        if self._on_started is not None:
            self._on_started()
        if self._renderer is None:
            return
        self._shared.prune()
        while True:
            with self._cv:
                self._cv.wait_for(lambda: self._jobs or self._closing)
                if self._closing:
                    return
                job = self._jobs.popleft()
            path = self._render(job)
            self._finish(job, path)

    def _start_engine(self) -> None:
        from breathe.audio.speech_engine import Renderer, missing_engine_reason

        try:
            renderer = Renderer.start()
        except ImportError as exc:
            self._fail(
                gettext("Speech is off: pyttsx3 is not installed (pip install pyttsx3)."), exc
            )
            return
        except (RuntimeError, OSError) as exc:
            self._fail(missing_engine_reason(), exc)
            return
        except Exception as exc:  # any other engine failure leaves the app running, silent
            self._fail(gettext("Speech is off: the text-to-speech engine could not start."), exc)
            return
        with self._cv:
            self._renderer = renderer
        log.debug("Speech engine ready with %d voices", len(renderer.voices))

    def _fail(self, reason: str, exc: BaseException) -> None:
        log.warning("%s (%s: %s)", reason, type(exc).__name__, exc)
        with self._cv:
            self._reason = reason
            self._jobs.clear()
            self._queued.clear()
            self._pending = None
            self._cv.notify_all()

    def _render(self, job: _Job) -> Path | None:
        renderer = self._renderer
        assert renderer is not None  # the worker only renders once the engine started
        with self._cv:
            cache = self._cache
            private = cache is not self._shared
        try:
            cached = cache.lookup(job.key)
            if cached is not None:
                return cached
            from breathe.audio.speech_engine import ENGINE_LOCK

            with ENGINE_LOCK:
                renderer.apply(job.settings)
                return cache.store(job.key, lambda tmp: renderer.save(job.text, tmp))
        except Exception as exc:  # one bad cue (disk full, engine hiccup) must not stop the rest
            with self._cv:
                if self._closing:  # breathe is closing: a render cut short is no trouble
                    return None
            self._failures += 1
            if self._failures == 1:  # not the cue's words: they say what the session was
                if not private:  # a private session's render may end after it did: no line
                    log.warning("Could not render a cue: %s", exc)
                if self._on_trouble is not None:
                    reason = getattr(exc, "strerror", None) or str(exc)
                    line = gettext(
                        "Spoken cues could not be prepared ({reason}); they are skipped."
                    )
                    self._on_trouble(line.format(reason=reason))
            if not private:
                log.debug("Could not render the cue %r: %s", job.text, exc)
            return None

    def _finish(self, job: _Job, path: Path | None) -> None:
        with self._cv:
            self._queued.discard(job.key)
            pending = self._pending
            if pending is not None and pending.key == job.key:
                self._pending = None
            else:
                pending = None
            if path is not None:
                self._ready[job.key] = path
                if self._output is not None:
                    self._output.preload_file(path)
                if pending is not None:
                    if self._clock() <= pending.not_after:
                        self._play(path, pending.not_after)
                    else:
                        log.debug("Cue %r was rendered too late to be spoken", job.text)
            self._cv.notify_all()
        if self._on_rendered is not None:
            self._on_rendered(job.text, path)
