"""A full disk while saving: what was there before stays intact, and a session goes on.

A child process gets a real write failure from the kernel: ``RLIMIT_FSIZE`` caps the size
of any file it writes (with ``SIGXFSZ`` ignored, a write past it fails with ``EFBIG``),
which is what a full disk looks like to SQLite and to an atomic file write. In-process,
SQLite's own ``max_page_count`` fills a real database.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from breathe.engine.practices.catalog import build_plan
from breathe.engine.runner import SessionRunner, Status
from breathe.paths import locations
from breathe.store import history_file, history_schema, history_sync, history_writer
from breathe.store.errors import HistoryUnavailableError
from breathe.store.history import History
from breathe.store.recorder import HistoryRecorder
from breathe.store.settings import Settings
from tests.conftest import FakeClock
from tests.integration.conftest import child_env, exported, messages, wait_until

LIMITED = r"""
import resource, signal, sys
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
limit = int(sys.argv[1])
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
exec(sys.argv[2])
"""

CLI = "from breathe.cli.main import main; sys.exit(main(sys.argv[3:]))"


def run_limited(limit: int, code: str, *args: str) -> subprocess.CompletedProcess[str]:
    """Run ``code`` in a child whose files cannot grow past ``limit`` bytes."""
    return subprocess.run(
        [sys.executable, "-c", LIMITED, str(limit), code, *args],
        env=child_env(),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def earlier_sessions(count: int) -> list[str]:
    ids = []
    with History.open() as history:
        for i in range(count):
            sid = history.begin("breathing", "box", {"minutes": 4}, 243.0, rating_before=i)
            history.finish(sid, "completed", 243.0)
            ids.append(sid)
    return ids


def test_disk_full_while_importing_keeps_the_previous_history(tmp_path: Path) -> None:
    ids = earlier_sessions(5)
    start = datetime(2024, 1, 1, tzinfo=timezone.utc)
    rows = [
        {
            "id": f"big-{i}",
            "practice": "grounding",
            "started_at": (start + timedelta(hours=i)).isoformat(),
            "planned_seconds": 60,
            "duration_seconds": 60,
            "status": "completed",
            "note": "a long evening note " * 200,
        }
        for i in range(200)
    ]
    big = tmp_path / "big.json"
    big.write_text(json.dumps(rows), encoding="utf-8")
    # about 800 KB to write; nothing may grow past 128 KiB
    done = run_limited(128 * 1024, CLI, "history", "--import", str(big))
    assert done.returncode == 1
    lines = messages(done.stderr)
    assert len(lines) == 1
    assert lines[0].startswith("breathe: unexpected error: ")
    assert "details in" in lines[0]
    after = exported()
    assert sorted(r["id"] for r in after) == sorted(ids)
    assert all(r["status"] == "completed" for r in after)
    with sqlite3.connect(locations().database) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


SAVE_SETTINGS = """
from breathe.store.settings import Settings
settings = Settings.load()
settings.crisis_contacts = [{"name": f"Friend {i}", "number": "0123 456 789"} for i in range(40)]
try:
    settings.save()
except OSError as exc:
    print("not saved:", exc.strerror)
"""


def test_disk_full_while_saving_settings_keeps_the_previous_file() -> None:
    settings = Settings()
    settings.voice = True
    settings.save()
    path = locations().settings
    before = path.read_bytes()
    done = run_limited(len(before) + 200, SAVE_SETTINGS)  # 40 contacts need 2 KB more
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "not saved: File too large"
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == ["settings.json"]  # no temp left
    assert Settings.load().voice is True


#: how the session writer opens its connection, before a test fills the disk
REAL_WRITER_GET = history_sync.WriterConnection.get


@pytest.fixture
def full_history(monkeypatch: pytest.MonkeyPatch) -> History:
    """An open history whose database cannot grow by another page: the disk is full."""
    earlier_sessions(3)
    real_connect = history_file.connect

    def limited(path: Path) -> sqlite3.Connection:
        conn = real_connect(path)
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {int(pages)}")
        return conn

    def limited_writer(self: history_sync.WriterConnection) -> tuple[sqlite3.Connection, bool]:
        conn, replaced = REAL_WRITER_GET(self)
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {int(pages)}")
        return conn, replaced

    monkeypatch.setattr(history_file, "connect", limited)
    monkeypatch.setattr(history_sync.WriterConnection, "get", limited_writer)
    history = History.open()
    # fill what room is left in the pages there are, as a disk fills up: big rows first,
    # then ever smaller ones into the gaps
    for size in (2000, 200, 20, 0):
        with pytest.raises(HistoryUnavailableError) as failed:
            for i in range(1000):
                sid = history.begin("grounding", None, {"filler": "x" * size, "i": i}, 60.0)
                history.finish(sid, "completed", 60.0)
        # SQLite rolls the transaction back itself when the disk is full, so the store's
        # own ROLLBACK fails too ("no transaction is active"), the full disk its context
        cause = failed.value.__cause__
        assert "full" in f"{cause} {cause.__context__ if cause else ''}"
    return history


def test_disk_full_during_a_session_keeps_the_previous_rows_and_the_session_goes_on(
    full_history: History, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(history_sync, "ATTEMPT_SECONDS", 0.05)
    monkeypatch.setattr(history_writer, "CLOSE_SECONDS", 0.2)
    before = [(r.id, r.status, r.duration_seconds) for r in full_history.sessions()]
    plan = build_plan("box", {})
    recorder = HistoryRecorder(full_history)
    runner = SessionRunner(plan, clock)
    runner.start()
    recorder.begin(plan)  # cannot be written: tried again and again meanwhile, no exception
    assert "full" in wait_until(lambda: full_history.writer.trouble, "a failed write")
    clock.advance(12.0)
    recorder.touch(runner.elapsed())
    assert runner.position().step.kind == "exhale"  # box: 3 s intro, in 4, hold 4, out 4
    runner.stop()
    recorder.finish(Status.STOPPED, runner.elapsed())
    assert recorder.update(rating_after=3)
    assert not recorder.failed
    after = [(r.id, r.status, r.duration_seconds) for r in full_history.sessions()]
    assert after == before
    full_history.close()  # gives up at its deadline: the session is kept in unsaved/
    assert len(list(full_history.unsaved_dir.glob("*.json"))) == 1
    with History.open() as reopened:  # still full: everything as it was, the file kept
        assert [(r.id, r.status, r.duration_seconds) for r in reopened.sessions()] == before
    assert len(list(full_history.unsaved_dir.glob("*.json"))) == 1
    # room again: the next open adds the session, and the earlier rows are untouched
    monkeypatch.setattr(history_file, "connect", history_schema.connect)
    monkeypatch.setattr(history_sync.WriterConnection, "get", REAL_WRITER_GET)
    with History.open() as roomy:
        rows = {r.id: (r.status, r.duration_seconds, r.rating_after) for r in roomy.sessions()}
    assert rows.pop(recorder.session_id or "") == ("stopped", 12.0, 3)
    assert sorted((sid, status, length) for sid, (status, length, _) in rows.items()) == sorted(
        before
    )
