"""The therapist's control window and the client's screen, together on one session.

Real widgets offscreen (the client's session in a window beside the controls), a real
history in a temporary folder, a fake clock. The two-screen layout itself is checked in
``test_presenter.py`` with two virtual screens.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from breathe.app.session_host import SessionHost
from breathe.app.session_setup import SessionSetup
from breathe.engine.planning import plan_for
from breathe.engine.runner import Status
from breathe.launch import LaunchRequest
from breathe.store.history import History
from breathe.store.recorder import HistoryRecorder
from breathe.ui.presenter.control import ControlPanel
from breathe.ui.presenter.readout import number
from breathe.ui.presenter.screens import Placement
from breathe.ui.session.controller import PACE_LIMIT_NOTICE
from breathe.ui.session.report_dialog import ReportDialog
from breathe.ui.session.screen import GENTLER_HINT, NO_PACE
from tests.conftest import FakeClock


class Voice:
    """A voice that is there and says nothing (the controls' state is what is tested)."""

    available = True
    unavailable_reason = None

    def prepare(self, texts: Iterable[str]) -> None:
        return None

    def speak(self, text: str) -> None:
        return None

    def silence(self) -> None:
        return None


def active(qtbot: QtBot, window: QWidget) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


@pytest.fixture
def made() -> Iterator[list[SessionHost]]:
    hosts: list[SessionHost] = []
    yield hosts
    for host in hosts:
        host.end()


def presenter_session(
    qtbot: QtBot,
    clock: FakeClock,
    made: list[SessionHost],
    practice: str = "box",
    *,
    record: bool = False,
    recorder: HistoryRecorder | None = None,
    **options: object,
) -> SessionHost:
    request = LaunchRequest(practice=practice, options=dict(options), presenter=True, record=record)
    setup = SessionSetup(
        request, plan_for(practice, options), voice_on=False, sounds_on=True, self_paced=True
    )
    host = SessionHost(setup, clock=clock, recorder=recorder, voice=Voice())
    made.append(host)
    host.view.resize(1100, 760)
    host.view.show()
    qtbot.waitExposed(host.view)
    host.show_presenter(QApplication.screens(), Placement(None, missing=2))
    assert host.presenter is not None
    qtbot.waitExposed(host.presenter)
    host.start()
    return host


def panel_of(host: SessionHost) -> ControlPanel:
    assert isinstance(host.view, ControlPanel)
    return host.view


def at(host: SessionHost, clock: FakeClock, t: float) -> None:
    clock.now = 1000.0 + t
    host.controller.tick()
    panel_of(host).mirror.refresh()
    assert host.presenter is not None
    host.presenter.session_screen.refresh()


def visible_buttons(widget: QWidget) -> list[str]:
    return [b.text() for b in widget.findChildren(QPushButton) if b.isVisible()]


def test_the_control_window_says_the_pace_the_pattern_and_the_time_left(
    qtbot: QtBot, clock: FakeClock, made: list[SessionHost]
) -> None:
    host = presenter_session(qtbot, clock, made)
    panel = panel_of(host)
    at(host, clock, 4.0)
    assert panel.pace.text() == "3.8 breaths a minute"
    assert panel.pattern.text() == "4 in · 4 hold · 4 out · 4 hold"
    assert panel.left.text() == "3:59 of 4:03"
    assert panel.step.text() == "Breathe in · Breath 1 of 15"
    assert panel.where.text() == (
        "Screen 2 is not connected. The client's session is in a window on this screen."
    )
    assert panel.mirror.phase.text() == host.presenter.session_screen.phase.text()  # type: ignore[union-attr]
    sigh = presenter_session(qtbot, clock, made, "sigh")
    at(sigh, clock, 4.0)
    assert panel_of(sigh).pattern.text() == "2.5 in · 1 top up · 6.5 out"


def test_slower_and_faster_work_on_a_preset_from_either_window(
    qtbot: QtBot, clock: FakeClock, made: list[SessionHost]
) -> None:
    host = presenter_session(qtbot, clock, made)
    panel = panel_of(host)
    at(host, clock, 4.0)
    panel.controls.button("slower").click()
    at(host, clock, 20.0)
    assert panel.pace.text() == "3.4 breaths a minute"
    assert panel.pattern.text() == "4.4 in · 4.4 hold · 4.4 out · 4.4 hold"
    assert host.controller.plan.options["from_preset"] == "box"  # "custom, from box"
    client = host.presenter
    assert client is not None
    active(qtbot, client)
    qtbot.keyClick(client, Qt.Key.Key_Plus)  # the client's screen's keys do the same
    at(host, clock, 40.0)
    assert panel.pace.text() == "3.8 breaths a minute"
    assert client.session_screen.hint.text() != NO_PACE
    assert panel.notice.isHidden()


def test_every_key_works_from_either_window(
    qtbot: QtBot, clock: FakeClock, made: list[SessionHost]
) -> None:
    host = presenter_session(qtbot, clock, made)
    panel, client, c = panel_of(host), host.presenter, host.controller
    assert client is not None
    at(host, clock, 4.0)
    for window in (host.view.window(), client):
        active(qtbot, window)
        qtbot.keyClick(window, Qt.Key.Key_Space)
        assert c.status is Status.PAUSED
        assert panel.controls.button("pause").text().startswith("Resume")
        qtbot.keyClick(window, Qt.Key.Key_Space)
        assert c.status is Status.RUNNING
        voice_on = c.voice_on
        qtbot.keyClick(window, Qt.Key.Key_V)
        assert c.voice_on is not voice_on
        assert panel.controls.button("voice").isChecked() is c.voice_on
        muted = c.muted
        qtbot.keyClick(window, Qt.Key.Key_M)
        assert c.muted is not muted
        assert panel.controls.button("sound").isChecked() is not c.muted  # "Sound: on"
        step = c.position().step
        qtbot.keyClick(window, Qt.Key.Key_Right)
        assert c.position().step != step  # on to the next step
    at(host, clock, 25.0)  # after the lead-in (its safety words say it already)
    qtbot.keyClick(client, Qt.Key.Key_G)
    assert client.session_screen.hint.text() == GENTLER_HINT  # for the client as well
    assert panel.mirror.hint.text() == GENTLER_HINT
    active(qtbot, host.view.window())
    qtbot.keyClick(host.view.window(), Qt.Key.Key_Escape)
    assert c.status is Status.STOPPED


def test_a_notice_is_for_the_therapist_only(
    qtbot: QtBot, clock: FakeClock, made: list[SessionHost]
) -> None:
    host = presenter_session(qtbot, clock, made, "breathing", pattern="1-1", minutes=1)
    panel = panel_of(host)
    at(host, clock, 4.0)
    panel.controls.button("faster").click()  # 30 a minute already: as far as it goes
    assert panel.notice.isVisible()
    assert panel.notice.text() == PACE_LIMIT_NOTICE
    assert host.presenter is not None
    assert host.presenter.session_screen.hint.text() == ""
    grounding = presenter_session(qtbot, clock, made, "grounding")
    assert not panel_of(grounding).controls.button("slower").isVisible()  # only what applies


def test_the_end_offers_the_summary_on_the_therapists_screen(
    qtbot: QtBot, clock: FakeClock, made: list[SessionHost]
) -> None:
    host = presenter_session(qtbot, clock, made, "breathing", pattern="4-6", minutes=1)
    panel, client = panel_of(host), host.presenter
    assert client is not None
    at(host, clock, 30.0)
    panel.controls.button("stop").click()
    assert panel.end.isVisible() and not panel.controls.button("pause").isVisible()
    assert panel.end_text.text() == "Ended early · 30 s · 3 breaths"
    assert visible_buttons(panel.end) == ["Summary and PDF…", "Again", "Done"]
    assert visible_buttons(client) == []  # the client's screen only says a calm word
    assert client.end_heading.text() == "Thank you for taking this time."
    active(qtbot, client)
    qtbot.keyClick(client, Qt.Key.Key_S)  # S from the client's screen...
    dialog = host.view.findChild(ReportDialog)
    assert dialog is not None and dialog.isVisible()  # ...opens it on the therapist's
    assert dialog.window() is not client
    dialog.close()
    with qtbot.waitSignal(client.closed):
        qtbot.keyClick(client, Qt.Key.Key_Escape)  # the client's screen goes...
    assert host.view.isVisible()  # ...the therapist's stays
    with qtbot.waitSignal(host.done_requested):
        panel.done_button.click()


def test_closing_the_clients_window_mid_session_stops_it(
    qtbot: QtBot, clock: FakeClock, made: list[SessionHost]
) -> None:
    host = presenter_session(qtbot, clock, made)
    at(host, clock, 10.0)
    assert host.presenter is not None
    host.presenter.close()
    assert host.controller.status is Status.STOPPED
    assert panel_of(host).end.isVisible()


def test_private_notes_are_never_on_the_clients_screen_and_kept_only_when_recording(
    qtbot: QtBot, clock: FakeClock, made: list[SessionHost], tmp_path: Path
) -> None:
    with History.open(tmp_path / "h.sqlite3") as history:
        host = presenter_session(qtbot, clock, made, record=True, recorder=HistoryRecorder(history))
        panel = panel_of(host)
        assert panel.notes_kept.text().startswith("Never shown to the client. Kept")
        panel.notes.setPlainText("Shoulders dropped at 2 min.")
        client = host.presenter
        assert client is not None
        shown = " ".join(label.text() for label in client.findChildren(type(panel.where)))
        assert "Shoulders" not in shown
        at(host, clock, 30.0)
        panel.controls.button("stop").click()
        assert history.flush(timeout=30)
        (row,) = history.sessions()
        assert row.note == "Shoulders dropped at 2 min."
        panel.notes.appendPlainText("Try 4-6 next week.")  # written after the end, too
        host.end()
        made.remove(host)
        assert history.flush(timeout=30)
        (row,) = history.sessions()
        assert row.note == "Shoulders dropped at 2 min.\nTry 4-6 next week."
        assert "Shoulders" not in host.report().note  # never on the summary


def test_an_unrecorded_session_keeps_no_notes_and_no_ratings(
    qtbot: QtBot, clock: FakeClock, made: list[SessionHost]
) -> None:
    host = presenter_session(qtbot, clock, made)  # presenter mode: private by default
    panel = panel_of(host)
    assert host.recorder is None
    assert panel.notes_kept.text() == (
        "Never shown to the client, and not kept: this session is not recorded."
    )
    panel.ratings["rating_before"].setValue(7)
    panel.ratings["pain_before"].setValue(5)
    panel.ratings["pain_before"].setValue(-1)  # not asked after all
    at(host, clock, 30.0)
    panel.controls.button("stop").click()
    panel.ratings["rating_after"].setValue(3)
    report = host.report()
    assert (report.stress_before, report.stress_after, report.pain_before) == (7, 3, None)


def test_the_readouts_numbers_are_written_as_the_language_writes_them() -> None:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    try:
        assert [number(3.75), number(4.0), number(6.04), number(12.5)] == ["3,8", "4", "6", "12,5"]
    finally:
        QLocale.setDefault(before)
    assert number(3.75) == "3.8"
