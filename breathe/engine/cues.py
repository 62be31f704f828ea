"""What a running session asks of sound, voice and history (structural interfaces).

The session controller calls these at step boundaries; ``app.py`` wires real objects in,
tests wire in recorders. Keeping them here lets ``session_controller`` stay ignorant of
how sound, speech or storage work.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Protocol

from breathe.engine.practices.steps import Plan


class CueSink(Protocol):
    """Soft cue sounds for phase changes (``kind`` is a step kind, or ``"end"``)."""

    def play_cue(self, kind: str) -> None: ...

    def set_muted(self, muted: bool) -> None: ...


class VoiceSink(Protocol):
    """Spoken guidance; never blocks the caller."""

    @property
    def available(self) -> bool: ...

    def prepare(self, texts: Iterable[str]) -> None:
        """Render these cues in the background so they can play on time later."""

    def speak(self, text: str) -> None:
        """Play ``text`` now if it is rendered; otherwise skip it (never late)."""

    def silence(self) -> None:
        """Stop anything playing at once (pause, stop)."""


class SessionRecorder(Protocol):
    """Keeps the history row of one session up to date."""

    def begin(self, plan: Plan, started_at: datetime | None = None) -> None: ...

    def touch(self, elapsed: float) -> None: ...

    def finish(self, status: str, elapsed: float) -> None: ...


class NullCues:
    """Silence: used with --no-sound, in tests and when no audio device exists."""

    available = False

    def play_cue(self, kind: str) -> None:
        return None

    def set_muted(self, muted: bool) -> None:
        return None

    def prepare(self, texts: Iterable[str]) -> None:
        return None

    def speak(self, text: str) -> None:
        return None

    def silence(self) -> None:
        return None
