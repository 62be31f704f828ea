"""Cue sounds and rendered speech, played with Qt Multimedia's ``QSoundEffect``.

Every sound is loaded ahead, so ``play()`` starts it at once; one that is not loaded when
it is due is skipped rather than played late. ``QtMultimedia`` is imported only when a
``CuePlayer`` is made (it costs start-up time and needs libpulse): make the player after
the window is shown. Without an audio device the player stays silent and says so once in
the log; it never raises.
"""

from __future__ import annotations

import logging
import math
import sys
import time
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLoggingCategory, QObject, QUrl, Signal

from breathe.paths import asset

if TYPE_CHECKING:
    from PySide6.QtMultimedia import QSoundEffect

log = logging.getLogger(__name__)

#: step kind (or "end") -> file in assets/sounds/ (made by tools/make_sounds.py)
CUE_FILES: dict[str, str] = {
    "intro": "start.wav",
    "inhale": "inhale.wav",
    "hold": "hold.wav",
    "exhale": "exhale.wav",
    "see": "step.wav",
    "hear": "step.wav",
    "touch": "step.wav",
    "smell": "step.wav",
    "taste": "step.wav",
    "move": "step.wav",
    # PMR: one tenses on a gentle in-breath and lets go on the out-breath
    "tense": "inhale.wav",
    "release": "exhale.wav",
    "outro": "step.wav",
    "end": "end.wav",
}
#: rendered speech files kept loaded (a session uses a few dozen at most)
SPEECH_KEPT = 64

# Qt warns for each PipeWire library it cannot find (a dozen lines on a machine without
# them); none of it affects playback.
QUIET_MULTIMEDIA_RULES = (
    "qt.multimedia.symbolsresolver.warning=false\nqt.multimedia.ffmpeg.info=false"
)
#: while Qt Multimedia starts: its default category says "No QtMultimedia backends found"
#: (on purpose, see start_without_backend) and that no sound server answered (the player
#: says that itself, once, in the log)
QUIET_WHILE_STARTING = f"{QUIET_MULTIMEDIA_RULES}\ndefault.warning=false"

Clock = Callable[[], float]


def start_without_backend(multimedia: ModuleType) -> None:
    """Start Qt Multimedia with no back-end plugin in sight, once a process.

    Cue sounds and speech are WAV files played by ``QSoundEffect``, which Qt Multimedia
    plays on its own (PulseAudio, PipeWire or ALSA). Its default FFmpeg back-end, which
    it would load for the first sound object, is for video and compressed media: it
    brings Qt Quick, QML and FFmpeg's codecs, about 14 MiB of memory for nothing here.
    Qt loads a back-end only while its platform integration is made, from the plugin
    folders of that moment: so the integration is made while there are none, and the
    folders are put back at once (the platform, image and style plugins are loaded
    already, and are found again).
    """
    saved = QCoreApplication.libraryPaths()
    QLoggingCategory.setFilterRules(QUIET_WHILE_STARTING)
    QCoreApplication.setLibraryPaths([])
    try:
        multimedia.QMediaDevices.audioOutputs()  # makes the integration, if not made yet
    finally:
        QCoreApplication.setLibraryPaths(saved)
        QLoggingCategory.setFilterRules(QUIET_MULTIMEDIA_RULES)
    log.debug("Qt Multimedia started without a back-end plugin: WAV cues need none")


class CuePlayer(QObject):
    """Soft cue sounds for phase changes (``breathe.engine.cues.CueSink``) and speech playback
    (``breathe.audio.speech.SpeechOutput``).

    Args:
        parent: owning QObject.
        volume: cue sound volume, 0-1.
        speech_volume: speech volume, 0-1.
        clock: monotonic clock for "is this speech still on time".
        sounds_dir: folder of cue WAVs (default: the shipped ``assets/sounds``).
    """

    #: a cue kind or a speech file path, the moment it starts playing
    started = Signal(str)

    _play_requested = Signal(str, float, int)
    _preload_requested = Signal(str)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        volume: float = 0.7,
        speech_volume: float = 1.0,
        clock: Clock = time.monotonic,
        sounds_dir: Path | None = None,
    ) -> None:
        super().__init__(parent)
        QLoggingCategory.setFilterRules(QUIET_MULTIMEDIA_RULES)  # before the import warns
        from PySide6 import QtMultimedia  # late: see the module docstring

        if sys.platform.startswith("linux"):  # measured and tested there; elsewhere as Qt does
            start_without_backend(QtMultimedia)
        self._mm = QtMultimedia
        self._clock = clock
        self._volume = _unit(volume)
        self._speech_volume = _unit(speech_volume)
        self._muted = False
        self._warned = False
        self._epoch = 0  # bumped by stop_speech: older play requests are stale
        self._waiting: tuple[str, float, int] | None = None  # speech due once loaded
        self._sounds_dir = sounds_dir or asset("sounds")
        self._cues: dict[str, QSoundEffect] = {}
        self._speech: OrderedDict[str, QSoundEffect] = OrderedDict()
        # queued when emitted from the speech worker, direct (no delay) from this thread
        self._play_requested.connect(self._on_play_requested)
        self._preload_requested.connect(self._speech_effect)
        self._devices = QtMultimedia.QMediaDevices(self)
        self._devices.audioOutputsChanged.connect(self._on_outputs_changed)
        self._audible = False
        self._on_outputs_changed()

    # -- state ---------------------------------------------------------------------------

    @property
    def audible(self) -> bool:
        """Whether an audio output exists (cues may still fail to load)."""
        return self._audible

    @property
    def muted(self) -> bool:
        return self._muted

    def ready(self, speech: Path | None = None) -> bool:
        """Whether every cue sound (or the given speech file) is loaded and can start at once."""
        if speech is not None:
            effect = self._speech.get(str(speech))
            effects = [effect] if effect is not None else []
        else:
            effects = list(self._cues.values())
        ok = self._mm.QSoundEffect.Status.Ready
        return bool(effects) and all(e.status() == ok for e in effects)

    def set_muted(self, muted: bool) -> None:
        """Mute or unmute the cue sounds (speech is controlled by the voice)."""
        self._muted = muted
        for effect in self._cues.values():
            effect.setMuted(muted)

    # -- cue sounds (GUI thread) ---------------------------------------------------------

    def play_cue(self, kind: str) -> None:
        """Play the sound for a step kind (or ``"end"``) now, if it is loaded."""
        name = CUE_FILES.get(kind)
        if name is None:
            log.debug("No cue sound for %r", kind)
            return
        effect = self._cues.get(name)
        if effect is None or self._muted:
            return
        self._start(effect, kind)

    # -- speech --------------------------------------------------------------------------

    def preload_file(self, path: Path) -> None:
        """Load a rendered speech file so it can start at once later (any thread)."""
        self._preload_requested.emit(str(path))

    def play_file(self, path: Path, not_after: float = math.inf) -> None:
        """Play a speech file now, or as soon as it is loaded if that is by ``not_after``
        (a ``clock`` time); otherwise skip it. Callable from any thread."""
        self._play_requested.emit(str(path), not_after, self._epoch)

    def stop_speech(self) -> None:
        """Stop speech at once and drop any requested but not yet started (GUI thread)."""
        self._epoch += 1
        self._waiting = None
        for effect in self._speech.values():
            effect.stop()

    # -- internals (GUI thread) ----------------------------------------------------------

    def _on_outputs_changed(self) -> None:
        audible = bool(self._mm.QMediaDevices.audioOutputs())
        if audible == self._audible and (audible or self._warned):
            return
        self._audible = audible
        if not audible:
            self._warn("No audio output was found: cue sounds and speech stay silent.")
            for effect in [*self._cues.values(), *self._speech.values()]:
                effect.deleteLater()
            self._cues.clear()
            self._speech.clear()
            return
        log.info("Audio output found: cue sounds are on")
        for name in sorted(set(CUE_FILES.values())):
            self._cues[name] = self._effect(self._sounds_dir / name, self._volume)
            self._cues[name].setMuted(self._muted)

    def _effect(self, path: Path, volume: float) -> QSoundEffect:
        effect = self._mm.QSoundEffect(self)
        effect.setVolume(volume)
        effect.statusChanged.connect(lambda e=effect: self._on_status(e))
        effect.setSource(QUrl.fromLocalFile(str(path)))
        return effect

    def _on_status(self, effect: QSoundEffect) -> None:
        status = effect.status()
        if status == self._mm.QSoundEffect.Status.Error:
            self._warn(
                f"Could not play {Path(effect.source().toLocalFile()).name}: sounds stay silent."
            )
        elif status == self._mm.QSoundEffect.Status.Ready and self._waiting is not None:
            path, not_after, epoch = self._waiting
            if path == effect.source().toLocalFile():
                self._waiting = None
                self._on_play_requested(path, not_after, epoch)

    def _speech_effect(self, path: str) -> QSoundEffect | None:
        if not self._audible:
            return None
        effect = self._speech.get(path)
        if effect is None:
            effect = self._speech[path] = self._effect(Path(path), self._speech_volume)
            self._evict()
        self._speech.move_to_end(path)
        return effect

    def _evict(self) -> None:
        for old in list(self._speech)[: max(0, len(self._speech) - SPEECH_KEPT)]:
            if not self._speech[old].isPlaying():
                self._speech.pop(old).deleteLater()

    def _on_play_requested(self, path: str, not_after: float, epoch: int) -> None:
        if epoch != self._epoch:
            log.debug("Speech %s was silenced before it started", path)
            return
        if self._clock() > not_after:
            log.debug("Speech %s is too late; skipped", path)
            return
        effect = self._speech_effect(path)
        if effect is None:
            return
        if effect.status() == self._mm.QSoundEffect.Status.Loading:
            self._waiting = (path, not_after, epoch)
            return
        for other in self._speech.values():  # one voice at a time
            other.stop()
        self._start(effect, path)

    def _start(self, effect: QSoundEffect, label: str) -> None:
        status = effect.status()
        if status == self._mm.QSoundEffect.Status.Ready:
            effect.stop()
            effect.play()
            self.started.emit(label)
        elif status == self._mm.QSoundEffect.Status.Error:
            self._warn(f"Could not play {label}: sounds stay silent.")
        else:
            log.debug("%s is not loaded yet; skipped (never played late)", label)

    def _warn(self, message: str) -> None:
        """Say the first sound problem in the log; later ones only at debug level."""
        log.log(logging.DEBUG if self._warned else logging.WARNING, message)
        self._warned = True


def _unit(value: float) -> float:
    return min(1.0, max(0.0, float(value)))
