"""A database another program holds locked during a session: nothing waits, nothing is lost.

Another program's write lock is a real second connection holding ``BEGIN IMMEDIATE`` (what
``breathe history --import`` of a large file, or a backup tool, does). The session's step
boundaries go on at once, and its row still ends ``completed`` or ``stopped`` with the
right duration once the lock is let go, never ``interrupted``.
"""

from __future__ import annotations

import contextlib
import signal
import sqlite3
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from breathe.engine.practices.catalog import build_plan
from breathe.engine.runner import Status
from breathe.store import history_sync
from breathe.store.history import History
from breathe.store.recorder import HistoryRecorder
from breathe.ui.session.controller import SessionController
from tests.conftest import FakeClock
from tests.integration.conftest import App, messages, read_rows, wait_until

StartApp = Callable[..., App]


@contextlib.contextmanager
def write_lock(path: Path) -> Iterator[sqlite3.Connection]:
    """Another program holding the database's write lock until the block ends."""
    other = sqlite3.connect(path, isolation_level=None, timeout=30)
    try:
        other.execute("BEGIN IMMEDIATE")
        yield other
        other.execute("ROLLBACK")
    finally:
        other.close()


def test_a_busy_database_holds_up_no_step_boundary_and_the_row_still_ends_completed(
    qapp: QApplication, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(history_sync, "ATTEMPT_SECONDS", 0.05)
    plan = build_plan("box", {})  # 3 s intro, then in 4, hold 4, out 4, hold 4...
    with History.open() as history:
        controller = SessionController(plan, clock=clock, recorder=HistoryRecorder(history))
        controller.start()
        assert history.flush(timeout=30)
        (row,) = history.sessions()
        assert (row.status, row.duration_seconds) == ("running", 0.0)
        with write_lock(history.path):
            clock.advance(3.0)
            controller.tick()  # a step boundary: its touch is noted, nothing waits for it
            assert controller.position().step.kind == "inhale"
            assert history.writer.pending() == 1
            wait_until(lambda: history.writer.trouble, "the writer to find the file busy")
            clock.advance(plan.total_seconds)
            controller.tick()  # the session ends while the file is still locked
            assert controller.status is Status.COMPLETED
            assert history.get(row.id).status == "running"  # type: ignore[union-attr]
        assert history.flush(timeout=30)  # the lock is let go: the ending is written
        done = history.get(row.id)
        assert done is not None
        assert (done.status, done.duration_seconds) == ("completed", plan.total_seconds)
        controller.deleteLater()


def test_sigterm_with_a_busy_database_still_saves_a_stopped_row_with_its_duration(
    start_app: StartApp,
) -> None:
    app = start_app("start", "box")
    app.row(lambda r: r["status"] == "running", "the running row")
    seen = time.monotonic()
    app.row(lambda r: r["duration_seconds"] >= 3.0, "the first step change")
    with write_lock(app.database):
        sent = time.monotonic()
        app.process.send_signal(signal.SIGTERM)
        app.log_line("the history cannot be written just now (database is locked)")
        assert app.process.poll() is None  # still there: its ending is not written yet
        assert read_rows(app.database)[0]["status"] == "running"
    assert app.wait() == 0
    (row,) = read_rows(app.database)
    assert row["status"] == "stopped"
    # the row appeared within a poll of the start, so it ran about sent - seen
    assert row["duration_seconds"] == pytest.approx(sent - seen, abs=1.0)
    assert messages(app.stderr) == []


def test_a_kill_during_the_exit_wait_still_leaves_the_real_ending(start_app: StartApp) -> None:
    app = start_app("start", "box")
    app.row(lambda r: r["duration_seconds"] >= 3.0, "the first step change")
    unsaved = app.database.parent / "unsaved"
    with write_lock(app.database):
        app.process.send_signal(signal.SIGTERM)  # logout: the row waits for the lock...
        wait_until(lambda: list(unsaved.glob("*.json")), "a copy kept before the wait")
        # kept while it still waits, not only once it gives up (after 20 s) at exit
        assert "gave up waiting" not in app.log_file.read_text(encoding="utf-8")
        app.process.send_signal(signal.SIGKILL)  # ...and the session manager kills it
        app.wait()
    with History.open(app.database) as history:  # the next breathe adds the copy
        (row,) = history.sessions()
    assert (row.status, row.duration_seconds >= 3.0) == ("stopped", True)
    assert list(unsaved.glob("*.json")) == []


def test_a_busy_database_does_not_stall_the_first_breaths_while_the_history_opens(
    shell: object, qtbot: object
) -> None:
    from pytestqt.qtbot import QtBot

    from breathe.app.shell import AppShell
    from breathe.launch import LaunchRequest
    from breathe.paths import locations

    assert isinstance(shell, AppShell) and isinstance(qtbot, QtBot)
    path = locations().database
    crashed = History.open(path)  # a session whose process vanished: opening marks it
    crashed.begin("grounding", None, {}, 60.0)
    assert crashed.flush(timeout=30)
    crashed.close()
    other = sqlite3.connect(path, isolation_level=None, timeout=30)
    other.execute("BEGIN IMMEDIATE")  # another program's write lock, across the start
    shell.launch(LaunchRequest(practice="box"))
    qtbot.waitExposed(shell.window)
    shell.after_first_paint()  # the history opens on a worker: this returns at once
    session = shell.session
    assert session is not None and session.controller.status is Status.RUNNING
    assert shell.opened_history is None and session.recorder is None
    other.execute("ROLLBACK")  # the other program lets go
    other.close()
    qtbot.waitUntil(lambda: session.recorder is not None, timeout=30_000)
    history = shell.opened_history
    assert history is not None and history.flush(timeout=30)
    assert [(r["practice"], r["status"]) for r in read_rows()] == [
        ("grounding", "interrupted"),
        ("breathing", "running"),
    ]
