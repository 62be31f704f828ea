"""Re-planning a running breathing session from "now" (no Qt).

Each function is ``(plan, now) -> plan`` built on :meth:`Plan.splice`: the past stays as it
was, the future is recomputed, steps stay contiguous, and the plan still ends with an
exhale and the outro. In the intro a change starts with the first breath; in the outro
nothing changes.

A *breath* is the run of steps from one inhale to the next (a sigh's "Top up" belongs to
the breath it tops up). When the future is refilled up to a time, each new breath is
modelled on the planned breath at that time, so a glide or the slowing steps of
resonance carry on as planned.
"""

from __future__ import annotations

import bisect
import logging
import math
from collections.abc import Callable, Sequence
from dataclasses import replace

from breathe.engine.practices.breathing_options import (
    MAX_BPM,
    MIN_BPM,
    MIN_BREATH_PHASE,
    shown_number,
)
from breathe.engine.practices.breathing_presets import (
    GENTLE_SAY,
    TOP_UP_LABEL,
    exhale,
    fitted,
    inhale,
    plain_say,
)
from breathe.engine.practices.errors import PracticeError
from breathe.engine.practices.steps import Draft, Plan, Step, drafts_of
from breathe.language import gettext

log = logging.getLogger(__name__)

GENTLE_FACTOR = 0.85
GENTLE_MIN_SECONDS = 2.0
SLOWER = 1.1  # one press of "-": each breath 10% longer
FASTER = 1 / SLOWER
#: the option naming the preset a plan was, before its pace was changed
FROM_PRESET = "from_preset"

Breath = tuple[int, int]  # index of its first step, index after its last step
Shape = Callable[[Sequence[Draft]], list[Draft]]


def _splice(plan: Plan, at: float, future: Sequence[Draft], index: int) -> Plan:
    """``plan.splice`` with every new step's cue fitted to its length."""
    return plan.splice(at, [fitted(d) for d in future], index=index)


def _outro_index(plan: Plan) -> int:
    """Index of the outro step, or the number of steps when there is none."""
    last = len(plan.steps) - 1
    return last if plan.steps[last].kind == "outro" else last + 1


def _breaths(plan: Plan) -> list[Breath]:
    steps = plan.steps
    stop = _outro_index(plan)
    top_up = gettext(TOP_UP_LABEL)
    firsts = [
        j
        for j, s in enumerate(steps[:stop])
        if s.kind == "inhale" and not (s.label == top_up and steps[j - 1].kind == "inhale")
    ]
    return list(zip(firsts, [*firsts[1:], stop], strict=False))


def _exhale_due(plan: Plan, breaths: Sequence[Breath], index: int, now: float) -> float | None:
    """Seconds of the breath out the person is about to take, or None if they breathed out.

    Looks at the phase just before ``now``: a breath in or a hold after one means the
    lungs are full.
    """
    j = index if now > plan.steps[index].start else index - 1
    before = [b for b in breaths if b[0] <= j]
    if not before:
        return None
    first, after = before[-1]
    if "exhale" in [s.kind for s in plan.steps[first : j + 1]]:
        return None
    exhales = [s.duration for s in plan.steps[j:after] if s.kind == "exhale"]
    return max(exhales, default=plan.steps[j].duration)


def _whole(plan: Plan, breath: Breath) -> bool:
    """Whether no re-plan cut ``breath`` short: each breath in and out lasts 1 s or more."""
    first, after = breath
    return all(
        s.kind == "hold" or s.duration >= MIN_BREATH_PHASE * (1 - 1e-9)
        for s in plan.steps[first:after]
    )


def _last_whole(plan: Plan, breaths: Sequence[Breath]) -> list[Breath]:
    """The last breath no re-plan cut short (the very last if all were): one to model on."""
    whole = [b for b in breaths if _whole(plan, b)]
    return whole[-1:] or list(breaths[-1:])


def _model(plan: Plan, breath: Breath) -> list[Draft]:
    """A breath to model new ones on, with plain cues; a phase a re-plan cut short (when
    no whole breath is left) lasts the shortest whole one, 1 s."""
    return [
        plain_say(d if d.kind == "hold" else d._replace(duration=max(MIN_BREATH_PHASE, d.duration)))
        for d in drafts_of(plan.steps[breath[0] : breath[1]])
    ]


def _tail(plan: Plan) -> list[Draft]:
    """The outro (if any), kept as it is."""
    return drafts_of(plan.steps[_outro_index(plan) :])


def _future(plan: Plan, now: float) -> list[Breath]:
    """The breaths that start at or after ``now``."""
    return [b for b in _breaths(plan) if plan.steps[b[0]].start >= now]


def _models(plan: Plan, breaths: Sequence[Breath]) -> Sequence[Breath]:
    """Breaths to model new ones on: the very last is left out if it only lost its hold."""
    if len(breaths) > 1 and _kinds(plan, breaths[-1]) != _kinds(plan, breaths[-2]):
        return breaths[:-1]
    return breaths


def _kinds(plan: Plan, breath: Breath) -> list[str]:
    return [s.kind for s in plan.steps[breath[0] : breath[1]]]


def _refill(
    plan: Plan, pool: Sequence[Breath], t: float, end: float, shape: Shape, *, required: bool
) -> list[Draft]:
    """Breaths from ``t`` to about ``end``, each ``shape``d from the planned one at its time.

    ``pool`` holds the whole breaths to model on. A cue such as "Now a little slower" is
    kept once, on the first new breath modelled on its breath or a later one. With
    ``required`` at least one breath is made. The last breath ends after its exhale.
    """
    pool = _models(plan, pool)
    starts = [plan.steps[b[0]].start for b in pool]
    out: list[Draft] = []
    said = -1  # the pool position of the last breath modelled on
    while True:
        k = max(bisect.bisect_right(starts, t) - 1, 0)
        breath = shape(_model(plan, pool[k]))
        firsts = drafts_of(plan.steps[b[0]] for b in pool[said + 1 : k + 1])
        cues = [d.say for d in firsts if d != plain_say(d)]
        if cues:
            breath[0] = breath[0]._replace(say=cues[-1])
        seconds = sum(d.duration for d in breath)
        if (out or not required) and t + seconds / 2 >= end:
            break
        said = max(said, k)
        out.extend(breath)
        t += seconds
    while out and out[-1].kind == "hold":
        out.pop()
    return out


def _easier(seconds: float) -> float:
    if seconds <= GENTLE_MIN_SECONDS:
        return seconds
    return max(GENTLE_MIN_SECONDS, seconds * GENTLE_FACTOR)


def _gentle(drafts: Sequence[Draft]) -> list[Draft]:
    """One breath in, one breath out, each a little shorter; no holds."""
    breath_in = sum(d.duration for d in drafts if d.kind == "inhale")
    breath_out = sum(d.duration for d in drafts if d.kind == "exhale") or breath_in
    return [
        inhale(_easier(breath_in)),
        exhale(_easier(breath_out)),
    ]


def gentler(plan: Plan, now: float) -> Plan:
    """From ``now``: no holds, shorter and easier breaths, ending about when planned.

    The step at ``now`` is cut there; the future starts with a breath out if the person
    was breathing in or holding after a breath in, else with a breath in.
    """
    breaths = _breaths(plan)
    end = plan.steps[_outro_index(plan) - 1].end
    if not breaths or now >= end:
        return plan
    index = plan.index_at(now)
    first = breaths[0][0]
    head: list[Draft] = []
    if index < first:  # the intro stays as it is
        at, index = plan.steps[first].start, first
    else:
        at = now
        due = _exhale_due(plan, breaths, index, now)
        if due is not None:
            # never under 1 s, even after an in-breath a re-plan cut short
            out = max(MIN_BREATH_PHASE, _easier(due))
            head = [exhale(out)]
    # past the last breath's start, model on a whole breath, never on one a re-plan cut
    pool = _future(plan, at) or _last_whole(plan, breaths)
    t = at + sum(d.duration for d in head)
    future = head + _refill(plan, pool, t, end, _gentle, required=not head)
    future[0] = future[0]._replace(say=gettext(GENTLE_SAY))
    log.debug("gentler from %.1f s", at)
    return _splice(plan, at, [*future, *_tail(plan)], index)


def change_pace(plan: Plan, now: float, factor: float) -> Plan:
    """Each breath from the next inhale on lasts ``factor`` times as long (> 1 is slower).

    A session of so many minutes still ends about when planned; one of so many breaths
    keeps its number of breaths. A preset whose pace changed is no longer that preset: the
    plan says so (``preset`` None, ``options["from_preset"]`` its name: "custom, from box").
    Raises PracticeError beyond 2 to 30 breaths a minute, or if a breath in or out would be
    shorter than 1 second.
    """
    if not (math.isfinite(factor) and factor > 0):
        message = gettext("pace factor {factor}: it must be a number above 0, e.g. 1.1")
        raise PracticeError(message.format(factor=factor))
    future = _future(plan, now)
    if not future:  # in the last breath or the outro: nothing left to change
        return plan
    for first, after in _models(plan, future):
        rate = 60.0 / (factor * sum(s.duration for s in plan.steps[first:after]))
        if not MIN_BPM * (1 - 1e-9) <= rate <= MAX_BPM * (1 + 1e-9):
            message = gettext(
                "pace: that would be {rate} breaths a minute; "
                "breathe keeps between 2 and 30, e.g. 6"
            )
            raise PracticeError(message.format(rate=shown_number(rate)))
    breathing = [s for s in plan.steps[future[0][0] :] if s.kind in ("inhale", "exhale")]
    if min(s.duration for s in breathing) * factor < MIN_BREATH_PHASE * (1 - 1e-9):
        raise PracticeError(
            gettext(
                "pace: a breath in or out would be under 1 second; breathe keeps them longer, "
                "e.g. a slower pace"
            )
        )

    def scaled(drafts: Sequence[Draft]) -> list[Draft]:
        return [d._replace(duration=d.duration * factor) for d in drafts]

    start = future[0][0]
    at = plan.steps[start].start
    stop = _outro_index(plan)
    if "cycles" in plan.options:
        body = scaled(drafts_of(plan.steps[start:stop]))
    else:
        body = _refill(plan, future, at, plan.steps[stop - 1].end, scaled, required=True)
    log.debug("pace x%.3f from %.1f s", factor, at)
    changed = _splice(plan, at, [*body, *_tail(plan)], start)
    if plan.preset is None:
        return changed
    return replace(changed, preset=None, options={**plan.options, FROM_PRESET: plan.preset})


def breath_at(plan: Plan, now: float) -> tuple[Step, ...]:
    """The steps of the whole breath at ``now``: the rhythm being breathed.

    The first breath in the intro, the last whole one in the outro (a last breath that
    only lost its hold counts as the one before it); empty when the plan has no breaths.
    """
    breaths = _models(plan, _breaths(plan))
    if not breaths:
        return ()
    starts = [plan.steps[first].start for first, _after in breaths]
    first, after = breaths[max(bisect.bisect_right(starts, now) - 1, 0)]
    return plan.steps[first:after]


def resume_at_inhale(plan: Plan, now: float) -> Plan:
    """The future starts with a breath in at ``now``, with the breaths still to come kept.

    The breath interrupted at ``now`` starts again, unless only its hold after the breath
    out was left.
    """
    breaths = _breaths(plan)
    stop = _outro_index(plan)
    index = plan.index_at(now)
    if not breaths or index < breaths[0][0] or now >= plan.steps[stop - 1].end:
        return plan
    first, after = [b for b in breaths if b[0] <= index][-1]
    done = "exhale" in [s.kind for s in plan.steps[first:index]]
    # a breath that an earlier re-plan cut short is no breath to start again
    restart = after if done or not _whole(plan, (first, after)) else first
    future = drafts_of(plan.steps[restart:stop])
    if not future:  # that was the last breath: one whole breath more, then the outro
        future = _model(plan, _last_whole(plan, breaths)[0])
    return _splice(plan, now, [*future, *_tail(plan)], index)
