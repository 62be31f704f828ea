"""One breathe per data folder: a second launch forwards its request to the first.

The socket name comes from the resolved data folder (``Locations.instance_key``), so two
``BREATHE_HOME``s never talk to each other. A socket left behind by a crash is removed.
This is the listening half, started after the first paint; the asking half, which runs
before any window, is :mod:`breathe.desktop.instance_client`.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from breathe.desktop.instance_client import ACK, address
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
