"""Presenter mode's screen choice and type sizes, without a screen."""

from __future__ import annotations

import pytest

from breathe.ui.presenter.screens import ScreenChoice, choose_screen, screen_index, type_sizes


@pytest.mark.parametrize(
    ("requested", "count", "default", "index"),
    [
        (None, 2, 2, 1),  # the setting: the second screen
        (None, 3, 3, 2),
        (None, 2, 1, 0),  # the setting says the main screen
        (1, 2, 2, 0),  # --screen 1 wins over the setting
        (2, 2, 1, 1),  # --screen 2 wins over the setting
        (3, 3, 2, 2),
        (2, 1, 2, 0),  # asked for screen 2 with only one: the primary
        (None, 1, 2, 0),  # the setting names a screen that is not connected
        (5, 2, 2, 0),
        (0, 2, 2, 0),  # never below the first screen
    ],
)
def test_screen_index(requested: int | None, count: int, default: int, index: int) -> None:
    assert screen_index(requested, count, default) == index


def test_the_asked_screen_needs_no_notice() -> None:
    assert choose_screen(2, 2, 1) == ScreenChoice(1, None)
    assert choose_screen(None, 1, 1) == ScreenChoice(0, None)


def test_a_missing_second_screen_is_named_with_the_fallback() -> None:
    choice = choose_screen(None, 1, 2)
    assert choice.index == 0
    assert choice.notice == "Screen 2 is not connected, so the session is on your main screen."


def test_a_missing_third_screen_says_how_many_there_are() -> None:
    choice = choose_screen(3, 2, 2)
    assert choice.index == 0
    assert choice.notice is not None
    assert "no screen 3" in choice.notice
    assert "has 2" in choice.notice
    assert choice.notice.endswith("on your main screen.")


def test_type_reads_across_a_room_at_1080p() -> None:
    sizes = type_sizes(1080)
    assert 110 <= sizes.phase <= 130  # about 3 cm letters on a 24" screen
    assert sizes.phase > sizes.countdown > sizes.hint >= 30


def test_type_never_shrinks_below_readable_in_a_small_window() -> None:
    sizes = type_sizes(100)
    assert (sizes.phase, sizes.countdown, sizes.hint) == (40, 28, 18)


def test_type_grows_with_the_screen() -> None:
    assert type_sizes(2160).phase > type_sizes(1080).phase > type_sizes(720).phase
