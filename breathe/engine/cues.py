"""What a running session asks of sound, voice and history (structural interfaces).

The session controller calls these at step boundaries; ``breathe.app`` wires real objects in,
tests wire in recorders. Keeping them here lets the session controller stay ignorant of
how sound, speech or storage work.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Protocol

from breathe.engine.practices.steps import Plan
from breathe.engine.runner import Status

#: speaking rates in words a minute: the default, and the range Settings allows. Every
#: spoken cue is worded, and every step made long enough, for the cue to be heard to its
#: end at the slowest rate (tests/unit/test_spoken_cues.py measures them with espeak-ng).
#: Below 120 a clinically complete muscle-relaxation instruction no longer fits the 5-7 s
#: a muscle is tensed for.
DEFAULT_VOICE_RATE = 150
SLOWEST_VOICE_RATE = 120
FASTEST_VOICE_RATE = 300


class CueSink(Protocol):
    """Soft cue sounds for phase changes (``kind`` is a step kind, or ``"end"``)."""

    def play_cue(self, kind: str) -> None: ...

    def set_muted(self, muted: bool) -> None: ...


class VoiceSink(Protocol):
    """Spoken guidance; never blocks the caller."""

    @property
    def available(self) -> bool: ...

    @property
    def unavailable_reason(self) -> str | None:
        """Why there is no voice, in a line for the person (None: no reason known)."""

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

    def finish(self, status: Status, elapsed: float) -> None: ...

    def update(self, **fields: object) -> bool:
        """After-ratings, tags or a note (history's field names); False if not kept."""


class NullCues:
    """Silence: used with --no-sound, in tests and when no audio device exists."""

    available = False
    unavailable_reason = None

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
