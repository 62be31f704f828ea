"""The session host: one session's parts meet here, and only here.

Real widgets offscreen, a real history in a temporary folder, a fake clock.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from breathe.app.session_host import SessionHost
from breathe.app.session_setup import SessionSetup
from breathe.engine.planning import plan_for
from breathe.engine.runner import Status
from breathe.launch import LaunchRequest
from breathe.store.history import History
from breathe.store.recorder import HistoryRecorder
from breathe.ui.presenter.control import ControlPanel
from tests.conftest import FakeClock


def setup(practice: str = "box", **options: object) -> SessionSetup:
    request = LaunchRequest(practice=practice, options=dict(options))
    return SessionSetup(
        request, plan_for(practice, options), voice_on=False, sounds_on=False, self_paced=True
    )


def host(qtbot: QtBot, clock: FakeClock, session: SessionSetup, **parts: object) -> SessionHost:
    made = SessionHost(session, clock=clock, **parts)  # type: ignore[arg-type]
    made.view.show()  # the test ends it with made.end(), as the shell does
    qtbot.waitExposed(made.view)
    return made


def test_ratings_and_the_end_reach_the_report_and_the_row(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path
) -> None:
    with History.open(tmp_path / "h.sqlite3") as history:
        recorder = HistoryRecorder(history)
        session = host(qtbot, clock, setup("coherent", minutes=1), recorder=recorder)
        session.start()
        assert session.open_report() is None  # nothing to sum up while it runs
        session.view.stress_before.button(7).click()
        clock.advance(33.0)
        session.controller.tick()
        with qtbot.waitSignal(session.finished) as ended:
            session.view.controls.button("stop").click()
        assert ended.args == [Status.STOPPED]
        session.view.summary.stress.button(3).click()
        assert history.flush(timeout=30)  # rows are written by the history's writer thread
        (row,) = history.sessions()
        assert (row.status, row.rating_before, row.rating_after) == ("stopped", 7, 3)
        report = session.report()
        assert (report.stress_before, report.stress_after, report.completed) == (7, 3, False)
        assert report.duration_seconds == 33.0
        dialog = session.open_report()
        assert dialog is not None and dialog.isVisible()
        assert dialog.stress_before.value() == 7
        target = tmp_path / "summary.pdf"
        assert dialog.save_to(target)
        assert target.read_bytes().startswith(b"%PDF")
        dialog.close()
        session.end()


def test_a_preset_whose_pace_changed_is_recorded_as_custom_from_it(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path
) -> None:
    with History.open(tmp_path / "h.sqlite3") as history:
        session = host(qtbot, clock, setup("box"), recorder=HistoryRecorder(history))
        session.start()
        clock.advance(5.0)
        session.controller.tick()
        assert session.view.controls.button("slower").isEnabled()  # presets too, now
        session.view.controls.button("slower").click()
        session.view.controls.button("slower").click()
        assert history.flush(timeout=30)  # rows are written by the history's writer thread
        (row,) = history.sessions()
        assert row.preset is None
        assert dict(row.options) == {"pattern": [4, 4, 4, 4], "minutes": 4, "from_preset": "box"}
        session.view.controls.button("stop").click()
        assert history.flush(timeout=30)
        (row,) = history.sessions()
        assert (row.status, row.preset, row.options["from_preset"]) == ("stopped", None, "box")
        assert session.report().practice == "Custom breathing, from box"
        session.end()


def test_a_grounding_notes_are_kept_only_when_the_person_keeps_notes(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path
) -> None:
    with History.open(tmp_path / "h.sqlite3") as history:
        for keep in (False, True):
            base = setup("grounding")
            chosen = SessionSetup(
                base.request, base.plan, voice_on=False, sounds_on=False, self_paced=True,
                keep_notes=keep,
            )  # fmt: skip
            session = host(qtbot, clock, chosen, recorder=HistoryRecorder(history))
            session.start()
            clock.advance(5.0)
            session.controller.tick()
            session.view.session_screen.refresh()
            qtbot.keyClicks(session.view.pacer.findChild(QLineEdit, "word"), "a blue mug")
            session.end()
        assert history.flush(timeout=30)  # rows are written by the history's writer thread
        notes = [r.note for r in history.sessions(newest_first=False)]
    assert notes == [None, "a blue mug"]


def test_a_recorder_that_arrives_after_the_end_still_gets_the_whole_row(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path
) -> None:
    session = host(qtbot, clock, setup("box"))
    session.start()
    clock.advance(9.0)
    session.controller.tick()
    session.controller.stop()  # e.g. SIGTERM before the first paint
    with History.open(tmp_path / "h.sqlite3") as history:
        session.attach_recorder(HistoryRecorder(history))
        assert history.flush(timeout=30)  # rows are written by the history's writer thread
        (row,) = history.sessions()
        assert (row.practice, row.preset, row.status, row.duration_seconds) == (
            "breathing",
            "box",
            "stopped",
            9.0,
        )
    session.end()


def test_presenter_mode_shows_the_client_screen_and_closing_it_stops_the_session(
    qtbot: QtBot, clock: FakeClock
) -> None:
    base = setup("coherent")
    presenting = SessionSetup(
        LaunchRequest(practice="coherent", presenter=True),
        base.plan,
        voice_on=False,
        sounds_on=False,
        self_paced=True,
    )
    assert presenting.private  # presenter mode records nothing unless asked to
    session = host(qtbot, clock, presenting)
    assert isinstance(session.view, ControlPanel)  # the therapist's page, not the client's
    notices: list[str] = []
    session.notice.connect(notices.append)
    session.start()
    session.show_presenter(QGuiApplication.screens())
    presenter = session.presenter
    assert presenter is not None
    qtbot.waitExposed(presenter)
    assert notices == []  # said once, in the control window
    assert session.view.where.text().startswith("Screen 2 is not connected.")
    presenter.close()
    assert session.controller.status is Status.STOPPED
    assert session.view.end.isVisible()  # the therapist's window stays, with what is next
    session.end()
    assert session.presenter is None
