"""Python's cycle collector, run on the GUI thread only.

Python frees reference cycles whenever enough new objects pile up, on whichever thread is
allocating at that moment. breathe has Python threads (speech, history export); a cycle
that holds a Qt object (a widget and a lambda connected to its signal) could then be
deleted from one of them, which Qt does not allow: warnings such as "Timers cannot be
stopped from another thread", or a crash. So the automatic collector is switched off and a
timer on the GUI thread runs the same generational collections, with Python's own
thresholds, as PyQtGraph and other long-running Qt programs do.
"""

from __future__ import annotations

import gc
import logging

from PySide6.QtCore import QObject, QTimer

log = logging.getLogger(__name__)

INTERVAL_MS = 1000


class GuiThreadCollector(QObject):
    """While it runs, cycles are collected by its timer, on the thread that made it."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect_due)
        self._timer.start(interval_ms)

    def collect_due(self) -> int:
        """Collect the generations Python would have by now; the number of objects freed."""
        young, middle, old = gc.get_count()
        first, second, third = self._thresholds
        if young <= first:
            return 0
        # like Python: the oldest generation whose count is over its threshold
        if old > third:
            return gc.collect(2)
        if middle > second:
            return gc.collect(1)
        return gc.collect(0)

    def close(self) -> None:
        """Stop, and give collection back to Python as it was."""
        self._timer.stop()
        if self._was_enabled:
            gc.enable()
