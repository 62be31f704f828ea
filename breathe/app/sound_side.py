"""Cue tones and the voice of the running app, loaded just after the first paint.

Sound must never stop a session: if Qt Multimedia or the speech engine cannot start, the
app runs silently and the voice control says why. The voice speaks with the session's own
voice and rate (a programme's), else the settings'; a private session's speech is rendered
into a private folder that nothing keeps.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

if TYPE_CHECKING:
    from breathe.audio.cue_player import CuePlayer
    from breathe.audio.speech import Voice

log = logging.getLogger(__name__)

#: how often, and how many times, the voice control looks again while the engine starts
FOLLOW_MS = 50
FOLLOW_TRIES = 200


class SoundSide(QObject):
    """Holds the cue player and the voice (None until ``start``, or if they cannot run)."""

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
                self.cues, cache_dir=cache, settings=RenderSettings(*voice), on_trouble=on_trouble
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

    def follow_start(self, show: Callable[[], None], tries: int = FOLLOW_TRIES) -> None:
        """Call ``show`` now, and again once the engine has started or failed.

        The engine starts on its own thread: a missing one is only known a little later,
        and then the voice control must say so (looked at every 50 ms, for 10 s at most).
        """
        show()
        if self.voice is not None and not self.voice.wait_started(0) and tries > 0:
            QTimer.singleShot(FOLLOW_MS, self, lambda: self.follow_start(show, tries - 1))

    def close(self) -> None:
        if self.voice is not None:
            self.voice.close()
