"""Windows and macOS keep the display on during a session: their calls, checked with fakes."""

from __future__ import annotations

import ctypes
import subprocess
from typing import Any

import pytest

from breathe.desktop import keep_awake
from breathe.desktop.keep_awake import (
    CAFFEINATE,
    ES_CONTINUOUS,
    ES_DISPLAY_REQUIRED,
    ES_SYSTEM_REQUIRED,
    MacAwake,
    WindowsAwake,
    native_for,
)


class FakeSetState:
    """``SetThreadExecutionState``: remembers the flags, returns the previous state."""

    def __init__(self, answer: int = ES_CONTINUOUS) -> None:
        self.calls: list[int] = []
        self.answer = answer

    def __call__(self, flags: int) -> int:
        self.calls.append(flags)
        return self.answer


def test_windows_keeps_display_and_system_on_until_released() -> None:
    fake = FakeSetState()
    awake = WindowsAwake(fake)
    assert awake.inhibit()
    awake.release()
    assert fake.calls == [ES_CONTINUOUS | ES_SYSTEM_REQUIRED | ES_DISPLAY_REQUIRED, ES_CONTINUOUS]


def test_windows_says_so_when_the_call_fails() -> None:
    assert not WindowsAwake(FakeSetState(answer=0)).inhibit()


def test_windows_finds_the_function_in_kernel32(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = FakeSetState()
    loaded: list[str] = []

    class Kernel32:
        SetThreadExecutionState = fake

    def win_dll(name: str) -> Kernel32:
        loaded.append(name)
        return Kernel32()

    monkeypatch.setattr(ctypes, "WinDLL", win_dll, raising=False)
    awake = WindowsAwake()
    assert awake.inhibit()
    awake.release()
    assert loaded == ["kernel32"]  # looked up once, on first use
    assert fake.calls[0] & ES_DISPLAY_REQUIRED
    assert fake.argtypes == [ctypes.c_uint]  # type: ignore[attr-defined]
    assert fake.restype is ctypes.c_uint  # type: ignore[attr-defined]


class FakeHelper:
    def __init__(self, stubborn: bool = False) -> None:
        self.terminated = self.killed = False
        self.stubborn = stubborn

    def terminate(self) -> None:
        self.terminated = True

    def kill(self) -> None:
        self.killed = True

    def wait(self, timeout: float | None = None) -> int:
        if self.stubborn and not self.killed:
            raise subprocess.TimeoutExpired(CAFFEINATE, timeout or 0)
        return 0


def test_macos_runs_caffeinate_tied_to_breathe_and_ends_it() -> None:
    started: list[tuple[list[str], dict[str, Any]]] = []
    helper = FakeHelper()

    def spawn(args: list[str], **kwargs: Any) -> FakeHelper:
        started.append((args, kwargs))
        return helper

    awake = MacAwake(spawn, pid=4242)  # type: ignore[arg-type]
    assert awake.inhibit()
    assert awake.inhibit()  # one helper at a time
    assert [args for args, _ in started] == [[CAFFEINATE, "-d", "-i", "-w", "4242"]]
    assert started[0][1]["stdout"] == subprocess.DEVNULL
    awake.release()
    assert helper.terminated and not helper.killed
    awake.release()  # nothing left to end


def test_macos_kills_a_caffeinate_that_will_not_end() -> None:
    helper = FakeHelper(stubborn=True)
    awake = MacAwake(lambda *a, **k: helper, pid=1)  # type: ignore[arg-type,return-value]
    assert awake.inhibit()
    awake.release()
    assert helper.killed


def test_macos_without_caffeinate_carries_on() -> None:
    def spawn(*_args: Any, **_kwargs: Any) -> FakeHelper:
        raise FileNotFoundError(CAFFEINATE)

    awake = MacAwake(spawn, pid=1)  # type: ignore[arg-type]
    assert not awake.inhibit()
    awake.release()


def test_each_system_gets_its_own_way() -> None:
    assert isinstance(native_for("win32"), WindowsAwake)
    assert isinstance(native_for("darwin"), MacAwake)
    assert native_for("linux") is None  # D-Bus
    assert isinstance(keep_awake.MacAwake()._pid, int)
