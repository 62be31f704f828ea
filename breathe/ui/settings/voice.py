"""Settings, "Voice & sound": spoken guidance, which voice, how fast and loud, cue sounds."""

from __future__ import annotations

import logging
from typing import Protocol

from PySide6.QtCore import QSignalBlocker, Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSlider, QWidget

from breathe.engine.cues import FASTEST_VOICE_RATE, SLOWEST_VOICE_RATE
from breathe.i18n import fill
from breathe.ui.settings.pages import Page, SettingsBinder, note
from breathe.ui.widgets.focus_ring import RingedComboBox

log = logging.getLogger(__name__)

#: the engine lists its voices once it has started (~60 ms): look again this often, this long
VOICES_POLL_MS = 250
VOICES_POLL_TIMES = 40


class VoiceEngine(Protocol):
    """What this page needs of ``breathe.audio.speech.Voice``."""

    @property
    def available(self) -> bool: ...

    @property
    def unavailable_reason(self) -> str | None: ...

    def voices(self) -> list[tuple[str, str]]: ...

    def configure(self, voice_id: str | None, rate: int, volume: float) -> None: ...

    def test_voice(self) -> bool: ...


class VoicePage(Page):
    """Voice on or off, the voice, its rate and volume, "Test voice", and cue sounds.

    Args:
        binder: the settings.
        voice: the app's speech engine; None or unavailable disables the voice controls
            (with the reason as their tooltip and as a note).
    """

    def __init__(
        self, binder: SettingsBinder, voice: VoiceEngine | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Voice & sound"), binder, parent)
        self.engine = voice
        self.voice_on = self.add_check(
            "voice", self.tr("Spoken guidance"), self.tr("A calm voice says each step.")
        )
        self.voice_choice = RingedComboBox(self)
        self.voice_choice.setAccessibleName(self.tr("Voice"))
        self.voice_choice.currentIndexChanged.connect(self._voice_chosen)
        self.form.addRow(self.tr("Voice"), self.voice_choice)
        self.on_refresh(self._show_voices)

        self.rate, self.rate_label = self._slider(
            SLOWEST_VOICE_RATE, FASTEST_VOICE_RATE, self.tr("Speaking rate")
        )
        self.volume, self.volume_label = self._slider(0, 100, self.tr("Volume"))
        self.on_refresh(self._show_levels)

        self.test_button = QPushButton(self.tr("Test voice"), self)
        self.test_button.setAccessibleName(self.tr("Test voice: hear a short greeting"))
        self.test_button.setAutoDefault(True)
        self.test_button.clicked.connect(self.test_voice)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addStretch(1)
        self.form.addRow("", test_row)
        self.reason = note("", self)
        self.reason.setAccessibleDescription(self.tr("Why speech is off"))
        self.form.addRow(self.reason)

        self.sounds = self.add_check(
            "sounds", self.tr("Cue sounds"), self.tr("A soft tone when the breath changes.")
        )
        self._polls = 0
        self._poll = QTimer(self)
        self._poll.setInterval(VOICES_POLL_MS)
        self._poll.timeout.connect(self._poll_voices)
        self.finish()
        self._show_availability()
        if self._usable() and not self._engine_voices():
            self._poll.start()

    # -- building ----------------------------------------------------------------------
    def _slider(self, lo: int, hi: int, label: str) -> tuple[QSlider, QLabel]:
        slider = QSlider(Qt.Orientation.Horizontal, self)
        slider.setRange(lo, hi)
        slider.setSingleStep(5)
        slider.setPageStep(20)
        slider.setAccessibleName(label)
        shown = QLabel(self)
        shown.setMinimumWidth(shown.fontMetrics().horizontalAdvance("300 words a minute"))
        row = QHBoxLayout()
        row.addWidget(slider, 1)
        row.addWidget(shown)
        self.form.addRow(label, row)
        slider.valueChanged.connect(self._level_moved)
        slider.sliderReleased.connect(self._save_levels)
        return slider, shown

    # -- engine ------------------------------------------------------------------------
    def _usable(self) -> bool:
        return self.engine is not None and self.engine.available

    def _engine_voices(self) -> list[tuple[str, str]]:
        return self.engine.voices() if self.engine is not None and self._usable() else []

    def _show_availability(self) -> None:
        usable = self._usable()
        reason = ""
        if not usable:
            engine_reason = self.engine.unavailable_reason if self.engine is not None else None
            reason = engine_reason or self.tr("Speech is not available on this computer.")
        for widget in (self.voice_on, self.voice_choice, self.rate, self.volume, self.test_button):
            widget.setEnabled(usable)
            widget.setToolTip(reason)
        self.reason.setText(reason)
        self.reason.setVisible(bool(reason))

    def _poll_voices(self) -> None:
        self._polls += 1
        if self._engine_voices() or not self._usable() or self._polls >= VOICES_POLL_TIMES:
            self._poll.stop()
            self._show_voices()
            self._show_availability()

    def _show_voices(self) -> None:
        chosen = self.binder.get("voice_name")
        with QSignalBlocker(self.voice_choice):
            self.voice_choice.clear()
            self.voice_choice.addItem(self.tr("The usual voice"), None)
            for voice_id, name in self._engine_voices():
                self.voice_choice.addItem(name, voice_id)
            index = self.voice_choice.findData(chosen)
            if chosen is not None and index < 0:  # the engine no longer has it
                self.voice_choice.addItem(fill(self.tr("%1 (not found)"), chosen), chosen)
                index = self.voice_choice.count() - 1
            self.voice_choice.setCurrentIndex(max(index, 0))

    def _voice_chosen(self, index: int) -> None:
        if index >= 0:
            self.binder.set("voice_name", self.voice_choice.itemData(index))

    # -- rate and volume -----------------------------------------------------------------
    def _show_levels(self) -> None:
        for slider, value in (
            (self.rate, int(self.binder.get("voice_rate"))),
            (self.volume, round(float(self.binder.get("voice_volume")) * 100)),
        ):
            with QSignalBlocker(slider):
                slider.setValue(value)
        self._show_level_text()

    def _show_level_text(self) -> None:
        self.rate_label.setText(fill(self.tr("%1 words a minute"), self.rate.value()))
        self.volume_label.setText(fill(self.tr("%1 %"), self.volume.value()))
        self.rate.setAccessibleDescription(self.rate_label.text())
        self.volume.setAccessibleDescription(self.volume_label.text())

    def _level_moved(self) -> None:
        self._show_level_text()
        if not (self.rate.isSliderDown() or self.volume.isSliderDown()):
            self._save_levels()  # keys and clicks save at once; a drag when let go

    def _save_levels(self) -> None:
        self.binder.set_many(
            {"voice_rate": self.rate.value(), "voice_volume": self.volume.value() / 100}
        )

    def test_voice(self) -> bool:
        """Say a short greeting with the voice, rate and volume shown; False when silent."""
        if self.engine is None or not self._usable():
            return False
        self.engine.configure(
            self.binder.get("voice_name"),
            int(self.binder.get("voice_rate")),
            float(self.binder.get("voice_volume")),
        )
        return self.engine.test_voice()
