"""The therapist's control window in presenter mode, while the client's screen shows only
the session.

It shows what the client sees (a small copy of the shared ``SessionScreen``), the pace in
breaths a minute and the pattern being breathed, the time left and where the client's
session is; it holds every control (slower and faster on presets too, Gentler, pause,
skip, stop, voice and tones, each with its key) and a private notes field that is never
shown to the client and kept only when the session is recorded. Notices (the pace cannot
go further, a screen that was missing) come here, never to the client's screen. When the
session ends it offers the summary, Again and Done.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from breathe.engine.runner import Position, Status
from breathe.i18n import QT_TRANSLATE_NOOP, fill
from breathe.ui.home.practice_card import apply_type_scale, set_type_scale
from breathe.ui.presenter.notes import TherapistNotes
from breathe.ui.presenter.readout import Readout
from breathe.ui.session.breath_pacer import BreathPacer
from breathe.ui.session.controller import SessionController
from breathe.ui.session.controls import SessionControls
from breathe.ui.session.pacer import Pacer
from breathe.ui.session.screen import GENTLER_HINT, SessionScreen
from breathe.ui.session.summary import duration_text
from breathe.ui.widgets.flow_layout import FlowLayout
from breathe.ui.widgets.vertical_scroll import VerticalScroll

if TYPE_CHECKING:
    from breathe.ui.presenter.view import PresenterView

log = logging.getLogger(__name__)

MIRROR_MAX_HEIGHT = 560  # the copy of the client's screen grows to this, then the notes do
PAUSED = QT_TRANSLATE_NOOP("ControlPanel", "Paused: the client's screen says so too.")
STYLE = """
QFrame#mirror { background: palette(base); border: 1px solid palette(mid); border-radius: 10px; }
QLabel#notice { background: palette(alternate-base); border: 1px solid palette(highlight);
                border-radius: 8px; padding: 6px 10px; }
QPlainTextEdit { background: palette(base); color: palette(text); border: 1px solid palette(mid);
                 border-radius: 8px; padding: 4px; }
QPlainTextEdit:focus { border: 2px solid palette(link); padding: 3px; }
QSpinBox QLineEdit { border: none; padding: 0px; background: transparent; }
"""


class ControlPanel(QWidget):
    """The therapist's page of a presenter session (the client's screen is elsewhere).

    Args:
        controller: the running session (shared with the client's screen).
        pacer: the practice's pacer for the small copy (a widget lives in one window).
        pacer_style, reduced_motion: as the person's settings say.
        recording: whether this session is recorded (the notes are kept only then).

    Signals:
        again_requested(), done_requested(), pdf_requested(): at the end.
        ratings_changed(dict): a rating noted, e.g. {"rating_before": 6} (-1: cleared).
    """

    again_requested = Signal()
    done_requested = Signal()
    pdf_requested = Signal()
    ratings_changed = Signal(dict)

    def __init__(
        self,
        controller: SessionController,
        *,
        pacer: Pacer | None = None,
        pacer_style: str = "circle",
        reduced_motion: bool = False,
        recording: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.recording = recording
        self.client: PresenterView | None = None  # the client's window, once it is shown
        self._watched: QWidget | None = None
        self.setAccessibleName(self.tr("Presenter controls"))
        self.setStyleSheet(STYLE)
        self.mirror = SessionScreen(
            controller,
            pacer if pacer is not None else BreathPacer(pacer_style),
            paused_hint=self.tr(PAUSED),
            reduced_motion=reduced_motion,
        )
        self.pacer = self.mirror.pacer
        self.mirror.on_frame(self._show_readout)
        # the lead-in's safety words are the client's (their screen shows them): not here
        policy = self.mirror.safety.sizePolicy()
        policy.setRetainSizeWhenHidden(False)
        self.mirror.safety.setSizePolicy(policy)
        self.mirror.safety.hide()
        # the page scrolls on a small screen (or with large type) rather than overflow
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(20, 14, 20, 14)
        layout.setSpacing(10)
        layout.addLayout(self._build_top(), 1)
        layout.addWidget(self._build_controls())
        layout.addWidget(self._build_end())
        layout.addWidget(self._build_notes(), 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(VerticalScroll(page))
        self._mark_type_sizes()
        controller.paused_changed.connect(self._on_paused)
        controller.finished.connect(self._on_finished)
        controller.notice.connect(self.say)
        controller.replanned.connect(self._refresh)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.mirror.refresh()
        if controller.status.ended:
            self._on_finished(controller.status)

    # -- building ----------------------------------------------------------------------------
    def _build_top(self) -> QBoxLayout:
        frame = QFrame(self)
        frame.setObjectName("mirror")
        frame.setAccessibleName(self.tr("What the client sees"))
        inner = QVBoxLayout(frame)
        inner.setContentsMargins(10, 8, 10, 8)
        inner.addWidget(self.mirror)
        self.mirror.setMinimumSize(200, 200)
        frame.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        frame.setMaximumHeight(MIRROR_MAX_HEIGHT)  # the rest is the notes'
        self.readout = Readout(self)
        # the readout's lines, by name (what a test or the host reads)
        r = self.readout
        self.where, self.pace, self.pattern, self.left, self.step, self.notice = (
            r.where,
            r.pace,
            r.pattern,
            r.left,
            r.step,
            r.notice,
        )
        # side by side, or the readout under the copy when the window is narrow
        self._top = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._top.setSpacing(18)
        self._top.addWidget(frame, 5)
        self._top.addWidget(self.readout, 6)
        self._mirror_frame = frame
        return self._top

    def control_actions(self) -> dict[str, Callable[[], object]]:
        """What each control does, by ``controls.CONTROLS`` id (the client's keys too)."""
        c = self.controller
        return {
            "pause": c.toggle_pause,
            "skip": c.skip,
            "gentler": self.gentler,
            "slower": lambda: self._pace(self.mirror.slower),
            "faster": lambda: self._pace(self.mirror.faster),
            "voice": self.toggle_voice,
            "sound": self.toggle_sound,
            "fullscreen": self.client_fullscreen,
            "stop": self.stop,
        }

    def _build_controls(self) -> QWidget:
        """The shared controls, in two rows of four so the window can be half a laptop's
        screen (beside the client's window); their row keeps their keys."""
        c = self.controller
        self.controls = SessionControls(self.control_actions())
        # F11 is each window's own full screen: here the therapist's, there the client's
        self.controls.button("fullscreen").hide()
        self.controls.set_applies("gentler", c.can_gentler)
        for pace in ("slower", "faster"):
            self.controls.set_applies(pace, c.can_change_pace)  # its key says why, here
        self.sync_voice()
        self.controls.set_toggle("sound", not c.muted)
        self.controls.set_toggle("gentler", c.gentle)
        box = QWidget(self)
        box.setAccessibleName(self.tr("Session controls"))
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        # the row stays (empty) in the window: its keys work while it is there
        column.addWidget(self.controls)
        # rows of them, as many to a row as the window has room for (four, half a laptop's
        # screen wide; fewer with large type or on a small screen)
        rows = FlowLayout(spacing=8)
        order = ("pause", "skip", "gentler", "stop", "slower", "faster", "voice", "sound")
        for control in order:
            rows.add(self.controls.button(control))
        column.addLayout(rows)
        self.controls_box = box
        return box

    def _build_end(self) -> QWidget:
        self.end = QWidget(self)
        self.end_text = QLabel(self.end)
        self.end_text.setTextFormat(Qt.TextFormat.PlainText)
        set_type_scale(self.end_text, 1.2, bold=True)
        self.summary_button = self._end_button(
            self.tr("Summary and PDF\u2026"), self.tr("Open the session summary")
        )
        self.summary_button.clicked.connect(self.pdf_requested)
        self.again_button = self._end_button(self.tr("Again"), self.tr("The same session again"))
        self.again_button.clicked.connect(self.again_requested)
        self.done_button = self._end_button(self.tr("Done"), self.tr("Done: back to home"))
        self.done_button.clicked.connect(self.done_requested)
        row = QHBoxLayout(self.end)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.end_text, 1)
        for button in (self.summary_button, self.again_button, self.done_button):
            row.addWidget(button)
        self.end.hide()
        return self.end

    def _end_button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text, self.end)
        button.setAccessibleName(name)
        button.setAutoDefault(True)
        return button

    def _build_notes(self) -> TherapistNotes:
        self.own_notes = TherapistNotes(recording=self.recording, parent=self)
        self.own_notes.ratings_changed.connect(self.ratings_changed)
        self.ratings = self.own_notes.ratings
        self.notes, self.notes_kept = self.own_notes.notes, self.own_notes.notes_kept
        return self.own_notes

    def _mark_type_sizes(self) -> None:
        s = self.mirror
        for label, scale in ((s.phase, 1.4), (s.countdown, 1.2), (s.count, 0.95), (s.hint, 0.95)):
            set_type_scale(label, scale)
        apply_type_scale(self)

    # -- what the host asks ------------------------------------------------------------------
    def attach_client(self, client: PresenterView, where: str) -> None:
        """The client's window, and where it is in the therapist's words (a missing screen
        too)."""
        self.client = client
        self.set_where(where)

    def set_where(self, text: str) -> None:
        """Where the client's session is (and a missing screen), in the therapist's words."""
        self.readout.set_where(text)

    def say(self, text: str) -> None:
        """A notice for the therapist only (it stays until the next one)."""
        self.readout.say(text)

    def private_notes(self) -> str:
        """The notes as typed (trimmed to what the history keeps)."""
        notes: str = self.own_notes.private_notes()
        return notes

    def sync_voice(self) -> None:
        """Show whether a voice exists (it may arrive after the first paint) and is on."""
        c = self.controller
        self.controls.button("voice").setEnabled(c.voice.available)
        self.controls.set_toggle("voice", c.voice_on)

    def set_reduced_motion(self, on: bool) -> None:
        self.mirror.set_reduced_motion(on)

    # -- actions -----------------------------------------------------------------------------
    def gentler(self) -> None:
        """Gentler from now; the reminder shows on both screens."""
        if not self.controller.can_gentler or self.controller.status.ended:
            return
        if self.client is not None:
            screen = self.client.session_screen
            hint = screen.tr(GENTLER_HINT)
            if screen.safety.isHidden() or hint not in screen.safety.text():  # said once
                screen.show_hint(hint)
        self.mirror.gentler()
        self.controls.set_toggle("gentler", self.controller.gentle)

    def _pace(self, change: Callable[[], bool]) -> None:
        if change():
            self.say("")
            self._refresh()

    def toggle_voice(self) -> None:
        if self.controller.voice.available:
            self.controller.set_voice(not self.controller.voice_on)
        self.controls.set_toggle("voice", self.controller.voice_on)

    def toggle_sound(self) -> None:
        self.controller.set_muted(not self.controller.muted)
        self.controls.set_toggle("sound", not self.controller.muted)

    def stop(self) -> None:
        """Esc: stop a running session; once it has ended, the client's screen goes."""
        if not self.controller.status.ended:
            self.controller.stop()
        elif self.client is not None:
            self.client.close()

    def client_fullscreen(self) -> None:
        """F11 on the client's screen: full screen, or a window there."""
        if self.client is not None:
            self.client.toggle_fullscreen()

    # -- following the session ---------------------------------------------------------------
    def _refresh(self) -> None:
        self._show_readout(self.controller.position())

    def _show_readout(self, pos: Position) -> None:
        if not pos.status.ended:  # at the end the end row says how it went
            breaths = self.mirror.follower.breath_text(pos)
            self.readout.show_position(self.controller.plan, pos, breaths)

    def _on_paused(self, paused: bool) -> None:
        self.controls.set_text("pause", "Resume" if paused else "Pause")  # set_text translates

    def _on_finished(self, status: Status) -> None:
        pos = self.controller.position()
        facts = [
            self.tr("Completed") if status is Status.COMPLETED else self.tr("Ended early"),
            duration_text(pos.elapsed),
        ]
        breaths = self.mirror.follower.breaths_done(pos)
        if breaths:
            facts.append(
                self.tr("1 breath") if breaths == 1 else fill(self.tr("%1 breaths"), breaths)
            )
        self.end_text.setText(" \u00b7 ".join(facts))
        self.readout.show_end(facts[0], pos.elapsed)
        for button in self.controls_box.findChildren(QPushButton):
            button.hide()  # the row itself stays: Esc still closes the client's screen
        self.end.show()
        self.summary_button.setFocus()

    # -- showing -----------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        """The readout under the copy of the client's screen when both do not fit beside."""
        margins = 40 + self._top.spacing()
        beside = (
            self._mirror_frame.minimumSizeHint().width()
            + self.readout.minimumSizeHint().width()
            + margins
            <= event.size().width()
        )
        direction = QBoxLayout.Direction.LeftToRight if beside else QBoxLayout.Direction.TopToBottom
        if self._top.direction() != direction:
            self._top.setDirection(direction)
        super().resizeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        window = self.window()
        if window is not self._watched:
            self._watched = window
            self.controls.defer_to_window()  # F11 is the window's own
            apply_type_scale(self)
        self._refresh()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            apply_type_scale(self)
