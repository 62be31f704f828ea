"""Start-up: the application, the hand-off to a running breathe, the shell, signals, errors.

Start-up order matters: the window is shown, and a requested session started, first;
sound, speech, the tray, reminders and the single-instance server come after the first
paint, so nothing stands between a person and the first breath.
"""

from __future__ import annotations

import logging
import os
import sys
import traceback
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from breathe import paths
from breathe.app import logging_setup, startup_probe
from breathe.app.gui_thread_gc import GuiThreadCollector
from breathe.app.signals import SignalStopper
from breathe.launch import LaunchRequest
from breathe.terminal import one_line

if TYPE_CHECKING:
    from breathe.app.shell import AppShell

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]

log = logging.getLogger(__name__)


def run(request: LaunchRequest, *, log_problem: OSError | None = None) -> int:
    """Open breathe (home, or straight into a session) and run until it quits.

    ``log_problem``: why the log file cannot be written, if it cannot; said with any
    folder that cannot be used, in one line, and the session runs all the same.
    """
    locs = paths.locations()
    unusable = locs.ensure()
    if log_problem is not None:
        unusable.setdefault("log", log_problem)
    from breathe.ui.theme import new_application

    app = QApplication.instance() or new_application(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("breathe")
    app.setApplicationDisplayName("breathe")
    app.setDesktopFileName(paths.APP_ID)

    from breathe.desktop.instance_client import forward_to_running

    # the command line asked before Qt loaded (POSIX); asked again here for Windows's named
    # pipes, and for one that opened meanwhile
    if forward_to_running(locs.instance_key(), request):
        from breathe.launch import say_passed_on

        say_passed_on()
        return 0
    collector = GuiThreadCollector(app)  # Qt objects in cycles are freed on this thread

    from breathe.i18n import install_translators

    # before any window is made; English (the source language) installs nothing
    translators = install_translators(app)
    from breathe.app.shell import AppShell

    shell = AppShell(app, locs, unusable=unusable)
    app.setQuitOnLastWindowClosed(not shell.settings.keep_in_tray)
    notices = NoticePrinter(shell.notices)
    notices.print_new()
    stopper = SignalStopper(shell.shutdown, app, on_continued=shell.continued)
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


def _after_first_paint(shell: AppShell, notices: NoticePrinter) -> None:
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
            print(one_line(f"breathe: {notice}"), file=sys.stderr, flush=True)
        self._printed = len(self._notices)


def _excepthook(shell: AppShell) -> ExceptHook:
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
