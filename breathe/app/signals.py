"""Ending the session cleanly on SIGTERM/SIGINT/SIGHUP, even while Qt's event loop is idle;
and leaving out the time a stopped process (SIGSTOP, Ctrl+Z) was frozen, on SIGCONT."""

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

#: what ends a session as stopped: SIGTERM (logout, kill), SIGINT (Ctrl+C), SIGHUP (the
#: terminal it was started from closed); Windows has neither SIGHUP nor SIGCONT
STOP_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGINT", "SIGHUP") if hasattr(signal, name)
)
SIGCONT = getattr(signal, "SIGCONT", None)


class SignalStopper(QObject):
    """Ends the session cleanly on a stop signal, even while Qt's event loop is idle.

    Python runs signal handlers only when it gets control; the wake-up fd makes Qt's loop
    notice the signal at once (see docs/platform.md).

    Args:
        on_signal: ends the session and quits (called from the event loop).
        on_continued: called twice for a SIGCONT: at once, in the handler, with
            ``act=False`` (it must only set a flag, so that Python code run after the
            signal, such as an overdue timer's, knows), and from the event loop with
            ``act=True``, to act on it.
    """

    def __init__(
        self,
        on_signal: Callable[[], None],
        parent: QObject | None = None,
        *,
        on_continued: Callable[[bool], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._on_signal = on_signal
        self._on_continued = on_continued
        self._wakeup = _WakeupPipe()
        self._previous_fd = signal.set_wakeup_fd(self._wakeup.write_fd)
        handled = STOP_SIGNALS + ((SIGCONT,) if SIGCONT is not None else ())
        self._previous = {sig: signal.signal(sig, self._handle) for sig in handled}
        self._notifier = QSocketNotifier(self._wakeup.read_fd, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)
        self._pending: list[int] = []

    def _handle(self, signum: int, frame: object) -> None:
        self._pending.append(signum)
        if signum == SIGCONT and self._on_continued is not None:
            self._on_continued(False)

    def _drain(self) -> None:
        self._wakeup.drain()
        pending, self._pending = self._pending, []
        if SIGCONT in pending and self._on_continued is not None:
            self._on_continued(True)
        stops = [signum for signum in pending if signum != SIGCONT]
        if stops:
            log.info("received %s: ending the session", signal.Signals(stops[0]).name)
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
