"""The asking half of one-breathe-per-data-folder: hand a launch to a running breathe.

It runs before the first window, so on POSIX it uses a plain Unix socket (no Qt Network
to load); the listening half is :class:`breathe.desktop.instance_server.InstanceServer`. Both
find each other at :func:`address`, named after the data folder (``instance_key``), in the
person's own runtime folder (``$XDG_RUNTIME_DIR``, or a user-only fallback): no other user
can listen there first. A launch (which may ask for a private session) is sent only to a
socket this user owns, whose listener runs as this user (``peer_uid``).
"""

from __future__ import annotations

import logging
import os
import stat
import struct
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from breathe.launch import LaunchRequest
from breathe.paths import runtime_dir

if TYPE_CHECKING:  # _socket loads only when someone may be listening
    import _socket

log = logging.getLogger(__name__)

CONNECT_MS = 300
ACK = b"ok\n"


#: Windows has no Unix sockets here: Qt's local sockets are named pipes there
NAMED_PIPES = sys.platform == "win32"


def address(key: str) -> str | None:
    """Where the server listens: a socket file in the runtime folder on POSIX (None when
    there is no safe one: no single instance then), the name itself (a named pipe) on
    Windows."""
    if NAMED_PIPES:
        return key
    try:
        return str(runtime_dir() / key)
    except OSError as exc:
        log.warning("no private folder for the single-instance socket: %s", exc)
        return None


def peer_uid(conn: _socket.socket) -> int | None:
    """The user id of the process at the other end of a Unix socket, or None where the
    system does not say (then the user-only folder is the only guard)."""
    import _socket

    if hasattr(_socket, "SO_PEERCRED"):  # Linux: struct ucred {pid, uid, gid}
        raw = conn.getsockopt(_socket.SOL_SOCKET, _socket.SO_PEERCRED, struct.calcsize("3i"))
        return int(struct.unpack("3i", raw)[1])
    if sys.platform == "darwin":  # LOCAL_PEERCRED: struct xucred {version, uid, ...}
        raw = conn.getsockopt(0, 0x001, struct.calcsize("2I"))
        return int(struct.unpack("2I", raw[: struct.calcsize("2I")])[1])
    return None


def is_own_peer(conn: _socket.socket) -> bool:
    """Whether the other end runs as this user (or the system cannot say)."""
    uid = peer_uid(conn)
    return uid is None or uid == os.getuid()


def _own_socket(where: str) -> bool:
    """Whether ``where`` is a socket file of this user's (not a planted file or link)."""
    try:
        st = os.lstat(where)
    except OSError:
        return False
    if not stat.S_ISSOCK(st.st_mode) or st.st_uid != os.getuid():
        log.warning("not asking %s: it is not a socket of this user's", where)
        return False
    return True


def forward_to_running(key: str, request: LaunchRequest) -> bool:
    """Send ``request`` to a running breathe; True if one took it."""
    if NAMED_PIPES:  # Windows: Qt's local sockets are named pipes there
        return _forward_with_qt(key, _message(request))
    where = address(key)
    if where is None or not Path(where).exists():  # nobody listens: the usual case
        return False
    if not _own_socket(where):
        return False
    # only when someone may be listening; the C half of the socket module: its Python half
    # builds four enums of every constant (~12 ms, most of a hand-off's own work)
    import _socket

    conn = _socket.socket(_socket.AF_UNIX, _socket.SOCK_STREAM)
    try:
        return _ask(conn, where, request)
    finally:
        conn.close()


def _ask(conn: _socket.socket, where: str, request: LaunchRequest) -> bool:
    conn.settimeout(CONNECT_MS / 1000)
    try:
        conn.connect(where)
    except OSError:  # nobody there (a crash left a file that refuses)
        return False
    if not is_own_peer(conn):
        log.warning("not asking %s: another user's process listens there", where)
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
