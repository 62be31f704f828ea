"""One session in the history, and the checks every stored or imported value passes."""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

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
        """The export object, keys in the order of docs/contract.md."""
        out = {name: getattr(self, name) for name in COLUMNS}
        out["options"] = dict(self.options)
        out["tags"] = list(self.tags)
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
        raise HistoryError("each session must be an object with named fields")
    for name in ("id", "practice", "started_at", "planned_seconds", "duration_seconds"):
        if item.get(name) is None:
            raise HistoryError(f"{name} is missing")
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
        **{name: check_score(name, item.get(name)) for name in SCORES},
        tags=check_tags(item.get("tags") or []),
        note=check_note(item.get("note")),
    )


def check_id(value: object) -> str:
    if not isinstance(value, str) or not value.strip() or len(value) > MAX_ID:
        raise HistoryError(f"id must be a short piece of text (got {shown(value)})")
    return value


def check_practice_id(name: str, value: object) -> str:
    if not is_practice_id(value):
        raise HistoryError(f"{name} must be an id such as breathing or box (got {shown(value)})")
    return value


def check_options(value: object) -> dict[str, Any]:
    """Options as plain JSON (tuples become lists, sets sorted lists)."""
    if not isinstance(value, Mapping) or not all(isinstance(k, str) for k in value):
        raise HistoryError(f"options must be an object (got {shown(value)})")
    try:
        plain = json.loads(json.dumps(dict(value), allow_nan=False, default=_set_as_list))
    except (TypeError, ValueError) as exc:
        raise HistoryError(f"options must hold plain values ({exc})") from exc
    return dict(plain)


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
            return moment.isoformat(), moment.timestamp()
    raise HistoryError(
        "started_at must be a date and time with its UTC offset, "
        f"e.g. 2025-03-01T09:30:00+01:00 (got {shown(value)})"
    )


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
        raise HistoryError(f"{name} must be a number of seconds from 0 (got {shown(value)})")
    return round(float(value), 3)


def check_score(name: str, value: object) -> int | None:
    """A 0-10 rating of stress or pain, or None when not given."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 10:
        raise HistoryError(f"{name} must be a whole number from 0 to 10, or null (got {value!r})")
    return value


def check_status(value: object, allowed: Sequence[str] = STATUSES) -> str:
    if not isinstance(value, str) or value not in allowed:
        raise HistoryError(f"status must be one of {', '.join(allowed)} (got {shown(value)})")
    return value


def check_tags(value: object) -> tuple[str, ...]:
    """Up to 20 short labels; blanks dropped, repeats kept once, order kept."""
    if isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
        raise HistoryError(f"tags must be a list of words (got {shown(value)})")
    tags: list[str] = []
    for tag in value:
        if not isinstance(tag, str) or len(tag.strip()) > MAX_TAG:
            raise HistoryError(f"each tag must be text of at most {MAX_TAG} characters")
        if tag.strip() and tag.strip() not in tags:
            tags.append(tag.strip())
    if len(tags) > MAX_TAGS:
        raise HistoryError(f"a session can have at most {MAX_TAGS} tags")
    return tuple(tags)


def check_note(value: object) -> str | None:
    """Free text the person chose to keep; empty becomes None."""
    if value is None:
        return None
    if not isinstance(value, str) or len(value) > MAX_NOTE:
        raise HistoryError(f"note must be text of at most {MAX_NOTE} characters")
    return value if value.strip() else None
