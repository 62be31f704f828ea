"""What a launch asks for: home, or a session with options (also sent between instances)."""

from __future__ import annotations

import json
import sys
from dataclasses import asdict, dataclass, field
from typing import Any

from breathe import language


@dataclass(frozen=True)
class LaunchRequest:
    """A request to open breathe, optionally straight into a session.

    ``None`` for ``voice``, ``sounds``, ``self_paced``, ``voice_name`` and ``voice_rate``
    means "use the setting" (a programme may choose its own voice and words a minute).
    ``open_file``: a programme file to offer for import (an absolute path).
    """

    practice: str | None = None
    options: dict[str, Any] = field(default_factory=dict)
    voice: bool | None = None
    sounds: bool | None = None
    self_paced: bool | None = None
    voice_name: str | None = None
    voice_rate: int | None = None
    fullscreen: bool = False
    screen: int | None = None
    presenter: bool = False
    #: presenter mode records nothing unless the therapist chooses to record for the client
    record: bool = False
    private: bool = False
    quit_at_end: bool = False
    open_file: str | None = None

    def to_json(self) -> str:
        return json.dumps(asdict(self), sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> LaunchRequest:
        """Parse a forwarded request; unknown keys are ignored, bad input raises ValueError."""
        data = json.loads(text)
        if not isinstance(data, dict):
            raise ValueError("a launch request must be a JSON object")
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        if not isinstance(known.get("options", {}), dict):
            raise ValueError("launch options must be a JSON object")
        return cls(**known)


def say_passed_on() -> None:
    """Tell the terminal that a breathe already open took the launch (one line, stderr)."""
    print(language.gettext("breathe is already open: passed this on to it."), file=sys.stderr)
