"""The session writer's side of the file: its own connection, one transaction, and which
errors pass (a busy file, a full disk) and which do not (a damaged or missing file).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from breathe.store.history_record import SessionRecord
from breathe.store.history_rows import INSERT, assignments, row_values
from breathe.store.history_schema import SCHEMA_VERSION, user_version

#: how long one try waits for another program's write lock before the writer pauses
ATTEMPT_SECONDS = 0.5

# SQLite primary result codes that trying again cannot cure: a damaged, missing, read-only
# or foreign file, or a statement the file refuses
_LASTING = {
    1,  # SQLITE_ERROR, e.g. no such table
    3,  # SQLITE_PERM
    8,  # SQLITE_READONLY
    11,  # SQLITE_CORRUPT
    14,  # SQLITE_CANTOPEN
    19,  # SQLITE_CONSTRAINT
    20,  # SQLITE_MISMATCH
    23,  # SQLITE_AUTH
    26,  # SQLITE_NOTADB
}
# what SQLite says when the trouble may pass (Python 3.10 gives no error codes)
_PASSING_WORDS = ("locked", "busy", "full", "disk i/o")


class UnusableFileError(Exception):
    """The history file cannot take writes however long one waits (gone, or not ours)."""


def lasting(exc: sqlite3.Error) -> bool:
    """Whether trying ``exc``'s write again cannot help (a damaged file, not a busy one)."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is None:
        text = str(exc).lower()
        return not any(word in text for word in _PASSING_WORDS)
    return code & 0xFF in _LASTING


class WriterConnection:
    """The writer's connection to whatever file is at ``path`` now.

    Args:
        path: the history database.
        identity: (device, inode) of the file the history opened, if known.
    """

    def __init__(self, path: Path, identity: tuple[int, int] | None) -> None:
        self.path = path
        self._identity = identity
        self._conn: sqlite3.Connection | None = None

    def get(self) -> tuple[sqlite3.Connection, bool]:
        """The connection, and whether it is to a new file (the old one was replaced,
        e.g. set aside as damaged by another breathe, which began a fresh one).

        Raises:
            UnusableFileError: the file is gone, or is not a current breathe history.
            sqlite3.Error: it could not be opened.
        """
        try:
            st = self.path.stat()
        except OSError as exc:
            raise UnusableFileError(f"the history file is gone ({exc.strerror or exc})") from exc
        identity = (st.st_dev, st.st_ino)
        replaced = self._identity is not None and identity != self._identity
        if replaced:
            self.close()
        self._identity = identity
        if self._conn is None:
            uri = self.path.absolute().as_uri() + "?mode=rw"  # never create a missing file
            conn = sqlite3.connect(
                uri,
                uri=True,
                timeout=ATTEMPT_SECONDS,
                isolation_level=None,
                check_same_thread=False,
            )
            if user_version(conn) != SCHEMA_VERSION:
                conn.close()
                raise UnusableFileError("the history file is not one this breathe can write")
            self._conn = conn
        return self._conn, replaced

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None


def bring_up_to_date(
    conn: sqlite3.Connection,
    record: SessionRecord,
    *,
    epoch: float,
    inserted: bool,
    changes: Mapping[str, Any],
) -> None:
    """Make ``record``'s row say what it says (in the caller's transaction).

    Writing it twice changes nothing more, so a try whose outcome is unknown can be
    repeated. An ending is only written over ``running``: never over a row another
    process marked, nor after a deletion (``inserted``: the row was written before).
    """
    if not inserted:
        conn.execute(INSERT + " ON CONFLICT (id) DO NOTHING", row_values(record, epoch=epoch))
    conn.execute(
        "UPDATE sessions SET duration_seconds = ?, status = ? WHERE id = ? AND status = 'running'",
        (record.duration_seconds, record.status, record.id),
    )
    if changes:
        sets, values = assignments(changes)
        conn.execute(f"UPDATE sessions SET {sets} WHERE id = ?", (*values, record.id))
