"""The session writer with a busy, damaged, removed or replaced database (real SQLite).

Another program's write lock is a second real connection holding ``BEGIN IMMEDIATE``.
Nothing here sleeps: a test waits for a condition (a failed try, a flush) with a deadline.
"""

from __future__ import annotations

import contextlib
import json
import logging
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from breathe.store import history_sync, history_writer
from breathe.store.errors import HistoryError, HistoryUnavailableError
from breathe.store.history import History
from breathe.store.history_lock import lock_path
from breathe.store.history_sync import lasting
from tests.integration.conftest import wait_until

WRITER_LOG = "breathe.store.history_writer"


@pytest.fixture(autouse=True)
def quick_tries(monkeypatch: pytest.MonkeyPatch) -> None:
    """Short tries and pauses, so a test about a busy file takes a fraction of a second."""
    monkeypatch.setattr(history_sync, "ATTEMPT_SECONDS", 0.05)
    monkeypatch.setattr(history_writer, "LONGEST_PAUSE", 0.1)


@pytest.fixture
def history() -> Iterator[History]:
    with History.open() as opened:
        yield opened


@contextlib.contextmanager
def write_lock(path: Path) -> Iterator[sqlite3.Connection]:
    """Another program holding the database's write lock until the block ends."""
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    try:
        other.execute("BEGIN IMMEDIATE")
        yield other
        if other.in_transaction:
            other.execute("ROLLBACK")
    finally:
        other.close()


def failed_once(history: History) -> str:
    """Wait until the writer has tried and failed (it then tries again by itself)."""
    return wait_until(lambda: history.writer.trouble, "a failed try")


def begin(history: History, **fields: object) -> str:
    return history.writer.begin("breathing", "box", {"minutes": 4}, 243.0, **fields)  # type: ignore[arg-type]


def kept_files(history: History) -> list[Path]:
    folder = history.unsaved_dir
    return sorted(folder.glob("*.json")) if folder.is_dir() else []


# -- a busy file ------------------------------------------------------------------------


def test_writes_during_another_programs_write_lock_land_once_it_is_free(
    history: History, caplog: pytest.LogCaptureFixture
) -> None:
    sid = begin(history, rating_before=6)
    assert history.flush(timeout=30)  # free: the running row is there from the start
    assert history.get(sid).status == "running"  # type: ignore[union-attr]
    caplog.set_level(logging.INFO, logger=WRITER_LOG)
    with write_lock(history.path):
        assert history.writer.touch(sid, 3.0)  # a step boundary: noted, nothing waits
        assert "locked" in failed_once(history)
        assert history.writer.touch(sid, 7.0)
        assert history.writer.finish(sid, "completed", 243.0)
        assert history.writer.pending() == 1
        assert not history.flush(timeout=0)
        row = history.get(sid)  # reading still works, and shows what was written so far
        assert row is not None
        assert (row.status, row.duration_seconds) == ("running", 0.0)
    assert history.flush(timeout=30)
    row = history.get(sid)
    assert row is not None
    assert (row.status, row.duration_seconds, row.rating_before) == ("completed", 243.0, 6)
    assert history.writer.trouble is None
    assert caplog.text.count("cannot be written just now (database is locked)") == 1
    wait_until(lambda: "the history is written again" in caplog.text, "the all-clear")
    assert not lock_path(history.locks_dir, sid).exists()  # released once the end is in


def test_a_session_begun_and_ended_while_the_file_is_locked_ends_completed(
    history: History,
) -> None:
    with write_lock(history.path):
        sid = begin(history)
        failed_once(history)
        history.writer.touch(sid, 12.0)
        history.writer.finish(sid, "completed", 243.0)
        history.writer.update(sid, rating_after=2, tags=["evening"], note="calm")
        assert history.count() == 0
    assert history.flush(timeout=30)
    rows = history.sessions()
    assert [(r.id, r.status, r.duration_seconds) for r in rows] == [(sid, "completed", 243.0)]
    assert (rows[0].rating_after, rows[0].tags, rows[0].note) == (2, ("evening",), "calm")


def test_close_waits_for_the_last_write_until_the_lock_is_let_go() -> None:
    history = History.open()
    sid = begin(history)
    assert history.flush(timeout=30)
    writer = history.writer
    with write_lock(history.path) as other:
        writer.finish(sid, "stopped", 95.5)
        failed_once(history)

        def let_go_later() -> None:  # once close() has started waiting
            wait_until(lambda: writer._closing, "close to start")
            other.execute("ROLLBACK")

        releaser = threading.Thread(target=let_go_later)
        releaser.start()
        history.close()
        releaser.join()
    with History.open() as again:
        row = again.get(sid)
        assert row is not None
        assert (row.status, row.duration_seconds) == ("stopped", 95.5)
        assert kept_files(again) == []


@pytest.mark.parametrize("begun", [False, True], ids=["never-written", "begun"])
def test_a_lock_held_past_the_deadline_keeps_the_session_for_the_next_open(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, begun: bool
) -> None:
    monkeypatch.setattr(history_writer, "CLOSE_SECONDS", 0.3)
    history = History.open()
    sid = begin(history, pain_before=7)
    if begun:
        assert history.flush(timeout=30)
    with write_lock(history.path), caplog.at_level(logging.ERROR, logger=WRITER_LOG):
        history.writer.touch(sid, 30.0)
        history.writer.finish(sid, "stopped", 42.0)
        history.writer.update(sid, pain_after=4)
        history.close()  # gives up after 0.3 s
        (kept,) = kept_files(history)
        assert json.loads(kept.read_text(encoding="utf-8"))["status"] == "stopped"
        assert kept.stat().st_mode & 0o777 == 0o600
    assert "gave up waiting for the history at exit (database is locked)" in caplog.text
    with History.open() as again:
        row = again.get(sid)
        assert row is not None
        assert (row.status, row.duration_seconds, row.pain_before, row.pain_after) == (
            "stopped",
            42.0,
            7,
            4,
        )
        assert again.count() == 1
        assert kept_files(again) == []


# -- a damaged, removed or replaced file -----------------------------------------------


def damage(path: Path) -> None:
    """Garbage over the whole file, after its WAL is folded in (as a bad disk would)."""
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    path.write_bytes(b"not a database any more\n" * 400)


def test_a_damaged_file_is_said_once_and_the_session_is_kept_for_the_next_open(
    caplog: pytest.LogCaptureFixture,
) -> None:
    history = History.open()
    sid = begin(history, rating_before=8)
    assert history.flush(timeout=30)
    damage(history.path)
    with caplog.at_level(logging.WARNING, logger=WRITER_LOG):
        for seconds in (3.0, 7.0, 11.0):
            history.writer.touch(sid, seconds)
            assert history.flush(timeout=30)  # no spinning: kept at once
        history.writer.finish(sid, "completed", 243.0)
        history.close()
    assert caplog.text.count("the history cannot be written (file is not a database)") == 1
    assert len(kept_files(history)) == 1
    with History.open() as again:
        assert again.notice is not None and "started a fresh one" in again.notice
        row = again.get(sid)
        assert row is not None
        assert (row.status, row.duration_seconds, row.rating_before) == ("completed", 243.0, 8)


def test_a_removed_file_is_said_once_and_the_session_is_kept_for_the_next_open(
    caplog: pytest.LogCaptureFixture,
) -> None:
    history = History.open()
    sid = begin(history)
    assert history.flush(timeout=30)
    for suffix in ("", "-wal", "-shm"):
        history.path.with_name(history.path.name + suffix).unlink()
    with caplog.at_level(logging.WARNING, logger=WRITER_LOG):
        history.writer.finish(sid, "stopped", 20.0)
        assert history.flush(timeout=30)
        history.close()
    assert caplog.text.count("the history file is gone") == 1
    with History.open() as again:
        assert [(r.id, r.status, r.duration_seconds) for r in again.sessions()] == [
            (sid, "stopped", 20.0)
        ]


def test_a_replaced_file_gets_this_runs_sessions(
    history: History, caplog: pytest.LogCaptureFixture
) -> None:
    done = begin(history)
    history.writer.finish(done, "completed", 243.0)
    live = begin(history)
    assert history.flush(timeout=30)
    for suffix in ("", "-wal", "-shm"):  # set aside, as a damaged file would be
        old = history.path.with_name(history.path.name + suffix)
        old.rename(old.with_name(old.name + ".old"))
    History.open().close()  # another breathe starts a fresh file
    with caplog.at_level(logging.WARNING, logger=WRITER_LOG):
        history.writer.touch(live, 9.0)
        assert history.flush(timeout=30)
    assert "the history file was replaced" in caplog.text
    with History.open() as fresh:
        rows = {r.id: (r.status, r.duration_seconds) for r in fresh.sessions()}
    assert rows == {done: ("completed", 243.0), live: ("running", 9.0)}


def test_a_file_that_is_not_a_breathe_history_is_not_written(history: History) -> None:
    sid = begin(history)
    assert history.flush(timeout=30)
    history.path.unlink()
    for suffix in ("-wal", "-shm"):
        history.path.with_name(history.path.name + suffix).unlink()
    with contextlib.closing(sqlite3.connect(history.path)) as other:
        other.execute("CREATE TABLE unrelated (x)")
    history.writer.touch(sid, 5.0)
    assert history.flush(timeout=30)
    assert "not one this breathe can write" in (history.writer._unusable or "")
    assert len(kept_files(history)) == 1


def test_a_session_that_cannot_be_kept_anywhere_is_logged(
    history: History, caplog: pytest.LogCaptureFixture
) -> None:
    sid = begin(history)
    assert history.flush(timeout=30)
    history.unsaved_dir.parent.joinpath("unsaved").write_text("a file in the way\n")
    damage(history.path)
    with caplog.at_level(logging.ERROR, logger=WRITER_LOG):
        history.writer.finish(sid, "completed", 243.0)
        assert history.flush(timeout=30)
    assert f"session {sid} could not be kept anywhere" in caplog.text


def test_no_copy_before_the_exit_wait_is_said_and_the_row_still_lands(
    caplog: pytest.LogCaptureFixture,
) -> None:
    history = History.open()
    sid = begin(history)
    assert history.flush(timeout=30)
    history.unsaved_dir.write_text("a file where the folder should be\n")
    with write_lock(history.path) as other:
        history.writer.finish(sid, "stopped", 12.0)
        failed_once(history)
        writer = history.writer

        def let_go_later() -> None:
            wait_until(lambda: writer._closing, "close to start")
            other.execute("ROLLBACK")

        releaser = threading.Thread(target=let_go_later)
        releaser.start()
        with caplog.at_level(logging.WARNING, logger=WRITER_LOG):
            history.close()
        releaser.join()
    assert f"session {sid} not copied before exit" in caplog.text
    history.unsaved_dir.unlink()
    with History.open() as again:
        row = again.get(sid)
        assert row is not None and (row.status, row.duration_seconds) == ("stopped", 12.0)


# -- what the writer takes ---------------------------------------------------------------


def test_nothing_is_written_after_the_end_or_for_an_unknown_session(history: History) -> None:
    sid = begin(history)
    assert history.writer.finish(sid, "stopped", 10.0)
    assert not history.writer.touch(sid, 11.0)
    assert not history.writer.finish(sid, "completed", 12.0)
    assert history.writer.update(sid, rating_after=1)  # after-ratings come after the end
    assert not history.writer.touch("no-such-session", 1.0)
    assert history.flush(timeout=30)
    row = history.get(sid)
    assert row is not None
    assert (row.status, row.duration_seconds, row.rating_after) == ("stopped", 10.0, 1)


def test_bad_values_are_refused_at_once(history: History) -> None:
    with pytest.raises(HistoryError, match="planned_seconds"):
        history.writer.begin("breathing", None, {}, -1.0)
    sid = begin(history)
    with pytest.raises(HistoryError, match="duration_seconds"):
        history.writer.touch(sid, float("nan"))
    with pytest.raises(HistoryError, match="status must be one of completed, stopped"):
        history.writer.finish(sid, "interrupted", 3.0)
    with pytest.raises(HistoryError, match="rating_after"):
        history.writer.update(sid, rating_after=11)
    with pytest.raises(HistoryError, match="started_at is not a field"):
        history.writer.update(sid, started_at="2025-01-01T00:00:00+00:00")


def test_a_closed_history_takes_no_more_sessions() -> None:
    history = History.open()
    assert history.flush()  # no writer yet: nothing to wait for
    history.close()
    with pytest.raises(HistoryUnavailableError, match="closed"):
        begin(history)
    writer = history_writer.HistoryWriter(history.path)
    assert writer.close()  # never started: nothing to write
    assert writer.close()
    with pytest.raises(HistoryUnavailableError, match="closed"):
        writer.touch("any", 1.0)


def test_a_lock_folder_that_cannot_be_used_still_gets_the_row(
    history: History, caplog: pytest.LogCaptureFixture
) -> None:
    history.locks_dir.write_text("a file where the folder should be\n", encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger=WRITER_LOG):
        sid = begin(history)
        assert history.flush(timeout=30)
    assert f"session {sid} has no liveness lock" in caplog.text
    history.writer.finish(sid, "completed", 243.0)
    assert history.flush(timeout=30)
    assert history.get(sid).status == "completed"  # type: ignore[union-attr]


@pytest.mark.parametrize("everything", [False, True], ids=["delete", "delete-all"])
def test_a_session_deleted_before_its_row_was_written_is_not_written_back(
    monkeypatch: pytest.MonkeyPatch, everything: bool
) -> None:
    monkeypatch.setattr(history_writer, "FIRST_PAUSE", 3600.0)  # no retry until close
    history = History.open()
    with write_lock(history.path):
        sid = begin(history)
        failed_once(history)
    if everything:
        assert history.delete_all() == 0
    else:
        assert not history.delete(sid)
    history.close()  # cuts the pause short: nothing is left to write
    with History.open() as again:
        assert again.count() == 0


def test_lasting_tells_a_damaged_file_from_a_busy_one() -> None:
    def coded(code: int) -> sqlite3.Error:
        exc = sqlite3.OperationalError("from SQLite")
        exc.sqlite_errorcode = code  # type: ignore[attr-defined]
        return exc

    assert not lasting(coded(5))  # SQLITE_BUSY
    assert not lasting(coded(13))  # SQLITE_FULL
    assert not lasting(coded(10 | 3 << 8))  # SQLITE_IOERR_WRITE, an extended code
    assert lasting(coded(11))  # SQLITE_CORRUPT
    assert lasting(coded(26))  # SQLITE_NOTADB
    # Python 3.10 gives no codes: SQLite's words
    assert not lasting(sqlite3.OperationalError("database is locked"))
    assert not lasting(sqlite3.OperationalError("database or disk is full"))
    assert lasting(sqlite3.DatabaseError("file is not a database"))
    assert lasting(sqlite3.OperationalError("no such table: sessions"))


def test_a_change_made_while_a_write_is_under_way_is_written_next(
    history: History, monkeypatch: pytest.MonkeyPatch
) -> None:
    sid = begin(history)
    assert history.flush(timeout=30)
    real = history_writer.bring_up_to_date
    changed_midway: list[bool] = []

    def person_changes_the_rating_meanwhile(*args: object, **kwargs: object) -> None:
        if not changed_midway:  # the rating is changed again while 3 is being written
            changed_midway.append(history.writer.update(sid, rating_after=4))
        real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(history_writer, "bring_up_to_date", person_changes_the_rating_meanwhile)
    history.writer.update(sid, rating_after=3)
    assert history.flush(timeout=30)
    assert changed_midway == [True]
    assert history.get(sid).rating_after == 4  # type: ignore[union-attr]


def test_deleting_finished_sessions_of_this_run_works_like_any_other(history: History) -> None:
    done = begin(history)
    history.writer.finish(done, "completed", 243.0)
    other = begin(history)
    history.writer.finish(other, "stopped", 5.0)
    assert history.flush(timeout=30)
    assert history.delete(done)
    assert not history.delete("never-here")
    assert [r.id for r in history.sessions()] == [other]
    assert not history.writer.update(done, rating_after=2)  # gone for good


def test_a_fault_in_the_writer_itself_keeps_the_sessions_and_stops_trying(
    history: History, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("a bug")

    monkeypatch.setattr(history_writer, "bring_up_to_date", broken)
    with caplog.at_level(logging.ERROR, logger=WRITER_LOG):
        sid = begin(history)
        history.writer.finish(sid, "stopped", 30.0)
        assert history.flush(timeout=30)
    assert "the history writer failed" in caplog.text
    (kept,) = kept_files(history)
    assert json.loads(kept.read_text(encoding="utf-8"))["status"] == "stopped"
