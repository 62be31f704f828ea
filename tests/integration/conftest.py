"""Helpers for tests that run breathe as a real process, the way a person or a script does.

Every child gets the test's own ``BREATHE_HOME`` (see ``tests/conftest.py``) and offscreen
Qt. Nothing sleeps for timing: a test waits for a condition (a history row, a log line)
with a deadline.
"""

from __future__ import annotations

import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import pytest

from breathe.paths import locations

#: generous for a loaded 2-core CI machine; a pass takes a fraction of it
DEADLINE = 30.0

#: lines Qt and the audio stack print on this platform whatever breathe does (the same
#: allow-list as ``qt_log_ignore`` in pyproject.toml, plus offscreen's ``raise()``)
QT_NOISE = re.compile(
    r"This plugin does not support|PulseAudio|pulseaudio|PipeWire|Failed to create.*audio"
    r"|QDBusConnection|XDG_RUNTIME_DIR"
    # libpulse, for a second user (setpriv) whose HOME is not theirs
    r"|Failed to create secure directory"
)

T = TypeVar("T")


def child_env(**changes: str | None) -> dict[str, str]:
    """This test's environment for a child (its BREATHE_HOME, offscreen Qt), with changes.

    A value of ``None`` removes that variable.
    """
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.pop("BREATHE_RAISE", None)
    for name, value in changes.items():
        if value is None:
            env.pop(name, None)
        else:
            env[name] = value
    return env


def breathe_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "breathe", *args]


def run_breathe(
    *args: str, env: dict[str, str] | None = None, timeout: float = 60.0
) -> subprocess.CompletedProcess[str]:
    """Run ``python -m breathe ARGS`` to the end; stdout and stderr as text."""
    return subprocess.run(
        breathe_command(*args),
        env=env if env is not None else child_env(),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
        stdin=subprocess.DEVNULL,
    )


def messages(stderr: str) -> list[str]:
    """The lines breathe itself wrote on stderr (platform noise left out)."""
    return [line for line in stderr.splitlines() if line.strip() and not QT_NOISE.search(line)]


def wait_until(check: Callable[[], T | None], what: str, deadline: float = DEADLINE) -> T:
    """Poll ``check`` until it returns something truthy; fail naming ``what`` at the deadline."""
    end = time.monotonic() + deadline
    while True:
        value = check()
        if value:
            return value
        if time.monotonic() > end:
            pytest.fail(f"gave up after {deadline:.0f} s waiting for {what}")
        time.sleep(0.02)  # a polling interval, not a timing assumption


def read_rows(database: Path | None = None) -> list[dict[str, Any]]:
    """Every history row, read-only (never creates the file); [] while there is none."""
    path = database or locations().database
    if not path.exists():
        return []
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
    conn.row_factory = sqlite3.Row
    try:
        rows = conn.execute("SELECT * FROM sessions ORDER BY started_epoch, rowid").fetchall()
    except sqlite3.DatabaseError:  # the schema is being made, or a damaged file set aside
        return []
    finally:
        conn.close()
    return [dict(row) for row in rows]


def exported(env: dict[str, str] | None = None) -> list[dict[str, Any]]:
    """``breathe history --format json``, parsed (this also marks interrupted rows)."""
    done = run_breathe("history", "--format", "json", env=env)
    assert done.returncode == 0, done.stderr
    data: list[dict[str, Any]] = json.loads(done.stdout)
    return data


class App:
    """A running ``breathe start ...`` (or ``breathe``) child, its output kept in files."""

    def __init__(self, args: list[str], env: dict[str, str], folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.stdout_path = folder / "stdout.txt"
        self.stderr_path = folder / "stderr.txt"
        # the app says when its first frame is painted (see app/startup_probe.py): a private
        # session logs nothing a test could wait for
        self.paint_report = folder / "first-paint.jsonl"
        env = {**env, "BREATHE_REPORT_FIRST_PAINT": str(self.paint_report)}
        self.env = env
        # log lines from before this process (an earlier one with the same home) do not count
        self._log_start = self.log_file.stat().st_size if self.log_file.exists() else 0
        with self.stdout_path.open("w") as out, self.stderr_path.open("w") as err:
            self.process = subprocess.Popen(
                breathe_command(*args), env=env, stdout=out, stderr=err, stdin=subprocess.DEVNULL
            )

    @property
    def log_file(self) -> Path:
        return Path(self.env["BREATHE_HOME"]) / "log" / "breathe.log"

    @property
    def database(self) -> Path:
        return Path(self.env["BREATHE_HOME"]) / "data" / "history.sqlite3"

    def row(self, check: Callable[[dict[str, Any]], bool], what: str) -> dict[str, Any]:
        """Wait for the (one) session row to satisfy ``check``."""

        def found() -> dict[str, Any] | None:
            self._alive(what)
            rows = read_rows(self.database)
            return rows[-1] if rows and check(rows[-1]) else None

        return wait_until(found, what)

    def log_line(self, text: str) -> str:
        """Wait until the log file has a line containing ``text``; returns that line."""

        def found() -> str | None:
            self._alive(f"{text!r} in the log")
            if not self.log_file.exists():
                return None
            with self.log_file.open("rb") as f:
                f.seek(self._log_start)
                lines = f.read().decode("utf-8", errors="replace").splitlines()
            return next((line for line in lines if text in line), None)

        return wait_until(found, f"{text!r} in the log")

    def first_paint(self) -> None:
        """Wait until the first frame is painted (signals end the session from then on)."""

        def painted() -> bool:
            self._alive("the first paint")
            return self.paint_report.exists() and self.paint_report.stat().st_size > 0

        wait_until(painted, "the first paint")

    def _alive(self, what: str) -> None:
        if self.process.poll() is not None:
            pytest.fail(
                f"breathe ended (status {self.process.returncode}) before {what}:\n{self.stderr}"
            )

    def end(self, sig: int = signal.SIGTERM, timeout: float = DEADLINE) -> int:
        """Send ``sig`` and wait for the exit status."""
        self.process.send_signal(sig)
        return self.wait(timeout)

    def wait(self, timeout: float = DEADLINE) -> int:
        return self.process.wait(timeout=timeout)

    @property
    def stderr(self) -> str:
        return self.stderr_path.read_text(encoding="utf-8", errors="replace")

    @property
    def stdout(self) -> str:
        return self.stdout_path.read_text(encoding="utf-8", errors="replace")

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=DEADLINE)


@pytest.fixture
def start_app(tmp_path: Path) -> Iterator[Callable[..., App]]:
    """Starts breathe children (``start_app("start", "box", env=...)``); all ended after."""
    started: list[App] = []

    def start(*args: str, env: dict[str, str] | None = None) -> App:
        app = App(list(args), env or child_env(), tmp_path / f"app-{len(started)}")
        started.append(app)
        return app

    yield start
    for app in started:
        app.kill()


@pytest.fixture
def shell(qapp: Any) -> Iterator[Any]:
    """The whole app object (``AppShell``) in this process, on offscreen Qt, closed after."""
    from breathe.app.shell import AppShell

    locs = locations()
    locs.ensure()
    # the shell styles the whole application: give the tests after it their look back
    look = (qapp.font(), qapp.palette(), qapp.styleSheet(), qapp.property("breatheThemeId"))
    app = AppShell(qapp, locs)
    yield app
    app.end_session()
    if app.voice is not None:
        app.voice.close()
    app.window.close()
    app.close()
    app.window.deleteLater()
    app.deleteLater()
    font, palette, sheet, theme = look
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    qapp.setFont(font)
    qapp.setProperty("breatheThemeId", theme)
