"""The screensaver is kept away during a session, over a real (private) D-Bus."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtDBus import QDBusConnection, QDBusMessage, QDBusVirtualObject
from pytestqt.qtbot import QtBot

from breathe.desktop.screensaver import PATH, SERVICE, ScreenSaverInhibitor, session_bus_address


class FakeScreenSaver(QDBusVirtualObject):
    """Answers Inhibit like a desktop's screensaver service and remembers who asked."""

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[tuple[str, list[object], str]] = []

    def handleMessage(self, message: QDBusMessage, connection: QDBusConnection) -> bool:
        self.calls.append((message.member(), message.arguments(), message.service()))
        connection.send(message.createReply(4242))
        return True

    def introspect(self, path: str) -> str:
        return ""


@pytest.fixture
def bus_address(tmp_path: Path) -> Iterator[str]:
    """A private session bus, ended after the test."""
    if shutil.which("dbus-daemon") is None:
        pytest.skip("dbus-daemon is not installed")
    proc = subprocess.Popen(
        [
            "dbus-daemon",
            "--session",
            "--nofork",
            "--print-address=1",
            f"--address=unix:tmpdir={tmp_path}",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert proc.stdout is not None
    address = proc.stdout.readline().strip()
    yield address
    proc.terminate()
    proc.wait(timeout=10)
    proc.stdout.close()


def registered(bus: QDBusConnection, name: str) -> bool:
    return bool(bus.interface().isServiceRegistered(name).value())


def test_inhibits_while_running_and_lets_go_at_the_end(qtbot: QtBot, bus_address: str) -> None:
    service = QDBusConnection.connectToBus(bus_address, "fake-screensaver")
    try:
        fake = FakeScreenSaver()
        assert service.registerService(SERVICE)
        assert service.registerVirtualObject(PATH, fake)
        inhibitor = ScreenSaverInhibitor(bus_address)
        with qtbot.waitSignal(inhibitor.inhibited_changed) as got:
            inhibitor.inhibit("A breathing session is running")
        assert got.args == [True] and inhibitor.active
        member, args, sender = fake.calls[0]
        assert (member, args) == ("Inhibit", ["breathe", "A breathing session is running"])
        assert registered(service, sender)

        inhibitor.inhibit("again")  # one inhibition at a time
        with qtbot.waitSignal(inhibitor.inhibited_changed) as got:
            inhibitor.release()
        assert got.args == [False] and not inhibitor.active
        # the freedesktop spec ends an inhibition when its connection goes away
        qtbot.waitUntil(lambda: not registered(service, sender))
        assert len(fake.calls) == 1
        inhibitor.release()  # releasing twice is harmless
    finally:
        QDBusConnection.disconnectFromBus("fake-screensaver")


def test_no_screensaver_service_is_not_an_error(qtbot: QtBot, bus_address: str) -> None:
    inhibitor = ScreenSaverInhibitor(bus_address)
    inhibitor.inhibit("A breathing session is running")
    assert inhibitor._watcher is not None
    qtbot.waitUntil(lambda: inhibitor._watcher is None)
    assert not inhibitor.active
    inhibitor.release()


def test_released_before_the_answer_came(qtbot: QtBot, bus_address: str) -> None:
    inhibitor = ScreenSaverInhibitor(bus_address)
    inhibitor.inhibit("A breathing session is running")
    inhibitor.release()
    assert not inhibitor.active and inhibitor._watcher is None


def test_unreachable_bus_is_skipped_quietly(tmp_path: Path) -> None:
    inhibitor = ScreenSaverInhibitor(f"unix:path={tmp_path / 'nobody-listens'}")
    inhibitor.inhibit("A breathing session is running")
    assert not inhibitor.active
    inhibitor.release()


def test_no_session_bus_at_all(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    assert session_bus_address() is None
    inhibitor = ScreenSaverInhibitor()
    inhibitor.inhibit("A breathing session is running")
    assert not inhibitor.active


def test_session_bus_found_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/run/user/1000/bus")
    assert session_bus_address() == "unix:path=/run/user/1000/bus"
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS")
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    (tmp_path / "bus").touch()
    assert session_bus_address() == f"unix:path={tmp_path / 'bus'}"


class FakeNative:
    """Windows' or macOS's own way, as the inhibitor sees it."""

    def __init__(self, grants: bool = True) -> None:
        self.grants = grants
        self.calls: list[str] = []

    def inhibit(self) -> bool:
        self.calls.append("inhibit")
        return self.grants

    def release(self) -> None:
        self.calls.append("release")


def test_on_windows_and_macos_the_system_way_is_used_instead_of_dbus(qtbot: QtBot) -> None:
    native = FakeNative()
    inhibitor = ScreenSaverInhibitor(native=native)
    with qtbot.waitSignal(inhibitor.inhibited_changed) as got:
        inhibitor.inhibit("A breathing session is running")
    assert got.args == [True] and inhibitor.active
    inhibitor.inhibit("again")  # once
    with qtbot.waitSignal(inhibitor.inhibited_changed) as got:
        inhibitor.release()
    assert got.args == [False] and not inhibitor.active
    inhibitor.release()
    assert native.calls == ["inhibit", "release"]


def test_a_refused_system_inhibition_leaves_the_session_alone(qtbot: QtBot) -> None:
    native = FakeNative(grants=False)
    inhibitor = ScreenSaverInhibitor(native=native)
    with qtbot.assertNotEmitted(inhibitor.inhibited_changed):
        inhibitor.inhibit("A breathing session is running")
        inhibitor.release()
    assert not inhibitor.active and native.calls == ["inhibit"]


def test_no_session_bus_is_looked_for_on_windows_or_macos(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nowhere")
    assert session_bus_address("win32") is None
    assert session_bus_address("darwin") is None
    assert session_bus_address("linux") == "unix:path=/nowhere"
