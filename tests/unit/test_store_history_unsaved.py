"""Sessions kept in ``unsaved/`` when the history could not take them, added at the next open."""

from __future__ import annotations

import contextlib
import json
import logging
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from breathe.paths import locations
from breathe.store import history_schema
from breathe.store.history import History
from breathe.store.history_lock import SessionLock
from breathe.store.history_record import SessionRecord
from breathe.store.history_unsaved import keep, unsaved_dir


def record(sid: str, **changes: object) -> SessionRecord:
    fields: dict[str, object] = {
        "id": sid,
        "practice": "relaxation",
        "preset": None,
        "options": {"groups": 7},
        "started_at": "2025-03-01T21:30:00+01:00",
        "planned_seconds": 600.0,
        "duration_seconds": 320.5,
        "status": "stopped",
        "rating_before": 7,
        "rating_after": 4,
        "pain_before": 6,
        "pain_after": 5,
        "tags": ("night",),
        "note": "shoulders let go",
    }
    fields.update(changes)
    return SessionRecord(**fields)  # type: ignore[arg-type]


def folder() -> Path:
    return unsaved_dir(locations().database)


def test_a_kept_session_missing_from_the_history_is_added_whole() -> None:
    History.open().close()
    keep(folder(), record("kept-1"))
    keep(folder(), record("kept-2", status="running", duration_seconds=30.0))
    with History.open() as history:
        assert history.get("kept-1") == record("kept-1")
        # kept while still running: its process has ended since
        assert history.get("kept-2") == record(
            "kept-2", status="interrupted", duration_seconds=30.0
        )
    assert list(folder().iterdir()) == []


def test_an_interrupted_row_gets_its_real_ending_and_a_finished_one_its_later_changes() -> None:
    with History.open() as history:
        history.import_records(
            [
                record("cut-short", status="interrupted", duration_seconds=12.0, note=None),
                record("rated-later", status="completed", rating_after=None, tags=()),
            ]
        )
    keep(folder(), record("cut-short"))
    keep(folder(), record("rated-later", status="stopped", duration_seconds=1.0))
    with History.open() as history:
        assert history.get("cut-short") == record("cut-short")
        later = history.get("rated-later")
        assert later is not None
        # the ending in the file stays; the ratings, tags and note are the kept ones
        assert (later.status, later.duration_seconds) == ("completed", 320.5)
        assert (later.rating_after, later.tags, later.note) == (4, ("night",), "shoulders let go")


def test_a_session_still_live_in_its_process_is_left_for_later() -> None:
    History.open().close()
    path = keep(folder(), record("live", status="running"))
    lock = SessionLock.take(locations().database.parent / "locks", "live")
    try:
        with History.open() as history:
            assert history.get("live") is None
        assert path.exists()
    finally:
        lock.release()
    with History.open() as history:
        assert history.get("live") is not None
    assert not path.exists()


def test_an_unreadable_kept_file_is_set_aside_never_deleted(
    caplog: pytest.LogCaptureFixture,
) -> None:
    History.open().close()
    folder().mkdir(mode=0o700)
    bad = folder() / "broken.json"
    bad.write_text('{"id": "half a sess', encoding="utf-8")
    wrong = folder() / "wrong.json"
    wrong.write_text(json.dumps(replace(record("x"), status="sideways").to_json()))
    with caplog.at_level(logging.WARNING), History.open() as history:
        assert history.count() == 0
    assert sorted(p.name.split(".json.")[0] for p in folder().iterdir()) == ["broken", "wrong"]
    assert all(".corrupt-" in p.name for p in folder().iterdir())
    assert "cannot be read" in caplog.text


def test_a_busy_history_keeps_the_files_for_the_next_open(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    History.open().close()
    path = keep(folder(), record("waiting"))
    monkeypatch.setattr(history_schema, "BUSY_SECONDS", 0.05)
    db = locations().database
    with contextlib.closing(sqlite3.connect(db, isolation_level=None)) as other:
        other.execute("BEGIN IMMEDIATE")
        with caplog.at_level(logging.WARNING), History.open() as history:
            assert history.get("waiting") is None  # opening still works
        other.execute("ROLLBACK")
    assert path.exists()
    assert "wait for the next open: database is locked" in caplog.text
    with History.open() as history:
        assert history.get("waiting") == record("waiting")


def test_a_kept_file_that_cannot_be_set_aside_is_left_as_it_is(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    from breathe.store import history_unsaved

    History.open().close()
    folder().mkdir(mode=0o700)
    bad = folder() / "broken.json"
    bad.write_text("{", encoding="utf-8")

    def read_only(path: Path, *companions: str) -> Path:
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr(history_unsaved, "set_aside", read_only)
    with caplog.at_level(logging.WARNING), History.open():
        pass
    assert bad.read_text(encoding="utf-8") == "{"
    assert "could not set" in caplog.text
