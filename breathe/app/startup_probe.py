"""The first painted frame: run deferred start-up work after it, and report it if asked.

:func:`after_first_paint` runs work (sound, speech, history, tray...) once the first window
has been painted, so none of it stands between a person and the first screen; if nothing
paints within ``fallback_ms`` (a start minimised or on a hidden screen) it runs anyway.

It watches the windows already shown (their first expose paints them), not every event of
the application: a Python filter on the whole application costs a call per event and makes
PySide6 build Python types for Qt's internal classes, ~25 ms before the first paint. Only
when no window is shown yet does it fall back to watching the whole application.

For the benchmarks, off unless ``BREATHE_REPORT_FIRST_PAINT=<file>`` is set, :func:`watch`
appends one JSON line to that file at the first paint, before any deferred work runs::

    {"event": "first_paint", "t": <time.monotonic()>, "cpu": <time.process_time()>,
     "texts": [...], "loaded": [...], "modules": <len(sys.modules)>}

``t`` is taken just after the first paint pass (a zero timer queued from the window's first
expose, or from the first paint event, runs once the whole window is painted and flushed);
on Linux ``time.monotonic`` is one clock for every process, so the parent can subtract its
own spawn time. ``cpu`` is the CPU time the process had used by then (steadier than wall
time on a busy machine), ``texts`` the visible label texts (which screen it was), ``loaded``
the heavy modules that were already imported. With ``BREATHE_MINIMIZE_AFTER=<seconds>`` too,
the window is then minimised that long after its first paint (under Xvfb no window manager
would do it) and a ``{"event": "minimized", "t": ...}`` line follows. With
``BREATHE_EXIT_AT_FIRST_PAINT=1`` the process ends at once after the report, so an
instruction count stops at the paint.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from shiboken6 import Shiboken

log = logging.getLogger(__name__)

REPORT_VAR = "BREATHE_REPORT_FIRST_PAINT"
MINIMIZE_VAR = "BREATHE_MINIMIZE_AFTER"
#: with the report: end the process right after it (tools/count_startup_instructions.py)
EXIT_VAR = "BREATHE_EXIT_AT_FIRST_PAINT"
#: modules the first screen should not need; the report says which were loaded anyway
HEAVY = (
    "sqlite3",
    "socket",
    "_hashlib",
    "logging.handlers",
    "PySide6.QtMultimedia",
    "PySide6.QtNetwork",
    "PySide6.QtDBus",
    "PySide6.QtSvg",
    "pyttsx3",
    "breathe.audio.speech",
    "breathe.audio.cue_player",
    "breathe.engine.explainers",
    "breathe.store.history",
    "breathe.desktop.tray",
    "breathe.desktop.instance_server",
    "breathe.ui.explainer_panel",
    "breathe.ui.home.breathing_panel",
)


def watch(app: QCoreApplication) -> None:
    """Report the first painted frame if ``BREATHE_REPORT_FIRST_PAINT`` asks for it."""
    report = os.environ.get(REPORT_VAR)
    if not report:
        return
    minimize = os.environ.get(MINIMIZE_VAR)
    _watcher(app).set_report(Path(report), float(minimize) if minimize else None)


def after_first_paint(
    app: QCoreApplication, work: Callable[[], Any], *, fallback_ms: int = 1000
) -> None:
    """Run ``work`` once the first window is painted, or after ``fallback_ms`` at the latest."""
    _watcher(app).add(work, fallback_ms)


_waiting: list[_FirstPaint] = []  # the watcher still waiting for its paint, if any


def _watcher(app: QCoreApplication) -> _FirstPaint:
    # kept here, not looked up with app.findChildren: that wraps every child of the app in
    # Python, the app's style among them, and builds QStyle's type and enums to do it
    if not _waiting or _waiting[0].done or not Shiboken.isValid(_waiting[0]):
        _waiting[:] = [_FirstPaint(app)]
    return _waiting[0]


#: the events during which Qt paints a window's widgets (its first expose, later updates)
_WINDOW_PAINTS = (QEvent.Type.Expose, QEvent.Type.UpdateRequest)


class _FirstPaint(QObject):
    """An event filter on the shown windows (else the application), gone after the first paint."""

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self.done = False
        self._report: Path | None = None
        self._minimize_after: float | None = None
        self._work: list[Callable[[], Any]] = []
        self._fallback = QTimer(self)
        self._fallback.setSingleShot(True)
        self._fallback.timeout.connect(self._too_late)
        self._watched: list[QObject] = _shown_windows(app) or [app]
        for watched in self._watched:
            watched.installEventFilter(self)

    def set_report(self, report: Path, minimize_after: float | None) -> None:
        self._report = report
        self._minimize_after = minimize_after

    def add(self, work: Callable[[], Any], fallback_ms: int) -> None:
        self._work.append(work)
        if not self._fallback.isActive() or self._fallback.remainingTime() > fallback_ms:
            self._fallback.start(fallback_ms)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.done:
            return False
        kind = event.type()
        if kind in _WINDOW_PAINTS and isinstance(watched, QWindow) and watched.isExposed():
            window = _widget_of(watched)  # its widgets are painted while Qt handles this
        elif kind == QEvent.Type.Paint and isinstance(watched, QWidget):
            window = watched.window()
        else:
            return False
        if window is not None:
            self._finish()
            QTimer.singleShot(0, self, lambda: self._painted(window))
        return False

    def _finish(self) -> None:
        self.done = True
        for watched in self._watched:
            watched.removeEventFilter(self)
        self._fallback.stop()

    def _painted(self, window: QWidget) -> None:
        now, cpu = time.monotonic(), time.process_time()
        if self._report is not None:
            texts = [w.text() for w in window.findChildren(QLabel) if w.isVisible() and w.text()]
            self._write(
                {
                    "event": "first_paint",
                    "t": now,
                    "cpu": cpu,
                    "texts": texts,
                    "loaded": [name for name in HEAVY if name in sys.modules],
                    "modules": len(sys.modules),
                }
            )
            if os.environ.get(EXIT_VAR):
                os._exit(0)  # count nothing after the first paint
        self._run_work()
        if self._minimize_after is not None:
            ms = round(self._minimize_after * 1000)
            QTimer.singleShot(ms, self, lambda: self._minimize(window))
        else:
            self.deleteLater()

    def _too_late(self) -> None:
        """Nothing painted in time (e.g. started minimised): do the work anyway."""
        log.info("nothing painted yet: loading the rest now")
        self._run_work()
        if self._report is None:  # nothing left to wait for
            self._finish()
            self.deleteLater()

    def _run_work(self) -> None:
        work, self._work = self._work, []
        for job in work:
            job()

    def _minimize(self, window: QWidget) -> None:
        window.showMinimized()
        self._write({"event": "minimized", "t": time.monotonic()})
        self.deleteLater()

    def _write(self, record: dict[str, Any]) -> None:
        assert self._report is not None
        with self._report.open("a", encoding="utf-8") as f:
            f.write(json.dumps(record) + "\n")


def _shown_windows(app: QCoreApplication) -> list[QObject]:
    """The visible top-level widgets and their native windows (none before the first show).

    Qt paints a window's widgets while its native window handles an expose or an update
    request; a direct ``repaint()`` reaches the top-level widget itself.
    """
    if not isinstance(app, QApplication):
        return []
    shown: list[QObject] = []
    for widget in app.topLevelWidgets():
        handle = widget.windowHandle()
        if widget.isVisible() and handle is not None:
            shown += [handle, widget]
    return shown


def _widget_of(window: QWindow) -> QWidget | None:
    for widget in QApplication.topLevelWidgets():
        if widget.windowHandle() is window:
            return widget
    return None


def report_next_paint(window: QWidget, event: str) -> None:
    """Benchmarks: append ``{"event": event, "t": ...}`` once ``window`` has painted again
    (e.g. a session handed over by another breathe process). Off without the report file."""
    report = os.environ.get(REPORT_VAR)
    if report:
        _NextPaint(window, Path(report), event)


class _NextPaint(QObject):
    """Writes one report line once ``window`` has been painted again.

    A repaint reaches the top-level widget (its update request, or a paint); an expose
    (after a raise, or un-minimising) reaches its native window.
    """

    def __init__(self, window: QWidget, report: Path, event: str) -> None:
        super().__init__(window)
        self._report = report
        self._event = event
        handle = window.windowHandle()
        self._watched: list[QObject] = [window] if handle is None else [window, handle]
        for watched in self._watched:
            watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _WINDOW_PAINTS or kind == QEvent.Type.Paint:
            for each in self._watched:
                each.removeEventFilter(self)
            self._watched = []
            QTimer.singleShot(0, self, self._painted)
        return False

    def _painted(self) -> None:
        with self._report.open("a", encoding="utf-8") as f:
            f.write(json.dumps({"event": self._event, "t": time.monotonic()}) + "\n")
        self.deleteLater()
