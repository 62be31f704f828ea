"""Start where you are: tap at each in-breath, and the session starts from that pace.

A person who is breathing fast is not asked to slow down at once: the taps measure their
rate, which becomes the session's ``from_bpm`` (it then glides to the target rate). A page
of its own, opened from the Breathe card: Back (or Esc, Alt+Left) returns there.
"""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from breathe.engine.pacing import MIN_TAPS, rate_from_taps
from breathe.engine.runner import Clock
from breathe.i18n import QT_TRANSLATE_NOOP, fill
from breathe.ui.home.practice_card import apply_type_scale, set_type_scale
from breathe.ui.widgets.back_keys import back_button, back_row

INSTRUCTION = QT_TRANSLATE_NOOP(
    "TapRate", "Breathe as you are now. Tap Space each time you start to breathe in."
)


class TapRate(QWidget):
    """Measures a breathing rate from taps; the person can start at any time or skip it.

    Args:
        clock: monotonic seconds (tests pass a fake clock).
    """

    #: the rate so far in breaths per minute (emitted after each tap once it is known)
    measured = Signal(float)
    #: start the session: from this rate (float), or None to start at the usual pace
    start_requested = Signal(object)
    #: Back, Esc or Alt+Left: nothing is started
    back_requested = Signal()

    def __init__(self, clock: Clock = time.monotonic, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._taps: list[float] = []
        self.setAccessibleName(self.tr("Start where you are"))
        top = self._build_top()
        self.instruction = QLabel(self.tr(INSTRUCTION))
        self.instruction.setWordWrap(True)
        self.instruction.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_type_scale(self.instruction, 1.3)
        self.tap_button = QPushButton(self.tr("I'm breathing in"))
        self.tap_button.setAccessibleName(self.tr("Tap when you start to breathe in"))
        self.tap_button.setMinimumSize(220, 90)
        self.tap_button.clicked.connect(self.tap)
        self.result = QLabel(self._progress_text())
        self.result.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.result.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.start_button = QPushButton(self.tr("Start from my pace"))
        self.start_button.setAccessibleName(self.tr("Start the session from my pace"))
        self.start_button.setEnabled(False)
        self.start_button.clicked.connect(lambda: self.start_requested.emit(self.rate()))
        self.skip_button = QPushButton(self.tr("Start at the usual pace"))
        self.skip_button.setAccessibleName(self.tr("Skip this and start at the usual pace"))
        self.skip_button.clicked.connect(lambda: self.start_requested.emit(None))
        for button in (self.tap_button, self.start_button, self.skip_button):
            button.setAutoDefault(True)
        QShortcut(QKeySequence(Qt.Key.Key_Space), self, self.tap)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.skip_button)
        buttons.addWidget(self.start_button)
        buttons.addStretch(1)
        centre = QHBoxLayout()
        centre.addStretch(1)
        centre.addWidget(self.tap_button)
        centre.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 20, 32, 24)
        layout.setSpacing(18)
        layout.addLayout(top)
        layout.addStretch(1)
        layout.addWidget(self.instruction)
        layout.addLayout(centre)
        layout.addWidget(self.result)
        layout.addLayout(buttons)
        layout.addStretch(1)
        apply_type_scale(self)
        self.setFocusProxy(self.tap_button)

    def _build_top(self) -> QHBoxLayout:
        """Back and the page's name: the way out is always in sight."""
        self.back = back_button(self, self.back_requested.emit)
        self.heading = QLabel(self.tr("Start where you are"), self)
        set_type_scale(self.heading, 1.5, bold=True)
        return back_row(self.back, self.heading)

    def tap(self) -> None:
        """One in-breath."""
        self._taps.append(self._clock())
        rate = self.rate()
        self.start_button.setEnabled(rate is not None)
        self.result.setText(self._progress_text())
        if rate is not None:
            self.measured.emit(rate)

    def rate(self) -> float | None:
        """Breaths per minute measured so far, or None while there are too few taps."""
        return rate_from_taps(self._taps)

    def _progress_text(self) -> str:
        rate = self.rate()
        if rate is not None:
            return fill(
                self.tr("About %1 breaths a minute. Keep tapping, or start when ready."),
                round(rate),
            )
        if len(self._taps) >= MIN_TAPS:
            return self.tr("Those taps were hard to read. Just keep going at your own pace.")
        left = MIN_TAPS - len(self._taps)
        return self.tr("1 more tap") if left == 1 else fill(self.tr("%1 more taps"), left)
