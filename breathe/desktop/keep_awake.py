"""Keep the screen awake during a session on Windows and macOS (no Qt here).

Linux desktops are asked over D-Bus (:mod:`breathe.desktop.screensaver`). Windows is told
with ``SetThreadExecutionState`` (the flag stays until the same thread clears it, or the
process ends); macOS runs ``caffeinate -d -i -w <pid>``, which ends by itself when breathe
does, so a crash never leaves the display awake.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    import subprocess

log = logging.getLogger(__name__)

ES_SYSTEM_REQUIRED = 0x00000001
ES_DISPLAY_REQUIRED = 0x00000002
ES_CONTINUOUS = 0x80000000
CAFFEINATE = "/usr/bin/caffeinate"


class NativeAwake(Protocol):
    """One platform's way of keeping the display on."""

    def inhibit(self) -> bool:
        """Keep the display on; True if the system agreed."""

    def release(self) -> None:
        """Let the display sleep again (harmless when not inhibited)."""


class WindowsAwake:
    """``SetThreadExecutionState`` on the GUI thread, where sessions start and end.

    Args:
        set_state: the Win32 function (found in kernel32 when first needed; tests pass a fake).
    """

    def __init__(self, set_state: Callable[[int], int] | None = None) -> None:
        self._set_state = set_state

    def inhibit(self) -> bool:
        previous = self._call(ES_CONTINUOUS | ES_SYSTEM_REQUIRED | ES_DISPLAY_REQUIRED)
        if previous == 0:  # NULL: the call failed
            log.debug("SetThreadExecutionState refused to keep the display on")
            return False
        return True

    def release(self) -> None:
        self._call(ES_CONTINUOUS)

    def _call(self, state: int) -> int:
        if self._set_state is None:
            self._set_state = _kernel32_set_state()
        return int(self._set_state(state))


def _kernel32_set_state() -> Callable[[int], int]:
    import ctypes

    function = ctypes.WinDLL("kernel32").SetThreadExecutionState  # type: ignore[attr-defined,unused-ignore]  # Windows only
    function.argtypes = [ctypes.c_uint]
    function.restype = ctypes.c_uint
    return function  # type: ignore[no-any-return,unused-ignore]  # a ctypes function


class MacAwake:
    """``caffeinate`` while a session runs, tied to breathe's own process id.

    Args:
        spawn: starts the helper (``subprocess.Popen`` by default; tests pass a fake).
        pid: the process caffeinate follows (this one).
    """

    def __init__(
        self,
        spawn: Callable[..., subprocess.Popen[bytes]] | None = None,
        pid: int | None = None,
    ) -> None:
        import subprocess  # macOS only: Linux sessions never load it

        self._spawn = spawn or subprocess.Popen
        self._pid = os.getpid() if pid is None else pid
        self._helper: subprocess.Popen[bytes] | None = None

    def inhibit(self) -> bool:
        if self._helper is not None:
            return True
        import subprocess

        try:
            self._helper = self._spawn(
                [CAFFEINATE, "-d", "-i", "-w", str(self._pid)],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        except OSError as exc:
            log.debug("caffeinate unavailable: %s", exc)
            return False
        return True

    def release(self) -> None:
        helper, self._helper = self._helper, None
        if helper is None:
            return
        import subprocess

        helper.terminate()
        try:
            helper.wait(timeout=2)
        except subprocess.TimeoutExpired:
            helper.kill()
            helper.wait()


def native_for(platform: str) -> NativeAwake | None:
    """The native way for ``platform`` (``sys.platform``), or None where D-Bus is used."""
    if platform == "win32":
        return WindowsAwake()
    if platform == "darwin":
        return MacAwake()
    return None
