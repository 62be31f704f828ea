"""A session as a row of the ``sessions`` table and back, shared by the history and its writer."""

from __future__ import annotations

import enum
import json
import os
import sqlite3
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

from breathe.store.errors import HistoryError
from breathe.store.history_record import (
    SCORES,
    SessionRecord,
    check_note,
    check_options,
    check_practice_id,
    check_score,
    check_seconds,
    check_started,
    check_started_at,
    check_tags,
    record_from_stored,
)

INSERT = (
    "INSERT INTO sessions (id, practice, preset, options, started_at, started_epoch,"
    " planned_seconds, duration_seconds, status, rating_before, rating_after, pain_before,"
    " pain_after, tags, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def new_session(
    practice: str,
    preset: str | None,
    options: Mapping[str, Any],
    planned_seconds: float,
    *,
    rating_before: int | None = None,
    pain_before: int | None = None,
    tags: Iterable[str] = (),
    started_at: datetime | None = None,
) -> tuple[SessionRecord, float]:
    """A ``running`` session with a new id (UUID4), and its start in epoch seconds.

    The epoch keeps the fraction of a second the text drops, so two sessions started in
    one second still list in the order they began.

    Raises:
        HistoryError: a value is not valid (the message names it).
    """
    started_text, epoch = check_started(started_at or datetime.now().astimezone())
    record = SessionRecord(
        id=random_id(),
        practice=check_practice_id("practice", practice),
        preset=None if preset is None else check_practice_id("preset", preset),
        options=check_options(options),
        started_at=started_text,
        planned_seconds=check_seconds("planned_seconds", planned_seconds),
        duration_seconds=0.0,
        status="running",
        rating_before=check_score("rating_before", rating_before),
        pain_before=check_score("pain_before", pain_before),
        tags=check_tags(tags),
    )
    return record, epoch


def random_id() -> str:
    """A random UUID (version 4) as text, as ``str(uuid.uuid4())`` writes it.

    Made here: the uuid module loads the platform module with it (~0.3 MiB).
    """
    data = bytearray(os.urandom(16))
    data[6] = (data[6] & 0x0F) | 0x40  # version 4
    data[8] = (data[8] & 0x3F) | 0x80  # the RFC 4122 variant
    h = data.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def row_values(r: SessionRecord, *, epoch: float | None = None) -> tuple[object, ...]:
    """The ``INSERT`` parameters of a checked record (``epoch``: its exact start)."""
    if epoch is None:
        _, epoch = check_started_at(r.started_at)
    return (
        r.id,
        r.practice,
        r.preset,
        json.dumps(dict(r.options), sort_keys=True),
        r.started_at,
        epoch,
        r.planned_seconds,
        r.duration_seconds,
        r.status,
        r.rating_before,
        r.rating_after,
        r.pain_before,
        r.pain_after,
        json.dumps(list(r.tags)),
        r.note,
    )


def record_from_row(row: sqlite3.Row) -> SessionRecord:
    """The record of a stored row; a damaged value never fails it (see ``damaged``)."""
    return record_from_stored({name: row[name] for name in row.keys()})  # noqa: SIM118 - a Row iterates its values


class Unset(enum.Enum):
    UNSET = enum.auto()


#: "leave this field as it is" for ``History.update``
UNSET = Unset.UNSET
#: the fields ``History.update`` changes (``started_at``, status and lengths are not edited;
#: preset and options only when a preset's pace was changed mid-session)
EDITABLE = (*SCORES, "tags", "note", "preset", "options")


def check_changes(fields: Mapping[str, object]) -> dict[str, Any]:
    """The ``History.update`` fields that are not ``UNSET``, checked (``None`` clears one).

    Raises:
        HistoryError: a value is not valid, or a name is not an editable field.
    """
    changes: dict[str, Any] = {}
    for name, value in fields.items():
        if value is UNSET:
            continue
        if name in SCORES:
            changes[name] = check_score(name, value)
        elif name == "tags":
            changes[name] = check_tags(value)
        elif name == "note":
            changes[name] = check_note(value)
        elif name == "preset":
            changes[name] = None if value is None else check_practice_id("preset", value)
        elif name == "options":
            changes[name] = check_options(value)
        else:
            raise HistoryError(f"{name} is not a field a session's row can change")
    return changes


def _column(name: str, value: Any) -> object:
    if name == "tags":
        return json.dumps(list(value))
    if name == "options":
        return json.dumps(dict(value), sort_keys=True)
    return value


def assignments(changes: Mapping[str, Any]) -> tuple[str, list[object]]:
    """``"a = ?, b = ?"`` and its parameters for checked changes (tags, options as JSON).

    Column names come from ``EDITABLE`` (``check_changes`` refuses others); every value is
    a parameter.
    """
    values = [_column(k, v) for k, v in changes.items()]
    return ", ".join(f"{name} = ?" for name in changes), values
