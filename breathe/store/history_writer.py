"""One thread that writes the rows of the sessions running in this process.

A step boundary must never wait for the disk. ``begin``, ``touch``, ``finish`` and
``update`` only note what a session's row should say and wake this thread, which makes
the row say it in one short transaction on a connection of its own. A write another
program's lock holds up (an import, a backup tool) is tried again after a growing pause
until it lands; meanwhile newer values replace older ones, so a busy minute costs one
write, not sixty. The row's ending is never lost to a busy file, and never guessed.

``close`` waits for the last writes, for ``CLOSE_SECONDS`` at most. What still could not
be written then, or at any time the file is damaged or gone, is kept as a file in
``unsaved/`` that the next ``History.open`` adds (``history_unsaved``). Each kind of
trouble is logged once, not at every try.
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from breathe.store import history_unsaved
from breathe.store.errors import HistoryUnavailableError
from breathe.store.history_lock import SessionLock
from breathe.store.history_record import SessionRecord, check_seconds, check_status
from breathe.store.history_rows import check_changes, new_session
from breathe.store.history_schema import write_transaction
from breathe.store.history_sync import (
    ATTEMPT_SECONDS,
    UnusableFileError,
    WriterConnection,
    bring_up_to_date,
    lasting,
)

log = logging.getLogger(__name__)

#: the pause after a failed try, doubled each time up to ``LONGEST_PAUSE``
FIRST_PAUSE = 0.05
LONGEST_PAUSE = 2.0
#: how long ``close`` keeps trying before it keeps what is left in ``unsaved/``
CLOSE_SECONDS = 20.0


@dataclass
class _Session:
    """What one session's row should say, and how much of it has been written."""

    record: SessionRecord
    epoch: float
    version: int = 1
    written: int = 0
    inserted: bool = False
    changes: dict[str, Any] = field(default_factory=dict)
    lock: SessionLock | None = None
    lock_tried: bool = False

    @property
    def dirty(self) -> bool:
        return self.written < self.version


@dataclass(frozen=True)
class _Snapshot:
    session: _Session
    record: SessionRecord
    version: int
    inserted: bool
    changes: dict[str, Any]


class HistoryWriter:
    """Writes running sessions' rows on one thread; no caller ever waits for the disk.

    Args:
        path: the history database (already made and migrated by ``History.open``).
        identity: the (device, inode) of that file when it was opened, if known.
    """

    def __init__(self, path: Path, identity: tuple[int, int] | None = None) -> None:
        self.path = path
        self.locks_dir = path.parent / "locks"
        self.unsaved_dir = history_unsaved.unsaved_dir(path)
        self._file = WriterConnection(path, identity)
        self._cond = threading.Condition(threading.Lock())
        self._attempt = threading.Lock()  # held while a transaction runs (see ``forgetting``)
        self._sessions: dict[str, _Session] = {}
        self._thread: threading.Thread | None = None
        self._closing = False
        self._closed = False
        self._give_up_at = 0.0
        self._unusable: str | None = None
        self._trouble: str | None = None

    # -- what a session asks (any thread; returns at once) ----------------------------
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
        """Note a new ``running`` row and return its id (UUID4) before it is written.

        Raises:
            HistoryError: a value is not valid (the message names it).
            HistoryUnavailableError: the history is closed.
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
        with self._cond:
            self._check_open()
            self._sessions[record.id] = _Session(record, epoch)
            if self._thread is None:
                self._start()
            self._cond.notify_all()
        return record.id

    def touch(self, session_id: str, duration_seconds: float) -> bool:
        """Note how long a running session has gone; False if it is not running here."""
        seconds = check_seconds("duration_seconds", duration_seconds)
        return self._change(session_id, lambda r: replace(r, duration_seconds=seconds))

    def finish(self, session_id: str, status: str, duration_seconds: float) -> bool:
        """Note a session's end (``completed`` or ``stopped``); False if it was not running."""
        status = check_status(status, ("completed", "stopped"))
        seconds = check_seconds("duration_seconds", duration_seconds)
        return self._change(
            session_id, lambda r: replace(r, status=status, duration_seconds=seconds)
        )

    def update(self, session_id: str, **fields: object) -> bool:
        """Note after-ratings, tags or a note (``History.update`` fields); False if unknown.

        Raises:
            HistoryError: a value is not valid.
        """
        changes = check_changes(fields)
        return self._change(session_id, lambda r: replace(r, **changes), changes)

    def _change(
        self,
        session_id: str,
        change: Callable[[SessionRecord], SessionRecord],
        changes: Mapping[str, Any] | None = None,
    ) -> bool:
        with self._cond:
            self._check_open()
            session = self._sessions.get(session_id)
            if session is None:
                return False  # deleted meanwhile, or never begun here
            if session.record.status != "running" and not changes:
                return False  # a touch or finish after the end changes nothing
            session.record = change(session.record)
            session.changes.update(changes or {})
            session.version += 1
            self._cond.notify_all()
        return True

    def _check_open(self) -> None:
        if self._closing:
            raise HistoryUnavailableError("the history is closed")

    # -- what the history asks ---------------------------------------------------------
    @property
    def trouble(self) -> str | None:
        """The last problem writing, while it lasts (for tests and a curious human)."""
        return self._trouble

    def pending(self) -> int:
        """How many sessions have something not yet written."""
        with self._cond:
            return sum(s.dirty for s in self._sessions.values())

    def flush(self, timeout: float | None = None) -> bool:
        """Wait until everything noted so far is written (or kept); False on timeout."""
        with self._cond:
            return self._cond.wait_for(
                lambda: not any(s.dirty for s in self._sessions.values()), timeout
            )

    @contextlib.contextmanager
    def forgetting(self, session_id: str | None = None) -> Iterator[None]:
        """Hold off writing while rows are deleted; if that worked, drop those sessions
        (all with None) for good, so nothing writes them back.

        Waits for a transaction under way (``ATTEMPT_SECONDS`` at most), never for a pause.
        """
        with self._attempt:
            yield
            with self._cond:
                ids = list(self._sessions) if session_id is None else [session_id]
                gone = [self._sessions.pop(sid, None) for sid in ids]
                self._cond.notify_all()
            _release([s for s in gone if s is not None])

    def close(self, wait: float | None = None, *, drop: bool = False) -> bool:
        """Write what is left (trying ``wait`` seconds at most, by default ``CLOSE_SECONDS``),
        then stop the thread. With ``drop``, what is left is dropped instead (its files are
        about to be removed: "Delete all my data").

        Returns False when something could not be written to the history (it was kept
        in ``unsaved/``, or, if even that failed, logged as lost).
        """
        if drop:
            with self.forgetting(None):
                pass
        with self._cond:
            if self._closed:
                return self._unusable is None
            wait = CLOSE_SECONDS if wait is None else wait
            thread = self._thread
        # a logout may kill the process while it waits: what is left is kept first, so an
        # ending is never lost (the next open applies a copy again; that does no harm)
        copies = [] if thread is None else self._copy_what_is_left()
        with self._cond:
            self._closing = True
            self._give_up_at = time.monotonic() + wait
            self._cond.notify_all()
        if thread is not None:
            thread.join(wait + ATTEMPT_SECONDS + 5.0)
            if thread.is_alive():  # pragma: no cover - a disk that hangs every call
                log.error("the history writer is stuck; giving up on its last writes")
            atexit.unregister(self.close)
        self._closed = True
        if self._unusable is None:  # all written: the copies are not needed
            for path in copies:
                path.unlink(missing_ok=True)
        return self._unusable is None

    def _copy_what_is_left(self) -> list[Path]:
        """Keep a copy of each session not yet written in ``unsaved/``; their paths."""
        copies = []
        for snap in self._snapshots():
            try:
                copies.append(history_unsaved.keep(self.unsaved_dir, snap.record))
            except OSError as exc:
                log.warning("session %s not copied before exit: %s", snap.record.id, exc)
        return copies

    # -- the thread --------------------------------------------------------------------
    def _start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="breathe-history", daemon=True)
        self._thread.start()
        atexit.register(self.close)  # a caller that forgot close() still loses nothing

    def _run(self) -> None:
        pause = FIRST_PAUSE
        try:
            while self._wait_for_work():
                if self._unusable is not None:
                    self._keep(self._snapshots())
                elif self._try_to_write():
                    pause = FIRST_PAUSE
                elif self._unusable is None:  # it may pass: try again after a pause
                    self._pause(pause)
                    pause = min(pause * 2, LONGEST_PAUSE)
        finally:
            self._stop()

    def _try_to_write(self) -> bool:
        """One try; True when written. A lasting problem, or the deadline at exit, makes
        the file unusable for this writer: what is left is then kept in ``unsaved/``."""
        try:
            self._write_once()
        except UnusableFileError as exc:
            self._give_up(str(exc))
        except sqlite3.Error as exc:
            if lasting(exc):
                self._give_up(str(exc))
            else:
                self._note_trouble(str(exc))
                if self._closing and time.monotonic() >= self._give_up_at:
                    log.error(
                        "gave up waiting for the history at exit (%s); the sessions not yet "
                        "written are kept in %s",
                        exc,
                        self.unsaved_dir,
                    )
                    self._unusable = str(exc)
        except Exception as exc:  # a bug must neither spin nor leave the rows unwritten
            log.exception("the history writer failed")
            self._give_up(f"unexpected {type(exc).__name__}: {exc}")
        else:
            return True
        return False

    def _wait_for_work(self) -> bool:
        """Wait until a session has something to write; False once closing and done."""
        with self._cond:
            self._cond.wait_for(
                lambda: self._closing or any(s.dirty for s in self._sessions.values())
            )
            return any(s.dirty for s in self._sessions.values())

    def _pause(self, seconds: float) -> None:
        """Wait before trying again; ``close`` cuts one pause short, the deadline others."""
        with self._cond:
            closing = self._closing
            if closing:
                seconds = min(seconds, max(0.0, self._give_up_at - time.monotonic()))
            self._cond.wait_for(lambda: self._closing != closing, seconds)

    def _snapshots(self) -> list[_Snapshot]:
        with self._cond:
            return [
                _Snapshot(s, s.record, s.version, s.inserted, dict(s.changes))
                for s in self._sessions.values()
                if s.dirty
            ]

    def _write_once(self) -> None:
        """One transaction that brings every session's row up to date.

        Raises:
            UnusableFileError: the file is gone or is not a breathe history.
            sqlite3.Error: from SQLite (see ``lasting``).
        """
        with self._attempt:
            conn = self._connection()
            work = self._snapshots()
            self._take_locks(work)
            with write_transaction(conn):
                for snap in work:
                    bring_up_to_date(
                        conn,
                        snap.record,
                        epoch=snap.session.epoch,
                        inserted=snap.inserted,
                        changes=snap.changes,
                    )
            with self._cond:
                for snap in work:
                    self._written(snap)
                recovered, self._trouble = self._trouble is not None, None
                self._cond.notify_all()
            # the ending is in the file: nobody may call these sessions interrupted now
            _release([snap.session for snap in work if snap.record.status != "running"])
        if recovered:
            log.info("the history is written again")

    def _written(self, snap: _Snapshot) -> None:
        s = snap.session
        s.inserted = True
        s.written = max(s.written, snap.version)
        for name, value in snap.changes.items():
            if name in s.changes and s.changes[name] == value:
                del s.changes[name]  # not changed again meanwhile

    def _take_locks(self, work: list[_Snapshot]) -> None:
        for snap in work:
            s = snap.session
            if s.lock is None and not s.lock_tried and snap.record.status == "running":
                s.lock_tried = True
                try:
                    s.lock = SessionLock.take(self.locks_dir, snap.record.id)
                except OSError as exc:
                    # better a row that stays "running" than no row at all
                    log.warning("session %s has no liveness lock: %s", snap.record.id, exc)

    def _connection(self) -> sqlite3.Connection:
        conn, replaced = self._file.get()
        if replaced:
            log.warning("the history file was replaced; this run's sessions go into the new one")
            with self._cond:
                for s in self._sessions.values():
                    s.inserted = False
                    s.version += 1
        return conn

    def _note_trouble(self, reason: str) -> None:
        if self._trouble is None:
            log.warning(
                "the history cannot be written just now (%s); trying again until it can", reason
            )
        self._trouble = reason

    def _give_up(self, reason: str) -> None:
        log.error(
            "the history cannot be written (%s); sessions are kept in %s and added to it "
            "when it is opened next",
            reason,
            self.unsaved_dir,
        )
        self._unusable = reason
        self._file.close()

    def _keep(self, work: list[_Snapshot]) -> None:
        """Keep each session whole in ``unsaved/`` (the history could not take it)."""
        for snap in work:
            try:
                history_unsaved.keep(self.unsaved_dir, snap.record)
            except OSError as exc:
                log.error("session %s could not be kept anywhere: %s", snap.record.id, exc)
        with self._cond:
            for snap in work:
                snap.session.written = max(snap.session.written, snap.version)
            self._cond.notify_all()

    def _stop(self) -> None:
        """The thread's last act: let go of every lock and the connection."""
        with self._attempt:
            with self._cond:
                sessions = list(self._sessions.values())
                self._cond.notify_all()
            _release(sessions)
            self._file.close()


def _release(sessions: list[_Session]) -> None:
    """Let go of these sessions' liveness locks (file work: never under ``_cond``).

    Only the writer thread, or a caller holding ``_attempt``, touches ``lock``.
    """
    for s in sessions:
        if s.lock is not None:
            s.lock.release()
            s.lock = None
