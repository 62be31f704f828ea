"""The history's SQLite schema, its versions (``PRAGMA user_version``) and migrations.

Version 1 is the historic first schema, kept here so a real v1 file can be made and
migrated in tests. Before an existing database is migrated it is copied aside with
``Connection.backup`` to ``history.sqlite3.bak-v<old>-<timestamp>``.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

from breathe.language import gettext
from breathe.store.atomic import timestamp, unique_sibling
from breathe.store.errors import HistoryError
from breathe.store.history_record import STATUSES, check_started_at

log = logging.getLogger(__name__)

SCHEMA_VERSION = 2
#: how long a write waits for another process's transaction before giving up
BUSY_SECONDS = 5.0

#: the first schema (breathe 0.1 development builds): no pain ratings, tags or notes
SCHEMA_V1 = """
CREATE TABLE sessions (
    id TEXT PRIMARY KEY NOT NULL,
    practice TEXT NOT NULL,
    preset TEXT,
    options TEXT NOT NULL DEFAULT '{}',
    started_at TEXT NOT NULL,
    planned_seconds REAL NOT NULL,
    duration_seconds REAL NOT NULL DEFAULT 0,
    status TEXT NOT NULL,
    rating_before INTEGER,
    rating_after INTEGER
);
"""

_SESSIONS_V2 = """
CREATE TABLE {name} (
    id TEXT PRIMARY KEY NOT NULL,
    practice TEXT NOT NULL,
    preset TEXT,
    options TEXT NOT NULL DEFAULT '{{}}',
    started_at TEXT NOT NULL,
    started_epoch REAL NOT NULL,
    planned_seconds REAL NOT NULL CHECK (planned_seconds >= 0),
    duration_seconds REAL NOT NULL DEFAULT 0 CHECK (duration_seconds >= 0),
    status TEXT NOT NULL
        CHECK (status IN ('running', 'completed', 'stopped', 'interrupted')),
    rating_before INTEGER CHECK (rating_before BETWEEN 0 AND 10),
    rating_after INTEGER CHECK (rating_after BETWEEN 0 AND 10),
    pain_before INTEGER CHECK (pain_before BETWEEN 0 AND 10),
    pain_after INTEGER CHECK (pain_after BETWEEN 0 AND 10),
    tags TEXT NOT NULL DEFAULT '[]',
    note TEXT
)
"""
_INDEXES_V2 = (
    "CREATE INDEX sessions_by_start ON sessions (started_epoch)",
    "CREATE INDEX sessions_running ON sessions (status) WHERE status = 'running'",
)


def connect(path: Path) -> sqlite3.Connection:
    """A connection in autocommit mode (transactions are explicit) with a busy wait.

    The file is created user-only (0600) if it does not exist; SQLite gives its ``-wal``
    and ``-shm`` files the same permissions.
    """
    create_private(path)
    conn = sqlite3.connect(
        path, timeout=BUSY_SECONDS, isolation_level=None, check_same_thread=False
    )
    conn.row_factory = sqlite3.Row
    return conn


def create_private(path: Path) -> None:
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))


@contextlib.contextmanager
def write_transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """``BEGIN IMMEDIATE`` ... ``COMMIT`` (``ROLLBACK`` on error): short, one writer."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
        conn.execute("COMMIT")
    except BaseException:
        # SQLite may have rolled back already (a full disk): keep the real error visible
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def user_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def upgrade(conn: sqlite3.Connection, path: Path) -> Path | None:
    """Bring the database at ``path`` to ``SCHEMA_VERSION``; return the backup made, if any.

    The version is read under the write lock, so when two processes open an old file at
    once the second finds nothing left to do.

    Raises:
        HistoryError: the file was written by a newer breathe (it is left untouched).
        sqlite3.DatabaseError: the file is damaged.
    """
    backup = None
    with write_transaction(conn):
        version = user_version(conn)
        if version > SCHEMA_VERSION:
            message = gettext(
                "the history at {path} was written by a newer version of breathe "
                "(schema {version}); update breathe to open it"
            )
            raise HistoryError(message.format(path=path, version=version))
        if version == 0:
            create(conn)
        elif version < SCHEMA_VERSION:
            backup = backup_copy(path, version)
            for step in range(version, SCHEMA_VERSION):
                MIGRATIONS[step](conn)
                log.info("history migrated from schema %d to %d", step, step + 1)
        if version != SCHEMA_VERSION:
            # PRAGMA takes no parameters; the value is our own constant
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    return backup


def create(conn: sqlite3.Connection) -> None:
    """The current schema in an empty database."""
    conn.execute(_SESSIONS_V2.format(name="sessions"))
    for statement in _INDEXES_V2:
        conn.execute(statement)


def backup_copy(path: Path, version: int) -> Path:
    """Copy the database aside (with what its WAL holds) as ``<name>.bak-v<version>-<ts>``.

    A second connection reads while ours holds the write lock, so nothing can change
    between the copy and the migration.
    """
    dest = unique_sibling(path, f"bak-v{version}-{timestamp()}")
    create_private(dest)
    with (
        contextlib.closing(sqlite3.connect(path)) as source,
        contextlib.closing(sqlite3.connect(dest)) as target,
    ):
        source.backup(target)
    log.info("history backed up to %s before migrating", dest)
    return dest


def _migrate_1_to_2(conn: sqlite3.Connection) -> None:
    """v2 adds pain ratings, tags, a note, and the start as epoch seconds for ordering.

    v1 checked nothing: a value v2 cannot read (a start that is not a date, text where a
    number belongs) is carried over as it was, so the row reads as damaged and is shown
    and exported as such, instead of failing the migration (and backing the file up again)
    at every start.
    """
    conn.execute(_SESSIONS_V2.format(name="sessions_v2"))
    for row in conn.execute("SELECT * FROM sessions").fetchall():
        try:
            started_at, epoch = check_started_at(row["started_at"])
        except HistoryError:  # kept as it was, and listed last
            log.warning("session %s: unreadable start", row["id"])
            started_at, epoch = row["started_at"], 0.0
        conn.execute(
            "INSERT INTO sessions_v2 (id, practice, preset, options, started_at, started_epoch,"
            " planned_seconds, duration_seconds, status, rating_before, rating_after, tags)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                row["id"],
                row["practice"],
                row["preset"],
                row["options"],
                started_at,
                epoch,
                _seconds(row["planned_seconds"]),
                _seconds(row["duration_seconds"]),
                row["status"] if row["status"] in STATUSES else "interrupted",
                _score(row["rating_before"]),
                _score(row["rating_after"]),
                json.dumps([]),
            ),
        )
    conn.execute("DROP TABLE sessions")
    conn.execute("ALTER TABLE sessions_v2 RENAME TO sessions")
    for statement in _INDEXES_V2:
        conn.execute(statement)


def _seconds(value: object) -> object:
    """A length for v2 (never below 0); anything but a number is carried over as it was."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return max(0.0, value)
    return value


def _score(value: object) -> int | None:
    """v1 did not check ratings: anything outside 0-10 is dropped, not carried over."""
    if isinstance(value, int) and 0 <= value <= 10:
        return value
    return None


#: MIGRATIONS[v] turns schema v into v + 1
MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {1: _migrate_1_to_2}
