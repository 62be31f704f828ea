"""The liveness lock of a running session: an OS lock its process holds for the session's life.

The lock file is ``data/locks/<id>.lock``. The OS drops the lock when the process ends in
any way (exit, crash, SIGKILL, power loss), so a ``running`` row whose lock anyone can take
belongs to a process that is gone.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import sys
from pathlib import Path

from breathe.paths import ensure_private_dir

log = logging.getLogger(__name__)

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)


_PLAIN_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9-]{0,63}")


def lock_path(folder: Path, session_id: str) -> Path:
    """``<folder>/<id>.lock``; an id that is not a plain name (an import) is hashed."""
    if _PLAIN_ID.fullmatch(session_id):
        name = session_id
    else:
        import hashlib  # rare (imported rows), and it loads OpenSSL: ~3 MiB of memory

        name = "h-" + hashlib.sha256(session_id.encode()).hexdigest()[:32]
    return folder / f"{name}.lock"


def _open_locked(path: Path) -> int:
    """Open (creating, 0600) and lock ``path``; raises ``OSError`` if someone holds it."""
    ensure_private_dir(path.parent)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        _try_lock(fd)
    except OSError:
        os.close(fd)
        raise
    return fd


class SessionLock:
    """Held while a session runs in this process; ``release`` when it ends."""

    def __init__(self, path: Path, fd: int) -> None:
        self.path = path
        self._fd: int | None = fd

    @classmethod
    def take(cls, folder: Path, session_id: str) -> SessionLock:
        """Take the lock of ``session_id`` (it records our pid for a curious human).

        Raises:
            OSError: it could not be created, or another open file holds it.
        """
        path = lock_path(folder, session_id)
        fd = _open_locked(path)
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        return cls(path, fd)

    def release(self) -> None:
        """Let go and remove the file (a second call does nothing)."""
        if self._fd is None:
            return
        os.close(self._fd)
        self._fd = None
        with contextlib.suppress(OSError):  # someone who found it free removed it first
            self.path.unlink()


def claim_if_abandoned(folder: Path, session_id: str) -> bool:
    """True when no one holds the lock of ``session_id``: its process is gone.

    The stale lock file is then removed. When the lock cannot be checked at all (the
    folder cannot be made), this says False and logs why: better a row left ``running``
    than a live session called interrupted.
    """
    path = lock_path(folder, session_id)
    try:
        fd = _open_locked(path)
    except BlockingIOError:
        return False
    except OSError as exc:
        log.warning("cannot check the lock of session %s: %s", session_id, exc)
        return False
    os.close(fd)
    with contextlib.suppress(OSError):
        path.unlink()
    return True
