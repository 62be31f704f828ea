"""The app-menu entry, its icon and the start-at-login entry, written into a tmp XDG home."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest

from breathe import __version__
from breathe.desktop import desktop_entry
from breathe.desktop.desktop_entry import (
    DESKTOP_FILE,
    NOT_NEEDED,
    DesktopEntryError,
    exec_value,
    launcher_command,
    render,
)
from breathe.paths import APP_ID, asset

VALIDATE = shutil.which("desktop-file-validate")
needs_validator = pytest.mark.skipif(
    VALIDATE is None,
    reason="desktop-file-validate is missing (apt-get install desktop-file-utils; CI has it)",
)


@pytest.fixture
def xdg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    """Point HOME and the XDG folders into tmp_path."""
    dirs = {"home": tmp_path / "home", "data": tmp_path / "data", "config": tmp_path / "config"}
    monkeypatch.setenv("HOME", str(dirs["home"]))
    monkeypatch.setenv("XDG_DATA_HOME", str(dirs["data"]))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(dirs["config"]))
    return dirs


def unquote_exec(value: str) -> list[str]:
    """Split an Exec value the way a desktop launcher does (Desktop Entry spec 1.4)."""
    # 1. string escapes
    text, i, out = value, 0, []
    while i < len(text):
        if text[i] == "\\" and i + 1 < len(text):
            out.append({"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\"}[text[i + 1]])
            i += 2
        else:
            out.append(text[i])
            i += 1
    text = "".join(out)
    # 2. quoting, then 3. %% -> %
    args: list[str] = []
    current: list[str] = []
    quoted = in_arg = False
    i = 0
    while i < len(text):
        c = text[i]
        if quoted:
            if c == "\\":
                current.append(text[i + 1])
                i += 1
            elif c == '"':
                quoted = False
            else:
                current.append(c)
        elif c == '"':
            quoted = in_arg = True
        elif c == " ":
            if in_arg:
                args.append("".join(current))
                current, in_arg = [], False
        else:
            current.append(c)
            in_arg = True
        i += 1
    if in_arg:
        args.append("".join(current))
    return [a.replace("%%", "%") for a in args]


def groups(text: str) -> dict[str, dict[str, str]]:
    """The groups of a desktop entry as {group: {key: value}}."""
    result: dict[str, dict[str, str]] = {}
    group = ""
    for line in text.splitlines():
        if line.startswith("["):
            group = line.strip("[]")
            result[group] = {}
        elif "=" in line and not line.startswith("#"):
            key, _, value = line.partition("=")
            result[group][key] = value
    return result


def tree(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()}


# -- where files go --------------------------------------------------------------------------


def test_xdg_variables_are_honoured(xdg: dict[str, Path]) -> None:
    assert desktop_entry.entry_path() == xdg["data"] / "applications" / DESKTOP_FILE
    assert desktop_entry.autostart_path() == xdg["config"] / "autostart" / DESKTOP_FILE


@pytest.mark.parametrize("value", ["", "relative/share"])
def test_unset_or_relative_xdg_falls_back_to_the_standard_folders(
    xdg: dict[str, Path], monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", value)
    monkeypatch.delenv("XDG_CONFIG_HOME")
    home = xdg["home"]
    assert desktop_entry.entry_path() == home / ".local/share/applications" / DESKTOP_FILE
    assert desktop_entry.autostart_path() == home / ".config/autostart" / DESKTOP_FILE


# -- the command the entry runs ----------------------------------------------------------------


def make_script(folder: Path, name: str = "breathe", mode: int = 0o755) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    script = folder / name
    script.write_text("#!/bin/sh\n")
    script.chmod(mode)
    return script


def test_launcher_is_the_breathe_script_that_ran(tmp_path: Path) -> None:
    script = make_script(tmp_path / "venv bin")
    assert launcher_command(str(script), "/usr/bin/python3") == [str(script)]


def test_a_bare_breathe_is_found_on_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    script = make_script(tmp_path / "bin")
    monkeypatch.setenv("PATH", str(script.parent))
    assert launcher_command("breathe", "/usr/bin/python3") == [str(script)]


def test_a_relative_script_path_is_made_absolute(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    script = make_script(tmp_path / "bin")
    monkeypatch.chdir(tmp_path)
    assert launcher_command("bin/breathe", "python3") == [str(script)]


@pytest.mark.parametrize("case", ["python -m", "not on PATH", "not executable"])
def test_otherwise_the_interpreter_runs_the_module(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, case: str
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    argv0 = {
        "python -m": "/src/breathe/__main__.py",
        "not on PATH": "breathe",
        "not executable": str(make_script(tmp_path / "x", mode=0o644)),
    }[case]
    assert launcher_command(argv0, "/opt/py/bin/python3") == [
        "/opt/py/bin/python3",
        "-m",
        "breathe",
    ]


def test_under_pytest_the_launcher_is_this_python() -> None:
    assert launcher_command() == [str(Path(sys.executable).absolute()), "-m", "breathe"]


@pytest.mark.parametrize(
    "command",
    [
        ["/usr/bin/breathe"],
        ["/home/ana/my apps/bin/breathe", "start", "box"],
        ['/odd/"quoted"/$HOME/`x`/back\\slash/100%/breathe'],
        ["/tmp/it's (mine) & yours; #1 <b>|~*?/breathe", ""],
    ],
)
def test_exec_values_give_back_the_exact_arguments(command: list[str]) -> None:
    assert unquote_exec(exec_value(command)) == command


def test_plain_arguments_stay_unquoted() -> None:
    assert exec_value(["/usr/bin/breathe", "start", "box"]) == "/usr/bin/breathe start box"
    assert exec_value(["/a b/breathe", "50%"]) == '"/a b/breathe" 50%%'


def test_a_control_character_in_the_path_is_refused() -> None:
    with pytest.raises(DesktopEntryError, match="control character"):
        exec_value(["/tmp/new\nline/breathe"])
    with pytest.raises(DesktopEntryError, match="plain name"):
        render("TryExec=breathe\n", ["/tmp/tab\there/breathe"])


@pytest.mark.skipif(shutil.which("gio") is None, reason="gio (libglib2.0-bin) is missing")
def test_a_real_launcher_runs_the_exec_line_with_these_arguments(
    tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    """GLib's own Exec parser (``gio launch``) passes our quoted arguments through intact.

    (No ``%`` here: GLib looks for the program before it expands ``%%``, so it cannot find a
    program whose path holds one; the spec's ``%%`` is still what other launchers need.)
    """
    folder = tmp_path / "it's my $HOME (really)" / '`odd` \\ "dir"'
    folder.mkdir(parents=True)
    listener = socket.socket(socket.AF_UNIX)
    request.addfinalizer(listener.close)
    listener.bind(str(tmp_path / "argv.sock"))
    listener.listen(1)
    listener.settimeout(20)
    script = folder / "breathe"
    script.write_text(
        f"#!{sys.executable}\n"
        "import json, socket, sys\n"
        "s = socket.socket(socket.AF_UNIX)\n"
        f"s.connect({str(tmp_path / 'argv.sock')!r})\n"
        "s.sendall(json.dumps(sys.argv).encode())\n"
        "s.close()\n"
    )
    script.chmod(0o755)
    entry = tmp_path / DESKTOP_FILE
    command = launcher_command(str(script))
    template = asset("icons", DESKTOP_FILE).read_text()
    entry.write_text(
        render(template.replace("Exec=breathe --open %f\n", "Exec=breathe start box\n"), command)
    )
    subprocess.run(["gio", "launch", str(entry)], check=True, timeout=20, capture_output=True)
    connection, _ = listener.accept()
    with connection:
        connection.settimeout(20)
        data = b""
        while chunk := connection.recv(4096):
            data += chunk
    assert json.loads(data) == [str(script), "start", "box"]


# -- the shipped entry ---------------------------------------------------------------------------


@needs_validator
def test_the_shipped_template_is_valid() -> None:
    result = subprocess.run(
        [VALIDATE, str(asset("icons", DESKTOP_FILE))], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == "", result.stdout  # not even a hint


def test_the_shipped_entry_describes_breathe() -> None:
    main = groups(asset("icons", DESKTOP_FILE).read_text())
    entry = main["Desktop Entry"]
    assert entry["Icon"] == APP_ID
    assert entry["StartupWMClass"] == "breathe"
    assert entry["StartupNotify"] == "true"
    assert "Utility;" in entry["Categories"]
    assert {"breathing", "anxiety", "grounding", "relaxation"} <= set(entry["Keywords"].split(";"))
    names = {main[f"Desktop Action {a}"]["Name"] for a in entry["Actions"].strip(";").split(";")}
    assert names == {"Box breathing", "3-3-3 grounding", "Muscle relaxation"}


def test_a_programme_file_opens_in_breathe() -> None:
    entry = groups(asset("icons", DESKTOP_FILE).read_text())["Desktop Entry"]
    assert entry["MimeType"] == "application/x-breathe-programme;"
    assert unquote_exec(entry["Exec"]) == ["breathe", "--open", "%f"]


def test_the_shipped_file_type_is_programme_files() -> None:
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    root = ElementTree.parse(asset("mime", f"{APP_ID}.xml")).getroot()
    (kind,) = root.findall("m:mime-type", ns)
    assert kind.get("type") == "application/x-breathe-programme"
    assert [g.get("pattern") for g in kind.findall("m:glob", ns)] == ["*.breathe-programme"]
    assert kind.find("m:sub-class-of", ns).get("type") == "application/json"  # type: ignore[union-attr]


@pytest.mark.skipif(
    shutil.which("gio") is None or shutil.which("update-mime-database") is None,
    reason="gio (libglib2.0-bin) or update-mime-database (shared-mime-info) is missing",
)
def test_after_install_the_desktop_opens_programme_files_with_breathe(
    xdg: dict[str, Path], tmp_path: Path
) -> None:
    desktop_entry.install(platform="linux")
    file = tmp_path / "Client A.breathe-programme"
    file.write_text('{"format": "breathe-programme"}', encoding="utf-8")
    env = {**os.environ, "XDG_DATA_DIRS": "/usr/share"}
    info = subprocess.run(
        ["gio", "info", "-a", "standard::content-type", str(file)],
        capture_output=True, text=True, timeout=30, check=True, env=env,
    )  # fmt: skip
    assert "standard::content-type: application/x-breathe-programme" in info.stdout
    handlers = subprocess.run(
        ["gio", "mime", "application/x-breathe-programme"],
        capture_output=True, text=True, timeout=30, check=True, env=env,
    )  # fmt: skip
    default = "Default application for \u201capplication/x-breathe-programme\u201d"
    assert f"{default}: {DESKTOP_FILE}" in handlers.stdout


# -- install / uninstall -----------------------------------------------------------------------


def test_install_writes_the_entry_and_every_icon_size(xdg: dict[str, Path]) -> None:
    message = desktop_entry.install(platform="linux")
    entry = xdg["data"] / "applications" / DESKTOP_FILE
    assert str(entry) in message
    assert "\n" not in message
    assert entry.is_file()
    hicolor = xdg["data"] / "icons" / "hicolor"
    assert (hicolor / "scalable/apps" / f"{APP_ID}.svg").read_bytes() == asset(
        "icons", f"{APP_ID}.svg"
    ).read_bytes()
    for size in (16, 32, 48, 64, 128, 256, 512):
        png = hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert oct(entry.stat().st_mode & 0o777) == "0o644"
    assert not list(entry.parent.glob(".*"))  # no temp file left behind


@needs_validator
def test_the_installed_entry_is_valid(xdg: dict[str, Path]) -> None:
    desktop_entry.install(platform="linux")
    result = subprocess.run(
        [VALIDATE, str(desktop_entry.entry_path())], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


def run_exec(value: str, *extra: str) -> subprocess.CompletedProcess[str]:
    """Run an Exec line as a launcher does with no file: its ``%f`` is left out."""
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    argv = [*(a for a in unquote_exec(value) if a != "%f"), *extra]
    return subprocess.run(argv, capture_output=True, text=True, timeout=60, check=False, env=env)


def test_installed_exec_lines_run_this_breathe(xdg: dict[str, Path]) -> None:
    desktop_entry.install(platform="linux")
    entry = groups(desktop_entry.entry_path().read_text())
    main = entry["Desktop Entry"]
    assert Path(main["TryExec"]).is_absolute()
    assert run_exec(main["Exec"], "--version").stdout.strip() == f"breathe {__version__}"
    expected = {
        "box": ("breathing", "box"),
        "grounding": ("grounding", None),
        "relaxation": ("relaxation", None),
    }
    for action, (practice, preset) in expected.items():
        argv = unquote_exec(entry[f"Desktop Action {action}"]["Exec"])
        assert argv[-2:] == ["start", action]
        # Same command, but "plan" prints what "start" would open, without a window.
        planned = run_exec(exec_value([*argv[:-2], "plan", action]), "--json")
        assert planned.returncode == 0, planned.stderr
        plan = json.loads(planned.stdout)
        assert (plan["practice"], plan["preset"]) == (practice, preset)


def test_uninstall_removes_exactly_what_install_wrote(xdg: dict[str, Path]) -> None:
    # Other apps' files share these folders and must survive.
    others = [
        xdg["data"] / "applications" / "org.example.Other.desktop",
        xdg["data"] / "icons/hicolor/48x48/apps/org.example.Other.png",
        xdg["data"] / "icons/hicolor/index.theme",
    ]
    for path in others:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("theirs")
    before = tree(xdg["data"])
    desktop_entry.install(platform="linux")
    ours = {
        f"applications/{DESKTOP_FILE}",
        f"mime/packages/{APP_ID}.xml",
        f"icons/hicolor/scalable/apps/{APP_ID}.svg",
        *(f"icons/hicolor/{s}x{s}/apps/{APP_ID}.png" for s in (16, 32, 48, 64, 128, 256, 512)),
    }
    assert ours <= tree(xdg["data"]) - before  # and the desktop's own caches, made afresh
    assert desktop_entry.uninstall(platform="linux") == "Removed breathe from your app menu."
    assert not ours & tree(xdg["data"])
    assert before <= tree(xdg["data"])
    assert all(p.read_text() == "theirs" for p in others)
    # the desktop's caches, made again, no longer know breathe's file type
    for cache in (xdg["data"] / "mime" / "globs2", xdg["data"] / "applications/mimeinfo.cache"):
        assert not cache.exists() or "breathe" not in cache.read_text()


def test_uninstall_when_nothing_is_installed(xdg: dict[str, Path]) -> None:
    assert desktop_entry.uninstall(platform="linux") == (
        "breathe was not in your app menu; nothing to remove."
    )
    assert not xdg["data"].exists()


def test_uninstall_mentions_a_login_start_that_stays(xdg: dict[str, Path]) -> None:
    desktop_entry.install(platform="linux")
    desktop_entry.set_autostart(True, platform="linux")
    message = desktop_entry.uninstall(platform="linux")
    assert "still starts at login" in message
    assert desktop_entry.autostart_enabled()


def test_install_twice_replaces_the_entry(xdg: dict[str, Path]) -> None:
    desktop_entry.install(platform="linux")
    desktop_entry.entry_path().write_text("stale")
    desktop_entry.install(platform="linux")
    assert "Exec=" in desktop_entry.entry_path().read_text()


def test_created_folders_are_private(xdg: dict[str, Path]) -> None:
    desktop_entry.install(platform="linux")
    assert oct(xdg["data"].stat().st_mode & 0o777) == "0o700"
    assert oct((xdg["data"] / "applications").stat().st_mode & 0o777) == "0o700"


def test_the_icon_theme_folder_is_touched_so_caches_refresh(xdg: dict[str, Path]) -> None:
    hicolor = xdg["data"] / "icons" / "hicolor"
    hicolor.mkdir(parents=True)
    os.utime(hicolor, (1_000_000, 1_000_000))
    desktop_entry.install(platform="linux")
    assert hicolor.stat().st_mtime > 1_000_000


def test_a_failed_write_leaves_no_temp_file(xdg: dict[str, Path]) -> None:
    blocker = desktop_entry.entry_path()
    blocker.mkdir(parents=True)  # a folder where the file should go: the rename fails
    with pytest.raises(OSError):
        desktop_entry.install(platform="linux")
    assert [p.name for p in blocker.parent.iterdir()] == [DESKTOP_FILE]


@pytest.mark.parametrize("platform", ["win32", "darwin"])
def test_other_systems_are_told_it_is_not_needed(xdg: dict[str, Path], platform: str) -> None:
    assert desktop_entry.install(platform=platform) == NOT_NEEDED
    assert desktop_entry.uninstall(platform=platform) == NOT_NEEDED
    assert desktop_entry.set_autostart(True, platform=platform) == NOT_NEEDED
    assert not xdg["data"].exists()
    assert not xdg["config"].exists()


def test_this_system_is_a_freedesktop_one() -> None:
    assert (desktop_entry.install() == NOT_NEEDED) != sys.platform.startswith("linux")


# -- start at login ----------------------------------------------------------------------------


def test_autostart_on_then_off(xdg: dict[str, Path]) -> None:
    assert not desktop_entry.autostart_enabled()
    assert (
        desktop_entry.set_autostart(True, platform="linux") == "breathe will open when you log in."
    )
    path = xdg["config"] / "autostart" / DESKTOP_FILE
    entry = groups(path.read_text())
    assert list(entry) == ["Desktop Entry"]  # no quick-start actions at login
    main = entry["Desktop Entry"]
    assert unquote_exec(main["Exec"]) == launcher_command()  # just breathe, no session
    assert main["X-GNOME-Autostart-enabled"] == "true"
    assert "Actions" not in main
    assert "MimeType" not in main  # a login start opens no file
    assert desktop_entry.autostart_enabled()
    assert desktop_entry.set_autostart(False, platform="linux") == "breathe won't open at login."
    assert not path.exists()
    assert not desktop_entry.autostart_enabled()
    desktop_entry.set_autostart(False, platform="linux")  # already off: still fine


@needs_validator
def test_the_autostart_entry_is_valid(xdg: dict[str, Path]) -> None:
    desktop_entry.set_autostart(True, platform="linux")
    result = subprocess.run(
        [VALIDATE, str(desktop_entry.autostart_path())], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
