"""The person's settings: every default, type and allowed value declared once, below.

``Settings.load`` never fails on a bad file: unknown keys are ignored, a value of the
wrong type or out of range falls back to its default (logged), and an unreadable file is
set aside with a one-line ``notice``. Assigning an invalid value raises ``ConfigError``.
"""

from __future__ import annotations

import copy
import json
import logging
from collections.abc import Callable, Mapping
from dataclasses import Field, asdict, dataclass, field, fields
from pathlib import Path
from typing import Any, ClassVar

from breathe.engine.choices import CUSTOM, PRESET_NAMES
from breathe.engine.cues import DEFAULT_VOICE_RATE, FASTEST_VOICE_RATE, SLOWEST_VOICE_RATE
from breathe.engine.reminders import MAX_INTERVAL, MIN_INTERVAL, ReminderError, parse_time
from breathe.engine.resonance_finder import is_pace
from breathe.language import LANGUAGES
from breathe.paths import locations
from breathe.store.checks import is_practice_id, shown
from breathe.store.config_file import ConfigFile
from breathe.store.errors import ConfigError

log = logging.getLogger(__name__)

#: what "Start now" can begin: a breathing preset at its own length, or grounding or
#: muscle relaxation as they come (the home cards' own choices never change it)
START_NOW_CHOICES = (*(p for p in PRESET_NAMES if p != CUSTOM), "grounding", "relaxation")

Check = Callable[[object], bool]


def _setting(default: Any, check: Check, takes: str) -> Any:
    """Declare one setting: its default, its check and (for messages) what it takes."""
    return field(default=default, metadata=_rules(check, takes))


def _rules(check: Check, takes: str) -> dict[str, Any]:
    return {"check": check, "takes": takes}


def _is_bool(value: object) -> bool:
    return isinstance(value, bool)


def _flag(default: bool) -> Any:
    return _setting(default, _is_bool, "true or false")


def _number(lo: float, hi: float, *, whole: bool) -> Check:
    kinds = int if whole else (int, float)

    def check(value: object) -> bool:
        return isinstance(value, kinds) and not isinstance(value, bool) and lo <= value <= hi

    return check


def _one_of(*choices: str) -> Check:
    def check(value: object) -> bool:
        return isinstance(value, str) and value in choices

    return check


def _is_short_text(value: object) -> bool:
    return isinstance(value, str) and 0 < len(value.strip()) <= 200


def _is_optional_text(value: object) -> bool:
    return value is None or _is_short_text(value)


def is_practice_id_list(value: object) -> bool:
    return isinstance(value, list) and all(is_practice_id(v) for v in value)


def _is_contacts(value: object) -> bool:
    return isinstance(value, list) and all(
        isinstance(c, dict)
        and set(c) == {"name", "number"}
        and all(_is_short_text(v) for v in c.values())
        for c in value
    )


def _is_interval(value: object) -> bool:
    return value is None or _number(MIN_INTERVAL, MAX_INTERVAL, whole=True)(value)


def _is_times(value: object) -> bool:
    if not isinstance(value, list) or not all(isinstance(t, str) for t in value):
        return False
    try:
        for text in value:
            parse_time(text)
    except ReminderError:
        return False
    return True


def _is_pace(value: object) -> bool:
    return value is None or is_pace(value)


def _is_json(value: object) -> bool:
    try:
        json.dumps(value, allow_nan=False)
    except (TypeError, ValueError):
        return False
    return True


def _is_choices(value: object) -> bool:
    return (
        isinstance(value, dict)
        and all(is_practice_id(k) and isinstance(v, dict) for k, v in value.items())
        and _is_json(value)
    )


@dataclass
class Settings(ConfigFile):
    """Every setting with its default; attribute access, or ``get``/``set`` by name."""

    WHAT: ClassVar[str] = "settings"
    FILE_NAME: ClassVar[str] = "settings.json"

    #: what Start now begins, as the person chose it in Settings (never the last one used:
    #: an earlier breathe followed the last session in "default_practice", now ignored)
    start_now: str = _setting(
        "coherent", _one_of(*START_NOW_CHOICES), "a breathing preset, grounding or relaxation"
    )
    #: the options last used, per practice, e.g. {"relaxation": {"groups": 7}}
    last_choice: dict[str, dict[str, Any]] = field(
        default_factory=dict, metadata=_rules(_is_choices, "options per practice")
    )
    voice: bool = _flag(False)
    voice_name: str | None = _setting(None, _is_optional_text, "a voice name or nothing")
    voice_rate: int = field(
        default=DEFAULT_VOICE_RATE,
        metadata={
            **_rules(
                _number(SLOWEST_VOICE_RATE, FASTEST_VOICE_RATE, whole=True),
                f"words a minute, {SLOWEST_VOICE_RATE} to {FASTEST_VOICE_RATE}",
            ),
            # a rate saved when breathe allowed down to 80 becomes the slowest one now
            "raise": (80, SLOWEST_VOICE_RATE),
        },
    )
    voice_volume: float = _setting(0.9, _number(0.0, 1.0, whole=False), "a volume from 0 to 1")
    sounds: bool = _flag(True)
    pacer_style: str = _setting("circle", _one_of("circle", "square", "bar"), "circle, square, bar")
    theme: str = _setting("system", _one_of("system", "light", "dark"), "system, light or dark")
    large_type: bool = _flag(False)
    reduced_motion: bool = _flag(False)
    dominant_side: str = _setting("right", _one_of("right", "left"), "right or left")
    #: a flare day: muscle relaxation is release-only (no tensing) until it is turned off
    flare_day: bool = _flag(False)
    keep_notes: bool = _flag(False)
    show_explainers: bool = _flag(True)
    history_enabled: bool = _flag(True)
    keep_in_tray: bool = _flag(False)
    reminders: bool = _flag(False)
    #: every so many minutes (None: only at ``reminder_times``), see breathe.engine.reminders
    reminder_minutes: int | None = _setting(
        60, _is_interval, f"minutes, {MIN_INTERVAL} to {MAX_INTERVAL}, or nothing"
    )
    reminder_times: list[str] = field(
        default_factory=list, metadata=_rules(_is_times, "times of day such as 14:30")
    )
    autostart: bool = _flag(False)
    #: people to call in a crisis: [{"name": ..., "number": ...}]
    crisis_contacts: list[dict[str, str]] = field(
        default_factory=list, metadata=_rules(_is_contacts, "names with numbers")
    )
    seen_explainers: list[str] = field(
        default_factory=list, metadata=_rules(is_practice_id_list, "a list of practice ids")
    )
    grounding_self_paced: bool = _flag(True)
    #: the screen presenter mode uses, counted from 1 (2: a second screen)
    presenter_screen: int = _setting(2, _number(1, 16, whole=True), "a screen number, 1 to 16")
    #: the pace the person marked easiest after a resonance session (breaths a minute)
    your_pace: float | None = _setting(None, _is_pace, "breaths a minute, 2 to 30, or nothing")
    #: the language breathe speaks ("": the system's); read at start-up (``saved_language``)
    language: str = _setting(
        "", _one_of("", *LANGUAGES), f"nothing or one of {', '.join(LANGUAGES)}"
    )

    def __post_init__(self) -> None:
        self.path: Path | None = None
        self.notice: str | None = None

    def __setattr__(self, name: str, value: object) -> None:
        spec = _FIELDS.get(name)
        if spec is not None:
            value = _clean(spec, value)
        object.__setattr__(self, name, value)

    @classmethod
    def default_path(cls) -> Path:
        return locations().settings

    @classmethod
    def from_json(cls, data: Mapping[str, Any], *, strict: bool = False) -> Settings:
        """Settings from a JSON object; unknown keys are ignored.

        Raises:
            ConfigError: with ``strict``, for the first invalid value (otherwise that
                setting keeps its default and the problem is logged).
        """
        settings = cls()
        for name, value in data.items():
            if name not in _FIELDS:
                log.info("ignoring unknown setting %r", name)
                continue
            try:
                setattr(settings, name, value)
            except ConfigError as exc:
                if strict:
                    raise
                clamped = _clamped(_FIELDS[name], value)
                if clamped is None:
                    log.warning("%s; using the default", exc)
                else:
                    log.warning("%s; using %s", exc, clamped)
                    setattr(settings, name, clamped)
        return settings

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    def get(self, name: str) -> Any:
        """The value of setting ``name`` (a copy for lists and dicts)."""
        return copy.deepcopy(getattr(self, _known(name)))

    def set(self, name: str, value: object) -> None:
        """Change setting ``name``; raises ``ConfigError`` for an unknown name or bad value."""
        setattr(self, _known(name), value)

    def remember_choice(self, practice: str, options: Mapping[str, Any]) -> None:
        """Keep ``options`` as the last choice for ``practice``."""
        self.last_choice = {**self.last_choice, practice: dict(options)}


_FIELDS: dict[str, Field[Any]] = {f.name: f for f in fields(Settings)}


def _known(name: str) -> str:
    if name not in _FIELDS:
        raise ConfigError(f"there is no setting called {name!r}")
    return name


def _clamped(spec: Field[Any], value: object) -> int | None:
    """The lowest value now allowed, for a whole number an older breathe allowed below it."""
    raised = spec.metadata.get("raise")
    if raised is None or isinstance(value, bool) or not isinstance(value, int):
        return None
    oldest, lowest = raised
    return int(lowest) if oldest <= value < lowest else None


def _clean(spec: Field[Any], value: object) -> object:
    """``value`` checked for setting ``spec`` (whole numbers become floats where due)."""
    if not spec.metadata["check"](value):
        takes = spec.metadata["takes"]
        raise ConfigError(f"setting {spec.name!r} cannot be {shown(value, 60)}: it takes {takes}")
    if isinstance(spec.default, float) and isinstance(value, int):
        return float(value)
    return copy.deepcopy(value)


def saved_language(path: Path | None = None) -> str | None:
    """The language saved in the settings file, read before anything is shown.

    Only reads: a missing or damaged file (which ``Settings.load`` sets aside later, with
    its notice) or an unknown language gives None, and the system's language is used.
    """
    try:
        data = json.loads((path or Settings.default_path()).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    value = data.get("language") if isinstance(data, dict) else None
    return value if isinstance(value, str) and value in LANGUAGES else None
