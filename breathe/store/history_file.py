"""Opening the history file: connect, check it for damage, migrate it.

A damaged file (SQLite says "malformed" or "not a database", or ``PRAGMA quick_check``
finds problems) is set aside as ``history.sqlite3.corrupt-<timestamp>`` with its ``-wal``
and ``-shm``, never deleted. Any other trouble (a busy file, a full disk) is raised as it is.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from breathe.store.atomic import set_aside
from breathe.store.history_schema import SCHEMA_VERSION, connect, upgrade, user_version

log = logging.getLogger(__name__)

_SQLITE_CORRUPT = 11
_SQLITE_NOTADB = 26


class DamagedHistory(sqlite3.DatabaseError):
    """``PRAGMA quick_check`` found problems."""


class SetAside(sqlite3.DatabaseError):
    """A damaged history file was renamed to ``kept``."""

    def __init__(self, kept: Path) -> None:
        super().__init__(f"damaged history kept at {kept}")
        self.kept = kept


def is_corruption(exc: sqlite3.DatabaseError) -> bool:
    """Whether ``exc`` means a damaged file (set it aside), not e.g. a busy or full disk."""
    if isinstance(exc, DamagedHistory):
        return True
    code = getattr(exc, "sqlite_errorcode", None)
    if code is None:  # Python 3.10 has no error codes; SQLite's messages are stable
        text = str(exc)
        return "malformed" in text or "not a database" in text
    return code & 0xFF in (_SQLITE_CORRUPT, _SQLITE_NOTADB)


def connect_checked(path: Path) -> tuple[sqlite3.Connection, Path | None]:
    """Connect, check and migrate; returns the connection and the migration backup.

    Raises:
        SetAside: the file was damaged and has been set aside.
    """
    conn = connect(path)
    try:
        return conn, _check_and_upgrade(conn, path)
    except sqlite3.DatabaseError as exc:
        if not is_corruption(exc):
            conn.close()
            raise
        log.warning("history %s is damaged (%s); setting it aside", path, exc)
        raise SetAside(_set_aside_open(conn, path)) from exc
    except BaseException:
        conn.close()
        raise


def _check_and_upgrade(conn: sqlite3.Connection, path: Path) -> Path | None:
    """Switch to WAL, check the file, migrate it; returns the backup made, if any.

    Raises:
        sqlite3.DatabaseError: see ``is_corruption`` for damage.
    """
    conn.execute("PRAGMA journal_mode = WAL")
    problems = [row[0] for row in conn.execute("PRAGMA quick_check(3)")]
    if problems != ["ok"]:
        raise DamagedHistory(" ".join(" ".join(problems).split())[:300])
    return upgrade(conn, path) if user_version(conn) != SCHEMA_VERSION else None


def _set_aside_open(conn: sqlite3.Connection, path: Path) -> Path:
    """Set the damaged file aside with its ``-wal`` and ``-shm``, then close ``conn``.

    Renamed while still open: closing first would let SQLite delete the ``-wal``, which
    may hold the newest sessions. Windows cannot rename open files: there it closes first.
    """
    try:
        return set_aside(path, "-wal", "-shm")
    except OSError:
        conn.close()
        return set_aside(path, "-wal", "-shm")
    finally:
        conn.close()
