"""SessionController: walks a running session in real time, independently of any painting.

One single-shot timer is aimed at the next step boundary. At each boundary the controller
lets the runner catch up, plays the cue and the spoken guidance, and updates the history
row. Nothing here depends on a window being visible, so a session keeps time (and keeps
speaking) while the window is minimised and the person's eyes are closed.
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Callable
from datetime import datetime
from typing import NamedTuple, Protocol

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from breathe.engine.cues import CueSink, NullCues, SessionRecorder, VoiceSink
from breathe.engine.pacing import from_shown_level
from breathe.engine.practices.errors import PracticeError
from breathe.engine.practices.steps import Plan, Step
from breathe.engine.runner import Clock, Position, Replanner, SessionRunner, Status
from breathe.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

PaceChanger = Callable[[Plan, float, float], Plan]

#: while a session runs the controller looks at the clock this often, so that a longer gap
#: (a suspended computer whose clock went on) is known to be frozen time, not practice
HEARTBEAT_MS = 1000
FREEZE_GAP = 10.0


class Inhibitor(Protocol):
    """Keeps the screensaver away while a session runs (see ``screensaver.py``)."""

    def inhibit(self, reason: str) -> None: ...

    def release(self) -> None: ...


#: what a failed pace change says (the practice's own limits were reached); emitted translated
PACE_LIMIT_NOTICE = QT_TRANSLATE_NOOP(
    "SessionController", "That is as far as the pace goes. This rhythm is fine as it is."
)


class NullRecorder:
    """Records nothing (private mode, tests)."""

    def begin(self, plan: Plan, started_at: datetime | None = None) -> None:
        return None

    def touch(self, elapsed: float) -> None:
        return None

    def finish(self, status: Status, elapsed: float) -> None:
        return None

    def update(self, **fields: object) -> bool:
        return False


class Replanners(NamedTuple):
    """How a practice re-plans a running session; None where it does not.

    A named tuple: it is defined on the way to the first breath, where a dataclass would
    write and compile its methods first.
    """

    on_resume: Replanner | None = None
    gentler: Replanner | None = None
    change_pace: PaceChanger | None = None


def practice_replanners(plan: Plan) -> Replanners:
    """The re-planners of ``plan``'s practice (its engine is imported only now)."""
    from breathe.engine.practices.catalog import runner_policy

    on_resume = runner_policy(plan).on_resume
    if plan.practice != "breathing":
        return Replanners(on_resume)
    from breathe.engine.practices.breathing import change_pace, gentler

    resume = None if on_resume is None else from_shown_level(on_resume)
    return Replanners(resume, gentler, change_pace)


class SessionController(QObject):
    """Drives one session: boundary timer, cues, voice and history row.

    Args:
        plan: the timeline.
        clock: monotonic seconds (``time.monotonic``; tests pass a fake clock).
        cues: cue sounds; voice: spoken guidance; recorder: the history row.
        replanners: Gentler / pace / resume rules (by default the plan's practice's own).
        gated_kinds: self-paced step kinds that wait for ``advance()`` (by default the
            practice's: grounding items).
        inhibitor: keeps the screensaver away while the session runs (optional).
        watch_freezes: take a long gap between heartbeats for frozen time (None: only on
            the real monotonic clock, which Qt's timers run on; a test's fake clock jumps
            without the heartbeat seeing time pass). A SIGCONT is always heeded.
    """

    step_changed = Signal(int)
    #: the session ended: its ``Status`` (``COMPLETED`` or ``STOPPED``)
    finished = Signal(object)
    paused_changed = Signal(bool)
    replanned = Signal()
    #: a short, gentle line for the person, translated (e.g. the pace cannot go further)
    notice = Signal(str)

    def __init__(
        self,
        plan: Plan,
        *,
        clock: Clock = time.monotonic,
        cues: CueSink | None = None,
        voice: VoiceSink | None = None,
        recorder: SessionRecorder | None = None,
        replanners: Replanners | None = None,
        gated_kinds: frozenset[str] | None = None,
        voice_on: bool = False,
        inhibitor: Inhibitor | None = None,
        watch_freezes: bool | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        if watch_freezes is None:
            watch_freezes = clock is time.monotonic
        if replanners is None:
            replanners = practice_replanners(plan)
        if gated_kinds is None:
            from breathe.engine.practices.catalog import runner_policy

            gated_kinds = runner_policy(plan).gated_kinds
        self.replanners = replanners
        self.cues: CueSink = cues if cues is not None else NullCues()
        self.voice: VoiceSink = voice if voice is not None else NullCues()
        self.recorder: SessionRecorder = recorder if recorder is not None else NullRecorder()
        self._inhibitor = inhibitor
        self._voice_on = voice_on
        self._muted = False
        self._gentle = False
        self._announced: Step | None = None
        self._started_at: datetime | None = None
        self.runner = SessionRunner(
            plan,
            clock,
            gated_kinds=gated_kinds,
            on_resume=replanners.on_resume,
            freeze_gap=FREEZE_GAP if watch_freezes else None,
        )
        self.runner.on_step(self._on_step)
        self.runner.on_end(self._on_end)
        self.boundary_timer = QTimer(self)
        self.boundary_timer.setSingleShot(True)
        self.boundary_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.boundary_timer.timeout.connect(self.tick)
        self.heartbeat_timer = QTimer(self)
        self.heartbeat_timer.setInterval(HEARTBEAT_MS)
        self.heartbeat_timer.timeout.connect(self.heartbeat)

    # -- observation -------------------------------------------------------------------
    @property
    def plan(self) -> Plan:
        return self.runner.plan

    @property
    def status(self) -> Status:
        return self.runner.status

    def position(self) -> Position:
        """Where the session is now (what a frame paints)."""
        return self.runner.position()

    @property
    def voice_on(self) -> bool:
        return self._voice_on and self.voice.available

    @property
    def muted(self) -> bool:
        return self._muted

    @property
    def can_gentler(self) -> bool:
        return self.replanners.gentler is not None

    @property
    def gentle(self) -> bool:
        """Whether the person asked for gentler breathing (it stays on to the end)."""
        return self._gentle

    @property
    def can_change_pace(self) -> bool:
        """Pace keys work for every breathing session; a preset then becomes "custom, from
        box" (the plan says so)."""
        return self.replanners.change_pace is not None

    def attach_audio(self, cues: CueSink | None, voice: VoiceSink | None) -> None:
        """Sound and speech from now on (they arrive just after the first paint).

        The muted state and the voice switch carry over; the voice renders this plan's
        cues at once if it is on.
        """
        if cues is not None:
            self.cues = cues
            cues.set_muted(self._muted)
        if voice is not None:
            self.voice = voice
            self.prepare_voice()

    def set_inhibitor(self, inhibitor: Inhibitor) -> None:
        """Keep the screensaver away from now on (it may arrive after the first paint)."""
        if self._inhibitor is not None:
            return
        self._inhibitor = inhibitor
        if self.runner.status in (Status.RUNNING, Status.PAUSED):
            inhibitor.inhibit("A breathing session is running")

    # -- control -----------------------------------------------------------------------
    def start(self) -> None:
        """Open the history row, prepare the voice and start the clock at the first step."""
        if self.runner.status is not Status.READY:
            return
        self._started_at = datetime.now().astimezone()
        self.recorder.begin(self.plan)
        self.prepare_voice()
        if self._inhibitor is not None:
            self._inhibitor.inhibit("A breathing session is running")
        self.runner.start()
        self.heartbeat_timer.start()
        self._arm()

    def attach_recorder(self, recorder: SessionRecorder) -> None:
        """Record this session from now on, including the time it has already run.

        A quick start opens the history only after the first paint; the row then gets the
        real start time and elapsed time, and an ended session its final status.
        """
        self.recorder = recorder
        status = self.runner.status
        if status is Status.READY:
            return  # start() begins the row
        recorder.begin(self.plan, started_at=self._started_at)
        if status.ended:
            recorder.finish(status, self.runner.elapsed())
        else:
            recorder.touch(self.runner.elapsed())

    def tick(self) -> None:
        """Catch up with the clock: fire what is due and aim the timer at the next boundary."""
        before = self.plan
        self.runner.poll()
        if self.plan is not before:  # time frozen since was left out, and re-planned
            self._after_replan()
        self._arm()

    def note_continued(self) -> None:
        """The process was stopped and continues (SIGCONT): only a flag is set, so a signal
        handler may call this; the next heartbeat or tick leaves the stopped time out."""
        self.runner.note_continued()

    def heartbeat(self) -> None:
        """Look at the clock: time the process spent frozen is left out of the session."""
        before = self.plan
        if not self.runner.heartbeat():
            return
        self.voice.silence()  # a cue from before the freeze is not for now
        if self.plan is not before:
            self._after_replan()
        self.recorder.touch(self.runner.elapsed())
        self._arm()

    def toggle_pause(self) -> None:
        """Pause, or resume (breathing resumes at the start of an inhale)."""
        if self.runner.status is Status.RUNNING:
            self.runner.pause()
            self.voice.silence()
            self.boundary_timer.stop()
            self.heartbeat_timer.stop()
            self.recorder.touch(self.runner.elapsed())
            self.paused_changed.emit(True)
        elif self.runner.status is Status.PAUSED:
            before = self.plan
            self.runner.resume()
            if self.plan is not before:
                self._after_replan()
            self._announce_if_new()  # e.g. skipped or re-planned while paused
            self.paused_changed.emit(False)
            self.heartbeat_timer.start()
            self._arm()

    def stop(self) -> None:
        """End the session now; it is saved as ``stopped``."""
        self.runner.stop()

    def skip(self) -> None:
        """Move on to the next step."""
        before = self.plan
        self.runner.skip()
        if self.plan is not before and not self.runner.status.ended:
            self.replanned.emit()
        self._arm()

    def advance(self) -> None:
        """The person is ready to move on from a self-paced step."""
        self.skip()

    def gentler(self) -> None:
        """Re-plan the rest as easier breathing (no holds, a little shorter)."""
        if self.replanners.gentler is not None and not self.runner.status.ended:
            self._gentle = True
            self._replan(self.replanners.gentler)

    def change_pace(self, factor: float) -> bool:
        """Slower (factor > 1) or faster (< 1) from the next breath; False at the limits."""
        change = self.replanners.change_pace
        if change is None or not self.can_change_pace:
            return False
        try:
            self._replan(lambda plan, now: change(plan, now, factor))
        except PracticeError as exc:
            log.info("pace not changed: %s", exc)
            self.notice.emit(self.tr(PACE_LIMIT_NOTICE))
            return False
        return True

    def set_voice(self, on: bool) -> None:
        """Spoken guidance on or off (it stays off when no voice is available)."""
        self._voice_on = on
        if on:
            self.prepare_voice()
        else:
            self.voice.silence()

    def set_muted(self, on: bool) -> None:
        """Mute everything that makes a sound: cues and voice."""
        self._muted = on
        self.cues.set_muted(on)
        if on:
            self.voice.silence()

    def prepare_voice(self) -> None:
        """Have the voice render this plan's cues ahead of time, if the voice is on."""
        if self.voice_on:
            self.voice.prepare(dict.fromkeys(s.say for s in self.plan.steps if s.say))

    # -- internals ---------------------------------------------------------------------
    def _replan(self, replanner: Replanner) -> None:
        if self.runner.status.ended:
            return
        self.runner.replan(replanner)
        self._after_replan()
        self._arm()

    def _after_replan(self) -> None:
        self.prepare_voice()
        self.replanned.emit()
        self._announce_if_new()

    def _announce_if_new(self) -> None:
        """Announce the step at "now" if a re-plan put a new one there.

        The runner only reports a change of step *index*; a re-plan cut exactly at a step's
        start puts a different step at the same index.
        """
        if self.runner.status is Status.RUNNING:
            pos = self.runner.position()
            if pos.step != self._announced:
                self._on_step(pos.index, pos.step)

    def _arm(self) -> None:
        """Aim the single-shot timer at the next boundary (a whole ms at or after it)."""
        wait = self.runner.until_next_boundary()
        if wait is None:
            self.boundary_timer.stop()
            return
        self.boundary_timer.start(max(0, math.ceil(wait * 1000.0)))

    def _on_step(self, index: int, step: Step) -> None:
        self._announced = step
        self.cues.play_cue(step.kind)
        if self.voice_on and not self._muted and step.say:
            self.voice.speak(step.say)
        self.recorder.touch(self.runner.elapsed())
        self.step_changed.emit(index)

    def _on_end(self, status: Status) -> None:
        self.boundary_timer.stop()
        self.heartbeat_timer.stop()
        if status is Status.COMPLETED:
            self.cues.play_cue("end")
        else:
            self.voice.silence()
        self.recorder.finish(status, self.runner.elapsed())
        if self._inhibitor is not None:
            self._inhibitor.release()
        self.finished.emit(status)
