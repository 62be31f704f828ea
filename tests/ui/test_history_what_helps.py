"""What helps me and the weekly chart, for a known set of sessions."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette
from pytestqt.qtbot import QtBot

from breathe.store.history import History
from breathe.store.history_record import SessionRecord
from breathe.ui.history.chart import HistoryChart, WeekPoint, weekly_points
from breathe.ui.history.page import HistoryPage
from breathe.ui.history.what_helps import WhatHelps
from tests.ui.test_history_model import add, session

WEDNESDAY = date(2025, 3, 5)  # T0 (session 0) is the Monday of this week, 09:30
LAST_WEEK = -7 * 24  # hours


def known() -> list[SessionRecord]:
    """Box this week (3), coherent last week (2), grounding unrated, one still running."""
    return [
        session(0, preset="box", rating_before=7, rating_after=4, tags=("work",)),
        session(2, preset="box", rating_before=6, rating_after=4),
        session(4, preset="box", rating_before=8, rating_after=5, pain_before=6, pain_after=5),
        session(LAST_WEEK, rating_before=5, rating_after=5, pain_before=6, pain_after=4),
        session(LAST_WEEK + 1, rating_before=4, rating_after=4, pain_before=5, pain_after=4),
        session(LAST_WEEK + 2, practice="grounding", preset=None, options={"variant": "3-3-3"}),
        session(6, status="running", rating_before=9),
    ]


@pytest.fixture
def history(tmp_path: Path) -> Iterator[History]:
    opened = History.open(tmp_path / "h.sqlite3")
    yield opened
    opened.close()


def test_what_helps_me_in_plain_words(history: History, qtbot: QtBot) -> None:
    *finished, running = known()
    add(history, finished)
    history.begin("breathing", "coherent", {}, 300.0, rating_before=9, started_at=running.started)
    page = HistoryPage(history, keep_notes=False)
    qtbot.addWidget(page)
    page.refresh(today=WEDNESDAY)
    assert page.wait()
    assert page.what_helps.texts() == [
        "What helps me",
        "3 sessions this week: time you gave yourself.",
        "Box breathing, 3 sessions: stress typically down 3 points (3 rated), "
        "pain down 1 point (1 rated).",
        "Coherent breathing, 2 sessions: stress typically about the same (2 rated), "
        "pain typically down 1.5 points (2 rated).",
        "3-3-3 grounding, 1 session (no before-and-after ratings yet).",
        "Changes compare your 0–10 ratings before and after a session: "
        "down means calmer, or less pain.",
    ]
    assert page.what_helps.lines[0].text().startswith("<b>Box breathing</b>, 3 sessions")
    assert page.what_helps.accessibleDescription().startswith("What helps me 3 sessions")


def test_a_quiet_week_is_met_kindly(qtbot: QtBot) -> None:
    widget = WhatHelps()
    qtbot.addWidget(widget)
    widget.show_records(known(), today=WEDNESDAY + timedelta(days=21))
    week = widget.texts()[1]
    assert week == "A fresh week. Whenever you're ready, even one slow breath counts."


def test_more_practices_than_lines_are_summed_up(qtbot: QtBot) -> None:
    presets = ("box", "coherent", "sigh", "extended-exhale", "4-7-8", "resonance")
    records = [
        session(10 * i + k, preset=preset)
        for i, preset in enumerate(presets)
        for k in range(len(presets) - i)
    ]
    widget = WhatHelps()
    qtbot.addWidget(widget)
    widget.show_records(records, total=len(records), today=WEDNESDAY)
    texts = widget.texts()
    assert texts[2].startswith("Box breathing, 6 sessions")
    assert "And 2 more practices you tried (3 sessions)." in texts
    assert texts[-1].startswith("If you rate how you feel before and after a session")
    widget.show_records(records[:-1], today=WEDNESDAY)
    assert "And 4-7-8 breathing (2 sessions)." in widget.texts()


def test_weekly_points_count_sessions_and_average_changes() -> None:
    points = weekly_points(known(), today=WEDNESDAY)
    monday = date(2025, 3, 3)
    assert points == [
        WeekPoint(monday - timedelta(days=7), 3, 0.0, -1.5),
        WeekPoint(monday, 3, -8 / 3, -1.0),  # the running session is not counted yet
    ]


def test_the_weeks_end_now_or_at_the_last_session_and_start_at_the_first() -> None:
    records = [session(0), session(-21 * 24)]  # this week and three weeks before
    points = weekly_points(records, today=WEDNESDAY + timedelta(days=14))
    assert [p.sessions for p in points] == [1, 0, 0, 1, 0, 0]  # up to this quiet week
    long_ago = weekly_points(records, today=WEDNESDAY + timedelta(days=365))
    assert long_ago[-1].monday == date(2025, 3, 3)  # an old history still shows its weeks
    assert len(weekly_points([session(-7 * 24 * n) for n in range(30)], weeks=12)) == 12
    assert weekly_points([]) == []
    assert [p.sessions for p in weekly_points(records, today=WEDNESDAY, cut_oldest=True)] == [1]
    assert weekly_points(records[1:], cut_oldest=True) == []


def test_the_chart_paints_and_describes_itself(qtbot: QtBot) -> None:
    chart = HistoryChart()
    qtbot.addWidget(chart)
    chart.resize(480, 260)
    assert chart.description() == "No weeks to show yet."
    empty = chart.grab().toImage()
    chart.set_points(weekly_points(known(), today=WEDNESDAY))
    painted = chart.grab().toImage()
    assert painted != empty
    bar = QColor(chart.palette().color(QPalette.ColorRole.Midlight))
    colours = {painted.pixelColor(x, y).name() for x in range(0, 480, 2) for y in range(0, 260, 2)}
    assert bar.name() in colours  # the bars are drawn
    assert chart.accessibleDescription() == (
        "Sessions per week, from the week of 24 Feb to the week of 3 Mar: 3, 3. "
        "Average change in stress after a session, over the rated weeks: -1.3. "
        "Average change in pain after a session, over the rated weeks: -1.2."
    )
