"""An opt-in probe for the benchmarks: when was the first frame painted, and what was on it.

Off unless ``BREATHE_REPORT_FIRST_PAINT=<file>`` is set; then :func:`watch` appends one
JSON line to that file once the first window has been painted::

    {"event": "first_paint", "t": <time.monotonic()>, "texts": [...], "loaded": [...],
     "modules": <len(sys.modules)>}

``t`` is taken just after the first paint pass (a zero timer queued from the first paint
event runs once the whole window is painted and flushed); on Linux ``time.monotonic`` is
one clock for every process, so the parent can subtract its own spawn time. ``texts`` are
the visible label texts (to check which screen it was), ``loaded`` the heavy modules that
were already imported. With ``BREATHE_MINIMIZE_AFTER=<seconds>`` too, the window is then
minimised that long after its first paint (under Xvfb no window manager would do it) and
a ``{"event": "minimized", "t": ...}`` line follows.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QLabel, QWidget

REPORT_VAR = "BREATHE_REPORT_FIRST_PAINT"
MINIMIZE_VAR = "BREATHE_MINIMIZE_AFTER"
#: modules the first screen should not need; the report says which were loaded anyway
HEAVY = (
    "sqlite3",
    "PySide6.QtMultimedia",
    "PySide6.QtNetwork",
    "PySide6.QtDBus",
    "PySide6.QtSvg",
    "pyttsx3",
    "breathe.speech",
    "breathe.sound",
    "breathe.explainers",
    "breathe.store.history",
    "breathe.ui.tray",
    "breathe.single_instance",
)


def watch(app: QCoreApplication) -> None:
    """Report the first painted frame if ``BREATHE_REPORT_FIRST_PAINT`` asks for it."""
    report = os.environ.get(REPORT_VAR)
    if not report:
        return
    minimize = os.environ.get(MINIMIZE_VAR)
    probe = _FirstPaint(Path(report), float(minimize) if minimize else None, app)
    app.installEventFilter(probe)


class _FirstPaint(QObject):
    """An application-wide event filter that removes itself at the first paint."""

    def __init__(self, report: Path, minimize_after: float | None, app: QCoreApplication) -> None:
        super().__init__(app)
        self._report = report
        self._minimize_after = minimize_after
        self._app = app

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
            self._app.removeEventFilter(self)
            window = watched.window()
            QTimer.singleShot(0, self, lambda: self._painted(window))
        return False

    def _painted(self, window: QWidget) -> None:
        now = time.monotonic()
        texts = [w.text() for w in window.findChildren(QLabel) if w.isVisible() and w.text()]
        loaded = [name for name in HEAVY if name in sys.modules]
        self._write(
            {
                "event": "first_paint",
                "t": now,
                "texts": texts,
                "loaded": loaded,
                "modules": len(sys.modules),
            }
        )
        if self._minimize_after is not None:
            QTimer.singleShot(round(self._minimize_after * 1000), self, lambda: self._mini(window))

    def _mini(self, window: QWidget) -> None:
        window.showMinimized()
        self._write({"event": "minimized", "t": time.monotonic()})

    def _write(self, record: dict[str, Any]) -> None:
        with self._report.open("a", encoding="utf-8") as f:
            f.write(json.dumps(record) + "\n")
