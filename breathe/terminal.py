"""Text meant for a terminal: printable, on the lines it means to be, never too long to read.

Text a person typed, or a file they imported, may hold escape sequences that retitle or
recolour a terminal, a line break that would break a one-line message, or a right-to-left
override that makes a line read differently from what it says. Everything breathe prints
for people (tables, error lines, notices) passes through here, so such characters are
shown escaped (``\\x1b``, ``\\n``, ``\\u202e``) and do nothing. A value echoed back in an
error line is cut to ``ECHO`` characters.
"""

from __future__ import annotations

import re

#: the longest run of one value (no space in it) an error line repeats back
ECHO = 200
#: the longest error line; longer ones keep their start and their end (the example)
LINE = 1000

_LONG_RUN = re.compile(rf"\S{{{ECHO + 1},}}")


def printable(text: str) -> str:
    """``text`` with every character that is not printable written as its escape."""
    if text.isprintable():  # nearly always: no copy, no per-character work
        return text
    return "".join(c if c.isprintable() else _escape(c) for c in text)


def _escape(char: str) -> str:
    return char.encode("unicode_escape").decode("ascii")


def one_line(text: str) -> str:
    """``text`` as one printable line, each value in it cut to ``ECHO`` characters."""
    line = _LONG_RUN.sub(lambda m: m[0][: ECHO - 3] + "...", printable(text))
    if len(line) <= LINE:
        return line
    return line[: LINE - 203] + " ... " + line[-198:]
