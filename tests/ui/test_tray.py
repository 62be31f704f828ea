"""The tray menu a person opens, and the reminders it shows."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QSystemTrayIcon
from pytestqt.qtbot import QtBot

from breathe.desktop.app_icon import app_icon
from breathe.desktop.reminder_timer import ReminderTimer
from breathe.desktop.tray import Tray
from breathe.engine.practices.catalog import build_plan
from breathe.engine.reminders import ReminderSchedule
from breathe.launch import LaunchRequest

CLIENT_A = LaunchRequest(practice="breathing", options={"pattern": "4-6", "minutes": 8}, voice=True)
EVENING = LaunchRequest(practice="relaxation", options={"groups": 7, "release_only": True})


def texts(menu: QMenu) -> list[str]:
    return [a.text() if not a.isSeparator() else "---" for a in menu.actions()]


def action(menu: QMenu, text: str) -> QAction:
    (found,) = [a for a in menu.actions() if a.text() == text]
    return found


@pytest.fixture
def tray(qtbot: QtBot) -> Tray:
    return Tray()


def test_the_menu_offers_quick_starts_then_show_and_quit(tray: Tray) -> None:
    assert texts(tray.menu) == [
        "Coherent breathing",
        "Box breathing",
        "3-3-3 grounding",
        "Muscle relaxation",
        "---",
        "Show breathe",
        "Quit",
    ]


@pytest.mark.parametrize(
    ("text", "practice", "preset"),
    [
        ("Coherent breathing", "breathing", "coherent"),
        ("Box breathing", "breathing", "box"),
        ("3-3-3 grounding", "grounding", None),
        ("Muscle relaxation", "relaxation", None),
    ],
)
def test_each_quick_start_asks_for_its_session(
    tray: Tray, qtbot: QtBot, text: str, practice: str, preset: str | None
) -> None:
    with qtbot.waitSignal(tray.start_requested) as signal:
        action(tray.menu, text).trigger()
    request = signal.args[0]
    assert isinstance(request, LaunchRequest)
    plan = build_plan(request.practice, request.options)  # the real engine accepts it
    assert (plan.practice, plan.preset) == (practice, preset)


def test_named_programmes_sit_between_quick_starts_and_show(qtbot: QtBot) -> None:
    tray = Tray([("Client A: 4-6, 8 min", CLIENT_A), ("Evening & easy", EVENING)])
    assert texts(tray.menu)[4:] == [
        "---",
        "Client A: 4-6, 8 min",
        "Evening && easy",  # shown as "Evening & easy", not as a mnemonic
        "---",
        "Show breathe",
        "Quit",
    ]
    with qtbot.waitSignal(tray.start_requested) as signal:
        action(tray.menu, "Evening && easy").trigger()
    assert signal.args == [EVENING]


def test_many_programmes_go_into_a_submenu(qtbot: QtBot) -> None:
    programmes = [(f"Client {c}", CLIENT_A) for c in "ABCDEF"]
    tray = Tray(programmes)
    sub = action(tray.menu, "Your programmes").menu()
    assert isinstance(sub, QMenu)
    assert texts(sub) == [f"Client {c}" for c in "ABCDEF"]
    with qtbot.waitSignal(tray.start_requested) as signal:
        action(sub, "Client F").trigger()
    assert signal.args == [CLIENT_A]


def test_programmes_can_change_while_running(tray: Tray) -> None:
    tray.set_programmes([("Client B", EVENING)])
    assert "Client B" in texts(tray.menu)
    tray.set_programmes([])
    assert "Client B" not in texts(tray.menu)
    assert texts(tray.menu).count("---") == 1


def test_show_and_quit(tray: Tray, qtbot: QtBot) -> None:
    with qtbot.waitSignal(tray.show_requested):
        action(tray.menu, "Show breathe").trigger()
    with qtbot.waitSignal(tray.quit_requested):
        action(tray.menu, "Quit").trigger()


def test_a_click_on_the_icon_shows_the_window(tray: Tray, qtbot: QtBot) -> None:
    icon = tray.findChild(QSystemTrayIcon)
    assert icon is not None
    assert not icon.icon().isNull()
    assert icon.contextMenu() is tray.menu
    for reason in (
        QSystemTrayIcon.ActivationReason.Trigger,
        QSystemTrayIcon.ActivationReason.DoubleClick,
    ):
        with qtbot.waitSignal(tray.show_requested):
            icon.activated.emit(reason)
    with qtbot.assertNotEmitted(tray.show_requested):
        icon.activated.emit(QSystemTrayIcon.ActivationReason.Context)


def test_without_a_system_tray_nothing_is_shown(tray: Tray) -> None:
    assert not Tray.available()  # offscreen has no tray
    assert tray.show() is False
    assert not tray.visible
    assert tray.notify("Time for a breathing break?", "Whenever you like.") is False
    tray.hide()


def test_the_app_icon_has_every_size_a_window_shows(qtbot: QtBot) -> None:
    sizes = {s.width() for s in app_icon().availableSizes()}
    # not the 512 px one: decoded for the window's icon on X11, it held 1.8 MiB of memory
    assert sizes == {16, 32, 48, 64, 128, 256}
    image = app_icon().pixmap(64, 64).toImage()
    assert image.pixelColor(0, 0).alpha() == 0  # round: transparent corners
    assert image.pixelColor(32, 58).alpha() == 255


def test_the_app_icon_falls_back_to_the_svg(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    from breathe.desktop import app_icon as module
    from breathe.paths import APP_ID, asset

    svg_only = {f"{APP_ID}.svg": asset("icons", f"{APP_ID}.svg")}
    monkeypatch.setattr(
        module, "asset", lambda *parts: svg_only.get(parts[-1], asset("icons", "missing"))
    )
    image = module.app_icon().pixmap(64, 64).toImage()
    assert image.pixelColor(32, 58).alpha() == 255
    monkeypatch.setattr(module, "asset", lambda *parts: asset("icons", "missing"))
    assert module.app_icon().isNull()


# -- reminders through the tray ----------------------------------------------------------------


class WallClock:
    """A settable wall clock."""

    def __init__(self) -> None:
        self.now = datetime(2025, 3, 3, 9, 0)

    def __call__(self) -> datetime:
        return self.now


class Shown:
    """A notifier that keeps what it was asked to show (the real tray cannot, offscreen)."""

    def __init__(self) -> None:
        self.messages: list[tuple[str, str]] = []

    def notify(self, title: str, text: str) -> bool:
        self.messages.append((title, text))
        return True


def test_reminders_are_off_by_default(qtbot: QtBot) -> None:
    shown = Shown()
    timer = ReminderTimer(ReminderSchedule(), shown)
    assert not timer.timer.isActive()
    assert timer.check() is False
    assert shown.messages == []


def test_a_due_reminder_is_shown_gently(qtbot: QtBot) -> None:
    clock, shown = WallClock(), Shown()
    timer = ReminderTimer(ReminderSchedule(True, 60), shown, now=clock)
    assert timer.timer.isActive()
    assert timer.timer.interval() == 300_000  # it looks again every 5 minutes at most
    clock.now += timedelta(minutes=59)
    timer.timer.timeout.emit()
    assert shown.messages == []
    assert timer.timer.interval() == 60_000  # and then exactly when it is due
    clock.now += timedelta(minutes=1)
    with qtbot.waitSignal(timer.reminder_due) as signal:
        timer.timer.timeout.emit()
    title, text = signal.args
    assert shown.messages == [(title, text)]
    assert title == "Time for a breathing break?"
    assert "whenever you'd like" in text
    assert not any(word in text.lower() for word in ("should", "must", "forgot", "missed"))


def test_no_reminder_during_a_session(qtbot: QtBot) -> None:
    clock, shown = WallClock(), Shown()
    timer = ReminderTimer(ReminderSchedule(True, 30), shown, now=clock)
    timer.session_started()
    assert not timer.timer.isActive()
    clock.now += timedelta(minutes=45)
    assert timer.check() is False
    timer.session_ended()
    assert timer.timer.isActive()
    clock.now += timedelta(minutes=30)
    assert timer.check() is True
    assert len(shown.messages) == 1


def test_changing_the_setting_starts_and_stops_the_timer(qtbot: QtBot) -> None:
    clock = WallClock()
    timer = ReminderTimer(ReminderSchedule(), None, now=clock)
    timer.set_schedule(ReminderSchedule.from_settings(True, None, ["9:00", "9:30"]))
    assert timer.reminders.next_due() == datetime(2025, 3, 3, 9, 30)
    clock.now += timedelta(minutes=30)
    with qtbot.waitSignal(timer.reminder_due):  # no tray: the window can still offer it
        assert timer.check() is True
    timer.set_schedule(ReminderSchedule())
    assert not timer.timer.isActive()


def test_with_the_real_tray_and_no_system_tray_the_window_is_told(qtbot: QtBot) -> None:
    clock = WallClock()
    tray = Tray()
    timer = ReminderTimer(ReminderSchedule(True, 15), tray, tray, now=clock)
    clock.now += timedelta(minutes=15)
    with qtbot.waitSignal(timer.reminder_due):
        assert timer.check() is True
