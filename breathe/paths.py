"""Where breathe keeps its files: the only module that knows.

Without ``BREATHE_HOME`` the platformdirs locations for app name ``breathe`` are used;
with it, everything lives in ``data/``, ``config/``, ``cache/`` and ``log/`` under it.
"""

from __future__ import annotations

import contextlib
import errno
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
    def locks(self) -> Path:
        """Where a running session's liveness lock lives (one small file each)."""
        return self.data / "locks"

    @property
    def settings(self) -> Path:
        return self.config / "settings.json"

    @property
    def log_file(self) -> Path:
        return self.log / "breathe.log"

    @property
    def speech_cache(self) -> Path:
        return self.cache / "speech"

    def ensure(self) -> dict[str, OSError]:
        """Create the folders, readable by the user only; returns those that cannot be used.

        Never raises: a folder that cannot be made (a file in its way, a symlink loop, a
        path too long, no permission...) is returned by name (``data``, ``locks``,
        ``config``, ``cache``, ``log``) with the error, and breathe goes on without it.
        """
        unusable: dict[str, OSError] = {}
        for name, folder in (
            ("data", self.data),
            ("locks", self.locks),
            ("config", self.config),
            ("cache", self.cache),
            ("log", self.log),
        ):
            if name == "locks" and "data" in unusable:
                continue  # said once, for the data folder
            try:
                ensure_private_dir(folder)
            except OSError as exc:
                unusable[name] = exc
        return unusable

    def instance_key(self) -> str:
        """A name for the single-instance socket, unique to the resolved data folder.

        A CRC-32 is plenty to tell one person's data folders apart, and unlike
        ``hashlib`` it loads no OpenSSL (~9 ms) before the first window.
        """
        # realpath, not Path.resolve: a symlink loop there must not stop breathe starting
        return f"breathe-{zlib.crc32(os.path.realpath(self.data).encode()):08x}"


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
    """Create ``folder`` (and parents) with user-only permissions.

    Raises:
        OSError: it cannot be a folder. The error names the path that is in the way (a
            file or FIFO where a folder should be, a symlink loop, a dangling symlink), or
            says what the OS said (a path too long, no permission, a full disk).
    """
    missing: list[Path] = []
    blocked: OSError | None = None
    for path in (folder, *folder.parents):
        try:
            mode = path.stat().st_mode
        except FileNotFoundError:
            if path.is_symlink():
                raise FileNotFoundError(
                    errno.ENOENT, "it is a symlink to something that is not there", str(path)
                ) from None
            missing.append(path)
            continue
        except OSError as exc:
            if exc.errno in (errno.ENOTDIR, errno.ELOOP):  # the cause is further up
                blocked = exc
                continue
            raise
        if not stat.S_ISDIR(mode):
            raise NotADirectoryError(
                errno.ENOTDIR, f"it is {file_kind(mode)}, not a folder", str(path)
            )
        break
    if blocked is not None:
        raise blocked
    for new in reversed(missing):  # every folder breathe creates is user-only
        new.mkdir(exist_ok=True, mode=0o700)
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


def runtime_dir() -> Path:
    """A folder only this user can enter, gone at logout: the single-instance socket lives
    here, and speech rendered for a private session.

    ``$XDG_RUNTIME_DIR`` when it is a folder of this user's that no one else can enter;
    otherwise ``breathe-<uid>`` in the temporary folder, made user-only.

    Raises:
        OSError: neither can be had safely (someone else made ``/tmp/breathe-<uid>``
            first, or it is a symlink): the caller goes without.
    """
    xdg = os.environ.get("XDG_RUNTIME_DIR")
    if xdg and Path(xdg).is_absolute():
        with contextlib.suppress(OSError):  # e.g. another user's, after `su`: fall back
            return _private_folder(Path(xdg), create=False)
    # not tempfile.gettempdir(): the tempfile module costs ~10 ms before the first window
    temp = Path(os.environ.get("TMPDIR") or "/tmp")
    uid = os.getuid() if hasattr(os, "getuid") else None
    return _private_folder(temp / f"{APP_NAME}-{'user' if uid is None else uid}", create=True)


def _private_folder(folder: Path, *, create: bool) -> Path:
    """``folder``, if it is a real folder of this user's that no one else can enter."""
    if create:
        with contextlib.suppress(FileExistsError):
            folder.mkdir(mode=0o700)
    st = os.lstat(folder)  # a symlink planted in its place is refused, never followed
    if not stat.S_ISDIR(st.st_mode):
        kind = "a symlink" if stat.S_ISLNK(st.st_mode) else file_kind(st.st_mode)
        raise NotADirectoryError(errno.ENOTDIR, f"it is {kind}, not a folder", str(folder))
    if hasattr(os, "getuid") and st.st_uid != os.getuid():
        raise PermissionError(errno.EACCES, "it belongs to another user", str(folder))
    if st.st_mode & 0o077:
        if not create:
            raise PermissionError(errno.EACCES, "other users can enter it", str(folder))
        folder.chmod(0o700)
    return folder


def private_temp_dir(purpose: str) -> Path:
    """A new user-only folder for one ``purpose`` (e.g. ``speech``), which the caller
    removes when done; in the runtime folder, else the temporary folder. Folders of that
    purpose left by a breathe that crashed are removed first."""
    import tempfile

    try:
        parent = runtime_dir()
    except OSError:
        parent = Path(tempfile.gettempdir())
    prefix = f"{APP_NAME}-{purpose}-"
    _remove_abandoned(parent, prefix)
    return Path(tempfile.mkdtemp(prefix=f"{prefix}{os.getpid()}-", dir=parent))


def _remove_abandoned(parent: Path, prefix: str) -> None:
    """Remove ``<prefix><pid>-*`` folders of ours whose process is gone (POSIX only: on
    Windows, ``os.kill`` would end the process it asks about)."""
    if not hasattr(os, "getuid"):
        return
    import shutil

    with contextlib.suppress(OSError):
        for entry in os.scandir(parent):
            pid = entry.name[len(prefix) :].partition("-")[0]
            if not (entry.name.startswith(prefix) and pid.isdigit()) or pid == str(os.getpid()):
                continue
            if entry.stat(follow_symlinks=False).st_uid != os.getuid() or _alive(int(pid)):
                continue
            shutil.rmtree(entry.path, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # someone else's process: alive
        return True
    return True
