"""Cue tones and the voice of the running app, loaded just after the first paint.

Sound must never stop a session: if Qt Multimedia or the speech engine cannot start, the
app runs silently and the voice control says why. The speech engine starts when the voice
is first needed (a session with the voice on, "Test voice", the Settings' list of voices):
with the voice off, a session never loads it. The voice speaks with the session's own
voice and rate (a programme's), else the settings'; a private session's speech is rendered
into a private folder that nothing keeps.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from breathe.audio.cue_player import CuePlayer
    from breathe.audio.speech import Voice

log = logging.getLogger(__name__)


class SoundSide(QObject):
    """Holds the cue player and the voice (None until ``start``, or if they cannot run).

    Signals:
        voice_started(): the speech engine has started, or failed to (the voice's
            ``available`` says which): the voice control shows it.
    """

    voice_started = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cues: CuePlayer | None = None
        self.voice: Voice | None = None

    def start(
        self,
        cache: Path,
        voice: tuple[str | None, int, float],
        *,
        private: bool,
        on_trouble: Callable[[str], None],
    ) -> None:
        """Load the cue player and start the voice engine on its own thread.

        Args:
            cache: where rendered speech is kept.
            voice: the voice's name, words a minute and volume.
            private: render into a private folder nothing keeps (a private session, or a
                cache folder that cannot be used).
            on_trouble: a line for the person when speech stops working (any thread).
        """
        try:
            from breathe.audio.cue_player import CuePlayer
            from breathe.audio.speech import Voice
            from breathe.audio.speech_cache import RenderSettings

            self.cues = CuePlayer(parent=self)
            self.voice = Voice(
                self.cues,
                cache_dir=cache,
                settings=RenderSettings(*voice),
                on_trouble=on_trouble,
                on_started=self.voice_started.emit,  # from its thread: queued to this one
                lazy=True,
            )
            self.voice.render_privately(private)
        except Exception:  # sound must never stop a session
            log.exception("sound and speech unavailable")

    def speak_as(self, name: str | None, rate: int, volume: float) -> None:
        """The voice, words a minute and volume from now on (a session's own, or the settings')."""
        if self.voice is not None:
            self.voice.configure(name, rate, volume)

    def render_privately(self, private: bool) -> None:
        if self.voice is not None:
            self.voice.render_privately(private)

    def close(self) -> None:
        if self.voice is not None:
            self.voice.close()
