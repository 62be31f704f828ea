"""Build the application and wire everything together (the one place that knows it all).

Start-up order matters: the window is shown, and a requested session started, first;
sound, speech, the tray, reminders and the single-instance server come after the first
paint, so nothing stands between a person and the first breath.
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import sys
import traceback
from types import TracebackType
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier
from PySide6.QtWidgets import QApplication

from breathe import paths
from breathe.app import logging_setup, startup_probe
from breathe.app.gui_thread_gc import GuiThreadCollector
from breathe.launch import LaunchRequest

log = logging.getLogger(__name__)


def run(request: LaunchRequest) -> int:
    """Open breathe (home, or straight into a session) and run until it quits."""
    locs = paths.locations()
    locs.ensure()
    from breathe.ui.theme import new_application

    app = QApplication.instance() or new_application(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("breathe")
    app.setApplicationDisplayName("breathe")
    app.setDesktopFileName(paths.APP_ID)

    from breathe.desktop.instance_client import forward_to_running

    if forward_to_running(locs.instance_key(), request):
        print("breathe is already open: passed this on to it.", file=sys.stderr)
        return 0
    collector = GuiThreadCollector(app)  # Qt objects in cycles are freed on this thread

    from breathe.i18n import install_translators

    translators = install_translators(app)  # before any module that translates is loaded
    from breathe.app.shell import Breathe

    shell = Breathe(app, locs)
    app.setQuitOnLastWindowClosed(not shell.settings.keep_in_tray)
    notices = NoticePrinter(shell.notices)
    notices.print_new()
    stopper = SignalStopper(shell.shutdown, app)
    previous_hook = sys.excepthook
    sys.excepthook = _excepthook(shell)
    try:
        shell.launch(request)
        startup_probe.watch(app)  # benchmarks only: off unless its variable is set
        notices.print_new()  # e.g. a damaged history set aside as the session began
        # sound, speech, tray, history: once the first frame is on screen (a zero timer ran
        # before the first paint and cost ~70 ms of start-up)
        startup_probe.after_first_paint(app, lambda: _after_first_paint(shell, notices))
        status = int(app.exec())
        notices.print_new()
    finally:
        collector.close()
        del translators
        sys.excepthook = previous_hook
        stopper.close()
        shell.close()
    return status


def _after_first_paint(shell: Any, notices: NoticePrinter) -> None:
    logging_setup.start_rotating()
    shell.after_first_paint()
    notices.print_new()


class NoticePrinter:
    """Prints each of the shell's notices once, as one ``breathe: ...`` line on stderr.

    Notices come when a file is first opened (settings at once, the history when a
    session begins or after the first paint), so this is asked again at each stage.
    """

    def __init__(self, notices: list[str]) -> None:
        self._notices = notices
        self._printed = 0

    def print_new(self) -> None:
        for notice in self._notices[self._printed :]:
            print(f"breathe: {notice}", file=sys.stderr, flush=True)
        self._printed = len(self._notices)


class SignalStopper(QObject):
    """Ends the session cleanly on SIGTERM/SIGINT, even while Qt's event loop is idle.

    Python runs signal handlers only when it gets control; the wake-up fd makes Qt's loop
    notice the signal at once (shared/PLATFORM.md).
    """

    def __init__(self, on_signal: Any, parent: QObject | None = None) -> None:
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
        self._sockets: Any = None
        if sys.platform == "win32":  # pragma: no cover - Windows only
            import socket

            self._sockets = socket.socketpair()
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


def _excepthook(shell: Any) -> Any:
    """Log an unexpected error and say so briefly, instead of dying silently."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        log.error("unexpected error:\n%s", "".join(traceback.format_exception(kind, error, tb)))
        if os.environ.get("BREATHE_RAISE"):  # tests and developers: fail loudly
            sys.__excepthook__(kind, error, tb)
            return
        from PySide6.QtWidgets import QMessageBox  # its type and five enums: not before paint

        box = QMessageBox(
            QMessageBox.Icon.Warning,
            "breathe",
            "Something went wrong inside breathe. Your session is still saved.\n"
            f"Details are in {shell.locations.log_file}.",
            QMessageBox.StandardButton.Ok,
            shell.window,
        )
        box.setModal(False)
        box.show()

    return hook
