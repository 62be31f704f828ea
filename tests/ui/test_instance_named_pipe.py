"""The single-instance hand-off as Windows does it: Qt's local sockets on both ends.

On Windows ``QLocalSocket`` and ``QLocalServer`` use a named pipe called after the key;
here the same Qt classes use a socket file in the temporary folder. The asking half runs in
a second process, as a second launch of breathe does, while this one serves.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6 import QtNetwork
from pytestqt.qtbot import QtBot

from breathe.desktop import instance_client, instance_server
from breathe.desktop.instance_server import InstanceServer
from breathe.launch import LaunchRequest


@pytest.fixture
def named_pipes(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    monkeypatch.setattr(instance_client, "NAMED_PIPES", True)
    # where Qt puts a bare name off Windows; short, as a socket path must be
    folder = Path(tempfile.mkdtemp(prefix="bp-", dir="/tmp"))
    monkeypatch.setenv("TMPDIR", str(folder))
    assert instance_server.address is instance_client.address
    yield "breathe-pipe-test"
    shutil.rmtree(folder, ignore_errors=True)


ASK = """
import sys
from breathe.desktop import instance_client
from breathe.launch import LaunchRequest
instance_client.NAMED_PIPES = True
print(instance_client.forward_to_running(sys.argv[1], LaunchRequest.from_json(sys.argv[2])))
"""


def ask_from_another_process(key: str, request: LaunchRequest) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", ASK, key, request.to_json()],
        stdout=subprocess.PIPE,
        text=True,
    )


def test_a_second_launch_reaches_the_first_through_a_qt_local_socket(
    qtbot: QtBot, named_pipes: str
) -> None:
    assert instance_client.address(named_pipes) == named_pipes  # a pipe name, not a path
    server = InstanceServer(named_pipes)
    assert server.listening
    request = LaunchRequest(practice="grounding", options={"variant": "5-4-3-2-1"})
    with qtbot.waitSignal(server.request_received, timeout=20000) as got:
        asking = ask_from_another_process(named_pipes, request)
    qtbot.waitUntil(lambda: asking.poll() is not None, timeout=20000)
    assert asking.communicate()[0].strip() == "True"  # it got the answer and stops there
    assert got.args == [request]
    server.deleteLater()


def test_with_nobody_listening_the_launch_opens_its_own_window(named_pipes: str) -> None:
    assert instance_client.forward_to_running(named_pipes, LaunchRequest()) is False


class EarlyAnswerSocket:
    """A local socket whose answer arrives while the request is still being written.

    Qt's ``waitForReadyRead`` then waits for *more* data, and would time out.
    """

    def __init__(self) -> None:
        self.buffer = b""
        self.sent = b""

    def connectToServer(self, key: str) -> None:
        self.key = key

    def waitForConnected(self, _ms: int) -> bool:
        return True

    def write(self, data: bytes) -> int:
        self.sent += data
        return len(data)

    def flush(self) -> bool:
        return True

    def waitForBytesWritten(self, _ms: int) -> bool:
        self.buffer = instance_client.ACK  # the running breathe answered meanwhile
        return False

    def bytesAvailable(self) -> int:
        return len(self.buffer)

    def waitForReadyRead(self, _ms: int) -> bool:
        return False  # nothing new

    def readAll(self) -> SimpleNamespace:
        data, self.buffer = self.buffer, b""
        return SimpleNamespace(data=lambda: data)

    def disconnectFromServer(self) -> None:
        return None


def test_an_answer_that_came_while_writing_still_counts(
    monkeypatch: pytest.MonkeyPatch, named_pipes: str
) -> None:
    monkeypatch.setattr(QtNetwork, "QLocalSocket", EarlyAnswerSocket)
    assert instance_client.forward_to_running(named_pipes, LaunchRequest()) is True
