"""Sessions the history could not take in time, kept as files until the next open adds them.

When the session writer gives up (the database is damaged or was removed, or another
program held its write lock past the deadline at exit), each session it had not finished
writing is kept whole as ``data/unsaved/<id>.json``, user-only. The next ``History.open``
adds it: a missing row is inserted, a ``running`` or ``interrupted`` one gets the ending
it really had, a finished one its later ratings, tags or note. Then the file is removed.
A file that cannot be read is set aside, never deleted.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from dataclasses import replace
from pathlib import Path

from breathe.store.atomic import set_aside, write_json_atomic
from breathe.store.history_lock import claim_if_abandoned, lock_path
from breathe.store.history_record import SessionRecord, record_from_json
from breathe.store.history_rows import EDITABLE, INSERT, assignments, row_values
from breathe.store.history_schema import write_transaction

log = logging.getLogger(__name__)

FOLDER = "unsaved"


def unsaved_dir(database: Path) -> Path:
    """Where the sessions of ``database`` wait when it could not take them."""
    return database.parent / FOLDER


def keep(folder: Path, record: SessionRecord) -> Path:
    """Write ``record`` to ``<folder>/<id>.json`` (replacing an older copy); its path.

    Raises:
        OSError: it could not be written.
    """
    path = lock_path(folder, record.id).with_suffix(".json")
    write_json_atomic(path, record.to_json())
    return path


def recover(conn: sqlite3.Connection, folder: Path, locks: Path) -> int:
    """Add the kept sessions in ``folder`` to the history; returns how many were added.

    A session whose lock is still held belongs to a live process and is left for later.

    Raises:
        sqlite3.Error: the history could not be written; the files stay for next time.
    """
    if not folder.is_dir():
        return 0
    added = 0
    for path in sorted(folder.glob("*.json")):
        try:
            record = record_from_json(json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError, RecursionError) as exc:
            log.warning("an unsaved session in %s cannot be read (%s); setting it aside", path, exc)
            _set_aside(path)
            continue
        if not claim_if_abandoned(locks, record.id):
            continue
        with write_transaction(conn):
            _apply(conn, record)
        path.unlink(missing_ok=True)
        added += 1
    if added:
        log.info("added %d session(s) kept while the history could not take them", added)
    return added


def _apply(conn: sqlite3.Connection, record: SessionRecord) -> None:
    # a session kept while still running ended with its process: it was interrupted
    ending = "interrupted" if record.status == "running" else record.status
    found = conn.execute("SELECT status FROM sessions WHERE id = ?", (record.id,)).fetchone()
    if found is None:
        conn.execute(INSERT, row_values(replace(record, status=ending)))
        return
    sets, values = assignments({name: getattr(record, name) for name in EDITABLE})
    if found[0] in ("running", "interrupted"):
        sets += ", status = ?, duration_seconds = ?"
        values += [ending, record.duration_seconds]
    conn.execute(f"UPDATE sessions SET {sets} WHERE id = ?", (*values, record.id))


def _set_aside(path: Path) -> None:
    try:
        set_aside(path)
    except OSError as exc:
        log.warning("could not set %s aside: %s", path, exc)
