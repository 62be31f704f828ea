"""breathe opens no network connection, ever: a whole session with IP sockets forbidden.

The child runs breathe behind a guard that refuses (and writes down) every Python IP
socket and name lookup; local sockets (the single-instance socket, D-Bus, audio) work.
Where ``strace`` exists, the whole process tree is traced too, which also sees what Qt,
espeak-ng and the audio client do in C: no AF_INET or AF_INET6 socket may appear at all.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

from tests.integration.conftest import child_env, messages, read_rows

GUARD = r"""
import socket, sys

attempts = sys.argv[1]


def note(what):
    with open(attempts, "a", encoding="utf-8") as f:
        f.write(what + "\n")


class GuardedSocket(socket.socket):
    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        ip = family in (socket.AF_INET, socket.AF_INET6) or (family == -1 and fileno is None)
        if ip:
            note(f"socket family={family}")
            raise PermissionError("IP sockets are forbidden in this test")
        super().__init__(family, type, proto, fileno)


def guarded_getaddrinfo(host, *args, **kwargs):
    note(f"getaddrinfo {host!r}")
    raise socket.gaierror(socket.EAI_FAIL, "name lookups are forbidden in this test")


socket.socket = GuardedSocket
socket.getaddrinfo = guarded_getaddrinfo
sys.argv = ["breathe", *sys.argv[2:]]
from breathe.cli.main import main

sys.exit(main())
"""

# 3 s intro, two 2 s breaths, a short outro: a complete session in about 11 s
SESSION = ["start", "breathing", "--bpm", "30", "--cycles", "2", "--voice", "--quit-at-end"]


def test_a_full_session_opens_no_network_connection(tmp_path: Path) -> None:
    attempts = tmp_path / "attempts.txt"
    trace = tmp_path / "trace.txt"
    command = [sys.executable, "-c", GUARD, str(attempts), *SESSION]
    strace = shutil.which("strace")
    if strace:
        calls = "socket,connect,bind,sendto,sendmsg"
        command = [strace, "-f", "-qq", "-e", f"trace={calls}", "-e", "signal=none",
                   "-o", str(trace), *command]  # fmt: skip
    done = subprocess.run(
        command, env=child_env(), capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    assert messages(done.stderr) == []
    assert not attempts.exists(), attempts.read_text(encoding="utf-8")
    rows = read_rows()
    assert [r["status"] for r in rows] == ["completed"]
    if strace:
        syscalls = trace.read_text(encoding="utf-8")
        assert "AF_UNIX" in syscalls  # the trace works: the local socket is in it
        assert not re.findall(r".*AF_INET6?\b.*", syscalls)
