"""The history across real processes: a vanished process, a live one, two writers at once."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from breathe.paths import locations
from breathe.store.history import History
from breathe.store.history_lock import SessionLock, claim_if_abandoned, lock_path

CHILD = r"""
import os, sys
from pathlib import Path
from breathe.store.history import History

mode, db = sys.argv[1], Path(sys.argv[2])
h = History.open(db)
if mode == "vanish":
    sid = h.begin("breathing", "box", {}, 243.0, rating_before=7)
    h.touch(sid, 42.5)
    print(sid, flush=True)
    os._exit(0)  # no finish, no close: like a crash
if mode == "hold":
    sid = h.begin("relaxation", None, {"groups": 7}, 600.0)
    h.touch(sid, 12.0)
    print(sid, flush=True)
    sys.stdin.readline()
    os._exit(0)
if mode == "write":
    print("ready", flush=True)
    sys.stdin.readline()
    for i in range(int(sys.argv[3])):
        sid = h.begin("breathing", None, {"i": i, "pid": os.getpid()}, 60.0)
        h.touch(sid, 1.0)
        h.mark_interrupted()
        h.finish(sid, "completed", 60.0)
    print("done", flush=True)
if mode == "writer":  # as the app writes: through the writer thread, flushed by close()
    print("ready", flush=True)
    sys.stdin.readline()
    for i in range(int(sys.argv[3])):
        sid = h.writer.begin("breathing", None, {"i": i, "pid": os.getpid()}, 60.0)
        h.writer.touch(sid, 1.0)
        h.mark_interrupted()
        h.writer.finish(sid, "completed", 60.0)
    h.close()
    print("done", flush=True)
"""


@pytest.fixture
def child() -> Iterator[Callable[..., subprocess.Popen[str]]]:
    """Starts ``CHILD`` with arguments; every child is ended and its pipes closed after."""
    started: list[subprocess.Popen[str]] = []

    def start(*args: str) -> subprocess.Popen[str]:
        proc = subprocess.Popen(
            [sys.executable, "-c", CHILD, *args],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        started.append(proc)
        return proc

    yield start
    for proc in started:
        if proc.poll() is None:
            proc.kill()
        with proc:  # closes the pipes and waits
            pass


def first_line(proc: subprocess.Popen[str]) -> str:
    assert proc.stdout is not None
    return proc.stdout.readline().strip()


def test_a_vanished_process_leaves_an_interrupted_row_with_its_last_touch(
    child: Callable[..., subprocess.Popen[str]],
) -> None:
    db = locations().database
    proc = child("vanish", str(db))
    sid = first_line(proc)
    assert proc.wait(timeout=60) == 0
    with History.open() as h:
        row = h.get(sid)
        assert row is not None
        assert (row.status, row.duration_seconds, row.rating_before) == ("interrupted", 42.5, 7)
    assert not lock_path(db.parent / "locks", sid).exists()


def test_sigkill_mid_session_is_found_by_the_next_open(
    child: Callable[..., subprocess.Popen[str]],
) -> None:
    db = locations().database
    History.open().close()
    proc = child("hold", str(db))
    sid = first_line(proc)
    with History.open() as h:
        assert h.get(sid).status == "running"  # type: ignore[union-attr]
        proc.kill()
        assert proc.wait(timeout=60) != 0
        assert h.get(sid).status == "running"  # type: ignore[union-attr]  # nobody looked yet
        assert h.mark_interrupted() == 1
        row = h.get(sid)
        assert row is not None
        assert (row.status, row.duration_seconds) == ("interrupted", 12.0)


def test_a_session_live_in_another_process_stays_running(
    child: Callable[..., subprocess.Popen[str]],
) -> None:
    db = locations().database
    proc = child("hold", str(db))
    sid = first_line(proc)
    try:
        with History.open() as h:
            assert h.mark_interrupted() == 0
            assert h.get(sid).status == "running"  # type: ignore[union-attr]
            assert not claim_if_abandoned(h.locks_dir, sid)
            mine = h.begin("breathing", None, {}, 60)
            h.finish(mine, "completed", 60)
            assert h.get(sid).status == "running"  # type: ignore[union-attr]
    finally:
        assert proc.stdin is not None
        proc.stdin.write("end\n")
        proc.stdin.flush()
        proc.wait(timeout=60)
    with History.open() as h:
        assert h.get(sid).status == "interrupted"  # type: ignore[union-attr]


@pytest.mark.parametrize("mode", ["write", "writer"])
def test_two_processes_writing_at_once_lose_and_double_nothing(
    child: Callable[..., subprocess.Popen[str]], mode: str
) -> None:
    db = locations().database
    History.open().close()
    n = 80
    procs = [child(mode, str(db), str(n)) for _ in range(2)]
    for proc in procs:
        assert first_line(proc) == "ready"
    for proc in procs:  # start both together
        assert proc.stdin is not None
        proc.stdin.write("go\n")
        proc.stdin.flush()
    for proc in procs:
        assert first_line(proc) == "done"
        assert proc.wait(timeout=120) == 0
    with History.open() as h:
        rows = h.sessions()
    assert len(rows) == 2 * n
    assert len({r.id for r in rows}) == 2 * n
    assert {r.status for r in rows} == {"completed"}
    per_process: dict[int, set[int]] = {}
    for r in rows:
        per_process.setdefault(r.options["pid"], set()).add(r.options["i"])
    assert sorted(per_process.values(), key=len) == [set(range(n)), set(range(n))]


def test_a_lock_is_exclusive_until_released(tmp_path: Path) -> None:
    lock = SessionLock.take(tmp_path, "abc")
    with pytest.raises(BlockingIOError):
        SessionLock.take(tmp_path, "abc")
    assert not claim_if_abandoned(tmp_path, "abc")
    lock.release()
    lock.release()
    assert not lock.path.exists()
    assert claim_if_abandoned(tmp_path, "abc")
    assert not lock.path.exists()
