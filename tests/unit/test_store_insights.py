"""What helps me: honest medians in plain words, and weekly counts that never scold."""

from __future__ import annotations

import itertools
from datetime import date, datetime
from typing import Any

import pytest

from breathe.store.history_record import SessionRecord
from breathe.store.insights import (
    Effect,
    effects,
    summary,
    this_week,
    this_week_message,
    title,
)

ids = itertools.count(1)


def rec(
    practice: str = "breathing",
    preset: str | None = "box",
    *,
    stress: tuple[int | None, int | None] = (None, None),
    pain: tuple[int | None, int | None] = (None, None),
    started_at: str = "2025-03-05T09:00:00+01:00",
    status: str = "completed",
) -> SessionRecord:
    fields: dict[str, Any] = {
        "id": f"r{next(ids)}",
        "practice": practice,
        "preset": preset,
        "options": {},
        "started_at": started_at,
        "planned_seconds": 60.0,
        "duration_seconds": 60.0,
        "status": status,
        "rating_before": stress[0],
        "rating_after": stress[1],
        "pain_before": pain[0],
        "pain_after": pain[1],
    }
    return SessionRecord(**fields)


def test_titles_people_recognise() -> None:
    assert title("breathing", "box") == "Box breathing"
    assert title("breathing", "4-7-8") == "4-7-8 breathing"
    assert title("breathing", None) == "Paced breathing"
    assert title("grounding", None) == "3-3-3 grounding"
    assert title("grounding", "5-4-3-2-1") == "3-3-3 grounding (5-4-3-2-1)"
    assert title("relaxation", None) == "Muscle relaxation"
    assert title("body-scan", None) == "Body scan"


def test_median_change_per_practice_in_words() -> None:
    records = [
        rec(stress=(8, 5)),
        rec(stress=(7, 5), pain=(6, 5)),
        rec(stress=(6, 5)),
        rec(),  # not rated
        rec(stress=(9, None)),  # rated only before
    ]
    (effect,) = effects(records)
    assert (effect.sessions, effect.stress_rated, effect.stress_change) == (5, 3, -2.0)
    assert (effect.pain_rated, effect.pain_change) == (1, -1.0)
    assert effect.sentence() == (
        "Box breathing, 5 sessions: stress typically down 2 points (3 rated), "
        "pain down 1 point (1 rated)."
    )


@pytest.mark.parametrize(
    ("pairs", "words"),
    [
        ([(5, 5), (6, 6)], "stress typically about the same (2 rated)"),
        ([(3, 4), (3, 5)], "stress typically up 1.5 points (2 rated)"),
        ([(6, 5), (6, 6)], "stress typically down 0.5 points (2 rated)"),
        ([(6, 7)], "stress up 1 point (1 rated)"),
        ([(6, 6)], "stress about the same (1 rated)"),
    ],
)
def test_change_wording(pairs: list[tuple[int, int]], words: str) -> None:
    (effect,) = effects([rec(stress=p) for p in pairs])
    assert words in effect.sentence()


def test_no_ratings_yet_is_said_plainly() -> None:
    (effect,) = effects([rec("grounding", None)])
    assert effect.sentence() == "3-3-3 grounding, 1 session (no before-and-after ratings yet)."


def test_most_practised_first_and_running_sessions_left_out() -> None:
    records = [
        rec("grounding", None),
        rec("breathing", "sigh"),
        rec("breathing", "sigh"),
        rec("relaxation", None, status="running", stress=(9, 1)),
        rec("breathing", "box", status="interrupted"),
    ]
    found = effects(records)
    assert [(e.title, e.sessions) for e in found] == [
        ("Physiological sigh", 2),
        ("3-3-3 grounding", 1),
        ("Box breathing", 1),
    ]
    assert isinstance(found[0], Effect)
    assert effects([]) == []


def test_the_week_follows_the_wall_clock_the_person_saw() -> None:
    # Sunday 23:30 in New York is already Monday in UTC: it belongs to the Sunday's week
    sunday_night = rec(started_at="2025-03-09T23:30:00-04:00")
    assert this_week([sunday_night], date(2025, 3, 9)) == 1
    assert this_week([sunday_night], date(2025, 3, 10)) == 0


def test_this_week_message_encourages_without_guilt() -> None:
    wednesday = date(2025, 3, 5)
    last_week = rec(started_at="2025-02-26T09:00:00+01:00")
    none = this_week_message([last_week], wednesday)
    one = this_week_message([last_week, rec()], wednesday)
    three = this_week_message([rec(), rec(), rec(status="stopped")], wednesday)
    assert none == "A fresh week. Whenever you're ready, even one slow breath counts."
    assert one == "1 session this week: a moment you gave yourself."
    assert three == "3 sessions this week: time you gave yourself."
    for text in (none, one, three):
        lowered = text.lower()
        for scolding in ("streak", "missed", "broken", "only", "should", "failed"):
            assert scolding not in lowered


def test_this_week_defaults_to_today() -> None:
    now = datetime.now().astimezone().isoformat(timespec="seconds")
    assert this_week([rec(started_at=now)]) == 1


def test_summary_puts_the_week_first() -> None:
    lines = summary([rec(stress=(6, 4)), rec(stress=(6, 4))], date(2025, 3, 5))
    assert lines == [
        "2 sessions this week: time you gave yourself.",
        "Box breathing, 2 sessions: stress typically down 2 points (2 rated).",
    ]
