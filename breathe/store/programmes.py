"""Named programmes: a practice with its options and the session's own settings, by name."""

from __future__ import annotations

import copy
import json
import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

from breathe.engine.cues import FASTEST_VOICE_RATE, SLOWEST_VOICE_RATE
from breathe.engine.practices.catalog import FLAGS
from breathe.language import N_, gettext
from breathe.store.atomic import Unreadable
from breathe.store.checks import is_practice_id
from breathe.store.config_file import ConfigFile
from breathe.store.errors import ConfigError

log = logging.getLogger(__name__)

MAX_NAME = 60
MAX_VOICE_NAME = 200
#: words a minute, as the voice setting allows (every cue fits its step from the slowest)
MIN_RATE, MAX_RATE = SLOWEST_VOICE_RATE, FASTEST_VOICE_RATE


#: what a programme turns on or off (None: the setting's; presenter: False, this screen)
SWITCHES = ("voice", "sounds", "self_paced", "presenter")
#: everything a programme may set for its session besides the practice and its options
SESSION_FIELDS = ("voice", "voice_name", "voice_rate", "sounds", "self_paced", "presenter")


@dataclass(frozen=True)
class Programme:
    """What to start: a practice or preset name, its options (``FLAGS`` names), and what
    the session runs with: voice on or off, which voice and how fast (words a minute),
    cue tones, self-paced grounding (None: the person's setting), and whether it is shown
    on the client's screen (presenter mode)."""

    practice: str
    options: Mapping[str, Any] = field(default_factory=dict)
    voice: bool | None = None
    sounds: bool | None = None
    self_paced: bool | None = None
    voice_name: str | None = None
    voice_rate: int | None = None
    presenter: bool = False

    def __post_init__(self) -> None:
        if not is_practice_id(self.practice):
            raise ConfigError(
                gettext("{practice} is not a practice, e.g. breathing or box").format(
                    practice=repr(self.practice)
                )
            )
        if not isinstance(self.options, Mapping):
            raise ConfigError(gettext("a programme's options must be a set of named values"))
        unknown = sorted(str(k) for k in self.options if k not in FLAGS)
        if unknown:
            raise ConfigError(
                gettext("{option} is not an option of any practice, e.g. minutes").format(
                    option=repr(unknown[0])
                )
            )
        try:
            plain = json.loads(json.dumps(dict(self.options), allow_nan=False))
        except (TypeError, ValueError) as exc:
            raise ConfigError(
                gettext("a programme's options must be plain values ({reason})").format(reason=exc)
            ) from exc
        object.__setattr__(self, "options", plain)
        for name in SWITCHES:
            value = getattr(self, name)
            if value is not None and not isinstance(value, bool):  # 1 is not true here
                # Translators: {name} is a programme's field: voice, sounds, self_paced, presenter
                message = gettext("a programme's {name} must be true or false, e.g. true")
                raise ConfigError(message.format(name=name))
        voice = self.voice_name
        if voice is not None and not (
            isinstance(voice, str) and 0 < len(voice) <= MAX_VOICE_NAME and voice.isprintable()
        ):
            raise ConfigError(
                gettext(
                    "a programme's voice_name must be one line naming a voice, e.g. English "
                    "(Great Britain), or left out"
                )
            )
        rate = self.voice_rate
        if rate is not None and not (
            type(rate) is int and MIN_RATE <= rate <= MAX_RATE  # not True, not 150.5
        ):
            raise ConfigError(
                gettext(
                    "a programme's voice_rate must be a whole number of words a minute, "
                    "{slowest} to {fastest}, e.g. 150"
                ).format(slowest=MIN_RATE, fastest=MAX_RATE)
            )

    def session(self) -> dict[str, Any]:
        """Everything this programme sets for its session (left out: the person's setting)."""
        chosen = {n: v for n in SESSION_FIELDS if (v := getattr(self, n)) is not None}
        if not self.presenter:
            del chosen["presenter"]  # the usual: the session on this screen
        return chosen

    def to_json(self) -> dict[str, Any]:
        return {"practice": self.practice, "options": dict(self.options), **self.session()}


def session_words(programme: Programme) -> list[str]:
    """What a programme sets besides its practice, in words: ``voice on, 140 words a
    minute``, ``tones off``, ``at your own pace``, ``on the client's screen``."""
    words = []
    if programme.voice is not None:
        voice = gettext("voice on") if programme.voice else gettext("voice off")
        if programme.voice and programme.voice_name:
            voice += f" ({programme.voice_name})"
        if programme.voice and programme.voice_rate:
            rate = gettext("{rate} words a minute").format(rate=programme.voice_rate)
            voice = gettext("{voice}, {rate}").format(voice=voice, rate=rate)
        words.append(voice)
    if programme.sounds is not None:
        words.append(gettext("tones on") if programme.sounds else gettext("tones off"))
    if programme.self_paced is not None:
        words.append(gettext("at your own pace") if programme.self_paced else gettext("timed"))
    if programme.presenter:
        words.append(gettext("on the client's screen"))
    return words


class Programmes(ConfigFile):
    """The person's programmes by name; names are unique regardless of case.

    A programme this version cannot read (a newer breathe's) is kept as it was in the file
    and written back; its name stays taken.
    """

    UNREADABLE: ClassVar[Unreadable] = Unreadable(
        N_(
            "Your saved programmes could not be read, so none are listed; "
            "the old file is kept at {kept}."
        ),
        N_(
            "Your saved programmes could not be read, so none are listed; "
            "the file is left as it was at {path}."
        ),
    )
    FILE_NAME: ClassVar[str] = "programmes.json"

    def __init__(self) -> None:
        self.path: Path | None = None
        self.notice: str | None = None
        self._items: dict[str, Programme] = {}
        self._unread: dict[str, Any] = {}

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

    def kept_name(self, name: str) -> str:
        """The name as kept (``client a`` -> ``Client A``); ``ConfigError`` when there is none."""
        return self._existing(name)

    def add(
        self,
        name: str,
        practice: str,
        options: Mapping[str, Any] | None = None,
        **session: Any,
    ) -> str:
        """Save a new programme; returns its name as kept (trimmed).

        ``session``: ``voice``, ``sounds``, ``self_paced``, ``voice_name``, ``voice_rate``
        (None: the setting's) and ``presenter``.

        Raises:
            ConfigError: the name is empty, too long or taken, or the programme is invalid.
        """
        unknown = sorted(set(session) - set(SESSION_FIELDS))
        if unknown:
            raise ConfigError(
                gettext("{switch} is not a programme switch, e.g. voice").format(
                    switch=repr(unknown[0])
                )
            )
        return self.add_programme(
            name, Programme(practice, {} if options is None else options, **session)
        )

    def add_programme(self, name: str, programme: Programme) -> str:
        """Save ``programme`` under a new ``name``; returns the name as kept (trimmed).

        Raises:
            ConfigError: the name is empty, too long or taken.
        """
        name = self._free_name(name)
        self._items[name] = programme
        return name

    def free_name(self, name: str) -> str:
        """``name``, or ``name (2)``, ``name (3)``... if it is taken (for an import).

        Raises:
            ConfigError: ``name`` itself is not a usable name.
        """
        name = self._free_name(name, allow=self._find(name))
        if self._find(name) is None:
            return name
        n = 2
        while True:
            suffix = f" ({n})"
            candidate = name[: MAX_NAME - len(suffix)].rstrip() + suffix
            if self._find(candidate) is None:
                return candidate
            n += 1

    def find(self, programme: Programme) -> str | None:
        """The name of a programme that is exactly ``programme``, if there is one."""
        return next((n for n in self.names() if self._items[n] == programme), None)

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
            raise ConfigError(
                gettext("There is no programme called {name}.").format(name=repr(name))
            )
        return found

    def _free_name(self, name: str, allow: str | None = None) -> str:
        if not isinstance(name, str) or not name.strip():
            raise ConfigError(gettext("A programme needs a name, e.g. Evening wind-down."))
        name = name.strip()
        if len(name) > MAX_NAME or not name.isprintable():
            raise ConfigError(
                gettext(
                    "A programme name is one line of at most {limit} characters, "
                    "e.g. Evening wind-down."
                ).format(limit=MAX_NAME)
            )
        taken = self._find(name)
        if taken is None:
            key = name.casefold()
            taken = next((k for k in self._unread if k.strip().casefold() == key), None)
        if taken is not None and taken != allow:
            raise ConfigError(
                gettext("There is already a programme called {name}; choose another name.").format(
                    name=repr(taken)
                )
            )
        return name

    @classmethod
    def from_json(cls, data: Mapping[str, Any], *, strict: bool = False) -> Programmes:
        """Programmes from JSON; an invalid one raises with ``strict``, else is dropped."""
        programmes = cls()
        for name, item in data.items():
            try:
                if not isinstance(item, dict):
                    raise ConfigError(gettext("it must have a practice and options"))
                session = {k: item[k] for k in SESSION_FIELDS if k in item}
                programmes.add(name, item.get("practice", ""), item.get("options"), **session)
            except ConfigError as exc:
                if strict:
                    message = gettext("programme {name}: {problem}")
                    raise ConfigError(message.format(name=repr(name), problem=exc)) from exc
                programmes._unread[name] = copy.deepcopy(item)
                log.warning("a programme breathe cannot use is kept as it is: %s", exc)
        return programmes

    def to_json(self) -> dict[str, Any]:
        return {name: self._items[name].to_json() for name in self.names()}

    def to_file(self) -> dict[str, Any]:
        return {**copy.deepcopy(self._unread), **self.to_json()}
