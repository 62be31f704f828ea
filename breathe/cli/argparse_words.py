"""argparse's own words in the person's language, for as long as the command line parses.

argparse writes a few words of its own: ``usage:``, the help's headings (``positional
arguments``, ``options``), the help of ``-h`` and ``--version``, and the problems it finds
(``the following arguments are required: PRACTICE``, ``argument --bpm: expected one
argument``, ``invalid choice: ...``). It looks each one up at the moment it needs it,
through two names of its own module, ``_`` and ``ngettext`` (the standard library's
gettext, which knows nothing of breathe's catalogue), and has no other hook for it.

``in_language`` points those two names at breathe's catalogue while the command line builds
its parser and parses the words, and puts argparse's own back afterwards, also when the
parser exits for ``--help`` or ``--version``: the app a command opens, and anything else in
the process, finds argparse as it was. Parsing happens before any thread starts.

The catalogue holds argparse's texts because ``ARGPARSE_TEXTS`` lists them. Python 3.10 to 3.14 word
a few of them differently (3.13 made the headings' colon translatable, 3.14 suggests the
nearest choice), so each variant is listed; a text a later Python adds stays English until
it is listed here. ``OUR_WORDS`` puts breathe's own wording in place of argparse's where the
command line always had its own ("unknown option"). argparse's "%(prog)s: error:" line is
not listed: breathe's parser writes its own one-line error (``OneLineParser.error``).
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager

from breathe.language import N_, gettext, ngettext

# Translators: argparse's words (Python's command-line parser); keep %s, %r, %(name)s and
# %(name)r as they are. %(heading)s is a heading of `breathe --help`, %(argument_name)s an
# option such as --bpm, %(value)r what the person typed; "usage: " ends with a space
ARGPARSE_TEXTS = (
    N_("usage: "),
    N_("positional arguments"),
    N_("options"),
    N_("%(heading)s:"),
    N_("show this help message and exit"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("the following arguments are required: %s"),
    N_("one of the arguments %s is required"),
    N_("not allowed with argument %s"),
    N_("expected one argument"),
    N_("expected at most one argument"),
    N_("expected at least one argument"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("ignored explicit argument %r"),
    N_("invalid %(type)s value: %(value)r"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("invalid choice: %(value)r, maybe you meant %(closest)r? (choose from %(choices)s)"),
    N_("unknown parser %(parser_name)r (choices: %(choices)s)"),
)
#: argparse's text -> breathe's own words for it
OUR_WORDS = {
    # Translators: an option the command does not have, e.g. "unknown option: --wat"
    "unrecognized arguments: %s": N_("unknown option: %s"),
}


def _gettext(message: str | None) -> str | None:
    # argparse also asks for a text it may not have (a missing description is None)
    if message is None:
        return None
    return gettext(OUR_WORDS.get(message, message))


@contextmanager
def in_language() -> Iterator[None]:
    """argparse speaks the language in force (``breathe.language``) inside this block."""
    kept = {name: getattr(argparse, name) for name in ("_", "ngettext")}
    setattr(argparse, "_", _gettext)  # noqa: B010 - a name mypy's stubs do not declare
    setattr(argparse, "ngettext", ngettext)  # noqa: B010
    try:
        yield
    finally:
        for name, found in kept.items():
            setattr(argparse, name, found)
