"""The resonance finder: the pace that felt easiest, kept as "your pace" (no Qt).

Without a heart-rate sensor, people find their resonance rate by feel: of a few slow paces,
the one that is most comfortable, with no air hunger and no light-headedness. A resonance
session walks through five paces, two minutes each; on its summary the person may mark the
easiest one (never in the middle of a session). breathe keeps it in settings as "your
pace", and offers it on home and in ``breathe list`` as ``breathe start breathing --bpm``.
"""

from __future__ import annotations

import math
from typing import Any

from breathe.engine.practices.breathing_options import MAX_BPM, MIN_BPM, fmt, num
from breathe.engine.practices.breathing_presets import RESONANCE_RATES
from breathe.engine.practices.steps import Plan
from breathe.language import N_, decimal, gettext

# Translators: the name `breathe list` gives the pace found with resonance breathing
YOUR_PACE = N_("your pace")
PRESET = "resonance"


def is_pace(value: object) -> bool:
    """Whether ``value`` can be kept as your pace: breaths a minute that breathe can pace."""
    return (
        isinstance(value, int | float)
        and not isinstance(value, bool)
        and math.isfinite(value)
        and MIN_BPM <= value <= MAX_BPM
    )


def paces_tried(plan: Plan, elapsed: float) -> tuple[float, ...]:
    """The paces of a resonance session that were breathed for at least one whole breath
    in its first ``elapsed`` seconds, in the order they came (empty for other plans).

    A pace counts from its first breath at that pace (1:1, so a breath in of half the
    breath), which is after any lead-in glide; a pace changed by Gentler is not that pace.
    """
    if plan.preset != PRESET:
        return ()
    tried: list[float] = []
    later = iter(plan.steps)
    for rate in RESONANCE_RATES:
        breath = 60.0 / rate
        start = next(
            (
                s.start
                for s in later
                if s.kind == "inhale" and math.isclose(s.duration, breath / 2, rel_tol=1e-6)
            ),
            None,
        )
        if start is None or start + breath > elapsed + 1e-9:
            break
        tried.append(rate)
    return tuple(tried)


def start_options(pace: float) -> dict[str, Any]:
    """The options that start paced breathing at ``pace`` (1:1, as the finder breathed it)."""
    return {"bpm": num(pace)}


def command(pace: float) -> str:
    """How to start your pace from the command line."""
    return f"breathe start breathing --bpm {fmt(pace)}"


def your_pace_line(pace: float) -> str:
    """The ``breathe list`` line of your pace, after its name."""
    message = gettext("{pace} breaths a minute, the pace you found easiest: {command}")
    return message.format(pace=decimal(fmt(pace)), command=command(pace))
