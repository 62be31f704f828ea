"""SessionRunner: walks a Plan on an injected monotonic clock (no Qt).

Position is always computed from the clock (elapsed = now - start - paused time), never
accumulated tick by tick, so a late or missed tick cannot make a session drift.

Time the process spent frozen is not practice. A stopped process (SIGSTOP, Ctrl+Z) is told
when it continues (``note_continued``); a suspended computer stops ``time.monotonic`` on
Linux and macOS, but not every clock does, so with ``freeze_gap`` a gap longer than that
between two heartbeats counts as frozen too. Frozen time is left out like a pause, and
the session goes on from where it was (breathing from the start of an in-breath).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from breathe.engine.practices.steps import Plan, Step, drafts_of

log = logging.getLogger(__name__)

Clock = Callable[[], float]
Replanner = Callable[[Plan, float], Plan]


class Status(Enum):
    READY = "ready"
    RUNNING = "running"
    PAUSED = "paused"
    COMPLETED = "completed"
    STOPPED = "stopped"

    @property
    def ended(self) -> bool:
        return self in (Status.COMPLETED, Status.STOPPED)


@dataclass(frozen=True)
class Position:
    """Where a session is: what a view needs to paint one frame."""

    index: int
    step: Step
    fraction: float
    step_remaining: float
    elapsed: float
    total: float
    status: Status
    waiting: bool  # a self-paced step whose default pace is over: waiting for advance()

    @property
    def remaining(self) -> float:
        return max(0.0, self.total - self.elapsed)

    @property
    def progress(self) -> float:
        return min(1.0, self.elapsed / self.total) if self.total > 0 else 1.0


class SessionRunner:
    """The clock-driven state of one session.

    Args:
        plan: the timeline to walk.
        clock: a monotonic clock in seconds (``time.monotonic`` by default).
        gated_kinds: step kinds that are self-paced: the session waits at their end
            until ``advance()`` (grounding items).
        on_resume: re-plans the future when resuming from a pause (breathing resumes at
            the beginning of an inhale).
        freeze_gap: when set, the caller calls ``heartbeat()`` much more often than this
            while the session runs, and a longer gap between two of them (or a ``poll``)
            means the process was frozen: that time is left out.
    """

    def __init__(
        self,
        plan: Plan,
        clock: Clock = time.monotonic,
        *,
        gated_kinds: frozenset[str] = frozenset(),
        on_resume: Replanner | None = None,
        freeze_gap: float | None = None,
    ) -> None:
        self._plan = plan
        self._clock = clock
        self.gated_kinds = gated_kinds
        self._on_resume = on_resume
        self._freeze_gap = freeze_gap
        self._seen_at: float | None = None  # the last clock reading known to be live
        self._continued = False  # the process was stopped and has just continued
        self._status = Status.READY
        self._started_at = 0.0
        self._paused_total = 0.0
        self._paused_at: float | None = None
        self._ended_elapsed: float | None = None
        self._last_index = -1
        self._gate_from = 0  # self-paced steps before this index were advanced past
        self._step_listeners: list[Callable[[int, Step], None]] = []
        self._end_listeners: list[Callable[[Status], None]] = []

    # -- observation -------------------------------------------------------------------
    @property
    def plan(self) -> Plan:
        return self._plan

    @property
    def status(self) -> Status:
        return self._status

    @property
    def freeze_gap(self) -> float | None:
        """A gap between heartbeats longer than this is frozen time (None: not judged)."""
        return self._freeze_gap

    def on_step(self, listener: Callable[[int, Step], None]) -> None:
        """Call ``listener(index, step)`` whenever ``poll()`` sees a new step begin."""
        self._step_listeners.append(listener)

    def on_end(self, listener: Callable[[Status], None]) -> None:
        """Call ``listener(status)`` once when the session completes or is stopped."""
        self._end_listeners.append(listener)

    def elapsed(self) -> float:
        """Seconds of session time so far (pauses excluded)."""
        if self._ended_elapsed is not None:
            return self._ended_elapsed
        if self._status is Status.READY:
            return 0.0
        now = self._paused_at if self._paused_at is not None else self._clock()
        return max(0.0, now - self._started_at - self._paused_total)

    def _gate_limit(self, elapsed: float) -> tuple[int, bool]:
        """The step index at ``elapsed``, held at the first unfinished self-paced step."""
        index = self._plan.index_at(elapsed)
        if self.gated_kinds:
            for i in range(self._gate_from, index):
                if self._plan.steps[i].kind in self.gated_kinds:
                    return i, True
        return index, False

    def position(self) -> Position:
        """The position now."""
        elapsed = self.elapsed()
        index, waiting = self._gate_limit(elapsed)
        step = self._plan.steps[index]
        total = self._plan.total_seconds
        if waiting:
            total += elapsed - step.end  # the wait lengthens the session
            return Position(index, step, 1.0, 0.0, elapsed, total, self._status, True)
        into = min(max(elapsed - step.start, 0.0), step.duration)
        return Position(
            index,
            step,
            into / step.duration,
            step.duration - into,
            min(elapsed, total),
            total,
            self._status,
            False,
        )

    def until_next_boundary(self) -> float | None:
        """Seconds until the next step boundary, or None when nothing is scheduled."""
        if self._status is not Status.RUNNING:
            return None
        pos = self.position()
        if pos.waiting:
            return None
        return pos.step_remaining

    # -- control -----------------------------------------------------------------------
    def start(self) -> None:
        """Start the clock at the first step."""
        if self._status is not Status.READY:
            return
        self._started_at = self._seen_at = self._clock()
        self._status = Status.RUNNING
        self.poll()

    def pause(self) -> None:
        if self._status is Status.RUNNING:
            self._notice_freeze()  # a freeze just before the pause is not practice either
            self._paused_at = self._clock()
            self._status = Status.PAUSED
            self._seen_at = None

    def resume(self) -> None:
        if self._status is not Status.PAUSED or self._paused_at is None:
            return
        now = self._clock()
        self._paused_total += now - self._paused_at
        self._paused_at = None
        self._seen_at = now
        self._continued = False  # stopped while paused: the pause covered it
        self._status = Status.RUNNING
        self._resume_plan()

    def _resume_plan(self) -> None:
        if self._on_resume is not None:
            self.replan(self._on_resume)
        self.poll()

    # -- frozen time -------------------------------------------------------------------
    def note_continued(self) -> None:
        """The process was stopped and continues now (SIGCONT).

        Only a flag is set, so a signal handler may call it: the next ``heartbeat`` or
        ``poll`` leaves out the time since the last one.
        """
        self._continued = True

    def heartbeat(self) -> bool:
        """The process is live now; returns True when it finds it was frozen since it was
        last seen (then that time is left out, as a pause would be)."""
        return self._notice_freeze()

    def _notice_freeze(self) -> bool:
        if self._status is not Status.RUNNING:
            self._continued = False
            return False
        now = self._clock()
        seen, self._seen_at = self._seen_at, now
        continued, self._continued = self._continued, False
        gap = 0.0 if seen is None else now - seen
        guessed = self._freeze_gap is not None and gap > self._freeze_gap
        if gap <= 0 or not (continued or guessed):
            return False
        self._paused_total += gap
        log.info("left out %.1f s in which the process was frozen", gap)
        self._resume_plan()
        return True

    def toggle_pause(self) -> None:
        if self._status is Status.PAUSED:
            self.resume()
        else:
            self.pause()

    def stop(self) -> None:
        """End the session early (saved as ``stopped``)."""
        self._notice_freeze()  # SIGTERM to a stopped process comes with its SIGCONT
        if not self._status.ended:
            self._finish(Status.STOPPED)

    def replan(self, replanner: Replanner) -> None:
        """Let ``replanner(plan, now)`` recompute the future; the past stays as it was."""
        if self._status.ended:
            return
        now = self.elapsed()
        self._plan = replanner(self._plan, now)
        self.poll()

    def skip(self) -> None:
        """Skip the rest of the current step."""
        if self._status not in (Status.RUNNING, Status.PAUSED):
            return
        pos = self.position()
        now = pos.elapsed
        later = drafts_of(self._plan.steps[pos.index + 1 :])
        if not later:
            self._finish(Status.COMPLETED)
            return
        # a step skipped at its very start (a second skip at one clock reading) is dropped
        # from the plan, and the next step takes its index: that step is still to be shown
        # and, if self-paced, waited for
        dropped = now <= pos.step.start
        self._plan = self._plan.splice(now, later, index=pos.index)
        self._gate_from = pos.index if dropped else pos.index + 1
        if dropped:
            self._last_index = -1
        self.poll()

    def advance(self) -> None:
        """Move past a self-paced step (the person said they are ready)."""
        self.skip()

    def poll(self) -> None:
        """Fire step and end callbacks for what has happened since the last poll."""
        if self._status is not Status.RUNNING:
            return
        if (self._continued or self._freeze_gap is not None) and self._notice_freeze():
            return  # it has polled, from where the session was
        pos = self.position()
        if not pos.waiting and pos.elapsed >= self._plan.total_seconds:
            self._finish(Status.COMPLETED)
            return
        if pos.index != self._last_index:
            self._last_index = pos.index
            for listener in list(self._step_listeners):
                listener(pos.index, pos.step)

    def _finish(self, status: Status) -> None:
        elapsed = self.elapsed()
        if status is Status.COMPLETED:
            elapsed = self._plan.total_seconds
        self._ended_elapsed = elapsed
        self._paused_at = None
        self._status = status
        log.info("session %s after %.1f s", status.value, elapsed)
        for listener in list(self._end_listeners):
            listener(status)
