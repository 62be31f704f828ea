"""The one line a person reads about folders breathe cannot use, and what goes without them.

``Locations.ensure`` returns the folders it could not make (a file in the way, a path too
long, no permission...); breathe runs without them. This says so once, in the person's
language, on stderr and in the window's banner.
"""

from __future__ import annotations

import os

from breathe.language import N_, gettext

#: what breathe goes without when a folder cannot be used
WITHOUT = {
    "data": N_("your sessions are not saved"),
    "locks": N_("a session cut short by a crash may stay marked as running"),
    "config": N_("changed settings are not kept"),
    "cache": N_("speech is rendered again each time"),
    "log": N_("there is no log"),
}


def unusable_line(unusable: dict[str, OSError]) -> str | None:
    """One line for the person about folders breathe cannot use, or None when all are fine.

    Folders that fail for one reason (``BREATHE_HOME`` is a file) are named once.
    """
    if not unusable:
        return None
    causes: dict[str, list[str]] = {}  # reason: the paths it stops
    for exc in unusable.values():
        where = exc.filename if isinstance(exc.filename, str) else "?"
        causes.setdefault(exc.strerror or str(exc), []).append(where)
    # one reason for several folders (BREATHE_HOME is a file, or too long): named once
    said = [f"{_common(where)} ({reason})" for reason, where in causes.items()]
    missing = [gettext(WITHOUT[name]) for name in unusable]
    # Translators: {where} names folders (and why); {without} lists what breathe goes without
    line = gettext("Cannot use {where}: {without}.")
    return line.format(where="; ".join(said), without=", ".join(missing))


def _common(paths: list[str]) -> str:
    try:
        return os.path.commonpath(paths) if len(paths) > 1 else paths[0]
    except ValueError:  # on different drives
        return ", ".join(paths)
