"""The history file over time: a real v1 file migrated (backup first), damage set aside."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from breathe.paths import ensure_private_dir, locations
from breathe.store import history_file, history_schema
from breathe.store.errors import HistoryError, HistoryUnavailableError
from breathe.store.history import History
from breathe.store.history_lock import lock_path
from breathe.store.history_schema import SCHEMA_V1, SCHEMA_VERSION, connect, upgrade

V1_ROWS = [
    # id, practice, preset, options, started_at, planned, duration, status, before, after
    ("v1-a", "breathing", "box", '{"minutes": 4}', "2024-11-02T08:15:00+00:00", 243.0, 243.0,
     "completed", 7, 3),
    ("v1-b", "grounding", None, "{}", "2024-11-03T21:40:05+01:00", 180.0, 61.5, "stopped",
     None, None),
    ("v1-c", "breathing", "sigh", "{}", "not a date", 300.0, 12.0, "completed", 42, 2),
    ("v1-d", "relaxation", None, '{"groups": 7}', "2024-11-04T07:00:00-05:00", 600.0, 90.0,
     "running", 6, None),
    ("v1-e", "breathing", None, "{}", "2024-11-05T07:00:00+00:00", 60.0, -1.0, "weird", 5, 5),
]  # fmt: skip


def make_v1(path: Path) -> None:
    """A history file exactly as the first schema wrote it."""
    ensure_private_dir(path.parent)
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.executescript(SCHEMA_V1)
        conn.executemany("INSERT INTO sessions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", V1_ROWS)
        conn.execute("PRAGMA user_version = 1")
        conn.commit()


def columns(path: Path) -> list[str]:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        return [row[1] for row in conn.execute("PRAGMA table_info(sessions)")]


def test_v1_file_is_backed_up_then_migrated_with_its_data() -> None:
    db = locations().database
    make_v1(db)
    assert "pain_before" not in columns(db)
    with History.open() as h:
        assert h.notice is None
        backup = h.backup
        assert backup is not None
        assert backup.name.startswith("history.sqlite3.bak-v1-")
        a = h.get("v1-a")
        assert a is not None
        assert (a.practice, a.preset, a.options) == ("breathing", "box", {"minutes": 4})
        assert (a.started_at, a.planned_seconds, a.status) == (
            "2024-11-02T08:15:00+00:00",
            243.0,
            "completed",
        )
        assert (a.rating_before, a.rating_after, a.pain_before, a.pain_after) == (7, 3, None, None)
        assert (a.tags, a.note) == ((), None)
        b = h.get("v1-b")
        assert b is not None
        assert (b.duration_seconds, b.status, b.rating_before) == (61.5, "stopped", None)
        c = h.get("v1-c")
        assert c is not None
        assert (c.started_at, c.rating_before, c.rating_after) == (
            "1970-01-01T00:00:00+00:00",
            None,
            2,
        )
        d = h.get("v1-d")
        assert d is not None
        assert (d.status, d.duration_seconds) == ("interrupted", 90.0)
        e = h.get("v1-e")
        assert e is not None
        assert (e.status, e.duration_seconds) == ("interrupted", 0.0)
        assert [r.id for r in h.sessions()] == ["v1-e", "v1-d", "v1-b", "v1-a", "v1-c"]
        sid = h.begin("breathing", None, {}, 60, pain_before=4)
        h.update(sid, tags=["new"])
    assert "pain_before" in columns(db)
    with contextlib.closing(sqlite3.connect(db)) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    # the backup is the untouched v1 file
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    assert columns(backup) == columns_of_v1()
    with contextlib.closing(sqlite3.connect(backup)) as old:
        assert old.execute("PRAGMA user_version").fetchone()[0] == 1
        assert old.execute("SELECT * FROM sessions ORDER BY id").fetchall() == sorted(V1_ROWS)
    with History.open() as again:
        assert again.backup is None
        assert again.count() == 6


def columns_of_v1() -> list[str]:
    with contextlib.closing(sqlite3.connect(":memory:")) as conn:
        conn.executescript(SCHEMA_V1)
        return [row[1] for row in conn.execute("PRAGMA table_info(sessions)")]


def test_a_second_upgrade_finds_nothing_to_do() -> None:
    # what the process that comes second sees when two open an old file at once
    db = locations().database
    make_v1(db)
    History.open().close()
    before = sorted(db.parent.iterdir())
    conn = connect(db)
    try:
        assert upgrade(conn, db) is None
    finally:
        conn.close()
    assert sorted(db.parent.iterdir()) == before
    with History.open() as h:
        assert h.count() == 5


def test_a_file_from_a_newer_breathe_is_left_alone() -> None:
    db = locations().database
    ensure_private_dir(db.parent)
    with contextlib.closing(sqlite3.connect(db)) as conn:
        conn.execute("CREATE TABLE sessions (id TEXT, colour TEXT)")
        conn.execute("INSERT INTO sessions VALUES ('x', 'blue')")
        conn.execute("PRAGMA user_version = 9")
        conn.commit()
    with pytest.raises(HistoryError, match=r"newer version of breathe \(schema 9\)"):
        History.open()
    with contextlib.closing(sqlite3.connect(db)) as conn:
        assert conn.execute("SELECT * FROM sessions").fetchall() == [("x", "blue")]
    assert [p.name for p in db.parent.iterdir() if "corrupt" in p.name or "bak" in p.name] == []


def test_garbage_is_set_aside_with_its_companions_and_a_fresh_history_works() -> None:
    db = locations().database
    ensure_private_dir(db.parent)
    garbage = os.urandom(8192)
    db.write_bytes(garbage)
    db.with_name(db.name + "-wal").write_bytes(b"old wal")
    db.with_name(db.name + "-shm").write_bytes(b"old shm")
    with History.open() as h:
        assert h.notice is not None
        assert h.notice.startswith("Your session history could not be read")
        assert "\n" not in h.notice
        (kept,) = db.parent.glob("history.sqlite3.corrupt-*[0-9]")
        assert str(kept) in h.notice
        assert kept.read_bytes() == garbage
        assert kept.with_name(kept.name + "-wal").read_bytes() == b"old wal"
        # the -shm is only SQLite's index of the -wal: it moves along, its bytes may change
        assert kept.with_name(kept.name + "-shm").exists()
        sid = h.begin("grounding", None, {}, 120)
        h.finish(sid, "completed", 120)
        assert h.count() == 1
    with History.open() as again:
        assert again.notice is None
        assert again.count() == 1


def test_where_open_files_cannot_be_renamed_it_closes_first(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Windows refuses to rename an open file: the first attempt fails, the second works
    db = locations().database
    ensure_private_dir(db.parent)
    db.write_bytes(b"garbage" * 1000)
    calls = []

    def set_aside_like_windows(path: Path, *companions: str) -> Path:
        calls.append(path)
        if len(calls) == 1:
            raise PermissionError(13, "The process cannot access the file")
        return real_set_aside(path, *companions)

    real_set_aside = history_file.set_aside
    monkeypatch.setattr(history_file, "set_aside", set_aside_like_windows)
    with History.open() as h:
        assert h.notice is not None
        assert h.count() == 0
    assert calls == [db, db]
    assert len(list(db.parent.glob("history.sqlite3.corrupt-*[0-9]"))) == 1


def test_a_busy_file_is_an_error_not_damage(monkeypatch: pytest.MonkeyPatch) -> None:
    db = locations().database
    ensure_private_dir(db.parent)
    monkeypatch.setattr(history_schema, "BUSY_SECONDS", 0.2)
    with contextlib.closing(sqlite3.connect(db, isolation_level=None)) as other:
        other.execute("CREATE TABLE notes (x)")
        other.execute("BEGIN EXCLUSIVE")
        with pytest.raises(HistoryUnavailableError, match="locked"):
            History.open()
        other.execute("ROLLBACK")
    assert list(db.parent.glob("*.corrupt-*")) == []
    with History.open() as h:
        assert h.notice is None


def test_a_file_too_busy_to_mark_interrupted_rows_is_said_and_let_go(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    h = History.open()
    sid = h.begin("breathing", None, {}, 60)
    h.close()  # its row is left running, its lock free: the next open marks it
    monkeypatch.setattr(history_schema, "BUSY_SECONDS", 0.05)
    with contextlib.closing(sqlite3.connect(h.path, isolation_level=None)) as other:
        other.execute("BEGIN IMMEDIATE")
        with pytest.raises(HistoryUnavailableError, match="locked"):
            History.open()
        other.execute("ROLLBACK")
    with History.open() as again:
        assert again.get(sid).status == "interrupted"  # type: ignore[union-attr]


def test_a_damaged_page_inside_a_real_file_is_caught() -> None:
    db = locations().database
    with History.open() as h:
        for i in range(400):
            h.import_records([])
            h.begin("breathing", None, {"n": i, "pad": "x" * 200}, 60)
    with contextlib.closing(sqlite3.connect(db)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        size = conn.execute("PRAGMA page_size").fetchone()[0]
    assert pages > 10
    data = bytearray(db.read_bytes())
    for page in range(2, pages):  # leave the header page, scramble the rest
        start = page * size
        data[start + 8 : start + 64] = b"\xa5" * 56
    db.write_bytes(bytes(data))
    with History.open() as h:
        assert h.notice is not None
        assert h.count() == 0
    (kept,) = db.parent.glob("history.sqlite3.corrupt-*[0-9]")
    assert kept.read_bytes() == bytes(data)


def test_a_folder_that_cannot_be_made_is_said_as_the_os_says_it(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    with pytest.raises(HistoryUnavailableError, match="it is a regular file, not a folder") as err:
        History.open(blocker / "data" / "history.sqlite3")
    assert isinstance(err.value.__cause__, OSError)


def test_unusual_ids_get_safe_lock_file_names(tmp_path: Path) -> None:
    odd = lock_path(tmp_path, "../../etc/passwd")
    assert odd.parent == tmp_path
    assert odd.name.startswith("h-")
    assert lock_path(tmp_path, "3f2b-ab").name == "3f2b-ab.lock"
