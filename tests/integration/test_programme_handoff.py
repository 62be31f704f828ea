"""A programme handed from a therapist to a client, as real processes and the whole app.

The therapist exports a programme from their breathe (their own ``BREATHE_HOME``); the
client imports the file into theirs, starts it straight from the file, or opens it the way
a double-click does. A bad file is bad input: exit 2, one line, nothing changed.
"""

from __future__ import annotations

import json
import os
import signal
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from breathe.app.shell import AppShell
from breathe.launch import LaunchRequest
from breathe.store.programmes import Programmes
from breathe.ui.programme_files import ProgrammeOffer
from tests.integration.conftest import App, child_env, messages, run_breathe

PROGRAMME = {
    "format": "breathe-programme",
    "version": 1,
    "name": "Client A",
    "practice": "breathing",
    "options": {"bpm": 30, "minutes": 0.5},
    "voice": False,
    "sounds": False,
}
StartApp = Callable[..., App]


def write(path: Path, data: dict[str, Any]) -> Path:
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def home(tmp_path: Path, who: str) -> dict[str, str]:
    return child_env(BREATHE_HOME=str(tmp_path / who))


def test_exported_by_the_therapist_and_imported_by_the_client(tmp_path: Path) -> None:
    therapist, client = home(tmp_path, "therapist"), home(tmp_path, "client")
    offered = write(tmp_path / "offered.breathe-programme", PROGRAMME)
    assert run_breathe("programmes", "--import", str(offered), env=therapist).returncode == 0
    handed = tmp_path / "for the client.breathe-programme"
    done = run_breathe("programmes", "--export", "client a", "--output", str(handed), env=therapist)
    assert done.returncode == 0, done.stderr
    assert done.stdout == ""
    assert json.loads(handed.read_text(encoding="utf-8")) == PROGRAMME

    listed = run_breathe("programmes", env=client)
    assert listed.returncode == 0 and listed.stdout.startswith("No programmes yet")
    done = run_breathe("programmes", "--import", str(handed), env=client)
    assert done.returncode == 0, done.stderr
    what = "Paced breathing at 30 a minute, 0.5 min · voice off · tones off"
    assert done.stdout == f"Added the programme 'Client A': {what}.\n"
    listed = run_breathe("programmes", env=client)
    assert listed.stdout == f"Client A  {what}\n"
    again = run_breathe("programmes", "--import", str(handed), env=client)
    assert again.stdout == "You already have this programme, as 'Client A'; nothing changed.\n"
    changed = write(tmp_path / "changed.breathe-programme", {**PROGRAMME, "voice": True})
    done = run_breathe("programmes", "--import", str(changed), env=client)
    assert done.stdout.splitlines() == [
        f"Added the programme 'Client A (2)': {what.replace('voice off', 'voice on')}.",
        "(You already had a programme called 'Client A'; it is unchanged.)",
    ]


def test_export_to_the_screen_is_the_file_itself(tmp_path: Path) -> None:
    offered = write(tmp_path / "offered.breathe-programme", PROGRAMME)
    run_breathe("programmes", "--import", str(offered))
    done = run_breathe("programmes", "--export", "Client A")
    assert done.returncode == 0
    assert json.loads(done.stdout) == PROGRAMME


BAD_FILES = [
    (b"{", "is not a programme file (not valid JSON"),
    (json.dumps({**PROGRAMME, "version": 7}).encode(), "was made by a newer breathe"),
    (json.dumps({**PROGRAMME, "name": "a\x1b[2Jb"}).encode(), "control character"),
    (json.dumps({**PROGRAMME, "options": {"minutes": 999}}).encode(), "minutes 999"),
    (json.dumps({**PROGRAMME, "exec": "rm -rf ~"}).encode(), "does not know: 'exec'"),
    (b"[" * 100_000, "too large"),
]


@pytest.mark.parametrize(("content", "naming"), BAD_FILES, ids=[n for _, n in BAD_FILES])
@pytest.mark.parametrize("command", ["import", "start"])
def test_a_bad_file_is_bad_input_and_changes_nothing(
    tmp_path: Path, breathe_home: Path, content: bytes, naming: str, command: str
) -> None:
    good = write(tmp_path / "good.breathe-programme", PROGRAMME)
    assert run_breathe("programmes", "--import", str(good)).returncode == 0
    saved = breathe_home / "config" / "programmes.json"
    before = saved.read_bytes()
    bad = tmp_path / "bad.breathe-programme"
    bad.write_bytes(content)
    args = ["programmes", "--import"] if command == "import" else ["start", "--programme"]
    done = run_breathe(*args, str(bad))
    assert done.returncode == 2
    (line,) = done.stderr.splitlines()
    assert line.startswith(f"breathe: {bad} ")
    assert naming in line and "e.g." in line
    assert "\x1b" not in line  # a file's control characters never reach the terminal
    assert done.stdout == ""
    assert saved.read_bytes() == before
    assert not (breathe_home / "data" / "history.sqlite3").exists()  # no window was opened


@pytest.mark.parametrize(
    ("args", "naming"),
    [
        (["programmes", "--export", "Nobody"], "there is no programme called 'Nobody'"),
        (["programmes", "--output", "x.breathe-programme"], "--output goes with --export"),
        (["programmes", "--export", "a", "--import", "b"], "--export and --import are two"),
        (["programmes", "--import", "/nonexistent.breathe-programme"], "cannot be read"),
        (["programmes", "--import", "/dev/zero"], "is not a file"),
        (["start", "box", "--programme", "x.breathe-programme"], "not both"),
        (["start", "--programme", "x", "--minutes", "3"], "--minutes does not go with"),
        (["start"], "choose a practice"),
    ],
)
def test_programme_commands_refuse_bad_input_in_one_line(args: list[str], naming: str) -> None:
    done = run_breathe(*args)
    assert done.returncode == 2, done.stderr
    (line,) = done.stderr.splitlines()
    assert naming in line and "e.g." in line


def test_help_names_every_programme_command() -> None:
    done = run_breathe("programmes", "--help")
    assert done.returncode == 0
    for words in ("--export NAME", "--output FILE", "--import FILE", "start --programme"):
        assert words in done.stdout
    assert "--programme FILE" in run_breathe("start", "--help").stdout


def test_start_from_a_file_runs_its_programme_and_records_it(
    tmp_path: Path, start_app: StartApp
) -> None:
    file = write(tmp_path / "Client A.breathe-programme", PROGRAMME)
    app = start_app("start", "--programme", str(file))
    row = app.row(lambda r: r["status"] == "running", "the running row")
    assert (row["practice"], row["preset"]) == ("breathing", None)
    assert json.loads(row["options"])["bpm"] == 30
    line = app.log_line("session started")
    assert "'bpm': 30" in line
    assert "Client A" not in app.log_file.read_text(encoding="utf-8")  # the name is not logged
    assert app.end() == 0
    assert not (Path(os.environ["BREATHE_HOME"]) / "config" / "programmes.json").exists()


def test_a_double_click_opens_the_app_offering_the_file(
    tmp_path: Path, start_app: StartApp
) -> None:
    file = write(tmp_path / "Client A.breathe-programme", PROGRAMME)
    first = start_app("--open", str(file))
    first.log_line("offering a programme from a file")
    first.log_line("other launches now come to this window")
    # a second double-click goes to the breathe that is open, with the file's full path
    os.chdir(tmp_path)
    second = run_breathe("--open", file.name)
    assert second.returncode == 0
    assert messages(second.stderr) == ["breathe is already open: passed this on to it."]
    first.log_line("offering a programme from a file")  # once more, in the first process
    log = first.log_file.read_text(encoding="utf-8")
    assert log.count("offering a programme from a file") == 2
    assert "Client A" not in log
    assert first.end(signal.SIGTERM) == 0
    assert not (Path(os.environ["BREATHE_HOME"]) / "config" / "programmes.json").exists()


def test_the_app_adds_a_file_only_once_asked(shell: AppShell, qtbot: QtBot, tmp_path: Path) -> None:
    file = write(tmp_path / "Client A.breathe-programme", {**PROGRAMME, "presenter": True})
    shell.launch(LaunchRequest(open_file=str(file)))
    offer = shell.window.findChild(ProgrammeOffer)
    assert offer is not None and offer.isVisible()
    assert len(Programmes.load()) == 0
    offer.add_button.click()
    assert Programmes.load().names() == ["Client A"]
    assert "Added “Client A” to your programmes" in shell.window.banner.label.text()
    home = shell.window.home
    assert any(a.text().startswith("Client A · ") for a in home.programmes_menu.menu_.actions())


def test_a_bad_file_in_the_app_is_one_calm_line_and_nothing_changes(
    shell: AppShell, qtbot: QtBot, tmp_path: Path
) -> None:
    bad = write(tmp_path / "bad.breathe-programme", {**PROGRAMME, "version": 2})
    shell.launch(LaunchRequest(open_file=str(bad)))
    assert shell.window.findChild(ProgrammeOffer) is None
    text = shell.window.banner.label.text()
    assert text.startswith("That programme file cannot be used: ")
    assert "was made by a newer breathe" in text and text.endswith("Nothing was changed.")
    assert "\n" not in text
    assert len(Programmes.load()) == 0


def test_trying_a_file_starts_it_with_its_own_voice_rate_and_tones(
    shell: AppShell, qtbot: QtBot, tmp_path: Path
) -> None:
    data = {**PROGRAMME, "voice": True, "voice_rate": 120, "sounds": False}
    file = write(tmp_path / "Client A.breathe-programme", data)
    shell.launch(LaunchRequest(open_file=str(file)))
    offer = shell.window.findChild(ProgrammeOffer)
    assert offer is not None
    offer.try_button.click()
    assert shell.session is not None
    setup = shell.session.setup
    assert (setup.voice_on, setup.sounds_on, setup.voice_rate) == (True, False, 120)
    assert shell.session.controller.muted
    assert len(Programmes.load()) == 0  # tried, not added


def test_a_saved_programme_keeps_the_voice_rate_and_tones_it_ran_with(
    shell: AppShell, qtbot: QtBot
) -> None:
    from breathe.ui.programmes_dialog import ProgrammesDialog

    shell.settings.voice, shell.settings.sounds = True, False
    shell.settings.voice_rate = 130
    shell.launch(LaunchRequest(practice="breathing", options={"pattern": "4-6"}))
    shell.end_session()
    shell.pages.show_programmes()
    dialog = shell.window.findChild(ProgrammesDialog)
    assert dialog is not None
    dialog.name.setText("Client A")
    assert dialog.save_current()
    saved = Programmes.load().get("Client A")
    assert saved.session() == {"voice": True, "voice_rate": 130, "sounds": False}
    # so on another computer, whatever its settings, it starts the same
    shell.settings.voice, shell.settings.sounds, shell.settings.voice_rate = False, True, 200
    from breathe.ui.programme_launch import programme_request

    shell.launch(programme_request(saved))
    assert shell.session is not None
    setup = shell.session.setup
    assert (setup.voice_on, setup.sounds_on, setup.voice_rate) == (True, False, 130)


def test_a_grounding_programme_keeps_its_pacing(shell: AppShell) -> None:
    shell.settings.grounding_self_paced = False
    shell.launch(LaunchRequest(practice="grounding"))
    current = shell.pages.current_choice()
    assert current is not None and current.self_paced is False
    assert current.voice_name is None and current.voice_rate is None  # the voice is off
