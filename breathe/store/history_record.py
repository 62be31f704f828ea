"""One session in the history, and the checks every stored or imported value passes.

An import must hold only what breathe can show (dates from 1970 to 2200, the right type in
every field, options of plain values); ``record_from_json`` refuses anything else, naming
the field. A row already stored that fails a check (an older breathe's, or a file damaged
on disk) is read by ``record_from_stored`` all the same: usable stand-ins where a value is
damaged, and the stored value kept in ``damaged``, so the row is shown as damaged and
exported as it is, and never takes the rest of the history down.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from breathe.language import gettext
from breathe.store.checks import is_practice_id, shown
from breathe.store.errors import HistoryError

#: the columns of an export, in the order of docs/contract.md
COLUMNS = (
    "id",
    "practice",
    "preset",
    "options",
    "started_at",
    "planned_seconds",
    "duration_seconds",
    "status",
    "rating_before",
    "rating_after",
    "pain_before",
    "pain_after",
    "tags",
    "note",
)
STATUSES = ("running", "completed", "stopped", "interrupted")
SCORES = ("rating_before", "rating_after", "pain_before", "pain_after")
MAX_SECONDS = 24 * 3600.0
MAX_TAGS = 20
MAX_TAG = 40
MAX_NOTE = 5000
MAX_ID = 100
#: the years a session may start in: what the history's pages and weeks can show
EARLIEST_YEAR, LATEST_YEAR = 1970, 2200
#: options are a practice's own: short names, with numbers, words, switches or lists of them
MAX_OPTION_TEXT = MAX_NOTE
MAX_OPTION_LIST = 100
MAX_OPTION_NUMBER = 1e9
_OPTION_NAME = re.compile(r"[a-z][a-z0-9_]{0,39}")
#: what a row whose start cannot be read shows as its start (it sorts last)
UNKNOWN_START = "1970-01-01T00:00:00+00:00"


@dataclass(frozen=True)
class SessionRecord:
    """A session as the history keeps it (see docs/contract.md "History" for the fields)."""

    id: str
    practice: str
    preset: str | None
    options: Mapping[str, Any]
    started_at: str
    planned_seconds: float
    duration_seconds: float
    status: str
    rating_before: int | None = None
    rating_after: int | None = None
    pain_before: int | None = None
    pain_after: int | None = None
    tags: tuple[str, ...] = field(default=())
    note: str | None = None
    #: fields whose stored value could not be read, with that value as it was; the fields
    #: themselves hold stand-ins (``{}``, ``()``, ``None``, 0, ``UNKNOWN_START``)
    damaged: Mapping[str, object] = field(default_factory=dict, compare=False)

    @property
    def started(self) -> datetime:
        """``started_at`` as an aware datetime (the wall clock the person saw)."""
        return datetime.fromisoformat(self.started_at)

    @property
    def stress_change(self) -> int | None:
        """After minus before, when both were rated (negative: calmer)."""
        return _change(self.rating_before, self.rating_after)

    @property
    def pain_change(self) -> int | None:
        return _change(self.pain_before, self.pain_after)

    def to_json(self) -> dict[str, Any]:
        """The export object, keys in the order of docs/contract.md; a damaged field as it
        was stored (an import will refuse it, so nothing damaged is taken for good)."""
        out = {name: getattr(self, name) for name in COLUMNS}
        out["options"] = dict(self.options)
        out["tags"] = list(self.tags)
        for name, raw in self.damaged.items():
            out[name] = raw.decode("utf-8", "backslashreplace") if isinstance(raw, bytes) else raw
        return out


def _change(before: int | None, after: int | None) -> int | None:
    return None if before is None or after is None else after - before


def record_from_json(item: object) -> SessionRecord:
    """Check one exported object and make a record of it.

    ``id``, ``practice``, ``started_at``, ``planned_seconds``, ``duration_seconds`` and
    ``status`` are required; missing optional fields become null (``options`` {} and
    ``tags`` []). Unknown keys are ignored.

    Raises:
        HistoryError: the first problem, e.g. ``rating_after must be a whole number from
            0 to 10, or null (got 11)``.
    """
    if not isinstance(item, Mapping):
        raise HistoryError(gettext("each session must be an object with named fields"))
    for name in ("id", "practice", "started_at", "planned_seconds", "duration_seconds"):
        if item.get(name) is None:
            # Translators: {name} is a field of a history export (id, practice, started_at...)
            raise HistoryError(gettext("{name} is missing").format(name=name))
    status = check_status(item.get("status"))
    started_at, _ = check_started_at(item["started_at"])
    return SessionRecord(
        id=check_id(item["id"]),
        practice=check_practice_id("practice", item["practice"]),
        preset=None if item.get("preset") is None else check_practice_id("preset", item["preset"]),
        options=check_options(item.get("options") or {}),
        started_at=started_at,
        planned_seconds=check_seconds("planned_seconds", item["planned_seconds"]),
        duration_seconds=check_seconds("duration_seconds", item["duration_seconds"]),
        status=status,
        rating_before=check_score("rating_before", item.get("rating_before")),
        rating_after=check_score("rating_after", item.get("rating_after")),
        pain_before=check_score("pain_before", item.get("pain_before")),
        pain_after=check_score("pain_after", item.get("pain_after")),
        tags=check_tags(item.get("tags") or []),
        note=check_note(item.get("note")),
    )


def check_id(value: object) -> str:
    if not isinstance(value, str) or not value.strip() or len(value) > MAX_ID:
        message = gettext("id must be a short piece of text (got {value})")
        raise HistoryError(message.format(value=shown(value)))
    return value


def check_practice_id(name: str, value: object) -> str:
    if not is_practice_id(value):
        # Translators: {name} is a field of a history export: practice or preset
        message = gettext("{name} must be an id such as breathing or box (got {value})")
        raise HistoryError(message.format(name=name, value=shown(value)))
    return value


def check_options(value: object) -> dict[str, Any]:
    """Options as plain JSON (tuples become lists, sets sorted lists): short names, each
    with a number, a piece of text, true or false, null, or a list of those."""
    if not isinstance(value, Mapping) or not all(isinstance(k, str) for k in value):
        message = gettext("options must be an object (got {value})")
        raise HistoryError(message.format(value=shown(value)))
    try:
        plain = json.loads(json.dumps(dict(value), allow_nan=False, default=_set_as_list))
    except (TypeError, ValueError, RecursionError) as exc:
        message = gettext("options must hold plain values ({reason})")
        raise HistoryError(message.format(reason=exc)) from exc
    for name, option in plain.items():
        if not _OPTION_NAME.fullmatch(name):
            message = gettext("options: {name} is not an option name, e.g. minutes")
            raise HistoryError(message.format(name=shown(name)))
        items = option if isinstance(option, list) else [option]
        if len(items) > MAX_OPTION_LIST or not all(_plain_scalar(v) for v in items):
            message = gettext(
                "options: {name} must be a number, text, true/false or a list of them (got {value})"
            )
            raise HistoryError(message.format(name=name, value=shown(option)))
    return dict(plain)


def _plain_scalar(value: object) -> bool:
    if value is None or isinstance(value, bool):
        return True
    if isinstance(value, str):
        return len(value) <= MAX_OPTION_TEXT
    return isinstance(value, (int, float)) and abs(value) <= MAX_OPTION_NUMBER


def _set_as_list(value: object) -> list[Any]:
    if isinstance(value, (set, frozenset)):
        return sorted(value)
    raise TypeError(f"{type(value).__name__} is not a plain value")


def check_started_at(value: object) -> tuple[str, float]:
    """ISO 8601 with a UTC offset -> (the normalised text, seconds since the epoch)."""
    if isinstance(value, str):
        try:
            # Python 3.10's fromisoformat does not know the "Z" suffix
            moment = datetime.fromisoformat(re.sub(r"[zZ]$", "+00:00", value.strip()))
        except ValueError:
            moment = None
        if moment is not None and moment.tzinfo is not None:
            if not EARLIEST_YEAR <= moment.year <= LATEST_YEAR:
                message = gettext(
                    "started_at must be between {earliest} and {latest} (got {value})"
                )
                raise HistoryError(
                    message.format(earliest=EARLIEST_YEAR, latest=LATEST_YEAR, value=shown(value))
                )
            return moment.isoformat(), moment.timestamp()
    message = gettext(
        "started_at must be a date and time with its UTC offset, "
        "e.g. 2025-03-01T09:30:00+01:00 (got {value})"
    )
    raise HistoryError(message.format(value=shown(value)))


def check_started(moment: datetime) -> tuple[str, float]:
    """An aware datetime -> (ISO 8601 text to the second, seconds since the epoch)."""
    if moment.tzinfo is None:
        raise HistoryError("started_at needs a time zone, e.g. datetime.now().astimezone()")
    return moment.isoformat(timespec="seconds"), moment.timestamp()


def check_seconds(name: str, value: object) -> float:
    """A length in seconds, 0 to 24 hours, kept to the millisecond."""
    if (
        not isinstance(value, (int, float))
        or isinstance(value, bool)
        or not math.isfinite(value)
        or not 0 <= value <= MAX_SECONDS
    ):
        # Translators: {name} is a field of a history export: planned_seconds or duration_seconds
        message = gettext("{name} must be a number of seconds from 0 (got {value})")
        raise HistoryError(message.format(name=name, value=shown(value)))
    return round(float(value), 3)


def check_score(name: str, value: object) -> int | None:
    """A 0-10 rating of stress or pain, or None when not given."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 10:
        # Translators: {name} is a field of a history export, e.g. rating_before or pain_after
        message = gettext("{name} must be a whole number from 0 to 10, or null (got {value})")
        raise HistoryError(message.format(name=name, value=repr(value)))
    return value


def check_status(value: object, allowed: Sequence[str] = STATUSES) -> str:
    if not isinstance(value, str) or value not in allowed:
        message = gettext("status must be one of {allowed} (got {value})")
        raise HistoryError(message.format(allowed=", ".join(allowed), value=shown(value)))
    return value


def check_tags(value: object) -> tuple[str, ...]:
    """Up to 20 short labels; blanks dropped, repeats kept once, order kept."""
    if isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
        message = gettext("tags must be a list of words (got {value})")
        raise HistoryError(message.format(value=shown(value)))
    tags: list[str] = []
    for tag in value:
        if not isinstance(tag, str) or len(tag.strip()) > MAX_TAG:
            message = gettext("each tag must be text of at most {limit} characters")
            raise HistoryError(message.format(limit=MAX_TAG))
        if tag.strip() and tag.strip() not in tags:
            tags.append(tag.strip())
    if len(tags) > MAX_TAGS:
        message = gettext("a session can have at most {limit} tags")
        raise HistoryError(message.format(limit=MAX_TAGS))
    return tuple(tags)


def check_note(value: object) -> str | None:
    """Free text the person chose to keep; empty becomes None."""
    if value is None:
        return None
    if not isinstance(value, str) or len(value) > MAX_NOTE:
        message = gettext("note must be text of at most {limit} characters")
        raise HistoryError(message.format(limit=MAX_NOTE))
    return value if value.strip() else None


def record_from_stored(stored: Mapping[str, object]) -> SessionRecord:
    """A record of a stored row, whatever it holds: never raises for a value.

    Each field that fails its check gets a stand-in, and its stored value goes to
    ``damaged``; a row with nothing damaged is exactly what ``record_from_json`` makes.
    """
    damaged: dict[str, object] = {}

    def read(name: str, check: Callable[[object], Any], stand_in: Any) -> Any:
        raw = stored.get(name)
        try:
            return check(raw)
        except (HistoryError, TypeError, ValueError, RecursionError):
            damaged[name] = raw
            return stand_in

    started_at = read("started_at", lambda v: check_started_at(v)[0], UNKNOWN_START)
    record = SessionRecord(
        id=str(stored.get("id")),
        practice=read("practice", lambda v: check_practice_id("practice", v), "unknown"),
        preset=read(
            "preset", lambda v: None if v is None else check_practice_id("preset", v), None
        ),
        options=read("options", lambda v: check_options(json.loads(_text(v))), {}),
        started_at=started_at,
        planned_seconds=read("planned_seconds", lambda v: check_seconds("", v), 0.0),
        duration_seconds=read("duration_seconds", lambda v: check_seconds("", v), 0.0),
        status=read("status", check_status, "interrupted"),
        rating_before=read("rating_before", _score_of("rating_before"), None),
        rating_after=read("rating_after", _score_of("rating_after"), None),
        pain_before=read("pain_before", _score_of("pain_before"), None),
        pain_after=read("pain_after", _score_of("pain_after"), None),
        tags=read("tags", lambda v: _stored_tags(json.loads(_text(v))), ()),
        note=read("note", check_note, None),
    )
    return replace(record, damaged=damaged) if damaged else record


def _score_of(name: str) -> Callable[[object], int | None]:
    return lambda value: check_score(name, value)


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise TypeError("not text")
    return value


def _stored_tags(value: object) -> tuple[str, ...]:
    """Tags as stored: a list of words, as ``check_tags`` would have kept them."""
    if not isinstance(value, list):
        raise TypeError("not a list")
    return check_tags(value)
