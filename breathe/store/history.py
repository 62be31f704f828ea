"""The session history: one SQLite file that several breathe processes share safely.

A row exists from a session's first second (``running``), is touched at step changes and
finished at the end. Its process holds the session's liveness lock (``history_lock``)
meanwhile; whoever opens the history next marks a ``running`` row whose lock is free as
``interrupted``, with the duration of its last touch. Writes are short ``BEGIN
IMMEDIATE`` transactions with a busy wait, so two processes lose and double nothing.

A session the app runs writes its row through ``History.writer`` (``history_writer``): one
thread, so no step boundary waits for the disk, and a busy file is retried until written.
Everything else here runs on the caller's thread; the app calls it from a worker.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import Any

from breathe.language import gettext
from breathe.paths import ensure_private_dir, locations
from breathe.store import history_unsaved
from breathe.store.errors import HistoryError, HistoryUnavailableError
from breathe.store.history_file import SetAside, connect_checked
from breathe.store.history_lock import SessionLock, claim_if_abandoned
from breathe.store.history_record import (
    SessionRecord,
    check_seconds,
    check_status,
    record_from_json,
)
from breathe.store.history_rows import (
    INSERT,
    UNSET,
    Unset,
    assignments,
    check_changes,
    new_session,
    record_from_row,
    row_values,
)
from breathe.store.history_schema import write_transaction
from breathe.store.history_writer import HistoryWriter

__all__ = ["LONGEST_PATH", "UNSET", "History"]

log = logging.getLogger(__name__)

#: about the longest database path SQLite opens (its Unix limit is 512 bytes)
LONGEST_PATH = 500


@contextmanager
def _usable() -> Iterator[None]:
    """SQLite's and the OS's errors leave the store as ``HistoryUnavailableError``."""
    try:
        yield
    except (sqlite3.Error, OSError) as exc:
        raise HistoryUnavailableError(str(exc)) from exc


class History:
    """The history database; one object per process (it holds that process's locks).

    A running session's row is written by ``writer``, a thread of its own; every other call
    runs on the caller's thread. Every problem with the file is a ``HistoryUnavailableError``.

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
        # guards only _writer and _closed, never held during I/O: a step boundary that
        # asks for the writer must not wait behind a query holding _mutex
        self._state = threading.Lock()
        self._writer: HistoryWriter | None = None
        self._closed = False
        self.path = path
        self.notice = notice
        self.backup = backup
        self._identity: tuple[int, int] | None = None
        with contextlib.suppress(OSError):
            st = path.stat()
            self._identity = (st.st_dev, st.st_ino)

    @classmethod
    def open(cls, path: Path | None = None) -> History:
        """Open (creating, migrating or replacing a damaged file) and mark interrupted rows.

        Sessions kept in ``unsaved/`` while the file could not take them are added.

        Raises:
            HistoryError: the file was written by a newer breathe, or its path is longer
                than SQLite can open.
            HistoryUnavailableError: the file cannot be used (busy for long, disk full...).
        """
        path = path if path is not None else locations().database
        notice = None
        try:
            ensure_private_dir(path.parent)
            try:
                conn, backup = connect_checked(path)
            except SetAside as damaged:
                notice = gettext(
                    "Your session history could not be read, so breathe started a fresh one; "
                    "the old file is kept at {kept}."
                ).format(kept=damaged.kept)
                conn, backup = connect_checked(path)
        except sqlite3.OperationalError as exc:
            length = len(str(path.resolve()))
            if length < LONGEST_PATH:
                raise HistoryUnavailableError(str(exc)) from exc
            raise HistoryError(
                gettext(
                    "its folder's path is {length} characters long, more than SQLite can open "
                    "(about {longest}); set BREATHE_HOME to a shorter folder"
                ).format(length=length, longest=LONGEST_PATH)
            ) from exc
        except (sqlite3.Error, OSError) as exc:
            raise HistoryUnavailableError(str(exc)) from exc
        history = cls(conn, path, notice=notice, backup=backup)
        try:
            history.mark_interrupted()
        except HistoryUnavailableError:
            history.close()
            raise
        history.recover_unsaved()
        return history

    @property
    def locks_dir(self) -> Path:
        return self.path.parent / "locks"

    @property
    def unsaved_dir(self) -> Path:
        return history_unsaved.unsaved_dir(self.path)

    @property
    def writer(self) -> HistoryWriter:
        """The session writer (its thread starts with the first session).

        Raises:
            HistoryUnavailableError: the history is closed.
        """
        with self._state:
            if self._closed:
                raise HistoryUnavailableError("the history is closed")
            if self._writer is None:
                self._writer = HistoryWriter(self.path, self._identity)
            return self._writer

    def flush(self, timeout: float | None = None) -> bool:
        """Wait until the writer has written what it was given; False on timeout."""
        return self._writer is None or self._writer.flush(timeout)

    def close(self, *, drop_unwritten: bool = False) -> None:
        """Write what the writer still holds (or drop it), then close; running sessions read
        as interrupted, with the time of their last touch."""
        with self._state:
            self._closed = True
            writer = self._writer
        if writer is not None:
            writer.close(drop=drop_unwritten)
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
        with _usable(), self._mutex, write_transaction(self._conn) as conn:
            yield conn

    def _read(self, sql: str, params: Sequence[object] = ()) -> list[sqlite3.Row]:
        with _usable(), self._mutex:
            return self._conn.execute(sql, params).fetchall()

    @contextmanager
    def _forgetting(self, session_id: str | None) -> Iterator[None]:
        """Delete rows with the writer held off; it then drops those sessions for good."""
        writer = self._writer
        if writer is None:
            yield
            return
        with writer.forgetting(session_id):
            yield

    # -- one session's life, written on the caller's thread ------------------------------

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

        A session the app runs goes through ``writer.begin`` instead, which returns at once.

        Raises:
            HistoryError: a value is not valid (the message names it).
        """
        record, epoch = new_session(
            practice,
            preset,
            options,
            planned_seconds,
            rating_before=rating_before,
            pain_before=pain_before,
            tags=tags,
            started_at=started_at,
        )
        try:
            lock: SessionLock | None = SessionLock.take(self.locks_dir, record.id)
        except OSError as exc:  # the session is saved all the same; only a crash goes unseen
            log.warning("session %s has no liveness lock: %s", record.id, exc)
            lock = None
        try:
            with self._write() as conn:
                conn.execute(INSERT, row_values(record, epoch=epoch))
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        if lock is not None:
            self._locks[record.id] = lock
        return record.id

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
        rating_before: int | Unset | None = UNSET,
        rating_after: int | Unset | None = UNSET,
        pain_before: int | Unset | None = UNSET,
        pain_after: int | Unset | None = UNSET,
        tags: Iterable[str] | Unset = UNSET,
        note: str | Unset | None = UNSET,
        preset: str | Unset | None = UNSET,
        options: Mapping[str, Any] | Unset = UNSET,
    ) -> bool:
        """Change the ratings, tags or note of a session (``None`` clears a value), or what it
        was: a preset whose pace was changed mid-session is recorded as no longer that preset.

        Returns False when there is no such session.

        Raises:
            HistoryError: a value is not valid.
        """
        changes = check_changes(
            {
                "rating_before": rating_before,
                "rating_after": rating_after,
                "pain_before": pain_before,
                "pain_after": pain_after,
                "tags": tags,
                "note": note,
                "preset": preset,
                "options": options,
            }
        )
        if not changes:
            return self.get(session_id) is not None
        sets, values = assignments(changes)
        with self._write() as conn:
            cur = conn.execute(f"UPDATE sessions SET {sets} WHERE id = ?", (*values, session_id))
        return cur.rowcount == 1

    # -- reading -----------------------------------------------------------------------

    def get(self, session_id: str) -> SessionRecord | None:
        rows = self._read("SELECT * FROM sessions WHERE id = ?", (session_id,))
        return record_from_row(rows[0]) if rows else None

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
        return [record_from_row(row) for row in rows]

    def count(self) -> int:
        return int(self._read("SELECT count(*) FROM sessions")[0][0])

    # -- tidying -----------------------------------------------------------------------

    def delete(self, session_id: str) -> bool:
        """Remove one session; returns False when there was none."""
        with self._forgetting(session_id), self._write() as conn:
            cur = conn.execute("DELETE FROM sessions WHERE id = ?", (session_id,))
        self._release(session_id)
        return cur.rowcount == 1

    def delete_all(self) -> int:
        """Remove every session; returns how many there were."""
        with self._forgetting(None), self._write() as conn:
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

    def recover_unsaved(self) -> int:
        """Add the sessions kept in ``unsaved/`` when the file could not take them.

        Never raises: what cannot be added now stays for the next open (logged).
        """
        try:
            with self._mutex:
                return history_unsaved.recover(self._conn, self.unsaved_dir, self.locks_dir)
        except (sqlite3.Error, OSError) as exc:
            log.warning("sessions kept in %s wait for the next open: %s", self.unsaved_dir, exc)
            return 0

    def import_records(self, records: Iterable[SessionRecord]) -> tuple[int, int]:
        """Add ``records`` in one transaction; returns (added, skipped as already present).

        A ``running`` record becomes ``interrupted``: its process is not on this computer.

        Raises:
            HistoryError: a record is not valid; nothing was added.
        """
        checked = [record_from_json(r.to_json()) for r in records]
        rows = [
            row_values(replace(r, status="interrupted") if r.status == "running" else r)
            for r in checked
        ]
        added = 0
        with self._write() as conn:
            for row in rows:
                cur = conn.execute(INSERT + " ON CONFLICT (id) DO NOTHING", row)
                added += cur.rowcount
        log.info("imported %d session(s), %d already present", added, len(rows) - added)
        return added, len(rows) - added
