"""A hostile neighbour on the same computer never hears a launch, nor stops breathe opening.

Another local user (``nobody``, through ``setpriv``) listens where breathe's single-instance
socket would be, or connects to it. breathe keeps its socket in the person's own runtime
folder, checks who owns a socket before talking to it, and who is at the other end
(``SO_PEERCRED``) on both sides.
"""

from __future__ import annotations

import os
import queue
import shutil
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from breathe.desktop.instance_client import forward_to_running
from breathe.desktop.instance_server import InstanceServer
from breathe.launch import LaunchRequest
from breathe.paths import locations
from tests.integration.conftest import App, child_env, messages, wait_until

NOBODY = 65534
AS_NOBODY = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"]
WAIT = 30.0

#: the neighbour: listens at each path given, answers "ok" and prints what it was sent
LISTEN = r"""
import os, socket, sys, threading
def serve(s):
    while True:
        conn, _ = s.accept()
        data = conn.recv(65536)
        if data:
            print("heard", data.decode(errors="replace").strip(), flush=True)
            conn.sendall(b"ok\n")
        conn.close()
for path in sys.argv[1:]:
    s = socket.socket(socket.AF_UNIX)
    s.bind(path)
    os.chmod(path, 0o777)
    s.listen()
    threading.Thread(target=serve, args=(s,), daemon=True).start()
print("listening", flush=True)
threading.Event().wait()
"""

#: the neighbour connecting: sends a launch, prints what came back
ASK = r"""
import socket, sys
s = socket.socket(socket.AF_UNIX)
s.settimeout(10)
s.connect(sys.argv[1])
try:
    s.sendall(sys.argv[2].encode() + b"\n")
    print("reply", repr(s.recv(16)), flush=True)
except OSError as exc:
    print("reply refused:", exc, flush=True)
"""


@pytest.fixture
def shared() -> Iterator[Path]:
    """A folder in /tmp that both users can reach (pytest's own tmp is root's, 0700)."""
    if shutil.which("setpriv") is None or os.geteuid() != 0:
        pytest.skip("needs root and setpriv to act as a second user")
    folder = Path(tempfile.mkdtemp(prefix="bn-"))  # short: socket paths are limited
    folder.chmod(0o1777)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


class Neighbour:
    """A process of the other user's, its output lines read as they come."""

    def __init__(self, script: str, *args: str) -> None:
        self.process = subprocess.Popen(
            [*AS_NOBODY, sys.executable, "-c", script, *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        self.lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.put(line.rstrip("\n"))

    def expect(self, prefix: str) -> str:
        seen = []
        while True:
            try:
                line = self.lines.get(timeout=WAIT)
            except queue.Empty:
                pytest.fail(f"the neighbour never said {prefix!r}; it said {seen}")
            seen.append(line)
            if line.startswith(prefix):
                return line

    def heard(self) -> list[str]:
        found = []
        while not self.lines.empty():
            line = self.lines.get()
            if line.startswith("heard"):
                found.append(line)
        return found

    def stop(self) -> None:
        self.process.kill()
        self.process.wait(timeout=WAIT)
        if self.process.stdout is not None:
            self.process.stdout.close()


@pytest.fixture
def neighbours() -> Iterator[Callable[..., Neighbour]]:
    started: list[Neighbour] = []

    def start(script: str, *args: str) -> Neighbour:
        started.append(Neighbour(script, *args))
        return started[-1]

    yield start
    for each in started:
        each.stop()


def nobody_folder(parent: Path, name: str) -> Path:
    folder = parent / name
    folder.mkdir(mode=0o755)
    os.chown(folder, NOBODY, NOBODY)
    return folder


def test_a_neighbour_listening_first_neither_stops_breathe_nor_hears_the_launch(
    shared: Path,
    neighbours: Callable[..., Neighbour],
    start_app: Callable[..., App],
) -> None:
    key = locations().instance_key()
    # where an older breathe put the socket (the temporary folder), and the user-only
    # fallback folder, made first by the neighbour so that it is theirs
    squatted = nobody_folder(shared, f"breathe-{os.getuid()}")
    spy = neighbours(LISTEN, str(shared / key), str(squatted / key))
    spy.expect("listening")
    env = child_env(TMPDIR=str(shared), XDG_RUNTIME_DIR=None)
    app = start_app("start", "box", "--private", env=env)
    app.first_paint()
    assert app.end() == 0
    assert "already open" not in app.stderr
    assert messages(app.stderr) == []
    assert spy.heard() == []  # and above all, not '"private": true'


def test_a_runtime_folder_that_is_not_the_persons_own_is_not_used(
    shared: Path,
    neighbours: Callable[..., Neighbour],
    start_app: Callable[..., App],
) -> None:
    key = locations().instance_key()
    theirs = nobody_folder(shared, "run")
    theirs.chmod(0o700)
    spy = neighbours(LISTEN, str(theirs / key))
    spy.expect("listening")
    mine = Path(tempfile.mkdtemp(prefix="bm-"))  # the fallback, short enough for a socket
    try:
        env = child_env(XDG_RUNTIME_DIR=str(theirs), TMPDIR=str(mine))
        app = start_app("start", "box", env=env)
        app.row(lambda r: r["status"] == "running", "its own session")
        own = mine / f"breathe-{os.getuid()}" / key  # a folder of the person's own
        wait_until(own.is_socket, "breathe's own socket in its own runtime folder")
        assert app.end() == 0
        assert spy.heard() == []
        assert "already open" not in app.stderr
    finally:
        shutil.rmtree(mine, ignore_errors=True)


def test_a_socket_of_ours_with_a_neighbour_listening_behind_it_gets_nothing(
    shared: Path, neighbours: Callable[..., Neighbour], monkeypatch: pytest.MonkeyPatch
) -> None:
    key = locations().instance_key()
    runtime = Path(tempfile.mkdtemp(prefix="br-"))  # ours, user-only
    try:
        monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
        theirs = nobody_folder(shared, "t")
        spy = neighbours(LISTEN, str(theirs / "s"))
        spy.expect("listening")
        # root moves the neighbour's listening socket into our folder and makes it look ours
        (theirs / "s").rename(runtime / key)
        os.chown(runtime / key, os.getuid(), os.getgid())
        assert forward_to_running(key, LaunchRequest(practice="box", private=True)) is False
        assert spy.heard() == []
        # a socket file someone else owns is not even connected to
        os.chown(runtime / key, NOBODY, NOBODY)
        assert forward_to_running(key, LaunchRequest(practice="box", private=True)) is False
        assert spy.heard() == []
    finally:
        shutil.rmtree(runtime, ignore_errors=True)


def test_the_running_breathe_refuses_a_launch_from_another_user(
    qtbot: QtBot,
    shared: Path,
    neighbours: Callable[..., Neighbour],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    runtime = shared / "r"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    key = locations().instance_key()
    server = InstanceServer(key)
    assert server.listening
    received: list[LaunchRequest] = []
    server.request_received.connect(received.append)
    # the neighbour reaches the socket anyway (root made it a second name where they can
    # get at it): the check of who is at the other end still holds
    (runtime / key).chmod(0o777)
    reachable = shared / "reachable"
    os.link(runtime / key, reachable)
    asker = neighbours(ASK, str(reachable), LaunchRequest(practice="box").to_json())
    qtbot.waitUntil(lambda: asker.process.poll() is not None, timeout=int(WAIT * 1000))
    reply = asker.expect("reply")
    assert not reply.startswith("reply b'ok")
    assert received == []
    # while this user's own launch still gets through
    request = LaunchRequest(practice="grounding")
    with qtbot.waitSignal(server.request_received, timeout=int(WAIT * 1000)):
        threading.Thread(target=forward_to_running, args=(key, request), daemon=True).start()
    assert received == [request]
    server.deleteLater()
