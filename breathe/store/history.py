"""The session history: one SQLite file that several breathe processes share safely.

A row exists from a session's first second (``running``), is touched at step changes and
finished at the end. Its process holds the session's liveness lock (``history_lock``)
meanwhile; whoever opens the history next marks a ``running`` row whose lock is free as
``interrupted``, with the duration of its last touch. Writes are short ``BEGIN
IMMEDIATE`` transactions with a busy wait, so two processes lose and double nothing.
"""

from __future__ import annotations

import enum
import json
import logging
import sqlite3
import threading
import uuid
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import Any

from breathe.paths import ensure_private_dir, locations
from breathe.store.errors import HistoryError
from breathe.store.history_file import SetAside, connect_checked
from breathe.store.history_lock import SessionLock, claim_if_abandoned
from breathe.store.history_record import (
    SessionRecord,
    check_note,
    check_options,
    check_practice_id,
    check_score,
    check_seconds,
    check_started,
    check_started_at,
    check_status,
    check_tags,
    record_from_json,
)
from breathe.store.history_schema import write_transaction

log = logging.getLogger(__name__)

#: about the longest database path SQLite opens (its Unix limit is 512 bytes)
LONGEST_PATH = 500

_INSERT = (
    "INSERT INTO sessions (id, practice, preset, options, started_at, started_epoch,"
    " planned_seconds, duration_seconds, status, rating_before, rating_after, pain_before,"
    " pain_after, tags, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


class _Unset(enum.Enum):
    UNSET = enum.auto()


#: "leave this field as it is" for ``History.update``
UNSET = _Unset.UNSET


class History:
    """The history database; one object per process (it holds that process's locks).

    Attributes:
        path: the database file.
        notice: one calm line when a damaged file was set aside on open, else None.
        backup: the copy made before a schema migration on open, else None.
    """

    def __init__(
        self,
        conn: sqlite3.Connection,
        path: Path,
        *,
        notice: str | None = None,
        backup: Path | None = None,
    ) -> None:
        self._conn = conn
        self._mutex = threading.RLock()  # one connection, usable from any one thread at a time
        self._locks: dict[str, SessionLock] = {}
        self.path = path
        self.notice = notice
        self.backup = backup

    @classmethod
    def open(cls, path: Path | None = None) -> History:
        """Open (creating, migrating or replacing a damaged file) and mark interrupted rows.

        Raises:
            HistoryError: the file was written by a newer breathe, or its path is longer
                than SQLite can open.
            sqlite3.Error, OSError: the file cannot be used (busy for long, disk full...).
        """
        path = path if path is not None else locations().database
        ensure_private_dir(path.parent)
        notice = None
        try:
            conn, backup = connect_checked(path)
        except sqlite3.OperationalError as exc:
            length = len(str(path.resolve()))
            if length < LONGEST_PATH:
                raise
            raise HistoryError(
                f"its folder's path is {length} characters long, more than SQLite can open "
                f"(about {LONGEST_PATH}); set BREATHE_HOME to a shorter folder"
            ) from exc
        except SetAside as damaged:
            notice = (
                "Your session history could not be read, so breathe started a fresh one; "
                f"the old file is kept at {damaged.kept}."
            )
            conn, backup = connect_checked(path)
        history = cls(conn, path, notice=notice, backup=backup)
        history.mark_interrupted()
        return history

    @property
    def locks_dir(self) -> Path:
        return self.path.parent / "locks"

    def close(self) -> None:
        """Close the database; sessions still running here will read as interrupted."""
        with self._mutex:
            for lock in self._locks.values():
                lock.release()
            self._locks.clear()
            self._conn.close()

    def __enter__(self) -> History:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        with self._mutex, write_transaction(self._conn) as conn:
            yield conn

    def _read(self, sql: str, params: Sequence[object] = ()) -> list[sqlite3.Row]:
        with self._mutex:
            return self._conn.execute(sql, params).fetchall()

    # -- one session's life ----------------------------------------------------------

    def begin(
        self,
        practice: str,
        preset: str | None,
        options: Mapping[str, Any],
        planned_seconds: float,
        *,
        rating_before: int | None = None,
        pain_before: int | None = None,
        tags: Iterable[str] = (),
        started_at: datetime | None = None,
    ) -> str:
        """Add a ``running`` row and take its liveness lock; returns the new id (UUID4).

        Raises:
            HistoryError: a value is not valid (the message names it).
        """
        started_text, epoch = check_started(started_at or datetime.now().astimezone())
        values = (
            check_practice_id("practice", practice),
            None if preset is None else check_practice_id("preset", preset),
            json.dumps(check_options(options), sort_keys=True),
            started_text,
            epoch,
            check_seconds("planned_seconds", planned_seconds),
            0.0,
            "running",
            check_score("rating_before", rating_before),
            None,
            check_score("pain_before", pain_before),
            None,
            json.dumps(list(check_tags(tags))),
            None,
        )
        session_id = str(uuid.uuid4())
        lock = SessionLock.take(self.locks_dir, session_id)
        try:
            with self._write() as conn:
                conn.execute(_INSERT, (session_id, *values))
        except BaseException:
            lock.release()
            raise
        self._locks[session_id] = lock
        return session_id

    def touch(self, session_id: str, duration_seconds: float) -> bool:
        """Record how long a running session has gone (at step changes).

        Returns False when it is not running (finished, or deleted meanwhile).
        """
        seconds = check_seconds("duration_seconds", duration_seconds)
        with self._write() as conn:
            cur = conn.execute(
                "UPDATE sessions SET duration_seconds = ? WHERE id = ? AND status = 'running'",
                (seconds, session_id),
            )
        return cur.rowcount == 1

    def finish(self, session_id: str, status: str, duration_seconds: float) -> bool:
        """End a running session as ``completed`` or ``stopped`` and release its lock.

        Returns False when it was not running (e.g. deleted meanwhile).
        """
        status = check_status(status, ("completed", "stopped"))
        seconds = check_seconds("duration_seconds", duration_seconds)
        try:
            with self._write() as conn:
                cur = conn.execute(
                    "UPDATE sessions SET status = ?, duration_seconds = ?"
                    " WHERE id = ? AND status = 'running'",
                    (status, seconds, session_id),
                )
        finally:
            self._release(session_id)
        return cur.rowcount == 1

    def _release(self, session_id: str) -> None:
        lock = self._locks.pop(session_id, None)
        if lock is not None:
            lock.release()

    def update(
        self,
        session_id: str,
        *,
        rating_before: int | _Unset | None = UNSET,
        rating_after: int | _Unset | None = UNSET,
        pain_before: int | _Unset | None = UNSET,
        pain_after: int | _Unset | None = UNSET,
        tags: Iterable[str] | _Unset = UNSET,
        note: str | _Unset | None = UNSET,
    ) -> bool:
        """Change the ratings, tags or note of a session (``None`` clears a value).

        Returns False when there is no such session.

        Raises:
            HistoryError: a value is not valid.
        """
        changes: dict[str, object] = {}
        scores = {
            "rating_before": rating_before,
            "rating_after": rating_after,
            "pain_before": pain_before,
            "pain_after": pain_after,
        }
        for name, score in scores.items():
            if score is not UNSET:
                changes[name] = check_score(name, score)
        if not isinstance(tags, _Unset):
            changes["tags"] = json.dumps(list(check_tags(tags)))
        if note is not UNSET:
            changes["note"] = check_note(note)
        if not changes:
            return self.get(session_id) is not None
        # column names come from the fixed list above; every value is a parameter
        assignments = ", ".join(f"{name} = ?" for name in changes)
        with self._write() as conn:
            cur = conn.execute(
                f"UPDATE sessions SET {assignments} WHERE id = ?",
                (*changes.values(), session_id),
            )
        return cur.rowcount == 1

    # -- reading -----------------------------------------------------------------------

    def get(self, session_id: str) -> SessionRecord | None:
        rows = self._read("SELECT * FROM sessions WHERE id = ?", (session_id,))
        return _record(rows[0]) if rows else None

    def sessions(
        self, limit: int | None = None, offset: int = 0, *, newest_first: bool = True
    ) -> list[SessionRecord]:
        """Sessions by start time (newest first unless asked otherwise)."""
        order = "DESC" if newest_first else "ASC"
        rows = self._read(
            f"SELECT * FROM sessions ORDER BY started_epoch {order}, rowid {order}"
            " LIMIT ? OFFSET ?",
            (-1 if limit is None else limit, offset),
        )
        return [_record(row) for row in rows]

    def count(self) -> int:
        return int(self._read("SELECT count(*) FROM sessions")[0][0])

    # -- tidying -----------------------------------------------------------------------

    def delete(self, session_id: str) -> bool:
        """Remove one session; returns False when there was none."""
        with self._write() as conn:
            cur = conn.execute("DELETE FROM sessions WHERE id = ?", (session_id,))
        self._release(session_id)
        return cur.rowcount == 1

    def delete_all(self) -> int:
        """Remove every session; returns how many there were."""
        with self._write() as conn:
            cur = conn.execute("DELETE FROM sessions")
        for session_id in list(self._locks):
            self._release(session_id)
        return cur.rowcount

    def mark_interrupted(self) -> int:
        """Mark ``running`` rows whose process is gone as ``interrupted``; returns how many.

        Their duration stays that of the last touch.
        """
        running = [row[0] for row in self._read("SELECT id FROM sessions WHERE status = 'running'")]
        gone = [
            sid
            for sid in running
            if sid not in self._locks and claim_if_abandoned(self.locks_dir, sid)
        ]
        if not gone:
            return 0
        marked = 0
        with self._write() as conn:
            for sid in gone:
                cur = conn.execute(
                    "UPDATE sessions SET status = 'interrupted'"
                    " WHERE id = ? AND status = 'running'",
                    (sid,),
                )
                marked += cur.rowcount
        log.info("marked %d session(s) interrupted", marked)
        return marked

    def import_records(self, records: Iterable[SessionRecord]) -> tuple[int, int]:
        """Add ``records`` in one transaction; returns (added, skipped as already present).

        A ``running`` record becomes ``interrupted``: its process is not on this computer.

        Raises:
            HistoryError: a record is not valid; nothing was added.
        """
        rows = [_values(record_from_json(r.to_json())) for r in records]
        added = 0
        with self._write() as conn:
            for row in rows:
                cur = conn.execute(_INSERT + " ON CONFLICT (id) DO NOTHING", row)
                added += cur.rowcount
        log.info("imported %d session(s), %d already present", added, len(rows) - added)
        return added, len(rows) - added


def _values(r: SessionRecord) -> tuple[object, ...]:
    """The ``_INSERT`` parameters of a checked record."""
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
        "interrupted" if r.status == "running" else r.status,
        r.rating_before,
        r.rating_after,
        r.pain_before,
        r.pain_after,
        json.dumps(list(r.tags)),
        r.note,
    )


def _record(row: sqlite3.Row) -> SessionRecord:
    return SessionRecord(
        id=row["id"],
        practice=row["practice"],
        preset=row["preset"],
        options=json.loads(row["options"]),
        started_at=row["started_at"],
        planned_seconds=row["planned_seconds"],
        duration_seconds=row["duration_seconds"],
        status=row["status"],
        rating_before=row["rating_before"],
        rating_after=row["rating_after"],
        pain_before=row["pain_before"],
        pain_after=row["pain_after"],
        tags=tuple(json.loads(row["tags"])),
        note=row["note"],
    )
