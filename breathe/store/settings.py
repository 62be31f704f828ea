"""The person's settings: every default, type and allowed value declared once, below.

``Settings.load`` never fails on a bad file, and never loses what it cannot read: a key
this version does not know, or a value it cannot use (a newer breathe may write both), is
kept as it was and written back untouched, while breathe uses the default meanwhile. In a
list or a mapping of such things (crisis contacts, reminder times...) only the entries
that cannot be used are kept aside; the rest are used. An unreadable file is set aside
with a one-line ``notice``. Assigning an invalid value raises ``ConfigError``.

The log names a setting, never its value: contacts are names and phone numbers.
"""

from __future__ import annotations

import copy
import json
import logging
from collections.abc import Callable, Collection, Mapping
from dataclasses import Field, asdict, dataclass, field, fields
from pathlib import Path
from typing import Any, ClassVar

from breathe.engine.choices import CUSTOM, PRESET_NAMES
from breathe.engine.cues import DEFAULT_VOICE_RATE, FASTEST_VOICE_RATE, SLOWEST_VOICE_RATE
from breathe.engine.reminders import MAX_INTERVAL, MIN_INTERVAL, ReminderError, parse_time
from breathe.engine.resonance_finder import is_pace
from breathe.language import LANGUAGES, N_, gettext
from breathe.paths import locations
from breathe.store.atomic import SETTINGS_UNREADABLE, Unreadable
from breathe.store.checks import is_practice_id, shown
from breathe.store.config_file import ConfigFile
from breathe.store.errors import ConfigError

log = logging.getLogger(__name__)

#: what "Start now" can begin: a breathing preset at its own length, or grounding or
#: muscle relaxation as they come (the home cards' own choices never change it)
START_NOW_CHOICES = (*(p for p in PRESET_NAMES if p != CUSTOM), "grounding", "relaxation")

Check = Callable[[object], bool]


def _setting(default: Any, check: Check, takes: str, **values: object) -> Any:
    """Declare one setting: its default, its check and (for messages) what it takes."""
    return field(default=default, metadata=_rules(check, takes, values=values))


def _rules(
    check: Check,
    takes: str,
    entry: Check | None = None,
    *,
    personal: bool = False,
    values: Mapping[str, object] | None = None,
) -> dict[str, Any]:
    """``takes``: what the setting takes, in words marked for translation (``N_``), with
    ``values`` for its placeholders; it is translated when a message shows it.

    ``entry``: for a list, checks one element; for a mapping, one ``(key, value)`` pair.

    A file's list or mapping whose every entry passes is used whole; otherwise breathe
    uses the entries that pass and keeps the others aside, to write them back as they were.
    ``personal``: a refused value is never repeated in the message (it may be logged).
    """
    return {
        "check": check,
        "takes": takes,
        "values": dict(values or {}),
        "entry": entry,
        "personal": personal,
    }


def _is_bool(value: object) -> bool:
    return isinstance(value, bool)


def _flag(default: bool) -> Any:
    # Translators: what a setting takes, as in "setting 'voice' cannot be 5: it takes true or
    # false"; words such as circle, light, right or 14:30 are the values themselves: keep them
    return _setting(default, _is_bool, N_("true or false"))


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


def _list_of(entry: Check) -> Check:
    def check(value: object) -> bool:
        return isinstance(value, list) and all(entry(v) for v in value)

    return check


def _map_of(entry: Check) -> Check:
    def check(value: object) -> bool:
        return isinstance(value, dict) and all(entry(pair) for pair in value.items())

    return check


is_practice_id_list = _list_of(is_practice_id)


def _is_contact(value: object) -> bool:
    """A name and a number to call; other fields (a newer breathe's) are kept with them."""
    return (
        isinstance(value, dict)
        and all(isinstance(k, str) for k in value)
        and _is_short_text(value.get("name"))
        and _is_short_text(value.get("number"))
        and _is_json(value)
    )


def _is_interval(value: object) -> bool:
    return value is None or _number(MIN_INTERVAL, MAX_INTERVAL, whole=True)(value)


def _is_time(value: object) -> bool:
    if not isinstance(value, str):
        return False
    try:
        parse_time(value)
    except ReminderError:
        return False
    return True


def _is_pace(value: object) -> bool:
    return value is None or is_pace(value)


def _is_json(value: object) -> bool:
    try:
        json.dumps(value, allow_nan=False)
    except (TypeError, ValueError, RecursionError):
        return False
    return True


def _is_choice(pair: object) -> bool:
    """One practice's last options: ``(practice id, {option: plain value})``."""
    assert isinstance(pair, tuple)
    practice, options = pair
    return is_practice_id(practice) and isinstance(options, dict) and _is_json(options)


@dataclass
class Settings(ConfigFile):
    """Every setting with its default; attribute access, or ``get``/``set`` by name."""

    UNREADABLE: ClassVar[Unreadable] = SETTINGS_UNREADABLE
    FILE_NAME: ClassVar[str] = "settings.json"

    #: what Start now begins, as the person chose it in Settings (never the last one used:
    #: an earlier breathe followed the last session in "default_practice", now ignored)
    start_now: str = _setting(
        "coherent", _one_of(*START_NOW_CHOICES), N_("a breathing preset, grounding or relaxation")
    )
    #: the options last used, per practice, e.g. {"relaxation": {"groups": 7}}
    last_choice: dict[str, dict[str, Any]] = field(
        default_factory=dict,
        metadata=_rules(_map_of(_is_choice), N_("options per practice"), _is_choice),
    )
    voice: bool = _flag(False)
    voice_name: str | None = _setting(None, _is_optional_text, N_("a voice name or nothing"))
    voice_rate: int = field(
        default=DEFAULT_VOICE_RATE,
        metadata={
            **_rules(
                _number(SLOWEST_VOICE_RATE, FASTEST_VOICE_RATE, whole=True),
                N_("words a minute, {slowest} to {fastest}"),
                values={"slowest": SLOWEST_VOICE_RATE, "fastest": FASTEST_VOICE_RATE},
            ),
            # a rate saved when breathe allowed down to 80 becomes the slowest one now
            "raise": (80, SLOWEST_VOICE_RATE),
        },
    )
    voice_volume: float = _setting(0.9, _number(0.0, 1.0, whole=False), N_("a volume from 0 to 1"))
    sounds: bool = _flag(True)
    pacer_style: str = _setting(
        "circle", _one_of("circle", "square", "bar"), N_("circle, square, bar")
    )
    theme: str = _setting("system", _one_of("system", "light", "dark"), N_("system, light or dark"))
    large_type: bool = _flag(False)
    reduced_motion: bool = _flag(False)
    dominant_side: str = _setting("right", _one_of("right", "left"), N_("right or left"))
    #: a flare day: muscle relaxation is release-only (no tensing) until it is turned off
    flare_day: bool = _flag(False)
    keep_notes: bool = _flag(False)
    show_explainers: bool = _flag(True)
    history_enabled: bool = _flag(True)
    keep_in_tray: bool = _flag(False)
    reminders: bool = _flag(False)
    #: every so many minutes (None: only at ``reminder_times``), see breathe.engine.reminders
    reminder_minutes: int | None = _setting(
        60,
        _is_interval,
        N_("minutes, {shortest} to {longest}, or nothing"),
        shortest=MIN_INTERVAL,
        longest=MAX_INTERVAL,
    )
    reminder_times: list[str] = field(
        default_factory=list,
        metadata=_rules(_list_of(_is_time), N_("times of day such as 14:30"), _is_time),
    )
    autostart: bool = _flag(False)
    #: people to call in a crisis: [{"name": ..., "number": ...}] (other fields kept as given)
    crisis_contacts: list[dict[str, Any]] = field(
        default_factory=list,
        metadata=_rules(
            _list_of(_is_contact), N_("names with numbers"), _is_contact, personal=True
        ),
    )
    seen_explainers: list[str] = field(
        default_factory=list,
        metadata=_rules(is_practice_id_list, N_("a list of practice ids"), is_practice_id),
    )
    grounding_self_paced: bool = _flag(True)
    #: the screen presenter mode uses, counted from 1 (2: a second screen)
    presenter_screen: int = _setting(2, _number(1, 16, whole=True), N_("a screen number, 1 to 16"))
    #: the pace the person marked easiest after a resonance session (breaths a minute)
    your_pace: float | None = _setting(None, _is_pace, N_("breaths a minute, 2 to 30, or nothing"))
    #: the language breathe speaks ("": the system's); read at start-up (``saved_language``)
    language: str = _setting(
        "", _one_of("", *LANGUAGES), N_("nothing or one of {codes}"), codes=", ".join(LANGUAGES)
    )

    def __post_init__(self) -> None:
        self.path: Path | None = None
        self.notice: str | None = None
        #: what the file held that this version cannot (fully) use, by setting name:
        #: written back exactly as it was until the person changes that setting
        self._unread: dict[str, Any] = {}
        #: the entries of a list or mapping setting that could not be used; once the
        #: person changes the setting, written back beside its new value (never shown, so
        #: never chosen to go)
        self._unread_entries: dict[str, Any] = {}

    def __setattr__(self, name: str, value: object) -> None:
        spec = _FIELDS.get(name)
        if spec is not None:
            value = _clean(spec, value)
            unread = self.__dict__.get("_unread")
            if unread:
                unread.pop(name, None)  # the person's new value replaces the one kept
        object.__setattr__(self, name, value)

    @classmethod
    def default_path(cls) -> Path:
        return locations().settings

    @classmethod
    def from_json(cls, data: Mapping[str, Any], *, strict: bool = False) -> Settings:
        """Settings from a JSON object; what cannot be used is kept aside, never dropped.

        Raises:
            ConfigError: with ``strict``, for the first invalid value (otherwise that
                setting keeps its default, or its usable entries, and the file's value is
                kept to be written back).
        """
        settings = cls()
        for name, value in data.items():
            if name not in _FIELDS:
                settings._unread[name] = copy.deepcopy(value)
                log.info("keeping setting %r as it is: this version does not know it", name)
                continue
            try:
                setattr(settings, name, value)
            except ConfigError as exc:
                if strict:
                    raise
                clamped = _clamped(_FIELDS[name], value)
                if clamped is None:
                    settings._keep_unusable(name, value)
                else:  # an older breathe's value, moved to the nearest one allowed now
                    log.warning("%s; using %s", exc, clamped)
                    setattr(settings, name, clamped)
        return settings

    def _keep_unusable(self, name: str, value: object) -> None:
        """Use what can be used of ``value``; keep the rest to write back as it was."""
        entry = _FIELDS[name].metadata["entry"]
        if entry is not None and isinstance(value, list):
            setattr(self, name, [v for v in value if entry(v)])
            self._unread_entries[name] = copy.deepcopy([v for v in value if not entry(v)])
        elif entry is not None and isinstance(value, dict):
            setattr(self, name, {k: v for k, v in value.items() if entry((k, v))})
            bad = {k: v for k, v in value.items() if not entry((k, v))}
            self._unread_entries[name] = copy.deepcopy(bad)
        else:
            self._unread[name] = copy.deepcopy(value)
            log.warning("setting %r is kept as it is, but breathe uses its default", name)
            return
        # until the person changes it, the whole value is written back exactly as it was
        self._unread[name] = copy.deepcopy(value)
        log.warning("setting %r: some entries are kept as they are, but not used", name)

    @property
    def unread(self) -> frozenset[str]:
        """The names of settings the file held that this version cannot (fully) use."""
        return frozenset(self._unread) | frozenset(self._unread_entries)

    def _keep_unread_of(self, other: Settings, names: Collection[str]) -> None:
        """Keep what ``other`` could not read of the settings ``names`` and unknown keys."""
        for name, value in other._unread.items():
            if name in names or name not in _FIELDS:
                self._unread[name] = copy.deepcopy(value)
        for name, value in other._unread_entries.items():
            if name in names:
                self._unread_entries[name] = copy.deepcopy(value)

    def replace_unread(self, other: Settings) -> None:
        """Keep what ``other`` kept unread, instead of what this kept (a restore, a reset,
        "Delete all my data")."""
        self._unread = copy.deepcopy(other._unread)
        self._unread_entries = copy.deepcopy(other._unread_entries)

    def to_file(self) -> dict[str, Any]:
        """What the file holds: every setting, with what could not be read kept as it was."""
        out = self.to_json()
        out.update(copy.deepcopy(self._unread))
        for name, extra in self._unread_entries.items():
            if name in self._unread:
                continue
            if isinstance(extra, list):
                out[name] = [*out[name], *copy.deepcopy(extra)]
            else:  # a mapping: what is set now wins over an unusable entry of that key
                out[name] = {**copy.deepcopy(extra), **out[name]}
        return out

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

    def reset(self, keep: Collection[str] = ()) -> Settings:
        """Fresh defaults, but with the settings named in ``keep`` and with everything
        this version could not read (it was never shown, so never chosen to go)."""
        fresh = Settings()
        for name in keep:
            setattr(fresh, _known(name), self.get(name))
        fresh._keep_unread_of(self, keep)
        fresh.path = self.path
        return fresh


_FIELDS: dict[str, Field[Any]] = {f.name: f for f in fields(Settings)}


def _known(name: str) -> str:
    if name not in _FIELDS:
        raise ConfigError(gettext("there is no setting called {name}").format(name=repr(name)))
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
        takes = gettext(spec.metadata["takes"]).format(**spec.metadata["values"])
        # Translators: stands for a value a message does not repeat (a crisis contact)
        given = gettext("what was given") if spec.metadata["personal"] else shown(value, 60)
        message = gettext("setting {name} cannot be {given}: it takes {takes}")
        raise ConfigError(message.format(name=repr(spec.name), given=given, takes=takes))
    if isinstance(spec.default, float) and isinstance(value, int):
        return float(value)
    return copy.deepcopy(value)
