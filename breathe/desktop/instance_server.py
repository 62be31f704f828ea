"""One breathe per data folder: a second launch forwards its request to the first.

The socket name comes from the resolved data folder (``Locations.instance_key``), so two
``BREATHE_HOME``s never talk to each other; it lives in the person's runtime folder, which
no other user can enter, and a connection from another user's process is refused all the
same. A socket left behind by a crash is removed. This is the listening half, started after
the first paint; the asking half, which runs before any window, is
:mod:`breathe.desktop.instance_client`.
"""

from __future__ import annotations

import logging
import os

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from breathe.desktop import instance_client
from breathe.desktop.instance_client import ACK, address, is_own_peer
from breathe.launch import LaunchRequest

log = logging.getLogger(__name__)

MAX_REQUEST_BYTES = 64 * 1024


class InstanceServer(QObject):
    """Listens for launches forwarded by later ``breathe`` processes."""

    request_received = Signal(object)  # LaunchRequest

    def __init__(self, key: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_connection)
        where = address(key)
        if where is None:
            return  # said in the log: this breathe runs on its own
        if not self._server.listen(where):
            # A crash can leave the socket file behind: nobody answered, so remove it.
            QLocalServer.removeServer(where)
            if not self._server.listen(where):
                log.warning("single-instance server unavailable: %s", self._server.errorString())

    @property
    def listening(self) -> bool:
        return self._server.isListening()

    def _on_connection(self) -> None:
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.setParent(self)
            if not _from_this_user(socket):
                log.warning("refused a launch from another user's process")
                socket.abort()
                socket.deleteLater()
                continue
            buffer = bytearray()
            socket.readyRead.connect(lambda s=socket, b=buffer: self._on_ready(s, b))
            socket.disconnected.connect(socket.deleteLater)

    def _on_ready(self, socket: QLocalSocket, buffer: bytearray) -> None:
        buffer += bytes(socket.readAll().data())
        if len(buffer) > MAX_REQUEST_BYTES:
            socket.abort()
            return
        if not buffer.endswith(b"\n"):
            return
        try:
            request = LaunchRequest.from_json(buffer.decode())
        except (ValueError, TypeError, UnicodeDecodeError) as exc:
            log.warning("ignored a malformed forwarded launch: %s", exc)
            socket.abort()
            return
        socket.write(ACK)
        socket.flush()
        self.request_received.emit(request)


def _from_this_user(connection: QLocalSocket) -> bool:
    """Whether the process that connected runs as this user (Unix sockets only)."""
    if instance_client.NAMED_PIPES:  # Windows: the pipe's own access rights guard it
        return True
    import _socket  # the C half of the socket module: enough here, and light

    # a duplicate of the descriptor: Qt keeps its own, this copy is closed here
    fd = os.dup(int(connection.socketDescriptor()))
    peer = _socket.socket(_socket.AF_UNIX, _socket.SOCK_STREAM, 0, fd)
    try:
        return is_own_peer(peer)
    finally:
        peer.close()
