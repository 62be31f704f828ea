"""What a real screen reader gets: breathe read through AT-SPI, as Orca reads it.

breathe runs as a real process on Xvfb with Qt's accessibility bridge on, on a private
session bus with the accessibility bus; ``atspi_client.py`` (Debian's ``pyatspi``, under the
system Python) reads it. Every screen's tree is walked: each control showing has its role,
a name and its value or state, no empty or unnamed node shows, and the focus lands on
something named. Every page is reached and left through the accessibility API (its actions,
as a screen reader user's "activate" does). In a session the phase word and the countdown
reach the reader when they change, the progress has a value, pausing says so, and the 0-10
ratings are one choice.

Needs Debian's ``xvfb dbus at-spi2-core python3-pyatspi`` (and ``openbox`` for the focus);
where they are missing the tests are skipped with the reason (CI installs them).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

CLIENT = Path(__file__).with_name("atspi_client.py")
BUS_LAUNCHER = Path("/usr/libexec/at-spi-bus-launcher")
#: where Debian's gi and pyatspi live (a venv's Python does not see them)
CLIENT_PYTHONS = ("/usr/bin/python3", "python3")
WAIT = 30.0

#: roles a screen reader names to the person: each needs a name when it shows
NAMED_ROLES = {
    "push button",
    "toggle button",
    "check box",
    "radio button",
    "combo box",
    "text",
    "spin button",
    "slider",
    "progress bar",
    "page tab",
    "list",
    "list item",
    "table",
    "menu item",
    "label",
    "link",
    "dialog",
    "frame",
}
#: roles with a value a screen reader says ("42 percent", "5.0")
VALUE_ROLES = {"progress bar", "slider", "spin button"}
#: roles that are on or off
STATE_ROLES = {"check box", "radio button", "toggle button"}


def _client_python() -> str | None:
    probe = "import gi; gi.require_version('Atspi', '2.0'); from gi.repository import Atspi"
    for python in CLIENT_PYTHONS:
        path = shutil.which(python)
        if (
            path
            and subprocess.run([path, "-c", probe], check=False, capture_output=True).returncode
            == 0
        ):
            return path
    return None


def _missing() -> list[str]:
    missing = [tool for tool in ("Xvfb", "dbus-daemon", "dbus-send") if not shutil.which(tool)]
    if not BUS_LAUNCHER.exists():
        missing.append("at-spi2-core")
    if _client_python() is None:
        missing.append("python3-pyatspi")
    return missing


MISSING = _missing()
pytestmark = pytest.mark.skipif(
    bool(MISSING),
    reason=f"needs {', '.join(MISSING)} (apt-get install xvfb dbus at-spi2-core python3-pyatspi)",
)


class Desktop:
    """Xvfb, a window manager, a private session bus and the accessibility bus."""

    def __init__(self, folder: Path) -> None:
        self.processes: list[subprocess.Popen[Any]] = []
        runtime = folder / "runtime"
        runtime.mkdir(mode=0o700)
        self.env = {**os.environ, "XDG_RUNTIME_DIR": str(runtime)}
        self.env.pop("DBUS_SESSION_BUS_ADDRESS", None)
        bus = self._start(
            ["dbus-daemon", "--session", "--nofork", "--print-address=1"], stdout=subprocess.PIPE
        )
        assert bus.stdout is not None
        self.env["DBUS_SESSION_BUS_ADDRESS"] = bus.stdout.readline().decode().strip()
        bus.stdout.close()  # it prints nothing more
        self._start([str(BUS_LAUNCHER), "--launch-immediately"])
        self._wait_for_name("org.a11y.Bus")
        read, write = os.pipe()
        self._start(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
            pass_fds=(write,),
        )
        os.close(write)
        with os.fdopen(read) as numbers:
            self.env["DISPLAY"] = ":" + numbers.readline().strip()
        if shutil.which("openbox"):  # without a window manager nothing has the focus
            self._start(["openbox"])

    def _start(self, argv: list[str], **kwargs: Any) -> subprocess.Popen[Any]:
        kwargs.setdefault("stdout", subprocess.DEVNULL)
        process = subprocess.Popen(argv, env=self.env, stderr=subprocess.DEVNULL, **kwargs)
        self.processes.append(process)
        return process

    def _wait_for_name(self, name: str) -> None:
        """Until ``name`` has an owner on the session bus (polling GetAddress would start a
        second bus launcher)."""
        ask = [
            "dbus-send",
            "--session",
            "--print-reply",
            "--dest=org.freedesktop.DBus",
            "/org/freedesktop/DBus",
            "org.freedesktop.DBus.NameHasOwner",
            f"string:{name}",
        ]
        deadline = time.monotonic() + WAIT
        while time.monotonic() < deadline:
            reply = subprocess.run(ask, check=False, env=self.env, capture_output=True, text=True)
            if "boolean true" in reply.stdout:
                return
            time.sleep(0.05)
        raise AssertionError(f"{name} never came up on the session bus")

    def close(self) -> None:
        for process in reversed(self.processes):
            process.terminate()
        for process in reversed(self.processes):
            try:
                process.wait(timeout=WAIT)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


class Reader:
    """The screen reader's side: one JSON command, one JSON answer (``atspi_client.py``)."""

    def __init__(self, desktop: Desktop, python: str) -> None:
        self.process = subprocess.Popen(
            [python, str(CLIENT)],
            env=desktop.env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        assert self._read()["ready"]

    def _read(self) -> dict[str, Any]:
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        assert line, "the AT-SPI client stopped"
        answer: dict[str, Any] = json.loads(line)
        return answer

    def ask(self, op: str, **args: Any) -> dict[str, Any]:
        assert self.process.stdin is not None
        self.process.stdin.write(json.dumps({"op": op, **args}) + "\n")
        self.process.stdin.flush()
        answer = self._read()
        assert answer.get("ok"), f"{op} {args}: {answer.get('error')}"
        return answer

    def tree(self) -> list[dict[str, Any]]:
        nodes: list[dict[str, Any]] = self.ask("tree")["nodes"]
        return nodes

    def find(self, role: str, name: str, timeout: float = 10.0) -> dict[str, Any]:
        try:
            node: dict[str, Any] = self.ask("find", role=role, name=name, timeout=timeout)["node"]
        except AssertionError as failure:  # say what does show
            shown = [(n["role"], n["name"]) for n in self.tree()]
            raise AssertionError(f"{failure}\nshowing: {shown}") from None
        return node

    def gone(self, role: str, name: str, timeout: float = 10.0) -> None:
        self.ask("find", role=role, name=name, timeout=timeout, gone=True)

    def press(self, role: str, name: str) -> None:
        self.ask("act", role=role, name=name, action="Press")

    def focused(self) -> dict[str, Any] | None:
        node: dict[str, Any] | None = self.ask("focus")["node"]
        return node

    def events(self) -> list[dict[str, Any]]:
        heard: list[dict[str, Any]] = self.ask("events", clear=True)["events"]
        return heard

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        try:
            self.process.wait(timeout=WAIT)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        if self.process.stdout is not None:
            self.process.stdout.close()


@pytest.fixture(scope="module")
def desktop() -> Iterator[Desktop]:
    with tempfile.TemporaryDirectory(prefix="breathe-a11y-") as folder:
        made = Desktop(Path(folder))
        try:
            yield made
        finally:
            made.close()


class Session:
    """breathe running on the desktop, with a reader attached."""

    def __init__(self, desktop: Desktop, args: list[str], home: Path) -> None:
        python = _client_python()
        assert python is not None
        self.reader = Reader(desktop, python)  # its listeners are up before breathe starts
        env = {
            **desktop.env,
            "QT_QPA_PLATFORM": "xcb",
            "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
            "BREATHE_HOME": str(home),
        }
        self.app = subprocess.Popen(
            [sys.executable, "-m", "breathe", *args],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self.reader.ask("attach", pid=self.app.pid)

    def close(self) -> None:
        self.reader.close()
        self.app.terminate()
        try:
            self.app.wait(timeout=WAIT)
        except subprocess.TimeoutExpired:
            self.app.kill()
            self.app.wait()


@pytest.fixture
def run(desktop: Desktop, tmp_path: Path) -> Iterator[Any]:
    started: list[Session] = []

    def start(*args: str) -> Reader:
        session = Session(desktop, list(args), tmp_path / f"home-{len(started)}")
        started.append(session)
        return session.reader

    yield start
    for session in started:
        session.close()


# -- what every screen must give a screen reader --------------------------------------------


def tree_problems(nodes: list[dict[str, Any]]) -> list[str]:
    """Controls without a name, a value or a state, and empty labels, as a reader meets them."""
    problems = []
    for node in nodes:
        role, name = node["role"], node["name"].strip()
        where = f"{role} {name or node['description']!r}"
        if role in NAMED_ROLES and not name and not node["labelled_by"]:
            problems.append(
                f"{where}: shows with no name" + (" (empty)" if role == "label" else "")
            )
        if role in VALUE_ROLES and node["value"] is None:
            problems.append(f"{where}: has no value")
        if role in STATE_ROLES and "checkable" not in node["states"]:
            problems.append(f"{where}: says nothing of being on or off")
        if role == "combo box" and not node["labelled_by"]:
            problems.append(f"{where}: no label (on Linux a drop-down's name is its value)")
    return problems


def check_screen(reader: Reader, what: str) -> list[dict[str, Any]]:
    nodes = reader.tree()
    assert tree_problems(nodes) == [], what
    return nodes


def check_focus(reader: Reader, what: str) -> dict[str, Any]:
    deadline = time.monotonic() + 5
    focus = reader.focused()
    while focus is None and time.monotonic() < deadline:
        reader.ask("pump", seconds=0.2)
        focus = reader.focused()
    assert focus is not None, f"{what}: nothing has the focus"
    assert focus["name"].strip() or focus["labelled_by"], f"{what}: the focus is on {focus}"
    return focus


def named(nodes: list[dict[str, Any]], role: str) -> list[str]:
    return [n["name"] for n in nodes if n["role"] == role]


# -- the tests -----------------------------------------------------------------------------


def test_home_and_every_page_are_reached_named_and_left(run: Any) -> None:
    reader = run()
    reader.find("push button", "Start now: *", timeout=WAIT)
    check_screen(reader, "home")
    check_focus(reader, "home")
    for button, marker, back in (
        ("History of your sessions", ("label", "*"), "Back"),
        ("Help: why these practices help", ("label", "Explanation"), "Back"),
        ("If you need urgent help", ("label", "People you can call"), "Back"),
    ):
        reader.press("push button", button)
        reader.find("push button", back)
        if marker[1] != "*":
            reader.find(*marker)
        check_screen(reader, button)
        check_focus(reader, button)
        reader.press("push button", back)
        reader.find("push button", "Start now: *")

    # Settings: every section is switched by pressing it, and Close leaves
    reader.press("push button", "Settings")
    reader.find("dialog", "breathe settings")
    for section in (
        "Practice",
        "Voice & sound",
        "Look",
        "Privacy & history",
        "Reminders",
        "Crisis contacts",
        "Backup",
    ):
        reader.ask("act", role="radio button", name=section, action="Toggle")
        reader.find("label", section)  # the section's heading shows
        nodes = check_screen(reader, f"Settings, {section}")
        pressed = [n for n in nodes if n["role"] == "radio button" and n["name"] == section]
        assert pressed and "checked" in pressed[0]["states"], section
    reader.press("push button", "Close settings")
    reader.gone("dialog", "breathe settings")

    # About, one step from Help
    reader.press("push button", "Help: why these practices help")
    reader.press("push button", "About breathe: version, your data, licences")
    reader.find("dialog", "About breathe")
    check_screen(reader, "About")
    reader.press("push button", "Close")
    reader.gone("dialog", "About breathe")
    reader.press("push button", "Back")

    # the pain map, from muscle relaxation's options
    reader.ask("act", role="check box", name="Customise Relax muscles", action="Toggle")
    reader.find("push button", "Edit pain map")
    check_screen(reader, "muscle relaxation's options")
    reader.press("push button", "Edit pain map")
    reader.find("check box", "Flare day, release only")
    nodes = check_screen(reader, "pain map")
    areas = [n for n in nodes if n["role"] == "combo box"]
    assert len(areas) == 16 and all(len(n["labelled_by"]) == 1 for n in areas)
    reader.press("push button", "Back")
    reader.find("push button", "Start now: *")


def test_a_session_is_heard_as_it_goes(run: Any) -> None:
    reader = run("start", "box")
    reader.find("progress bar", "Session progress", timeout=WAIT)
    focus = check_focus(reader, "the session's start")
    assert focus["name"] == "Paced breathing session" and "Running." in focus["description"]
    nodes = check_screen(reader, "a session")
    reader.press("push button", "Rate how you feel first (optional)")  # the lead-in's offer
    reader.find("radio button", "Stress 0 of 10")
    nodes = check_screen(reader, "a session's before-ratings")
    numbers = [n for n in nodes if n["name"].startswith("Stress ") and n["name"].endswith(" of 10")]
    assert len(numbers) == 11 and {n["role"] for n in numbers} == {"radio button"}

    assert "Get comfortable" in named(nodes, "label")  # the first words, as the page opens
    reader.ask("pump", seconds=8.0)  # the lead-in (3 s), a breath in (4 s), then a hold
    heard = reader.events()
    said = [e["data"] for e in heard if e["type"] == "object:announcement"]
    assert "Breathe in" in said and "Hold" in said, said
    counted = [
        e["name"]
        for e in heard
        if e["type"].startswith("object:property-change:accessible-name")
        and e["name"].endswith(("second left", "seconds left"))
    ]
    assert len(set(counted)) >= 2, "the countdown's seconds never reached the reader"
    progress = reader.find("progress bar", "Session progress")
    assert progress["value"] is not None and progress["value"] >= 1

    reader.press("push button", "Pause")
    resume = reader.find("push button", "Resume")
    assert resume is not None
    reader.ask("pump", seconds=0.5)
    said = [e["data"] for e in reader.events() if e["type"] == "object:announcement"]
    assert any(s and s.startswith("Paused") for s in said), said
    page = [n for n in reader.tree() if n["name"] == "Paced breathing session"]
    assert page and page[0]["description"].startswith("Paused.")

    reader.press("push button", "Stop the session")
    reader.find("push button", "Done", timeout=WAIT)
    nodes = check_screen(reader, "the summary")
    after = [n for n in nodes if n["name"].startswith("Stress now ")]
    assert len(after) == 11 and {n["role"] for n in after} == {"radio button"}
    reader.press("push button", "Done")
    reader.find("push button", "Start now: *", timeout=WAIT)


@pytest.mark.parametrize(
    ("practice", "first"), [("grounding", "Next"), ("relaxation", "Stop the session")]
)
def test_a_card_or_the_body_map_is_read_and_left(run: Any, practice: str, first: str) -> None:
    reader = run("start", practice)
    reader.find("push button", first, timeout=WAIT)
    check_focus(reader, f"a {practice} session")
    check_screen(reader, f"a {practice} session")
    reader.press("push button", "Stop the session")
    reader.find("push button", "Done", timeout=WAIT)
    check_screen(reader, f"the {practice} summary")
    reader.press("push button", "Done")
    reader.find("push button", "Start now: *", timeout=WAIT)


def test_options_are_labelled_and_a_problem_is_heard(run: Any) -> None:
    reader = run()
    reader.find("push button", "Start now: *", timeout=WAIT)
    reader.ask("act", role="check box", name="Customise Breathe", action="Toggle")
    unit = reader.find("combo box", "minutes")
    assert unit["labelled_by"] == ["Length"]
    rhythm = reader.find("combo box", "Coherent")
    assert rhythm["labelled_by"] == ["Rhythm"]
    check_screen(reader, "breathing's options")
    reader.ask("act", role="check box", name="Customise Ground 3-3-3", action="Toggle")
    reader.find("combo box", "3-3-3")
    check_screen(reader, "grounding's options")

    # a contact without a number: the problem is its label's name, and it is said
    reader.press("push button", "Settings")
    reader.find("dialog", "breathe settings")
    reader.ask("act", role="radio button", name="Crisis contacts", action="Toggle")
    reader.ask("text", role="text", name="Name", text="Sam")
    reader.events()
    reader.press("push button", "Add this contact")
    problem = "Add both a name and a number, so the contact can be called."
    reader.find("label", problem)
    reader.ask("pump", seconds=0.5)
    said = [e["data"] for e in reader.events() if e["type"] == "object:announcement"]
    assert problem in said
    check_screen(reader, "a contact's problem")
    reader.press("push button", "Close settings")
