"""Presenter mode's decisions, without a screen: which screen, how large the type (no Qt).

A therapist shows a session on a second screen (``settings.presenter_screen``, or
``--screen N``; screens count from 1). If that screen is not connected the session goes to
the main screen, with a one-line notice saying so.
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


def screen_index(requested: int | None, count: int, default: int) -> int:
    """The index (from 0) of the screen to present on.

    Args:
        requested: ``--screen N`` (counted from 1), or None for the setting.
        count: how many screens there are (at least one is assumed).
        default: ``settings.presenter_screen`` (counted from 1).

    Returns:
        ``requested - 1`` (else ``default - 1``) when that screen exists, else 0: the
        primary screen, first in Qt's list.
    """
    wanted = default if requested is None else requested
    if 1 <= wanted <= count:
        return wanted - 1
    return 0


@dataclass(frozen=True)
class ScreenChoice:
    """Where the presenter goes: ``index`` (from 0), and a notice when it is not as asked."""

    index: int
    notice: str | None = None


def choose_screen(requested: int | None, count: int, default: int) -> ScreenChoice:
    """Like :func:`screen_index`, with a gentle notice when the wanted screen is missing."""
    index = screen_index(requested, count, default)
    wanted = default if requested is None else requested
    if index == wanted - 1:
        return ScreenChoice(index)
    notice = (
        f"Screen {wanted} is not connected, so the session is on your main screen."
        if count <= 1
        else f"There is no screen {wanted} (this computer has {count}), "
        "so the session is on your main screen."
    )
    log.info("presenter: %s", notice)
    return ScreenChoice(index, notice)


@dataclass(frozen=True)
class TypeSizes:
    """Pixel sizes of the presenter's text: the phase word, the countdown and a hint."""

    phase: int
    countdown: int
    hint: int


def type_sizes(height: int) -> TypeSizes:
    """Text sizes for a presenter ``height`` pixels tall (about 120 px words at 1080p)."""
    return TypeSizes(
        phase=max(MIN_PHASE_PX, round(height * PHASE_SHARE)),
        countdown=max(MIN_COUNTDOWN_PX, round(height * COUNTDOWN_SHARE)),
        hint=max(MIN_HINT_PX, round(height * HINT_SHARE)),
    )
