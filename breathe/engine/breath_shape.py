"""The shape of one breath of a plan, for the live preview on the home screen (no Qt).

The preview is drawn from the practice engine's own plan, so it always matches what the
session will do: a rise for each inhale, a flat line for a hold, a fall for the exhale.
"""

from __future__ import annotations

from collections.abc import Sequence

from breathe.engine.practices.steps import Plan, Step
from breathe.language import N_, decimal, gettext

#: how high the first of several inhales rises (a sigh's top-up goes the rest of the way)
FIRST_OF_SEVERAL = 0.75


def first_cycle(plan: Plan) -> tuple[Step, ...]:
    """The steps of the first breath: from the first inhale to just before the next one."""
    steps: list[Step] = []
    exhaled = False
    for step in plan.steps:
        if step.kind == "inhale" and exhaled:
            break
        if step.kind == "inhale" or steps:
            steps.append(step)
            exhaled = exhaled or step.kind == "exhale"
    return tuple(step for step in steps if step.kind in ("inhale", "hold", "exhale"))


def outline(cycle: Sequence[Step]) -> list[tuple[float, float]]:
    """Points (seconds from the start of the breath, fullness 0..1) tracing ``cycle``."""
    inhales = [s for s in cycle if s.kind == "inhale"]
    exhales = [s for s in cycle if s.kind == "exhale"]
    points = [(0.0, 0.0)]
    t, level, top = 0.0, 0.0, 0.0
    for step in cycle:
        t += step.duration
        if step.kind == "inhale":
            n = inhales.index(step)
            if len(inhales) == 1:
                level = 1.0
            elif n == 0:
                level = FIRST_OF_SEVERAL
            else:
                level = FIRST_OF_SEVERAL + (1 - FIRST_OF_SEVERAL) * n / (len(inhales) - 1)
        elif step.kind == "exhale":
            n = exhales.index(step)
            top = level if n == 0 else top
            level = top * (1 - (n + 1) / len(exhales))
        points.append((t, level))
    return points


def _seconds(value: float) -> str:
    return decimal(f"{round(value, 1):g}")


# Translators: the parts of one breath for a screen reader: "In 4 s, hold 7 s, out 8 s"
_IN = N_("in {seconds} s")
# Translators: a second breath in, named by its label in lower case: "top up 1 s"
_MORE = N_("{name} {seconds} s")
_HOLD = N_("hold {seconds} s")
_OUT = N_("out {seconds} s")


def words(cycle: Sequence[Step]) -> str:
    """The breath in words for a screen reader, e.g. ``In 4 s, hold 7 s, out 8 s``."""
    parts: list[str] = []
    inhaled = False
    for step in cycle:
        if step.kind == "inhale":
            part = _MORE if inhaled else _IN
            inhaled = True
        elif step.kind == "hold":
            part = _HOLD
        else:
            part = _OUT
        seconds = _seconds(step.duration)
        parts.append(gettext(part).format(name=step.label.lower(), seconds=seconds))
    text = ", ".join(parts)
    return text[:1].upper() + text[1:]
