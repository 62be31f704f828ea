"""The fault matrix: what happens to a session and its history when things go wrong.

Each row is one test with real ``breathe`` processes on offscreen Qt. A session is ended
as soon as the test has seen what it needs (a row, a step change), never after a sleep.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import shutil
import signal
import sqlite3
import subprocess
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from breathe.paths import locations
from breathe.store.history_schema import SCHEMA_V1, SCHEMA_VERSION
from tests.integration.conftest import (
    App,
    breathe_command,
    child_env,
    exported,
    messages,
    read_rows,
    run_breathe,
    wait_until,
)

StartApp = Callable[..., App]


@pytest.fixture(scope="module", autouse=True)
def quit_at_end_session(tmp_path_factory: pytest.TempPathFactory) -> Iterator[App]:
    """A 0.5-minute session with --quit-at-end, started with this module: its ~40 s run
    while the other rows are tested, and the last test collects it."""
    folder = tmp_path_factory.mktemp("quit-at-end")
    env = child_env(BREATHE_HOME=str(folder / "home"))
    args = ["start", "breathing", "--bpm", "30", "--minutes", "0.5", "--quit-at-end"]
    app = App(args, env, folder)
    yield app
    app.kill()


def first_step_change(app: App) -> dict[str, Any]:
    """Wait until the session row exists and was touched at the intro's end (3 s in)."""
    return app.row(lambda r: r["duration_seconds"] >= 3.0, "the first step change")


def only(rows: list[dict[str, Any]]) -> dict[str, Any]:
    assert len(rows) == 1, rows
    return rows[0]


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_signal_mid_session_saves_a_stopped_row_with_its_duration(
    start_app: StartApp, sig: signal.Signals
) -> None:
    app = start_app("start", "box")
    app.row(lambda r: r["status"] == "running", "the running row")
    seen = time.monotonic()
    first_step_change(app)
    sent = time.monotonic()
    assert app.end(sig) == 0
    row = only(read_rows())
    assert row["status"] == "stopped"
    # the row appeared within a poll of the start, so it ran about sent - seen
    assert row["duration_seconds"] == pytest.approx(sent - seen, abs=1.0)
    assert messages(app.stderr) == []


def test_sigkill_mid_session_is_interrupted_after_the_next_history_command(
    start_app: StartApp,
) -> None:
    app = start_app("start", "box")
    touched = first_step_change(app)
    app.end(signal.SIGKILL)
    assert only(read_rows())["status"] == "running"  # nobody has looked yet
    row = only(exported())
    assert row["status"] == "interrupted"
    # its duration is the last update: the step change it was seen at
    assert row["duration_seconds"] == touched["duration_seconds"]
    assert 3.0 <= row["duration_seconds"] < 4.0


def test_corrupt_database_is_set_aside_and_the_session_runs(
    start_app: StartApp, breathe_home: Path
) -> None:
    db = locations().database
    db.parent.mkdir(parents=True, mode=0o700)
    garbage = b"this is not a database, but it was someone's history\n" * 50
    db.write_bytes(garbage)
    app = start_app("start", "box")
    app.row(lambda r: r["status"] == "running", "a row in a fresh database")
    assert app.end() == 0
    kept = list(db.parent.glob("history.sqlite3.corrupt-*"))
    assert len(kept) == 1
    assert kept[0].read_bytes() == garbage  # never deleted or changed
    assert messages(app.stderr) == [
        "breathe: Your session history could not be read, so breathe started a fresh one; "
        f"the old file is kept at {kept[0]}."
    ]
    assert only(exported())["status"] == "stopped"


def test_corrupt_settings_are_set_aside_and_the_session_runs(start_app: StartApp) -> None:
    settings = locations().settings
    settings.parent.mkdir(parents=True, mode=0o700)
    settings.write_text('{"voice": tru', encoding="utf-8")
    app = start_app("start", "box")
    app.row(lambda r: r["status"] == "running", "the running row")
    assert app.end() == 0
    kept = list(settings.parent.glob("settings.json.corrupt-*"))
    assert len(kept) == 1
    assert kept[0].read_text(encoding="utf-8") == '{"voice": tru'
    assert messages(app.stderr) == [
        "breathe: Your settings could not be read, so breathe is using its defaults; "
        f"the old file is kept at {kept[0]}."
    ]
    assert isinstance(json.loads(settings.read_text(encoding="utf-8")), dict)  # saved afresh
    assert only(read_rows())["status"] == "stopped"


def test_unusable_data_folder_runs_the_session_with_history_off(
    start_app: StartApp, breathe_home: Path
) -> None:
    # as root, chmod cannot make a folder unwritable: a regular file stands in its place
    breathe_home.mkdir(mode=0o700)
    blocker = breathe_home / "data"
    blocker.write_text("not a folder\n", encoding="utf-8")
    blocker.chmod(0o644)
    app = start_app("start", "box")
    app.log_line("session started: box")
    assert app.end() == 0
    assert messages(app.stderr) == [
        f"breathe: Cannot use {blocker} (it is a regular file, not a folder): "
        "your sessions are not saved."
    ]
    assert blocker.read_text(encoding="utf-8") == "not a folder\n"
    assert oct(blocker.stat().st_mode & 0o777) == oct(0o644)
    assert "session stopped after" in app.log_file.read_text(encoding="utf-8")


def no_sound_server(tmp_path: Path) -> dict[str, str]:
    """An environment in which no sound server answers, whatever runs on this machine."""
    return child_env(PULSE_SERVER=f"unix:{tmp_path / 'no-pulse'}", PIPEWIRE_REMOTE="none")


def test_no_audio_device_runs_the_session_and_writes_rows(
    start_app: StartApp, tmp_path: Path
) -> None:
    app = start_app("start", "box", "--voice", env=no_sound_server(tmp_path))
    first_step_change(app)
    app.log_line("No audio output was found")
    assert app.end() == 0
    assert only(read_rows())["status"] == "stopped"


def import_file(path: Path, first: int, count: int) -> None:
    start = datetime(2024, 1, 1, 8, 0, tzinfo=timezone.utc)
    rows = [
        {
            "id": f"import-{i:04d}",
            "practice": "grounding",
            "preset": None,
            "started_at": (start + timedelta(hours=i)).isoformat(),
            "planned_seconds": 180,
            "duration_seconds": 170.5,
            "status": "completed",
            "rating_before": i % 11,
            "tags": ["imported"],
        }
        for i in range(first, first + count)
    ]
    path.write_text(json.dumps(rows), encoding="utf-8")


def test_two_processes_writing_one_database_lose_and_double_nothing(
    start_app: StartApp, tmp_path: Path
) -> None:
    # 1 s breaths: the session writes its row every second meanwhile
    app = start_app("start", "breathing", "--bpm", "30")
    app.row(lambda r: r["duration_seconds"] >= 4.0, "a few step changes")
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    import_file(first, 0, 150)
    import_file(second, 50, 150)  # 100 rows in both files
    env = child_env()
    importers = [
        subprocess.Popen(
            breathe_command("history", "--import", str(f)),
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for f in (first, second)
    ]
    outputs = [p.communicate(timeout=60) for p in importers]
    assert [p.returncode for p in importers] == [0, 0], outputs
    touched = app.row(lambda r: r["duration_seconds"] >= 6.0, "more step changes")
    assert touched["status"] == "running"
    assert app.end() == 0
    added = sum(int(out.split()[1]) for out, _ in outputs)  # "Imported N sessions (...)"
    assert added == 200
    rows = exported()
    assert len(rows) == 201
    assert len({r["id"] for r in rows}) == 201
    assert sorted(r["id"] for r in rows if r["practice"] == "grounding") == [
        f"import-{i:04d}" for i in range(200)
    ]
    session = [r for r in rows if r["practice"] == "breathing"]
    assert only(session)["status"] == "stopped"
    assert only(session)["duration_seconds"] >= 6.0


V1_ROWS = [
    ("old-1", "breathing", "box", '{"minutes": 4}', "2024-11-02T08:15:00+00:00", 243.0, 243.0,
     "completed", 7, 3),
    ("old-2", "grounding", None, "{}", "2024-11-03T21:40:05+01:00", 180.0, 61.5, "stopped",
     None, None),
]  # fmt: skip


def test_database_from_an_older_schema_is_migrated_with_a_backup(start_app: StartApp) -> None:
    db = locations().database
    db.parent.mkdir(parents=True, mode=0o700)
    with contextlib.closing(sqlite3.connect(db)) as conn:
        conn.executescript(SCHEMA_V1)
        conn.executemany("INSERT INTO sessions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", V1_ROWS)
        conn.execute("PRAGMA user_version = 1")
        conn.commit()
    app = start_app("start", "box")
    app.row(lambda r: r["status"] == "running", "the new session's row")
    assert app.end() == 0
    assert messages(app.stderr) == []
    backups = list(db.parent.glob("history.sqlite3.bak-v1-*"))
    assert len(backups) == 1
    with contextlib.closing(sqlite3.connect(backups[0])) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
        assert conn.execute("SELECT id, rating_after FROM sessions ORDER BY id").fetchall() == [
            ("old-1", 3),
            ("old-2", None),
        ]
    with contextlib.closing(sqlite3.connect(db)) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    rows = {r["id"]: r for r in exported()}
    assert len(rows) == 3
    assert rows["old-1"]["rating_after"] == 3
    assert rows["old-1"]["pain_after"] is None
    assert rows["old-2"]["status"] == "stopped"
    new = [r for r in rows.values() if not r["id"].startswith("old-")]
    assert only(new)["status"] == "stopped"


NOTES = [
    "Calmer after 🌬️🫁 — the box felt easier today 😌",
    "شعرت بالهدوء بعد التمرين",  # Arabic, right to left
    "אחרי התרגול הרגשתי רגוע יותר",  # Hebrew, right to left
    "mixed \u202eRTL override\u202c and zero\u200bwidth, e\u0301 combining, 中文, ß",
    "line one\nline two\ttabbed \"quoted\" 'single' \\ backslash ,;= +1 -2 @x",
]


def test_non_ascii_and_very_long_notes_round_trip_through_export_and_import(
    tmp_path: Path, breathe_home: Path
) -> None:
    from breathe.store.history import History
    from breathe.store.history_record import MAX_NOTE

    longest = ("Ich atme ein 🌊 und aus; " * 1000)[:MAX_NOTE]
    with History.open() as history:
        for note in [*NOTES, longest]:
            sid = history.begin("breathing", "box", {"minutes": 4}, 243.0, tags=["ruhe", "夜"])
            history.finish(sid, "completed", 243.0)
            history.update(sid, note=note, rating_after=2)
    export = tmp_path / "export.json"
    done = run_breathe("history", "--format", "json", "--output", str(export))
    assert done.returncode == 0, done.stderr
    before = json.loads(export.read_text(encoding="utf-8"))
    assert sorted(r["note"] for r in before) == sorted([*NOTES, longest])

    elsewhere = child_env(BREATHE_HOME=str(tmp_path / "another-computer"))
    done = run_breathe("history", "--import", str(export), env=elsewhere)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"Imported {len(NOTES) + 1} sessions (0 were already here)."
    after = exported(elsewhere)
    assert sorted(after, key=lambda r: r["id"]) == sorted(before, key=lambda r: r["id"])
    # and the readable table and CSV show them without failing
    for fmt in ("table", "csv"):
        shown = run_breathe("history", "--format", fmt, env=elsewhere)
        assert shown.returncode == 0, shown.stderr


def test_a_note_longer_than_the_history_keeps_is_refused_on_import_in_one_line(
    tmp_path: Path,
) -> None:
    from breathe.store.history_record import MAX_NOTE

    row = {
        "id": str(uuid.uuid4()),
        "practice": "breathing",
        "started_at": "2024-05-01T08:00:00+02:00",
        "planned_seconds": 60,
        "duration_seconds": 60,
        "status": "completed",
        "note": "ä" * (MAX_NOTE + 1),
    }
    path = tmp_path / "long.json"
    path.write_text(json.dumps([row]), encoding="utf-8")
    done = run_breathe("history", "--import", str(path))
    assert done.returncode == 2
    assert len(done.stderr.splitlines()) == 1
    assert f"note must be text of at most {MAX_NOTE} characters" in done.stderr
    assert exported() == []


def test_a_huge_breathe_home_path_runs_a_session(start_app: StartApp, tmp_path: Path) -> None:
    home = tmp_path
    for i in range(6):  # six 200-character folder names: over 1,200 characters in all
        home = home / (f"{i}-breathe-" + "x" * 190)
    assert len(str(home)) > 1200
    env = child_env(BREATHE_HOME=str(home))
    app = start_app("start", "box", env=env)
    app.log_line("session started: box")
    assert app.end() == 0
    lines = messages(app.stderr)
    db = home / "data" / "history.sqlite3"
    if lines:  # SQLite cannot open paths this long everywhere: one clear line, no history
        assert len(lines) == 1
        assert lines[0].startswith("breathe: History is off for now: its folder's path is ")
        assert "set BREATHE_HOME to a shorter folder" in lines[0]
    else:
        assert only(read_rows(db))["status"] == "stopped"
    assert (home / "log" / "breathe.log").exists()


def file_state(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.glob("history.sqlite3*"))
    }


@pytest.fixture
def runtime() -> Iterator[Path]:
    """A user-only runtime folder (``XDG_RUNTIME_DIR``) short enough for a socket path."""
    folder = Path(tempfile.mkdtemp(prefix="bf-"))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.mark.parametrize("before", ["absent", "with-history"])
def test_private_session_leaves_the_database_as_it_was(
    start_app: StartApp, before: str, tmp_path: Path, runtime: Path
) -> None:
    db = locations().database
    if before == "with-history":
        earlier = start_app("start", "box")
        earlier.row(lambda r: r["status"] == "running", "an earlier session")
        assert earlier.end() == 0
    state = file_state(db.parent) if db.parent.exists() else {}
    # with every option of later features too: accepted, and they never make it fail
    args = ["--private", "--voice", "--no-sounds", "--fullscreen", "--screen", "1"]
    env = {**no_sound_server(tmp_path), "XDG_RUNTIME_DIR": str(runtime)}
    app = start_app("start", "box", *args, env=env)
    # a private session logs nothing to wait for: its single-instance socket is the last
    # thing that comes after the first paint
    wait_until(lambda: list(runtime.glob("breathe-*")), "what comes after the first paint")
    assert app.end() == 0
    after = file_state(db.parent) if db.parent.exists() else {}
    assert after == state
    assert len(read_rows()) == (1 if before == "with-history" else 0)


def test_quit_at_end_exits_0_by_itself_with_a_completed_row(quit_at_end_session: App) -> None:
    assert quit_at_end_session.wait(timeout=120) == 0
    row = only(exported(quit_at_end_session.env))
    assert row["status"] == "completed"
    assert row["duration_seconds"] == pytest.approx(row["planned_seconds"], abs=0.5)
    assert messages(quit_at_end_session.stderr) == []
