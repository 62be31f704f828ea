"""One breathe per data folder, between real processes under offscreen Qt.

A child process runs an ``InstanceServer`` and prints every request it receives; other
processes forward launches to it. Nothing sleeps: each step waits for a line of output.
"""

from __future__ import annotations

import json
import os
import queue
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from breathe.launch import LaunchRequest
from breathe.paths import locations

WAIT = 30.0  # seconds: generous for a slow CI machine; a pass takes well under one

SERVER = """
import sys
from PySide6.QtCore import QCoreApplication
from breathe.paths import locations
from breathe.desktop.instance_server import InstanceServer

app = QCoreApplication(sys.argv[:1])
server = InstanceServer(locations().instance_key())
server.request_received.connect(lambda r: print("received", r.to_json(), flush=True))
print("listening" if server.listening else "not listening", flush=True)
sys.exit(app.exec())
"""

FORWARD = """
import sys
from PySide6.QtCore import QCoreApplication
from breathe.launch import LaunchRequest
from breathe.desktop.instance_client import forward_to_running
from breathe.paths import locations

app = QCoreApplication(sys.argv[:1])
request = LaunchRequest.from_json(sys.argv[1])
ok = forward_to_running(locations().instance_key(), request)
print("qt network loaded:", "PySide6.QtNetwork" in sys.modules, flush=True)
print("result:", "forwarded" if ok else "not forwarded", flush=True)
"""


class Child:
    """A python child whose output lines are read as they come."""

    def __init__(self, args: list[str], env: dict[str, str]) -> None:
        self.process = subprocess.Popen(
            args,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            env=env,
        )
        self.lines: queue.Queue[str | None] = queue.Queue()
        self.seen: list[str] = []
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.put(line.rstrip("\n"))
        self.lines.put(None)

    def expect(self, prefix: str) -> str:
        """The next line starting with ``prefix`` (Qt may log other lines first)."""
        while True:
            try:
                line = self.lines.get(timeout=WAIT)
            except queue.Empty:
                pytest.fail(f"no {prefix!r} line within {WAIT}s; output so far: {self.seen}")
            if line is None:
                pytest.fail(f"process ended before {prefix!r}; output: {self.seen}")
            self.seen.append(line)
            if line.startswith(prefix):
                return line

    def received(self) -> LaunchRequest:
        return LaunchRequest.from_json(self.expect("received ").removeprefix("received "))

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(timeout=WAIT)
        self._reader.join(timeout=WAIT)
        if self.process.stdout:
            self.process.stdout.close()


Spawn = Callable[..., Child]  # (script or None, *args, home=...) -> a started Child


@pytest.fixture
def socket_dir() -> Iterator[Path]:
    """A short user-only runtime folder (``XDG_RUNTIME_DIR``), where the socket files go
    (their paths are limited to 108 bytes)."""
    folder = Path(tempfile.mkdtemp(prefix="bi-"))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def spawn(socket_dir: Path) -> Iterator[Spawn]:
    children: list[Child] = []

    def start(script: str | None, *args: str, home: Path | None = None) -> Child:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_RUNTIME_DIR": str(socket_dir),
            "PYTHONDONTWRITEBYTECODE": "1",
        }
        if home is not None:
            env["BREATHE_HOME"] = str(home)
        argv = [sys.executable, "-c", script, *args] if script else [sys.executable, *args]
        child = Child(argv, env)
        children.append(child)
        return child

    yield start
    for child in children:
        child.stop()


def forward(spawn: Spawn, request: LaunchRequest, home: Path | None = None) -> str:
    child = spawn(FORWARD, request.to_json(), home=home)
    result = child.expect("result: ").removeprefix("result: ")
    child.process.wait(timeout=WAIT)
    assert child.process.returncode == 0, child.seen
    return result


GROUNDING = LaunchRequest(practice="grounding", options={"variant": "5-4-3-2-1"}, voice=True)


def test_a_second_process_forwards_its_launch_to_the_first(spawn: Spawn) -> None:
    server = spawn(SERVER)
    assert server.expect("listening") == "listening"
    assert forward(spawn, GROUNDING) == "forwarded"
    assert server.received() == GROUNDING


def test_asking_loads_no_qt_network_before_the_first_window(spawn: Spawn) -> None:
    server = spawn(SERVER)
    server.expect("listening")
    child = spawn(FORWARD, GROUNDING.to_json())
    assert child.expect("qt network loaded: ") == "qt network loaded: False"
    assert child.expect("result: ") == "result: forwarded"


def test_a_desktop_action_command_reaches_the_running_breathe(spawn: Spawn) -> None:
    """``breathe start box`` (the Box breathing quick start) forwards instead of opening."""
    server = spawn(SERVER)
    server.expect("listening")
    cli = spawn(None, "-m", "breathe", "start", "box")
    assert cli.process.wait(timeout=WAIT) == 0, cli.seen
    request = server.received()
    assert request.practice == "box"
    assert request.fullscreen is False


def test_a_hand_off_to_a_running_breathe_loads_no_qt_at_all(spawn: Spawn) -> None:
    """The second process of a desktop action only forwards: PySide6 is never imported."""
    server = spawn(SERVER)
    server.expect("listening")
    cli = spawn(None, "-X", "importtime", "-m", "breathe", "start", "coherent")
    assert cli.process.wait(timeout=WAIT) == 0, cli.seen
    assert server.received().practice == "coherent"
    cli.stop()  # every line read
    imported = "\n".join(line for line in iter(cli.lines.get_nowait, None))  # -X importtime

    assert "breathe.cli.main" in imported  # the report is there...
    assert "PySide6" not in imported and "shiboken6" not in imported  # ...and Qt is not


def test_a_stale_socket_from_a_killed_server_is_cleaned_up(spawn: Spawn, socket_dir: Path) -> None:
    first = spawn(SERVER)
    first.expect("listening")
    first.process.send_signal(signal.SIGKILL)
    first.process.wait(timeout=WAIT)
    stale = socket_dir / locations().instance_key()
    assert stale.is_socket()  # the crash left its socket file behind
    assert forward(spawn, GROUNDING) == "not forwarded"  # nobody answers there

    second = spawn(SERVER)
    assert second.expect("listening") == "listening"
    assert forward(spawn, GROUNDING) == "forwarded"
    assert second.received() == GROUNDING


def test_a_malformed_message_is_ignored_and_the_server_keeps_listening(
    spawn: Spawn, socket_dir: Path
) -> None:
    server = spawn(SERVER)
    server.expect("listening")
    with socket.socket(socket.AF_UNIX) as raw:
        raw.settimeout(WAIT)
        raw.connect(str(socket_dir / locations().instance_key()))
        raw.sendall(b"this is not json\n")
        assert raw.recv(16) == b""  # the server closed it without an answer
    assert forward(spawn, GROUNDING) == "forwarded"
    assert server.received() == GROUNDING


def test_two_data_folders_never_talk_to_each_other(
    spawn: Spawn, tmp_path: Path, breathe_home: Path
) -> None:
    other_home = tmp_path / "someone-else"
    keys = {
        json.loads(
            subprocess.run(
                [
                    sys.executable,
                    "-c",
                    "from breathe.paths import locations as l; "
                    "import json; print(json.dumps(l().instance_key()))",
                ],
                env={**os.environ, "BREATHE_HOME": str(home)},
                capture_output=True,
                text=True,
                check=True,
                timeout=WAIT,
            ).stdout
        )
        for home in (breathe_home, other_home)
    }
    assert len(keys) == 2

    server = spawn(SERVER, home=breathe_home)
    server.expect("listening")
    elsewhere = LaunchRequest(practice="relaxation")
    assert forward(spawn, elsewhere, home=other_home) == "not forwarded"
    assert forward(spawn, GROUNDING, home=breathe_home) == "forwarded"
    assert server.received() == GROUNDING  # the first request never arrived here
