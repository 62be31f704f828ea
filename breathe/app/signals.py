"""Ending the session cleanly on SIGTERM/SIGINT, even while Qt's event loop is idle."""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSocketNotifier

if TYPE_CHECKING:  # the socket module loads only on Windows, where the wake-up needs it
    import socket

log = logging.getLogger(__name__)


class SignalStopper(QObject):
    """Ends the session cleanly on SIGTERM/SIGINT, even while Qt's event loop is idle.

    Python runs signal handlers only when it gets control; the wake-up fd makes Qt's loop
    notice the signal at once (see docs/platform.md).
    """

    def __init__(self, on_signal: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_signal = on_signal
        self._wakeup = _WakeupPipe()
        self._previous_fd = signal.set_wakeup_fd(self._wakeup.write_fd)
        self._previous = {
            sig: signal.signal(sig, self._handle) for sig in (signal.SIGTERM, signal.SIGINT)
        }
        self._notifier = QSocketNotifier(self._wakeup.read_fd, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)
        self._pending: list[int] = []

    def _handle(self, signum: int, frame: object) -> None:
        self._pending.append(signum)

    def _drain(self) -> None:
        self._wakeup.drain()
        if self._pending:
            signum = self._pending[0]
            self._pending.clear()
            log.info("received %s: ending the session", signal.Signals(signum).name)
            self._on_signal()

    def close(self) -> None:
        self._notifier.setEnabled(False)
        signal.set_wakeup_fd(self._previous_fd)
        for sig, handler in self._previous.items():
            signal.signal(sig, handler)
        self._wakeup.close()


class _WakeupPipe:
    """A non-blocking pair for ``signal.set_wakeup_fd``: a pipe on POSIX (no socket module
    to load before the first paint), a socket pair on Windows, where it must be a socket."""

    def __init__(self) -> None:
        self._sockets: tuple[socket.socket, socket.socket] | None = None
        if sys.platform == "win32":  # pragma: no cover - Windows only
            import socket as sockets

            self._sockets = sockets.socketpair()
            for end in self._sockets:
                end.setblocking(False)
            self.read_fd, self.write_fd = (end.fileno() for end in self._sockets)
            return
        self.read_fd, self.write_fd = os.pipe()
        os.set_blocking(self.read_fd, False)
        os.set_blocking(self.write_fd, False)

    def drain(self) -> None:
        with contextlib.suppress(OSError):
            if self._sockets is not None:  # pragma: no cover - Windows only
                self._sockets[0].recv(64)
            else:
                os.read(self.read_fd, 64)

    def close(self) -> None:
        if self._sockets is not None:  # pragma: no cover - Windows only
            for end in self._sockets:
                end.close()
            return
        os.close(self.read_fd)
        os.close(self.write_fd)
