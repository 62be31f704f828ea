"""The asking half of one-breathe-per-data-folder: hand a launch to a running breathe.

It runs before the first window, so on POSIX it uses a plain Unix socket (no Qt Network
to load); the listening half is :class:`breathe.desktop.instance_server.InstanceServer`. Both
find each other at :func:`address`, named after the data folder (``instance_key``).
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from breathe.launch import LaunchRequest

log = logging.getLogger(__name__)

CONNECT_MS = 300
ACK = b"ok\n"


#: Windows has no Unix sockets here: Qt's local sockets are named pipes there
NAMED_PIPES = sys.platform == "win32"


def address(key: str) -> str:
    """Where the server listens: a socket file in the temporary folder (``$TMPDIR`` or
    /tmp, where Qt puts a bare name) on POSIX, the name itself (a named pipe) on Windows."""
    if NAMED_PIPES:
        return key
    return str(Path(os.path.normpath(os.environ.get("TMPDIR") or "/tmp")) / key)


def forward_to_running(key: str, request: LaunchRequest) -> bool:
    """Send ``request`` to a running breathe; True if one took it."""
    if NAMED_PIPES:  # Windows: Qt's local sockets are named pipes there
        return _forward_with_qt(key, _message(request))
    where = address(key)
    if not Path(where).exists():  # nobody listens: the usual case, and no socket module
        return False
    import socket  # only when someone may be listening

    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as conn:
        conn.settimeout(CONNECT_MS / 1000)
        try:
            conn.connect(where)
        except OSError:  # nobody there (a crash left a file that refuses)
            return False
        try:
            conn.sendall(_message(request))
            conn.settimeout(CONNECT_MS * 3 / 1000)
            reply = b""
            while len(reply) < len(ACK) and (part := conn.recv(len(ACK) - len(reply))):
                reply += part
        except OSError as exc:
            log.info("the running breathe did not answer: %s", exc)
            return False
    return reply == ACK


def _message(request: LaunchRequest) -> bytes:
    return (request.to_json() + "\n").encode()


def _forward_with_qt(key: str, message: bytes) -> bool:
    """The Windows way: a Qt local socket (a named pipe there, a socket file elsewhere)."""
    from PySide6.QtNetwork import QLocalSocket

    conn = QLocalSocket()
    conn.connectToServer(key)
    if not conn.waitForConnected(CONNECT_MS):
        return False
    conn.write(message)
    conn.flush()
    conn.waitForBytesWritten(CONNECT_MS)
    # the answer may already have been read in while the request was being written, and
    # waitForReadyRead only waits for more: look at what is there first
    reply = b""
    while len(reply) < len(ACK):
        if not conn.bytesAvailable() and not conn.waitForReadyRead(CONNECT_MS * 3):
            break
        reply += bytes(conn.readAll().data())
    conn.disconnectFromServer()
    return reply == ACK
