"""Reading and checking breathing options: patterns, ratios, rates and lengths (no Qt).

Every problem is a one-line :class:`PracticeError` naming what is wrong and a valid example.
"""

from __future__ import annotations

import logging
import math
import re
from collections.abc import Sequence

from breathe.engine.practices.errors import PracticeError
from breathe.language import N_, decimal, gettext

log = logging.getLogger(__name__)

#: breaths per minute any rate may have (a chosen, replanned or tapped one)
MIN_BPM = 2.0
MAX_BPM = 30.0
MIN_MINUTES = 0.5
MAX_MINUTES = 120.0
MAX_CYCLES = 2000
MAX_PHASE = 60.0
MIN_BREATH_PHASE = 1.0  # inhale and exhale; holds may be 0
MIN_RATIO = 0.25
MAX_RATIO = 4.0

_NUMBER = re.compile(r"\d+(?:\.\d+)?|\.\d+", re.ASCII)


def num(x: float) -> float | int:
    """``x`` as it should appear in JSON: whole numbers as ints, others to 3 decimals."""
    r = round(float(x), 3)
    return int(r) if r.is_integer() else r


def fmt(x: float) -> str:
    """A short form of a number for machines and messages: ``4``, ``4.5``."""
    return str(num(x))


def shown_number(x: float) -> str:
    """A short form of a number for people, in the language in force: ``4``, ``4,5``."""
    return decimal(fmt(x))


def _finite(x: object) -> float | None:
    """``x`` as a float if it is a real, finite number (not a bool), else None."""
    if isinstance(x, bool) or not isinstance(x, (int, float)) or not math.isfinite(x):
        return None
    return float(x)


def _shown(value: object) -> str:
    """How a number the person gave appears in a message (``4`` rather than ``4.0``)."""
    f = _finite(value)
    return str(value) if f is None else shown_number(f)


def _pattern_error(text: str, problem: str, example: str = "4-7-8") -> PracticeError:
    # Translators: {problem} is one of the pattern problems below; {example} a pattern
    message = gettext("pattern '{text}': {problem}, e.g. {example}")
    return PracticeError(message.format(text=text, problem=gettext(problem), example=example))


def check_pattern(values: Sequence[object], text: str | None = None) -> tuple[float, ...]:
    """Check a pattern given as numbers; ``text`` is how the person wrote it."""
    shown = text if text is not None else "-".join(_shown(v) for v in values)
    phases: list[float] = []
    for v in values:
        f = _finite(v)
        if f is None:
            raise _pattern_error(shown, N_("each part must be a number of seconds"))
        phases.append(f)
    if not 2 <= len(phases) <= 4:
        raise _pattern_error(
            shown, N_("give 2 to 4 parts: in-out, in-hold-out or in-hold-out-hold")
        )
    if any(not 0 <= p <= MAX_PHASE for p in phases):
        raise _pattern_error(shown, N_("each part must be 0 to 60 seconds"))
    inhale, exhale = phases[0], phases[1 if len(phases) == 2 else 2]
    if min(inhale, exhale) < MIN_BREATH_PHASE:
        raise _pattern_error(shown, N_("breathing in and out take at least 1 second each"), "4-6")
    cycle = sum(phases)
    if not 60 / MAX_BPM <= cycle <= 60 / MIN_BPM:
        too_long = gettext(
            "one breath would take {seconds} s; keep it between 2 and 30 s "
            "(2 to 30 breaths a minute)"
        )
        raise _pattern_error(shown, too_long.format(seconds=shown_number(cycle)), "4-6")
    return tuple(phases)


def parse_pattern(text: str) -> tuple[float, ...]:
    """Seconds per phase from ``"4-7-8"``: in-out, in-hold-out or in-hold-out-hold."""
    parts = [p.strip() for p in text.strip().split("-")]
    if not all(_NUMBER.fullmatch(p) for p in parts):
        raise _pattern_error(text, N_("each part must be a number of seconds"))
    return check_pattern([float(p) for p in parts], text)


def _ratio_error(text: str, problem: str) -> PracticeError:
    # Translators: {problem} is one of the ratio problems below
    message = gettext("ratio '{text}': {problem}, e.g. 1:2")
    return PracticeError(message.format(text=text, problem=gettext(problem)))


_RATIO_RANGE = N_("the out-breath can be 1/4 to 4 times the in-breath")


def check_ratio(value: object) -> float:
    """Check an exhale/inhale factor given as a number."""
    f = _finite(value)
    if f is None or not MIN_RATIO <= f <= MAX_RATIO:
        raise _ratio_error(_shown(value), _RATIO_RANGE)
    return f


def parse_ratio(text: str) -> float:
    """The exhale/inhale factor of ``"1:2"``, ``"1:1.5"`` or ``"2:3"`` (2.0, 1.5, 1.5)."""
    parts = [p.strip() for p in text.strip().split(":")]
    if len(parts) != 2 or not all(_NUMBER.fullmatch(p) for p in parts):
        raise _ratio_error(text, N_("write it as in:out"))
    inhale, exhale = float(parts[0]), float(parts[1])
    if inhale == 0 or exhale == 0:
        raise _ratio_error(text, N_("both sides must be more than 0"))
    if not MIN_RATIO <= exhale / inhale <= MAX_RATIO:
        raise _ratio_error(text, _RATIO_RANGE)
    return exhale / inhale


def ratio_text(factor: float) -> str:
    """``2.0`` -> ``"1:2"``."""
    return f"1:{fmt(factor)}"


def check_bpm(value: object, name: str = "bpm", example: str = "6") -> float:
    """Check a rate in breaths a minute (``--bpm``, ``--from-bpm``)."""
    f = _finite(value)
    if f is None or not MIN_BPM <= f <= MAX_BPM:
        message = gettext("{name} {value}: choose 2 to 30 breaths a minute, e.g. {example}")
        raise PracticeError(message.format(name=name, value=_shown(value), example=example))
    return f


def check_minutes(value: object) -> float:
    """Check a session length in minutes."""
    f = _finite(value)
    if f is None or not MIN_MINUTES <= f <= MAX_MINUTES:
        message = gettext("minutes {value}: a session can be 0.5 to 120 minutes, e.g. 5")
        raise PracticeError(message.format(value=_shown(value)))
    return f


def check_cycles(value: object) -> int:
    """Check a number of breaths."""
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_CYCLES:
        message = gettext("cycles {value}: choose 1 to {most} breaths, e.g. 4")
        raise PracticeError(message.format(value=value, most=MAX_CYCLES))
    return value


def bpm_phases(bpm: float, ratio: float) -> tuple[float, float]:
    """Inhale and exhale seconds at ``bpm`` breaths a minute with exhale = ratio x inhale."""
    cycle = 60.0 / bpm
    inhale = cycle / (1.0 + ratio)
    exhale = cycle - inhale
    if min(inhale, exhale) < MIN_BREATH_PHASE:
        message = gettext(
            "bpm {bpm} with ratio {ratio}: a breath in or out would be "
            "under 1 second, e.g. --bpm 6 --ratio {ratio}"
        )
        raise PracticeError(message.format(bpm=shown_number(bpm), ratio=ratio_text(ratio)))
    return inhale, exhale
