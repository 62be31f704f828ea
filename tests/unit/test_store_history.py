"""The session history in one process: rows from the first second, touches, endings, edits."""

from __future__ import annotations

import logging
import os
import sqlite3
import stat
import uuid
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from breathe.paths import locations
from breathe.store.errors import HistoryError, HistoryUnavailableError
from breathe.store.history import UNSET, History
from breathe.store.history_file import is_corruption
from breathe.store.history_lock import lock_path
from breathe.store.history_record import SessionRecord


@pytest.fixture
def history() -> Iterator[History]:
    with History.open() as h:
        yield h


def at(text: str) -> datetime:
    return datetime.fromisoformat(text)


def test_a_new_history_is_private_current_and_in_wal_mode(breathe_home: Path) -> None:
    with History.open() as h:
        assert h.path == breathe_home / "data" / "history.sqlite3"
        assert h.notice is None
        assert h.backup is None
        assert stat.S_IMODE(h.path.stat().st_mode) == 0o600
        assert stat.S_IMODE(h.path.parent.stat().st_mode) == 0o700
        h.begin("grounding", None, {}, 180)
        for extra in ("-wal", "-shm"):
            wal = h.path.with_name(h.path.name + extra)
            assert stat.S_IMODE(wal.stat().st_mode) == 0o600
    with sqlite3.connect(locations().database) as raw:
        assert raw.execute("PRAGMA user_version").fetchone()[0] == 2
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    raw.close()


def test_begin_makes_a_running_row_at_once(history: History) -> None:
    sid = history.begin(
        "breathing",
        "box",
        {"pattern": (4, 4, 4, 4), "minutes": 4},
        243.0,
        rating_before=7,
        pain_before=5,
        tags=["evening", " evening ", ""],
    )
    assert uuid.UUID(sid).version == 4
    row = history.get(sid)
    assert row is not None
    assert row.status == "running"
    assert row.duration_seconds == 0.0
    assert row.planned_seconds == 243.0
    assert row.options == {"pattern": [4, 4, 4, 4], "minutes": 4}
    assert (row.rating_before, row.pain_before) == (7, 5)
    assert (row.rating_after, row.pain_after, row.note) == (None, None, None)
    assert row.tags == ("evening",)
    started = datetime.fromisoformat(row.started_at)
    assert started.utcoffset() is not None
    assert abs(started - datetime.now(timezone.utc)) < timedelta(seconds=5)
    lock = lock_path(history.locks_dir, sid)
    assert lock.read_text(encoding="utf-8") == f"{os.getpid()}\n"


def test_touch_and_finish(history: History) -> None:
    sid = history.begin("breathing", "coherent", {}, 303.0)
    assert history.touch(sid, 12.3456)
    assert history.get(sid).duration_seconds == 12.346  # type: ignore[union-attr]
    assert history.finish(sid, "stopped", 40.0)
    row = history.get(sid)
    assert row is not None
    assert (row.status, row.duration_seconds) == ("stopped", 40.0)
    assert not lock_path(history.locks_dir, sid).exists()
    assert not history.touch(sid, 50.0)
    assert not history.finish(sid, "completed", 60.0)
    assert history.get(sid).duration_seconds == 40.0  # type: ignore[union-attr]


def test_finish_takes_only_completed_or_stopped(history: History) -> None:
    sid = history.begin("breathing", None, {}, 60)
    with pytest.raises(HistoryError, match="status must be one of completed, stopped"):
        history.finish(sid, "interrupted", 10)
    assert history.get(sid).status == "running"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"rating_before": 11}, "rating_before must be a whole number from 0 to 10"),
        ({"pain_before": True}, "pain_before must be a whole number from 0 to 10"),
        ({"tags": ["x" * 41]}, "each tag must be text of at most 40 characters"),
        ({"tags": [f"t{i}" for i in range(21)]}, "at most 20 tags"),
        ({"started_at": datetime(2025, 3, 1, 9, 30)}, "started_at needs a time zone"),
    ],
)
def test_begin_refuses_bad_values_and_leaves_nothing(
    history: History, kwargs: dict[str, object], message: str
) -> None:
    with pytest.raises(HistoryError, match=message):
        history.begin("breathing", None, {}, 60, **kwargs)  # type: ignore[arg-type]
    assert history.count() == 0
    assert not history.locks_dir.exists() or list(history.locks_dir.iterdir()) == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("Breathing", None, {}, 60), "practice must be an id such as breathing or box"),
        (("breathing", "a b", {}, 60), "preset must be an id"),
        (("breathing", None, [1], 60), "options must be an object"),
        (("breathing", None, {"x": object()}, 60), "options must hold plain values"),
        (("breathing", None, {}, -1), "planned_seconds must be a number of seconds"),
        (("breathing", None, {}, float("inf")), "planned_seconds must be a number of seconds"),
        (("breathing", None, {}, 90_000), "planned_seconds must be a number of seconds"),
    ],
)
def test_begin_checks_what_it_stores(
    history: History, args: tuple[object, ...], message: str
) -> None:
    with pytest.raises(HistoryError, match=message):
        history.begin(*args)  # type: ignore[arg-type]
    assert history.count() == 0


def test_sets_in_options_are_stored_as_sorted_lists(history: History) -> None:
    sid = history.begin("relaxation", None, {"skip": frozenset({"neck", "jaw"})}, 600)
    assert history.get(sid).options == {"skip": ["jaw", "neck"]}  # type: ignore[union-attr]


def test_started_at_keeps_the_given_offset(history: History) -> None:
    sid = history.begin("grounding", None, {}, 120, started_at=at("2025-03-01T09:30:12.7+01:00"))
    assert history.get(sid).started_at == "2025-03-01T09:30:12+01:00"  # type: ignore[union-attr]


def test_update_sets_clears_and_leaves_alone(history: History) -> None:
    sid = history.begin("breathing", "box", {}, 243, rating_before=8, pain_before=6)
    history.finish(sid, "completed", 243)
    assert history.update(sid, rating_after=4, pain_after=5, tags=["flare"], note="calmer")
    row = history.get(sid)
    assert row is not None
    assert (row.rating_before, row.rating_after, row.pain_before, row.pain_after) == (8, 4, 6, 5)
    assert (row.tags, row.note, row.status) == (("flare",), "calmer", "completed")
    assert history.update(sid, rating_before=None, note="  ", tags=[])
    row = history.get(sid)
    assert row is not None
    assert (row.rating_before, row.rating_after, row.tags, row.note) == (None, 4, (), None)
    assert history.update(sid, pain_before=UNSET)
    assert history.get(sid).pain_before == 6  # type: ignore[union-attr]


def test_a_changed_preset_is_recorded_as_what_it_became(history: History) -> None:
    sid = history.begin("breathing", "box", {"pattern": [4, 4, 4, 4]}, 243)
    assert history.update(sid, preset=None, options={"pattern": [4, 4, 4, 4], "from_preset": "box"})
    row = history.get(sid)
    assert row is not None
    assert (row.preset, dict(row.options)) == (
        None,
        {"pattern": [4, 4, 4, 4], "from_preset": "box"},
    )
    assert history.update(sid, preset="box")
    assert history.get(sid).preset == "box"  # type: ignore[union-attr]
    with pytest.raises(HistoryError):
        history.update(sid, preset="Box!")
    with pytest.raises(HistoryError, match="options must be an object"):
        history.update(sid, options=["box"])  # type: ignore[arg-type]


def test_update_of_a_missing_session_says_so(history: History) -> None:
    assert not history.update("no-such-id", rating_after=3)
    assert not history.update("no-such-id")
    with pytest.raises(HistoryError, match="note must be text of at most 5000 characters"):
        history.update("no-such-id", note="x" * 5001)


def test_update_refuses_bad_values(history: History) -> None:
    sid = history.begin("breathing", None, {}, 60)
    with pytest.raises(HistoryError, match=r"rating_after .* \(got -1\)"):
        history.update(sid, rating_after=-1)
    with pytest.raises(HistoryError, match="tags must be a list of words"):
        history.update(sid, tags="calm")
    with pytest.raises(HistoryError, match="each tag must be text"):
        history.update(sid, tags=[3])  # type: ignore[list-item]
    with pytest.raises(HistoryError, match="note must be text"):
        history.update(sid, note=5)  # type: ignore[arg-type]
    assert history.get(sid).rating_after is None  # type: ignore[union-attr]


def test_sessions_are_ordered_by_real_time_across_offsets(history: History) -> None:
    # 10:00 in Berlin (UTC+2) is 08:00 UTC: earlier than 09:00 in London (UTC+0)
    berlin = history.begin("breathing", "box", {}, 60, started_at=at("2025-06-01T10:00:00+02:00"))
    london = history.begin("breathing", "sigh", {}, 60, started_at=at("2025-06-01T09:00:00+00:00"))
    early = history.begin("grounding", None, {}, 60, started_at=at("2025-05-01T09:00:00+00:00"))
    assert [r.id for r in history.sessions()] == [london, berlin, early]
    assert [r.id for r in history.sessions(newest_first=False)] == [early, berlin, london]
    assert [r.id for r in history.sessions(limit=1)] == [london]
    assert [r.id for r in history.sessions(limit=2, offset=1)] == [berlin, early]
    assert [r.id for r in history.sessions(offset=2)] == [early]
    assert history.count() == 3


def test_delete_and_delete_all(history: History) -> None:
    done = history.begin("breathing", None, {}, 60)
    history.finish(done, "completed", 60)
    live = history.begin("breathing", None, {}, 60)
    other = history.begin("grounding", None, {}, 60)
    assert history.delete(done)
    assert not history.delete(done)
    assert history.get(done) is None
    assert history.delete(live)
    assert not lock_path(history.locks_dir, live).exists()
    assert not history.touch(live, 5)
    assert history.delete_all() == 1
    assert not lock_path(history.locks_dir, other).exists()
    assert not history.finish(other, "stopped", 5)
    assert history.count() == 0
    assert history.sessions() == []


def test_own_running_sessions_are_never_marked(history: History) -> None:
    sid = history.begin("breathing", None, {}, 60)
    assert history.mark_interrupted() == 0
    assert history.get(sid).status == "running"  # type: ignore[union-attr]


def test_a_second_history_in_the_same_process_sees_the_session_alive(history: History) -> None:
    sid = history.begin("breathing", None, {}, 60)
    with History.open() as other:
        assert other.get(sid).status == "running"  # type: ignore[union-attr]
        assert other.mark_interrupted() == 0
    assert history.finish(sid, "completed", 60)


def test_closing_mid_session_leaves_it_to_be_marked_interrupted(breathe_home: Path) -> None:
    h = History.open()
    sid = h.begin("relaxation", None, {"groups": 7}, 600, rating_before=6)
    h.touch(sid, 95.5)
    h.close()
    assert not lock_path(h.locks_dir, sid).exists()
    with History.open() as again:
        row = again.get(sid)
        assert row is not None
        assert (row.status, row.duration_seconds, row.rating_before) == ("interrupted", 95.5, 6)
        assert again.mark_interrupted() == 0
        assert not again.finish(sid, "completed", 600)
        assert again.get(sid).status == "interrupted"  # type: ignore[union-attr]


def test_a_running_row_whose_lock_cannot_be_checked_stays_running(
    breathe_home: Path, caplog: pytest.LogCaptureFixture
) -> None:
    h = History.open()
    sid = h.begin("breathing", None, {}, 60)
    h.close()
    locks = h.locks_dir
    locks.rmdir()
    locks.write_text("a file where the folder should be", encoding="utf-8")
    with caplog.at_level(logging.WARNING), History.open() as again:
        assert again.get(sid).status == "running"  # type: ignore[union-attr]
    assert f"cannot check the lock of session {sid}" in caplog.text


def test_a_session_is_saved_even_when_its_liveness_lock_cannot_be_taken(
    breathe_home: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with History.open() as h:
        h.locks_dir.write_text("a file where the folder should be", encoding="utf-8")
        with caplog.at_level(logging.WARNING):
            sid = h.begin("breathing", None, {}, 60)
        assert h.finish(sid, "completed", 60)
        assert h.get(sid).status == "completed"  # type: ignore[union-attr]
    assert f"session {sid} has no liveness lock" in caplog.text


def test_a_failed_begin_with_no_lock_to_release_raises_as_it_was(breathe_home: Path) -> None:
    h = History.open()
    h.close()
    h.locks_dir.write_text("a file where the folder should be", encoding="utf-8")
    with pytest.raises(HistoryUnavailableError, match="closed database"):
        h.begin("breathing", None, {}, 60)


def test_a_failed_begin_releases_its_lock(breathe_home: Path) -> None:
    h = History.open()
    h.close()
    with pytest.raises(HistoryUnavailableError, match="closed database"):
        h.begin("breathing", None, {}, 60)
    assert list(h.locks_dir.iterdir()) == []


def record(sid: str, **changes: object) -> SessionRecord:
    fields: dict[str, object] = {
        "id": sid,
        "practice": "breathing",
        "preset": "box",
        "options": {"minutes": 4},
        "started_at": "2025-03-01T09:30:00+01:00",
        "planned_seconds": 243.0,
        "duration_seconds": 243.0,
        "status": "completed",
        "rating_before": 7,
        "rating_after": 4,
    }
    fields.update(changes)
    return SessionRecord(**fields)  # type: ignore[arg-type]


def test_import_adds_new_and_skips_present(history: History) -> None:
    mine = history.begin("grounding", None, {}, 60)
    history.finish(mine, "completed", 60)
    incoming = [
        record("a"),
        record("b", status="running", duration_seconds=30.0, tags=("work",)),
        record("a"),
        record(mine),
    ]
    assert history.import_records(incoming) == (2, 2)
    assert history.count() == 3
    b = history.get("b")
    assert b is not None
    assert (b.status, b.duration_seconds, b.tags) == ("interrupted", 30.0, ("work",))
    assert history.get(mine).practice == "grounding"  # type: ignore[union-attr]
    assert history.import_records([record("a"), record("b")]) == (0, 2)


def test_import_is_all_or_nothing(history: History) -> None:
    with pytest.raises(HistoryError, match="rating_after must be a whole number"):
        history.import_records([record("ok"), record("bad", rating_after=11)])
    assert history.count() == 0


def test_is_corruption_tells_damage_from_other_trouble() -> None:
    # errors made by Python code (and all errors on Python 3.10) carry no SQLite code
    assert is_corruption(sqlite3.DatabaseError("database disk image is malformed"))
    assert is_corruption(sqlite3.DatabaseError("file is not a database"))
    assert not is_corruption(sqlite3.OperationalError("database is locked"))
    assert not is_corruption(sqlite3.OperationalError("disk I/O error"))


def test_a_path_longer_than_sqlite_opens_is_said_plainly(tmp_path: Path) -> None:
    folder = tmp_path
    while len(str(folder)) < 700:
        folder = folder / ("deep-" + "x" * 95)
    with pytest.raises(HistoryError) as err:
        History.open(folder / "history.sqlite3")
    length = len(str((folder / "history.sqlite3").resolve()))
    assert str(err.value) == (
        f"its folder's path is {length} characters long, more than SQLite can open "
        "(about 500); set BREATHE_HOME to a shorter folder"
    )


def test_other_open_errors_are_not_blamed_on_the_path(tmp_path: Path) -> None:
    folder = tmp_path / "short"
    folder.mkdir()
    (folder / "history.sqlite3").mkdir()  # a folder where the file should be: not the path
    with pytest.raises(HistoryUnavailableError, match="unable to open database file") as err:
        History.open(folder / "history.sqlite3")
    assert isinstance(err.value.__cause__, sqlite3.OperationalError)


def test_a_new_session_id_is_a_random_uuid4_as_uuid_writes_it() -> None:
    from breathe.store.history_rows import random_id

    ids = [random_id() for _ in range(200)]
    assert len(set(ids)) == 200
    for text in ids:
        parsed = uuid.UUID(text)
        assert (parsed.version, parsed.variant) == (4, uuid.RFC_4122)
        assert str(parsed) == text
