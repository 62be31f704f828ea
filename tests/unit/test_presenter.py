"""Presenter mode's screen choice and type sizes, without a screen."""

from __future__ import annotations

import pytest

from breathe.ui.presenter.screens import (
    Placement,
    fallback,
    other_screens,
    placement,
    type_sizes,
)


@pytest.mark.parametrize(
    ("requested", "count", "default", "index"),
    [
        (None, 2, 2, 1),  # the setting: the second screen
        (None, 3, 3, 2),
        (None, 2, 1, 0),  # the setting says the main screen
        (1, 2, 2, 0),  # --screen 1 wins over the setting
        (2, 2, 1, 1),  # --screen 2 wins over the setting
        (3, 3, 2, 2),
        (2, 1, 2, None),  # asked for screen 2 with only one: not there
        (None, 1, 2, None),  # the setting names a screen that is not connected
        (5, 2, 2, None),
        (0, 2, 2, None),  # never below the first screen
    ],
)
def test_the_asked_screen_when_it_is_there(
    requested: int | None, count: int, default: int, index: int | None
) -> None:
    found = placement(requested, count, default)
    assert (found.index if found is not None else None) == index
    assert found is None or found.missing is None


@pytest.mark.parametrize(
    ("requested", "count", "default", "own", "expected"),
    [
        (None, 2, 2, 0, Placement(1)),  # there: no fallback needed
        (1, 2, 2, 0, Placement(0)),  # the therapist's own screen, asked for
        (3, 2, 2, 0, Placement(1, missing=3)),  # another screen than the therapist's
        (3, 2, 2, 1, Placement(0, missing=3)),
        (None, 3, 4, 1, Placement(0, missing=4)),  # the first other one
        (None, 1, 2, 0, Placement(None, missing=2)),  # one screen: a window on it
        (2, 1, 1, 0, Placement(None, missing=2)),
    ],
)
def test_the_command_line_falls_back_without_asking(
    requested: int | None, count: int, default: int, own: int, expected: Placement
) -> None:
    assert fallback(requested, count, default, own) == expected


def test_the_screens_a_client_session_could_fill() -> None:
    assert other_screens(3, 0) == [1, 2]
    assert other_screens(3, 1) == [0, 2]
    assert other_screens(1, 0) == []


def test_type_reads_across_a_room_at_1080p() -> None:
    sizes = type_sizes(1080)
    assert 110 <= sizes.phase <= 130  # about 3 cm letters on a 24" screen
    assert sizes.phase > sizes.countdown > sizes.hint >= 30


def test_type_never_shrinks_below_readable_in_a_small_window() -> None:
    sizes = type_sizes(100)
    assert (sizes.phase, sizes.countdown, sizes.hint) == (40, 28, 18)


def test_type_grows_with_the_screen() -> None:
    assert type_sizes(2160).phase > type_sizes(1080).phase > type_sizes(720).phase


def test_a_narrow_window_keeps_its_words_inside_it() -> None:
    assert type_sizes(1080, 1920) == type_sizes(1080)  # a wide screen: the height decides
    narrow = type_sizes(600, 460)
    assert narrow.phase < type_sizes(600).phase
    assert narrow.phase * 6 + 96 <= 460  # "Breathe out" (~6 sizes wide) and the margins
