"""The tray on a real X11 desktop: Xvfb with a system tray (Debian's ``trayer``).

Offscreen Qt has no tray, so this is where ``Tray.show`` and ``Tray.notify`` really show
something. Skipped where Xvfb or trayer is missing (``apt-get install xvfb trayer``).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator

import pytest

WAIT = 30.0

pytestmark = pytest.mark.skipif(
    shutil.which("Xvfb") is None or shutil.which("trayer") is None,
    reason="needs Xvfb and a system tray (apt-get install xvfb trayer)",
)

CHILD = """
import sys, time
from PySide6.QtWidgets import QApplication, QSystemTrayIcon
from breathe.desktop.tray import Tray
from breathe.desktop.reminder_timer import ReminderTimer
from breathe.engine.reminders import ReminderSchedule

app = QApplication(sys.argv[:1])
print("tray before trayer:", Tray.available(), flush=True)
print("ready", flush=True)
sys.stdin.readline()  # the test starts trayer, then lets us go on
deadline = time.monotonic() + 20
while not QSystemTrayIcon.isSystemTrayAvailable() and time.monotonic() < deadline:
    app.processEvents()  # the tray announces itself with an X client message
tray = Tray()
print("shown:", tray.show(), flush=True)
reminder = ReminderTimer(ReminderSchedule(), tray)
print("notified:", tray.notify(*reminder.message()), flush=True)
"""


@pytest.fixture
def display() -> Iterator[str]:
    read, write = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "800x600x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as numbers:
        number = numbers.readline().strip()  # Xvfb writes its display once it is ready
    try:
        yield f":{number}"
    finally:
        xvfb.terminate()
        xvfb.wait(timeout=WAIT)


def test_the_tray_icon_and_a_reminder_show_on_a_real_desktop(display: str) -> None:
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    trayer = None
    try:
        assert child.stdout is not None and child.stdin is not None
        lines = [child.stdout.readline().strip(), child.stdout.readline().strip()]
        assert lines == ["tray before trayer: False", "ready"]
        trayer = subprocess.Popen(
            ["trayer", "--edge", "top", "--align", "right", "--widthtype", "request"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        child.stdin.write("go\n")
        child.stdin.flush()
        out, _ = child.communicate(timeout=WAIT)
        assert out.splitlines() == ["shown: True", "notified: True"]
    finally:
        for process in (child, trayer):
            if process is not None and process.poll() is None:
                process.kill()
                process.wait(timeout=WAIT)
