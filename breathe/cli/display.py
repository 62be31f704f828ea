"""Is there an X server at ``$DISPLAY``? Qt aborts the process (status 134) when there is
not, so ``breathe`` asks first and says so in one line.

A connection to the server's socket is all it takes (about 0.1 ms); the X protocol itself
is not spoken, so a server that refuses us (a wrong ``XAUTHORITY``) still reaches Qt.
``_socket`` is the C half of the ``socket`` module: the Python half and the ``selectors``
it loads cost tens of milliseconds before the first window, for one connect.
"""

from __future__ import annotations

import _socket
import re
from typing import Any

#: how long a remote X server (ssh -X, ``host:0``) may take to accept a connection
CONNECT_SECONDS = 2.0
#: DISPLAY is [host]:number[.screen]; "unix" or nothing as the host means this computer
_DISPLAY = re.compile(r"(?P<host>[^:]*):(?P<number>\d+)(?:\.\d+)?")
_X_PORT = 6000


def x_server_problem(display: str) -> str | None:
    """A line saying no X server answers at ``display``, or None when one does (or when
    the name is one this check does not know, such as macOS's launchd paths)."""
    match = _DISPLAY.fullmatch(display)
    if match is None or display.startswith("/"):
        return None
    host, number = match["host"], int(match["number"])
    if host in ("", "unix"):
        # Linux X servers listen on an abstract socket as well as the file
        where = [f"\0/tmp/.X11-unix/X{number}", f"/tmp/.X11-unix/X{number}"]
        if any(_reaches(_socket.AF_UNIX, address) for address in where):
            return None
    elif _reaches_host(host, _X_PORT + number):
        return None
    return (
        f"breathe cannot open a window: no X server answers at DISPLAY={display} "
        "(start breathe from your desktop, or set QT_QPA_PLATFORM=offscreen for a test run)"
    )


def _reaches(family: int, address: str | tuple[Any, ...]) -> bool:
    sock = _socket.socket(family, _socket.SOCK_STREAM)
    try:
        sock.settimeout(CONNECT_SECONDS)
        sock.connect(address)
    except OSError:
        return False
    finally:
        sock.close()
    return True


def _reaches_host(host: str, port: int) -> bool:
    try:
        found = _socket.getaddrinfo(host, port, 0, _socket.SOCK_STREAM)
    except OSError:
        return False
    return any(_reaches(family, address) for family, _, _, _, address in found)
