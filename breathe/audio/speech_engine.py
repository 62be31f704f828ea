"""The pyttsx3 engine as breathe uses it: its typed surface, its driver's quirks, its voices.

Facts about pyttsx3 this module encodes (``docs/platform.md``): an engine is not
thread-safe and pyttsx3 hands out one per driver (``ENGINE_LOCK``); espeak works
asynchronously and pyttsx3 reads "busy" at the start of a render as a cancel
(``engine_busy_probe``, ``wait_while``); the driver prints "Audio saved to ..." on stdout
(``quiet_driver``). No Qt here.
"""

from __future__ import annotations

import logging
import sys
import threading
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Literal, Protocol, overload

from breathe.audio.aiff import aiff_to_wav
from breathe.audio.speech_cache import RenderError, RenderSettings, wav_seconds
from breathe.language import gettext

log = logging.getLogger(__name__)

#: how long one render may take before it is given up (a long cue takes ~50 ms)
RENDER_TIMEOUT = 5.0
#: pyttsx3 drivers that write AIFF (converted to WAV, which Qt's sound effects play)
AIFF_DRIVERS = frozenset({"nsss"})

# pyttsx3 hands out one shared engine per driver, and an engine is not thread-safe: every
# use of it (by any Voice in this process) holds this lock.
ENGINE_LOCK = threading.Lock()


class EngineVoice(Protocol):
    """One of pyttsx3's voices; drivers differ in the types of these."""

    @property
    def id(self) -> object: ...

    @property
    def name(self) -> object: ...


class Engine(Protocol):
    """What this module uses of a pyttsx3 engine (pyttsx3 has no type hints).

    The camelCase names are pyttsx3's own.
    """

    @overload
    def getProperty(self, name: Literal["voice"]) -> str | None: ...

    @overload
    def getProperty(self, name: Literal["voices"]) -> list[EngineVoice]: ...

    def setProperty(  # noqa: N802
        self, name: Literal["voice", "rate", "volume"], value: str | float | None
    ) -> None: ...

    def save_to_file(self, text: str, filename: str) -> None: ...

    def runAndWait(self) -> None: ...  # noqa: N802

    def connect(self, topic: str, cb: Callable[..., None]) -> object: ...


def language_voice(voices: Iterable[tuple[str, str]], language: str) -> str | None:
    """The engine's voice for ``language`` (``de``), or None to keep its default.

    English keeps the engine's default voice (the person's system may have chosen one).
    espeak-ng names its voices by language (``gmw/de``, ``roa/fr``); other engines name
    theirs by people, and then the system's default is kept.
    """
    if language == "en":
        return None
    for voice_id, _name in voices:
        if voice_id.rpartition("/")[2].lower() == language:
            return voice_id
    return None


def missing_engine_reason(platform: str = sys.platform) -> str:
    """What to tell a person whose computer has no speech engine pyttsx3 can use."""
    if platform.startswith("linux"):
        return gettext("Speech is off: espeak-ng is not installed (sudo apt install espeak-ng).")
    return gettext("Speech is off: no text-to-speech engine was found on this computer.")


def _driver_module(engine: object) -> object:
    """pyttsx3's driver module for ``engine`` (e.g. ``pyttsx3.drivers.espeak``), or None."""
    return getattr(getattr(engine, "proxy", None), "_module", None)


def driver_name(engine: object) -> str:
    """The pyttsx3 driver ``engine`` uses: ``espeak``, ``sapi5``, ``nsss``..., or ``""``."""
    return str(getattr(_driver_module(engine), "__name__", "")).rpartition(".")[2]


def engine_busy_probe(engine: object) -> Callable[[], bool] | None:
    """A function telling whether espeak is still busy (None for other engines).

    espeak-ng works asynchronously: a voice change, or the tail of the previous render, is
    still queued in it for a few milliseconds. pyttsx3 treats "busy" at the start of a
    render as a request to cancel and returns early (leaving an empty or late file), so
    each render first waits for espeak to be idle.
    """
    native = getattr(_driver_module(engine), "_espeak", None)
    probe = getattr(native, "IsPlaying", None)
    return (lambda: bool(probe())) if callable(probe) else None


def wait_while(busy: Callable[[], bool], timeout: float, step: float = 0.002) -> bool:
    """Poll ``busy`` until it is False or ``timeout`` passes; True if it became idle."""
    deadline = time.monotonic() + timeout
    while busy():
        if time.monotonic() >= deadline:
            return False
        time.sleep(step)
    return True


def quiet_driver(engine: object) -> bool:
    """Send the pyttsx3 driver's ``print`` calls ("Audio saved to ...") to the debug log.

    The name is shadowed in the driver module only, so no other thread's output is touched
    (redirecting ``sys.stdout`` or fd 1 would swallow everyone's). Returns False if this
    pyttsx3 keeps its driver elsewhere.
    """
    module = _driver_module(engine)
    if module is None:
        log.debug("pyttsx3 driver module not found: it may print to stdout")
        return False
    vars(module)["print"] = driver_print
    return True


def never_busy() -> bool:
    return False


def driver_print(*args: object, **_kwargs: object) -> None:
    log.debug("pyttsx3: %s", " ".join(str(a) for a in args))


class Renderer:
    """A started pyttsx3 engine that renders text to WAV files, on one thread, under
    ``ENGINE_LOCK``.

    Raises (``start``): ImportError without pyttsx3; RuntimeError or OSError without a
    speech engine (espeak-ng missing); anything else the engine raises while starting.
    """

    def __init__(self, engine: Engine) -> None:
        self._engine = engine  # strong reference: pyttsx3 holds engines weakly
        quiet_driver(engine)
        probe = engine_busy_probe(engine)
        self._busy = probe or never_busy
        self._waits_for_done = probe is not None  # espeak: complete only once it says so
        # macOS's NSSpeechSynthesizer writes AIFF, whatever the file is called
        self._writes_aiff = driver_name(engine) in AIFF_DRIVERS
        self._done = threading.Event()
        self._applied: RenderSettings | None = None  # what the engine is set to now
        engine.connect("finished-utterance", self._on_utterance_done)
        self.default_voice = engine.getProperty("voice")
        voices = [(str(v.id), str(v.name)) for v in engine.getProperty("voices")]
        #: (id, name) of every voice, by name
        self.voices = sorted(voices, key=lambda v: (v[1].casefold(), v[0]))

    @classmethod
    def start(cls) -> Renderer:
        # pyttsx3 has no type hints: Engine above says what is used of its engine
        import pyttsx3  # type: ignore[import-untyped]

        with ENGINE_LOCK:
            return cls(pyttsx3.init())

    def apply(self, settings: RenderSettings) -> None:
        """Set the engine's voice, rate and volume (only when they change)."""
        if settings == self._applied:
            return
        self._applied = settings
        voice = settings.voice_id
        if voice is not None and voice not in {vid for vid, _ in self.voices}:
            # pyttsx3 defers setProperty and swallows its error: check the id here instead
            log.warning("Voice %r is not available; using the default voice", voice)
            voice = None
        if voice is None:
            voice = language_voice(self.voices, settings.language)
        self._engine.setProperty("voice", voice or self.default_voice)
        self._engine.setProperty("rate", settings.rate)
        self._engine.setProperty("volume", settings.volume)

    def save(self, text: str, path: Path) -> None:
        """Render ``text`` to the WAV ``path``; a render that came out silent is made again,
        once.

        pyttsx3's espeak driver writes the file before it adds the last samples espeak
        handed it with its "done" event: when espeak delivers a short cue all at once (on a
        busy machine), the file holds no sound. The second render is usually whole.

        Raises:
            RenderError: the engine stayed busy, did not finish, or wrote nothing usable.
        """
        self._render(text, path)
        try:
            wav_seconds(path)
        except RenderError as exc:
            log.debug("Rendering again: %s", exc)
            self._render(text, path)

    def _render(self, text: str, path: Path) -> None:
        if not wait_while(self._busy, RENDER_TIMEOUT):
            raise RenderError("the speech engine stayed busy")
        self._done.clear()
        written = path.with_name(path.name + ".aiff") if self._writes_aiff else path
        self._engine.save_to_file(text, str(written))
        self._engine.runAndWait()
        # pyttsx3's espeak loop has been seen returning before espeak finished writing
        # (leaving no file, or an empty one): the file is complete once the engine says so.
        # SAPI5 (Windows) and NSSpeechSynthesizer (macOS) have finished when runAndWait returns.
        if self._waits_for_done and not self._done.wait(RENDER_TIMEOUT):
            raise RenderError("the speech engine did not finish in time")
        if written != path:
            try:
                aiff_to_wav(written, path)
            except (OSError, ValueError) as exc:
                raise RenderError(f"cannot convert the rendered speech: {exc}") from exc
            finally:
                written.unlink(missing_ok=True)

    def _on_utterance_done(self, completed: bool = True, **_kwargs: object) -> None:
        """pyttsx3's "finished-utterance" notification (called on espeak's own thread)."""
        if completed:
            self._done.set()
