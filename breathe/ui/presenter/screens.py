"""Presenter mode's decisions, without a screen: which screen, how large the type (no Qt).

A therapist shows a session on a second screen (``settings.presenter_screen``, or
``--screen N``; screens count from 1). If that screen is not connected, the app asks before
the first breath where the session should go (another screen, or a window on the
therapist's screen); from the command line, where nothing may wait, it takes another
screen, else a window, and the therapist's control window says so.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

log = logging.getLogger(__name__)

#: the share of the screen's height each line of text takes, read from across a room
PHASE_SHARE = 0.11
COUNTDOWN_SHARE = 0.075
HINT_SHARE = 0.035
#: the smallest sizes in pixels, so a small window stays readable too
MIN_PHASE_PX = 40
MIN_COUNTDOWN_PX = 28
MIN_HINT_PX = 18
#: the height whose type still fits a window this wide (a 16:9 screen is wide enough)
WIDTH_TO_HEIGHT = 0.9


def wanted_screen(requested: int | None, default: int) -> int:
    """The screen asked for (from 1): ``--screen N``, else the setting."""
    return default if requested is None else requested


@dataclass(frozen=True)
class Placement:
    """Where the client's session goes.

    Attributes:
        index: full screen on this screen (from 0), or None: in a window on the
            therapist's own screen.
        missing: the screen that was asked for (from 1) when it is not connected.
    """

    index: int | None
    missing: int | None = None


def other_screens(count: int, own: int) -> list[int]:
    """The screens (from 0) the client's session could fill: every one but the therapist's."""
    return [i for i in range(count) if i != own]


def placement(requested: int | None, count: int, default: int) -> Placement | None:
    """The asked-for screen when it is connected; None when it is not (then ask, or fall
    back)."""
    wanted = wanted_screen(requested, default)
    return Placement(wanted - 1) if 1 <= wanted <= count else None


def fallback(requested: int | None, count: int, default: int, own: int) -> Placement:
    """Where the client's session goes when nobody can be asked first (the command line).

    The asked-for screen if it is connected; else another screen than the therapist's
    (``own``, from 0), full screen; else a window on the therapist's screen, so the
    control window stays in sight.
    """
    found = placement(requested, count, default)
    if found is not None:
        return found
    wanted = wanted_screen(requested, default)
    others = other_screens(count, own)
    log.info("presenter: screen %d is not connected", wanted)
    return Placement(others[0] if others else None, missing=wanted)


@dataclass(frozen=True)
class TypeSizes:
    """Pixel sizes of the presenter's text: the phase word, the countdown and a hint."""

    phase: int
    countdown: int
    hint: int


def type_sizes(height: int, width: int | None = None) -> TypeSizes:
    """Text sizes for a presenter ``height`` pixels tall (about 120 px words at 1080p).

    A narrow window (the client's session beside the therapist's controls) keeps its
    words inside it: "Breathe out" is about six times its type size wide.
    """
    tall = height if width is None else min(height, round(width * WIDTH_TO_HEIGHT))
    return TypeSizes(
        phase=max(MIN_PHASE_PX, round(tall * PHASE_SHARE)),
        countdown=max(MIN_COUNTDOWN_PX, round(tall * COUNTDOWN_SHARE)),
        hint=max(MIN_HINT_PX, round(tall * HINT_SHARE)),
    )
