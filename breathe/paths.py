"""Where breathe keeps its files: the only module that knows.

Without ``BREATHE_HOME`` the platformdirs locations for app name ``breathe`` are used;
with it, everything lives in ``data/``, ``config/``, ``cache/`` and ``log/`` under it.
"""

from __future__ import annotations

import contextlib
import os
import stat
import zlib
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "breathe"
APP_ID = "io.github.breathe_desktop.Breathe"


@dataclass(frozen=True)
class Locations:
    """The four folders breathe writes to."""

    data: Path
    config: Path
    cache: Path
    log: Path

    @property
    def database(self) -> Path:
        return self.data / "history.sqlite3"

    @property
    def settings(self) -> Path:
        return self.config / "settings.json"

    @property
    def log_file(self) -> Path:
        return self.log / "breathe.log"

    @property
    def speech_cache(self) -> Path:
        return self.cache / "speech"

    def ensure(self) -> None:
        """Create the folders, readable by the user only."""
        for folder in (self.data, self.config, self.cache, self.log):
            ensure_private_dir(folder)

    def instance_key(self) -> str:
        """A name for the single-instance socket, unique to the resolved data folder.

        A CRC-32 is plenty to tell one person's data folders apart, and unlike
        ``hashlib`` it loads no OpenSSL (~9 ms) before the first window.
        """
        return f"breathe-{zlib.crc32(str(self.data.resolve()).encode()):08x}"


def file_kind(mode: int) -> str:
    """What a ``stat`` mode is, in words: "a FIFO", "a character device"..."""
    for test, kind in (
        (stat.S_ISREG, "a regular file"),
        (stat.S_ISDIR, "a folder"),
        (stat.S_ISFIFO, "a FIFO"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
    ):
        if test(mode):
            return kind
    return "not a file"


def ensure_private_dir(folder: Path) -> None:
    """Create ``folder`` (and parents) with user-only permissions."""
    missing = [p for p in (folder, *folder.parents) if not p.exists()]
    for new in reversed(missing):  # every folder breathe creates is user-only
        new.mkdir(exist_ok=True, mode=0o700)
    if folder.is_dir():  # a regular file in its place is the caller's error, left as it is
        with contextlib.suppress(OSError):  # e.g. a folder owned by someone else
            folder.chmod(0o700)


def locations() -> Locations:
    """The locations in force now (reads ``BREATHE_HOME`` each time)."""
    home = os.environ.get("BREATHE_HOME")
    if home:
        root = Path(home).expanduser()
        return Locations(root / "data", root / "config", root / "cache", root / "log")
    import platformdirs  # imported late: it is only needed without BREATHE_HOME

    dirs = platformdirs.PlatformDirs(APP_NAME, appauthor=False)
    return Locations(
        Path(dirs.user_data_dir),
        Path(dirs.user_config_dir),
        Path(dirs.user_cache_dir),
        Path(dirs.user_log_dir),
    )


def assets_dir() -> Path:
    """The shipped ``assets/`` folder: inside the installed package, else the source tree's."""
    package = Path(__file__).resolve().parent  # breathe is installed as files, never zipped
    packaged = package / "assets"
    if packaged.is_dir():
        return packaged
    return package.parent / "assets"


def asset(*parts: str) -> Path:
    """Path to one shipped asset, e.g. ``asset("explainers", "overview.md")``."""
    return assets_dir().joinpath(*parts)
