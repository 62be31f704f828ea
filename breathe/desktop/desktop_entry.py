"""Put breathe in the desktop's app menu (and, if asked, start it at login), this user only.

Follows the freedesktop specs: the entry goes to ``$XDG_DATA_HOME/applications``, the icon to
``$XDG_DATA_HOME/icons/hicolor/<size>/apps``, the programme file type
(``application/x-breathe-programme``, ``*.breathe-programme``) to
``$XDG_DATA_HOME/mime/packages`` and the login entry to ``$XDG_CONFIG_HOME/autostart``.
Exec lines name the running ``breathe`` by absolute path, so the menu (and a double-click on
a programme file) starts this very installation (a venv, pipx, a source checkout). No Qt here.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from breathe.paths import APP_ID, asset

log = logging.getLogger(__name__)

DESKTOP_FILE = f"{APP_ID}.desktop"
MIME_FILE = f"{APP_ID}.xml"
#: an Exec line's file and URL field codes, passed to the launcher as they are
FIELD_CODES = ("%f", "%F", "%u", "%U")
ICON_SIZES = (16, 32, 48, 64, 128, 256, 512)
#: systems whose desktops read freedesktop entries
XDG_PLATFORMS = ("linux", "freebsd", "openbsd", "netbsd", "dragonfly")
#: characters that make an Exec argument need quotes (Desktop Entry spec, "The Exec key")
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")
_ESCAPE_IN_QUOTES = set('"`$\\')
NOT_NEEDED = "breathe's app-menu entry is for Linux desktops; on this system it isn't needed."


class DesktopEntryError(ValueError):
    """breathe cannot be described by a desktop entry (the message says why)."""


def _xdg_home(variable: str, fallback: str) -> Path:
    # The spec: unset, empty or relative values are ignored in favour of the default.
    value = os.environ.get(variable, "")
    if value and Path(value).is_absolute():
        return Path(value)
    return Path.home() / fallback


def data_home() -> Path:
    """``$XDG_DATA_HOME``, else ``~/.local/share``."""
    return _xdg_home("XDG_DATA_HOME", ".local/share")


def config_home() -> Path:
    """``$XDG_CONFIG_HOME``, else ``~/.config``."""
    return _xdg_home("XDG_CONFIG_HOME", ".config")


def entry_path() -> Path:
    """Where the app-menu entry goes."""
    return data_home() / "applications" / DESKTOP_FILE


def mime_path() -> Path:
    """Where the programme file type goes (shared-mime-info's per-user packages)."""
    return data_home() / "mime" / "packages" / MIME_FILE


def autostart_path() -> Path:
    """Where the start-at-login entry goes."""
    return config_home() / "autostart" / DESKTOP_FILE


def icon_paths() -> dict[Path, Path]:
    """Each shipped icon file -> where it goes in the user's hicolor theme."""
    hicolor = data_home() / "icons" / "hicolor"
    paths = {asset("icons", f"{APP_ID}.svg"): hicolor / "scalable" / "apps" / f"{APP_ID}.svg"}
    for size in ICON_SIZES:
        shipped = asset("icons", f"{APP_ID}-{size}.png")
        paths[shipped] = hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
    return paths


def launcher_command(argv0: str | None = None, executable: str | None = None) -> list[str]:
    """The absolute command that runs this breathe.

    The ``breathe`` script that was run (``argv0``, found on PATH if it is a bare name), or
    else ``<python> -m breathe`` with this interpreter.
    """
    argv0 = sys.argv[0] if argv0 is None else argv0
    executable = sys.executable if executable is None else executable
    # absolute() rather than resolve(): a pipx or distro symlink should stay the one we run
    if Path(argv0).name == "breathe":
        found = argv0 if os.sep in argv0 else shutil.which(argv0)
        if found and Path(found).is_file() and os.access(found, os.X_OK):
            return [str(Path(found).absolute())]
    return [str(Path(executable).absolute()), "-m", "breathe"]


def _check(value: str) -> None:
    if any(ord(c) < 32 or c == "\x7f" for c in value):
        raise DesktopEntryError(
            f"breathe's path {value!r} contains a control character, which a desktop entry "
            "cannot hold; install breathe in a folder with a plain name, e.g. ~/.local"
        )


def _escape_string(value: str) -> str:
    """A desktop entry string value: backslashes doubled (spec, "Possible value types")."""
    _check(value)
    return value.replace("\\", "\\\\")


def exec_value(command: Sequence[str]) -> str:
    """``command`` as the value of an Exec key: quoted where needed, ``%`` doubled."""
    parts = []
    for arg in command:
        _check(arg)
        part = arg.replace("%", "%%")
        if any(c in _RESERVED for c in part) or part == "":
            part = '"' + "".join("\\" + c if c in _ESCAPE_IN_QUOTES else c for c in part) + '"'
        parts.append(part)
    # The whole value is then a string: its backslashes are escaped once more.
    return " ".join(parts).replace("\\", "\\\\")


def render(template: str, command: Sequence[str], *, autostart: bool = False) -> str:
    """The shipped entry with ``breathe`` in Exec/TryExec replaced by ``command``.

    A field code (``%f``: the file a double-click opens) stays as it is. With ``autostart``,
    only the main group is kept (no quick-start actions, no file type, no file to open) and
    the entry says it is enabled for login.
    """
    lines = []
    for line in template.splitlines():
        if autostart and line.startswith("[") and line != "[Desktop Entry]":
            break
        key, _, value = line.partition("=")
        if key == "Exec":
            args = value.split()[1:]
            codes = [a for a in args if a in FIELD_CODES]
            plain = [a for a in args if a not in FIELD_CODES]
            if autostart:
                lines.append("Exec=" + exec_value(command))
            else:
                lines.append("Exec=" + " ".join([exec_value([*command, *plain]), *codes]))
        elif key == "TryExec":
            lines.append("TryExec=" + _escape_string(command[0]))
        elif key in ("Actions", "MimeType") and autostart:
            continue
        else:
            lines.append(line)
    while lines and not lines[-1]:
        lines.pop()
    if autostart:
        lines.append("X-GNOME-Autostart-enabled=true")
    return "\n".join(lines) + "\n"


def _template() -> str:
    return asset("icons", DESKTOP_FILE).read_text(encoding="utf-8")


def _make_dirs(folder: Path) -> None:
    # The XDG spec asks for 0700 on folders it makes us create.
    missing = [p for p in (folder, *folder.parents) if not p.exists()]
    for path in reversed(missing):
        path.mkdir(mode=0o700)


def _write(path: Path, data: bytes) -> None:
    """Write ``path`` atomically (a temp file in the same folder, then a rename)."""
    _make_dirs(path.parent)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        Path(tmp).chmod(0o644)
        Path(tmp).replace(path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _refresh_databases() -> None:
    """Have the desktop read the new file type and entry now (where the tools exist).

    Without them the files still work once the desktop next rebuilds its caches.
    """
    for tool, folder in (
        ("update-mime-database", data_home() / "mime"),
        ("update-desktop-database", data_home() / "applications"),
    ):
        found = shutil.which(tool)
        if found is None or not folder.is_dir():
            continue
        try:
            subprocess.run(
                [found, str(folder)],
                capture_output=True,
                timeout=60,
                check=True,
                stdin=subprocess.DEVNULL,
            )
        except (OSError, subprocess.SubprocessError) as exc:
            log.warning("%s %s did not work: %s", tool, folder, exc)


def _touch_icon_theme() -> None:
    # GTK trusts an icon-theme.cache only while it is newer than its folder.
    hicolor = data_home() / "icons" / "hicolor"
    if hicolor.is_dir():
        os.utime(hicolor)


def _is_xdg(platform: str | None) -> bool:
    return (sys.platform if platform is None else platform).startswith(XDG_PLATFORMS)


def install(*, platform: str | None = None) -> str:
    """Add breathe (its entry and icon) to this user's app menu; returns a one-line message."""
    if not _is_xdg(platform):
        return NOT_NEEDED
    command = launcher_command()
    entry = render(_template(), command)
    for shipped, target in icon_paths().items():
        _write(target, shipped.read_bytes())
    _write(mime_path(), asset("mime", MIME_FILE).read_bytes())
    _write(entry_path(), entry.encode())
    _touch_icon_theme()
    _refresh_databases()
    log.info("installed the desktop entry %s for %s", entry_path(), command)
    return f"Added breathe to your app menu ({entry_path()}); it may take a moment to appear."


def uninstall(*, platform: str | None = None) -> str:
    """Remove exactly the files ``install`` wrote; returns a one-line message."""
    if not _is_xdg(platform):
        return NOT_NEEDED
    removed = 0
    for target in [entry_path(), mime_path(), *icon_paths().values()]:
        if target.is_file():
            target.unlink()
            removed += 1
    _touch_icon_theme()
    _refresh_databases()
    log.info("removed %d desktop entry files", removed)
    if not removed:
        return "breathe was not in your app menu; nothing to remove."
    message = "Removed breathe from your app menu."
    if autostart_enabled():
        message += " It still starts at login until you turn that off in Settings."
    return message


def autostart_enabled() -> bool:
    """Whether breathe's start-at-login entry exists."""
    return autostart_path().is_file()


def set_autostart(on: bool, *, platform: str | None = None) -> str:
    """Start breathe at login (``on``) or not; returns a one-line message."""
    if not _is_xdg(platform):
        return NOT_NEEDED
    path = autostart_path()
    if on:
        _write(path, render(_template(), launcher_command(), autostart=True).encode())
        log.info("breathe starts at login: %s", path)
        return "breathe will open when you log in."
    path.unlink(missing_ok=True)
    log.info("breathe no longer starts at login")
    return "breathe won't open at login."
