"""Floor for start-up: a bare PySide6 window (QApplication + QMainWindow + QLabel).

With ``--touch-qt`` it also reads one constant of Qt's ``Qt`` namespace (the label's
alignment): the fair floor. On first use PySide6 turns all 93 enums of that namespace into
Python enums (about 120 M instructions), and no real Qt screen can avoid touching it, so
breathe is measured against this one; the bare window stays as a line for comparison.

Run as a script by the benchmarks. It reports its first paint exactly as
``breathe.app.startup_probe`` does (one JSON line in ``$BREATHE_REPORT_FIRST_PAINT``, taken by
a zero timer queued from the shown window's first expose, during which Qt paints it) and,
with ``BREATHE_MINIMIZE_AFTER``, minimises itself that many seconds later, or with
``BREATHE_EXIT_AT_FIRST_PAINT`` ends at once. Nothing else: no breathe import.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QWidget


def write(record: dict[str, object]) -> None:
    import json  # after the time is taken: the floor imports nothing it need not

    with Path(os.environ["BREATHE_REPORT_FIRST_PAINT"]).open("a", encoding="utf-8") as f:
        f.write(json.dumps(record) + "\n")


class FirstPaint(QObject):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        paints = (QEvent.Type.Expose, QEvent.Type.UpdateRequest)
        if kind in paints and isinstance(watched, QWindow) and watched.isExposed():
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, lambda: self.painted(self.window))
        return False

    def painted(self, window: QWidget) -> None:
        now, cpu = time.monotonic(), time.process_time()
        texts = [w.text() for w in window.findChildren(QLabel) if w.isVisible() and w.text()]
        write(
            {
                "event": "first_paint",
                "t": now,
                "cpu": cpu,
                "texts": texts,
                "modules": len(sys.modules),
            }
        )
        if os.environ.get("BREATHE_EXIT_AT_FIRST_PAINT"):
            os._exit(0)
        after = os.environ.get("BREATHE_MINIMIZE_AFTER")
        if after:
            QTimer.singleShot(round(float(after) * 1000), self, lambda: self.mini(window))

    def mini(self, window: QWidget) -> None:
        window.showMinimized()
        write({"event": "minimized", "t": time.monotonic()})


app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setWindowTitle("floor")
label = QLabel("Breathe in", window)
if "--touch-qt" in sys.argv[1:]:
    from PySide6.QtCore import Qt

    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
window.setCentralWidget(label)
window.resize(960, 680)
window.show()
if os.environ.get("BREATHE_REPORT_FIRST_PAINT"):
    handle = window.windowHandle()
    assert handle is not None
    handle.installEventFilter(FirstPaint(window))
sys.exit(app.exec())
