"""Named custom programmes: a practice with its options, saved under a name."""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

from breathe.engine.practices.catalog import FLAGS
from breathe.store.checks import is_practice_id
from breathe.store.config_file import ConfigFile
from breathe.store.errors import ConfigError

log = logging.getLogger(__name__)

MAX_NAME = 60


#: how a programme may set the voice, cue sounds and self-pacing (None: the setting's)
SWITCHES = ("voice", "sounds", "self_paced")


@dataclass(frozen=True)
class Programme:
    """What to start: a practice or preset name, its options (``FLAGS`` names), and
    optionally the voice, cue sounds and self-pacing it runs with (None: the setting's)."""

    practice: str
    options: Mapping[str, Any] = field(default_factory=dict)
    voice: bool | None = None
    sounds: bool | None = None
    self_paced: bool | None = None

    def __post_init__(self) -> None:
        if not is_practice_id(self.practice):
            raise ConfigError(f"{self.practice!r} is not a practice, e.g. breathing or box")
        if not isinstance(self.options, Mapping):
            raise ConfigError("a programme's options must be a set of named values")
        unknown = sorted(str(k) for k in self.options if k not in FLAGS)
        if unknown:
            raise ConfigError(f"{unknown[0]!r} is not an option of any practice, e.g. minutes")
        try:
            plain = json.loads(json.dumps(dict(self.options), allow_nan=False))
        except (TypeError, ValueError) as exc:
            raise ConfigError(f"a programme's options must be plain values ({exc})") from exc
        object.__setattr__(self, "options", plain)
        for name in SWITCHES:
            value = getattr(self, name)
            if value is not None and not isinstance(value, bool):  # 1 is not true here
                raise ConfigError(f"a programme's {name} must be true or false, e.g. true")

    def switches(self) -> dict[str, bool]:
        """The voice, sounds and self-pacing this programme sets (left out: the setting's)."""
        return {n: v for n in SWITCHES if (v := getattr(self, n)) is not None}

    def to_json(self) -> dict[str, Any]:
        return {"practice": self.practice, "options": dict(self.options), **self.switches()}


class Programmes(ConfigFile):
    """The person's programmes by name; names are unique regardless of case."""

    WHAT: ClassVar[str] = "saved programmes"
    FILE_NAME: ClassVar[str] = "programmes.json"

    def __init__(self) -> None:
        self.path: Path | None = None
        self.notice: str | None = None
        self._items: dict[str, Programme] = {}

    def __len__(self) -> int:
        return len(self._items)

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and self._find(name) is not None

    def names(self) -> list[str]:
        """The names, in alphabetical order."""
        return sorted(self._items, key=str.casefold)

    def get(self, name: str) -> Programme:
        """Raises ``ConfigError`` when there is no programme called ``name``."""
        return self._items[self._existing(name)]

    def add(
        self,
        name: str,
        practice: str,
        options: Mapping[str, Any] | None = None,
        **switches: bool | None,
    ) -> str:
        """Save a new programme; returns its name as kept (trimmed).

        ``switches``: ``voice``, ``sounds`` and ``self_paced`` (None: the setting's).

        Raises:
            ConfigError: the name is empty, too long or taken, or the programme is invalid.
        """
        unknown = sorted(set(switches) - set(SWITCHES))
        if unknown:
            raise ConfigError(f"{unknown[0]!r} is not a programme switch, e.g. voice")
        programme = Programme(practice, {} if options is None else options, **switches)
        name = self._free_name(name)
        self._items[name] = programme
        return name

    def rename(self, old: str, new: str) -> str:
        """Give a programme a new name (a change of case is fine); returns the new name."""
        current = self._existing(old)
        new = self._free_name(new, allow=current)
        self._items = {(new if k == current else k): v for k, v in self._items.items()}
        return new

    def delete(self, name: str) -> None:
        del self._items[self._existing(name)]

    def _find(self, name: str) -> str | None:
        key = name.strip().casefold()
        return next((k for k in self._items if k.casefold() == key), None)

    def _existing(self, name: str) -> str:
        found = self._find(name)
        if found is None:
            raise ConfigError(f"There is no programme called {name!r}.")
        return found

    def _free_name(self, name: str, allow: str | None = None) -> str:
        if not isinstance(name, str) or not name.strip():
            raise ConfigError("A programme needs a name, e.g. Evening wind-down.")
        name = name.strip()
        if len(name) > MAX_NAME or not name.isprintable():
            raise ConfigError(
                f"A programme name is one line of at most {MAX_NAME} characters, "
                "e.g. Evening wind-down."
            )
        taken = self._find(name)
        if taken is not None and taken != allow:
            raise ConfigError(
                f"There is already a programme called {taken!r}; choose another name."
            )
        return name

    @classmethod
    def from_json(cls, data: Mapping[str, Any], *, strict: bool = False) -> Programmes:
        """Programmes from JSON; an invalid one raises with ``strict``, else is dropped."""
        programmes = cls()
        for name, item in data.items():
            try:
                if not isinstance(item, dict):
                    raise ConfigError("it must have a practice and options")
                switches = {k: item[k] for k in SWITCHES if k in item}
                programmes.add(name, item.get("practice", ""), item.get("options"), **switches)
            except ConfigError as exc:
                if strict:
                    raise ConfigError(f"programme {name!r}: {exc}") from exc
                log.warning("programme %r left out: %s", name, exc)
        return programmes

    def to_json(self) -> dict[str, Any]:
        return {name: self._items[name].to_json() for name in self.names()}
