"""Gentle reminders: when they come, and when they never do."""

from __future__ import annotations

from datetime import datetime, time, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from breathe.engine.reminders import (
    GRACE,
    MAX_WAIT,
    ReminderError,
    Reminders,
    ReminderSchedule,
    parse_time,
)

MONDAY_9 = datetime(2025, 3, 3, 9, 0)


def at(hhmm: str, day: int = 0) -> datetime:
    return datetime.combine(MONDAY_9.date() + timedelta(days=day), parse_time(hhmm))


def every(minutes: int) -> ReminderSchedule:
    return ReminderSchedule(enabled=True, every_minutes=minutes)


def daily(*times: str) -> ReminderSchedule:
    return ReminderSchedule.from_settings(True, None, times)


# -- settings --------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [("14:30", time(14, 30)), ("9:05", time(9, 5))])
def test_times_are_24_hour_hh_mm(text: str, expected: time) -> None:
    assert parse_time(f" {text} ") == expected


@pytest.mark.parametrize("text", ["24:00", "9:5", "noon", "12:60", "", "2:30pm", "12:30:00"])
def test_a_bad_time_says_how_to_write_one(text: str) -> None:
    with pytest.raises(ReminderError, match=r"use HH:MM on a 24-hour clock, e.g. 14:30"):
        parse_time(text)


@pytest.mark.parametrize("minutes", [4, 24 * 60 + 1, 0, -30, True, 7.5, "60"])
def test_a_bad_interval_says_what_works(minutes: object) -> None:
    with pytest.raises(ReminderError, match=r"choose 5 to 1440 minutes, e\.g\. 90"):
        ReminderSchedule(enabled=True, every_minutes=minutes)  # type: ignore[arg-type]


def test_off_by_default() -> None:
    schedule = ReminderSchedule()
    assert not schedule.active
    reminders = Reminders(schedule, MONDAY_9)
    assert reminders.next_due() is None
    assert reminders.wait_seconds(MONDAY_9) is None
    assert not reminders.check(MONDAY_9 + timedelta(days=3))


def test_turned_on_but_with_nothing_chosen_stays_quiet() -> None:
    schedule = ReminderSchedule(enabled=True)
    assert not schedule.active
    assert Reminders(schedule, MONDAY_9).next_due() is None


def test_chosen_but_turned_off_stays_quiet() -> None:
    schedule = ReminderSchedule.from_settings(False, 60, ["10:00"])
    assert not schedule.active
    assert not Reminders(schedule, MONDAY_9).check(at("10:00"))


def test_times_are_kept_sorted_without_repeats() -> None:
    assert daily("15:00", "9:30", "15:00").times == (time(9, 30), time(15, 0))


# -- an interval -------------------------------------------------------------------------------


def test_every_interval_from_the_start_then_from_the_last_reminder() -> None:
    reminders = Reminders(every(90), MONDAY_9)
    assert reminders.next_due() == at("10:30")
    assert not reminders.check(at("10:29"))
    assert reminders.check(at("10:30"))
    assert not reminders.check(at("10:30"))  # shown once
    assert reminders.next_due() == at("12:00")
    assert reminders.check(at("12:01"))  # a late timer tick is fine...
    assert reminders.next_due() == at("13:31")  # ...and the next counts from then


def test_never_during_a_session_and_the_session_counts_as_a_break() -> None:
    reminders = Reminders(every(60), MONDAY_9)
    reminders.session_started()
    assert reminders.next_due() is None
    assert reminders.wait_seconds(at("9:30")) is None
    assert not reminders.check(at("10:00"))
    assert not reminders.check(at("10:20"))  # a long session: still nothing
    reminders.session_ended(at("10:25"))
    assert reminders.next_due() == at("11:25")
    assert not reminders.check(at("10:26"))  # not straight after a session
    assert reminders.check(at("11:25"))


def test_a_reminder_slept_through_is_skipped_not_shown_late() -> None:
    reminders = Reminders(every(60), MONDAY_9)
    late = at("10:00") + GRACE + timedelta(seconds=1)
    assert not reminders.check(late)
    assert reminders.next_due() == late + timedelta(minutes=60)


def test_a_little_late_is_still_shown() -> None:
    reminders = Reminders(every(60), MONDAY_9)
    assert reminders.check(at("10:00") + GRACE)


def test_wait_is_the_time_to_the_next_reminder_but_never_long() -> None:
    reminders = Reminders(every(5), MONDAY_9)
    assert reminders.wait_seconds(MONDAY_9) == 300.0
    assert reminders.wait_seconds(at("9:04")) == 60.0
    assert reminders.wait_seconds(at("9:07")) == 0.0  # overdue: look now
    long = Reminders(every(120), MONDAY_9)
    assert long.wait_seconds(MONDAY_9) == MAX_WAIT


def test_the_clock_going_back_does_not_silence_reminders() -> None:
    reminders = Reminders(every(60), MONDAY_9)
    assert not reminders.check(at("8:00"))  # clock set back an hour
    assert reminders.next_due() == at("9:00")
    assert reminders.check(at("9:00"))


def test_a_new_schedule_counts_from_when_it_was_set() -> None:
    reminders = Reminders(ReminderSchedule(), MONDAY_9)
    reminders.set_schedule(every(30), at("11:00"))
    assert reminders.schedule == every(30)
    assert reminders.next_due() == at("11:30")


# -- times of day ------------------------------------------------------------------------------


def test_times_of_day_come_in_order_then_tomorrow() -> None:
    reminders = Reminders(daily("10:30", "15:00"), MONDAY_9)
    assert reminders.next_due() == at("10:30")
    assert reminders.check(at("10:30"))
    assert reminders.next_due() == at("15:00")
    assert reminders.check(at("15:00"))
    assert reminders.next_due() == at("10:30", day=1)


def test_a_time_already_past_today_comes_tomorrow() -> None:
    assert Reminders(daily("8:00"), MONDAY_9).next_due() == at("8:00", day=1)


def test_a_time_during_a_session_is_let_go() -> None:
    reminders = Reminders(daily("10:00", "16:00"), MONDAY_9)
    reminders.session_started()
    assert not reminders.check(at("10:00"))
    reminders.session_ended(at("10:10"))
    assert reminders.next_due() == at("16:00")


def test_interval_and_times_together_take_the_sooner() -> None:
    schedule = ReminderSchedule.from_settings(True, 120, ["10:00"])
    reminders = Reminders(schedule, MONDAY_9)
    assert reminders.next_due() == at("10:00")
    assert reminders.check(at("10:00"))
    assert reminders.next_due() == at("12:00")


@given(
    start=st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1)),
    times=st.lists(st.times().map(lambda t: t.replace(second=0, microsecond=0)), max_size=4),
    minutes=st.one_of(st.none(), st.integers(5, 24 * 60)),
)
def test_the_next_reminder_is_always_ahead_and_within_a_day(
    start: datetime, times: list[time], minutes: int | None
) -> None:
    schedule = ReminderSchedule(True, minutes, tuple(times))
    due = Reminders(schedule, start).next_due()
    if not schedule.active:
        assert due is None
    else:
        assert due is not None
        assert start < due <= start + timedelta(days=1)
