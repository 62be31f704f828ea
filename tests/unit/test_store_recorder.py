"""The recorder a session controller uses: a real row from a real plan, and no crash on trouble."""

from __future__ import annotations

import logging
import uuid

import pytest

from breathe.engine.practices.steps import Draft, Plan, lay_out
from breathe.engine.runner import Status
from breathe.store.history import History
from breathe.store.recorder import HistoryRecorder


def plan() -> Plan:
    steps = lay_out(
        [
            Draft(3.0, "intro", "Get comfortable"),
            Draft(4.0, "inhale", "Breathe in"),
            Draft(4.0, "hold", "Hold"),
            Draft(4.0, "exhale", "Breathe out"),
        ]
    )
    return Plan("breathing", "box", {"pattern": (4, 4, 4, 4), "minutes": 4}, steps)


def test_a_session_is_recorded_from_start_to_after_rating() -> None:
    with History.open() as history:
        recorder = HistoryRecorder(history, rating_before=7, pain_before=5, tags=["work"])
        recorder.begin(plan())
        sid = recorder.session_id
        assert sid is not None
        assert uuid.UUID(sid).version == 4  # known before the row is written
        assert history.flush(timeout=30)
        row = history.get(sid)
        assert row is not None
        assert (row.status, row.practice, row.preset, row.planned_seconds) == (
            "running",
            "breathing",
            "box",
            15.0,
        )
        assert row.options == {"pattern": [4, 4, 4, 4], "minutes": 4}
        assert (row.rating_before, row.pain_before, row.tags) == (7, 5, ("work",))
        recorder.touch(7.0)
        assert history.flush(timeout=30)
        assert history.get(sid).duration_seconds == 7.0  # type: ignore[union-attr]
        recorder.finish(Status.COMPLETED, 15.0)
        assert recorder.update(rating_after=3, pain_after=4)
        assert history.flush(timeout=30)
        row = history.get(sid)
        assert row is not None
        assert (row.status, row.duration_seconds, row.rating_after, row.pain_after) == (
            "completed",
            15.0,
            3,
            4,
        )
        assert not recorder.failed


def test_a_history_that_cannot_be_written_never_stops_the_session(
    caplog: pytest.LogCaptureFixture,
) -> None:
    history = History.open()
    history.close()
    recorder = HistoryRecorder(history)
    with caplog.at_level(logging.ERROR, logger="breathe.store.recorder"):
        recorder.begin(plan())
        recorder.touch(5.0)
        recorder.finish(Status.STOPPED, 5.0)
    assert recorder.failed
    assert recorder.session_id is None
    assert not recorder.update(rating_after=2)
    assert caplog.text.count("could not start the history row; the session goes on") == 1


def test_a_history_closed_after_the_start_is_logged_once(
    caplog: pytest.LogCaptureFixture,
) -> None:
    history = History.open()
    recorder = HistoryRecorder(history)
    recorder.begin(plan())
    recorder.touch(2.0)
    history.close()  # writes what it was given, then takes nothing more
    with caplog.at_level(logging.ERROR, logger="breathe.store.recorder"):
        recorder.touch(4.0)
        recorder.touch(8.0)
        recorder.finish(Status.COMPLETED, 15.0)
        assert not recorder.update(rating_after=2)
    assert recorder.failed
    assert caplog.text.count("could not update the history row") == 1
    assert "could not finish" not in caplog.text
    with History.open() as again:
        row = again.get(recorder.session_id or "")
        assert row is not None
        assert (row.status, row.duration_seconds) == ("interrupted", 2.0)


def test_a_value_the_history_refuses_is_logged_and_the_rest_is_kept(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with History.open() as history:
        recorder = HistoryRecorder(history, rating_before=3)
        recorder.begin(plan())
        with caplog.at_level(logging.ERROR, logger="breathe.store.recorder"):
            assert not recorder.update(rating_after=11)
        assert "could not rate the history row" in caplog.text
        recorder.finish(Status.STOPPED, 6.0)
        assert history.flush(timeout=30)
        row = history.get(recorder.session_id or "")
        assert row is not None
        assert (row.status, row.duration_seconds, row.rating_before, row.rating_after) == (
            "stopped",
            6.0,
            3,
            None,
        )
