"""Keep the screensaver away during a session (freedesktop ScreenSaver over D-Bus).

A person breathing with their eyes on the circle does not touch the mouse for minutes; the
screen must not blank. The Inhibit call is asynchronous so a slow or missing service never
stalls the window, and everything is skipped quietly where there is no session bus (a bare
X server, CI). Windows and macOS have their own ways (:mod:`breathe.desktop.keep_awake`).

Each inhibition lives on a private bus connection that is closed to release it: the
freedesktop spec ends an inhibition when its connection goes, and PySide6 cannot marshal
the ``uint32`` cookie that ``UnInhibit`` wants (a Python int goes out as ``i`` or ``q``).
"""

from __future__ import annotations

import itertools
import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtDBus import QDBusConnection, QDBusMessage, QDBusPendingCallWatcher

from breathe.desktop.keep_awake import NativeAwake, native_for

log = logging.getLogger(__name__)

SERVICE = "org.freedesktop.ScreenSaver"
PATH = "/org/freedesktop/ScreenSaver"
INTERFACE = "org.freedesktop.ScreenSaver"
APP_NAME = "breathe"

_names = itertools.count(1)


def session_bus_address(platform: str = sys.platform) -> str | None:
    """The session bus address, or None when there is none to talk to.

    Checked first because libdbus would otherwise try to *start* a bus ("autolaunch")
    under a bare X server, leaving a stray daemon behind.
    """
    if not platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return None  # Windows and macOS keep the screen on in their own way
    address = os.environ.get("DBUS_SESSION_BUS_ADDRESS")
    if address:
        return address
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime and (Path(runtime) / "bus").exists():
        return f"unix:path={Path(runtime) / 'bus'}"
    return None


class ScreenSaverInhibitor(QObject):
    """Holds one freedesktop screensaver inhibition while a session runs.

    Args:
        address: the D-Bus address to use (the session bus by default; tests pass their own).
        native: Windows' or macOS's own way (by default the one for this system, if any);
            with it, D-Bus is not used.
    """

    #: True once the service granted the inhibition, False when it was released
    inhibited_changed = Signal(bool)

    def __init__(
        self,
        address: str | None = None,
        parent: QObject | None = None,
        *,
        native: NativeAwake | None = None,
    ) -> None:
        super().__init__(parent)
        self._native = native if native is not None else native_for(sys.platform)
        self._native_on = False
        self._address = address
        self._name: str | None = None  # our private connection, while it is open
        self._cookie: int | None = None
        self._watcher: QDBusPendingCallWatcher | None = None

    @property
    def active(self) -> bool:
        """True while the screensaver service (or the system's own way) holds it off."""
        return self._cookie is not None or self._native_on

    def inhibit(self, reason: str) -> None:
        """Ask the screensaver not to start (asynchronously; a no-op without a bus)."""
        if self._native is not None:
            if not self._native_on and self._native.inhibit():
                self._native_on = True
                self.inhibited_changed.emit(True)
            return
        if self._name is not None:
            return
        address = self._address or session_bus_address()
        if address is None:
            log.debug("no D-Bus session bus: the screensaver is left alone")
            return
        name = f"breathe-screensaver-{os.getpid()}-{next(_names)}"
        bus = QDBusConnection.connectToBus(address, name)
        if not bus.isConnected():
            log.debug("cannot reach the D-Bus session bus: %s", bus.lastError().message())
            QDBusConnection.disconnectFromBus(name)
            return
        self._name = name
        msg = QDBusMessage.createMethodCall(SERVICE, PATH, INTERFACE, "Inhibit")
        msg.setArguments([APP_NAME, reason])
        self._watcher = QDBusPendingCallWatcher(bus.asyncCall(msg), self)
        self._watcher.finished.connect(self._on_reply)

    def release(self) -> None:
        """Let the screensaver work again: closing our connection ends the inhibition."""
        if self._native is not None:
            if self._native_on:
                self._native.release()
                self._native_on = False
                self.inhibited_changed.emit(False)
            return
        if self._name is None:
            return
        if self._watcher is not None:
            self._watcher.finished.disconnect(self._on_reply)
            self._watcher.deleteLater()
            self._watcher = None
        QDBusConnection.disconnectFromBus(self._name)
        self._name = None
        if self._cookie is not None:
            self._cookie = None
            log.debug("screensaver released")
            self.inhibited_changed.emit(False)

    def _on_reply(self, watcher: QDBusPendingCallWatcher) -> None:
        self._watcher = None
        reply = watcher.reply()
        watcher.deleteLater()
        if reply.type() != QDBusMessage.MessageType.ReplyMessage or not reply.arguments():
            log.debug("screensaver not inhibited: %s", reply.errorMessage())
            self.release()
            return
        self._cookie = int(reply.arguments()[0])
        log.debug("screensaver inhibited (cookie %s)", self._cookie)
        self.inhibited_changed.emit(True)
