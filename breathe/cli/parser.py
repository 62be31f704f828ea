"""The command line's grammar: commands, options, and one-line errors with an example.

argparse writes a few words of its own: ``usage:``, the help's headings, the help of
``-h``, and the problems it finds (``the following arguments are required: PRACTICE``,
``argument --bpm: expected one argument``, ``invalid choice: ...``). It looks each one up
when it needs it through two names of its own module, ``_`` and ``ngettext`` (the standard
library's gettext, which knows nothing of breathe's catalogue), and has no other hook.
``in_language`` points those two names at breathe's catalogue while the command line builds
its parser and parses (``parse``), and puts argparse's own back afterwards, also when it
exits for ``--help`` or ``--version``: the app a command opens, and anything else in the
process, finds argparse as it was. Parsing happens before any thread starts.

The catalogue holds argparse's texts because ``ARGPARSE_TEXTS`` lists them. Python 3.10 to
3.14 word a few differently (3.13 made the headings' colon translatable, 3.14 suggests the
nearest choice), so each variant is listed; a text a later Python adds stays English until
it is listed. ``OUR_WORDS`` keeps the command line's own wording where it always had one
("unknown option"). argparse's ``%(prog)s: error:`` line is not listed: ``OneLineParser``
writes its own one-line error.
"""

from __future__ import annotations

import argparse
import math
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, NoReturn

from breathe import __version__
from breathe.language import LANGUAGES, N_, gettext, ngettext

EXAMPLES = {
    "breathe": "breathe start box",
    "start": "breathe start coherent --minutes 5",
    "plan": "breathe plan box --json",
    "list": "breathe list",
    "explain": "breathe explain grounding",
    "history": "breathe history --format csv --output sessions.csv",
    "programmes": "breathe programmes --import evening.breathe-programme",
}


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


class UsageError(Exception):
    """Bad input on the command line: printed on one line, exit status 2."""


class CommandError(Exception):
    """A command that cannot do its job (its history unusable, a full disk): one line,
    exit status 1. Not the person's input, so no example follows."""


def stdout_is_utf8() -> bool:
    """Whether stdout takes any text (else JSON is written as ASCII, with ``\\u`` escapes)."""
    encoding = getattr(sys.stdout, "encoding", None) or "utf-8"
    return encoding.lower().replace("_", "-") in ("utf-8", "utf8")


class OneLineParser(argparse.ArgumentParser):
    """An ArgumentParser whose errors are one line with an example, exit status 2."""

    def error(self, message: str) -> NoReturn:
        command = self.prog.split()[-1]
        example = EXAMPLES.get(command, EXAMPLES["breathe"])
        # Translators: a command-line error: "breathe start: <problem>, e.g. <example>"
        text = gettext("{command}: {problem}, e.g. {example}")
        raise UsageError(text.format(command=self.prog, problem=message, example=example))


def _number(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        message = gettext("{text} is not a number")
        raise argparse.ArgumentTypeError(message.format(text=repr(text))) from None
    if not math.isfinite(value):
        message = gettext("{text} is not a usable number")
        raise argparse.ArgumentTypeError(message.format(text=repr(text)))
    return value


def _whole(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        message = gettext("{text} is not a whole number")
        raise argparse.ArgumentTypeError(message.format(text=repr(text))) from None


def _practice_options(parser: argparse.ArgumentParser) -> None:
    g = parser.add_argument_group(gettext("breathing"))
    g.add_argument("--pattern", help=gettext("seconds in-hold-out-hold, e.g. 4-7-8 or 4-6"))
    g.add_argument("--bpm", type=_number, help=gettext("breaths per minute (2-30), e.g. 6"))
    g.add_argument("--ratio", help=gettext("inhale:exhale, e.g. 1:2 (at 6 breaths/min alone)"))
    g.add_argument(
        "--from-bpm", type=_number, help=gettext("start at your current rate, then slow down")
    )
    g.add_argument("--minutes", type=_number, help=gettext("session length in minutes (0.5-120)"))
    g.add_argument("--cycles", type=_whole, help=gettext("number of breaths instead of minutes"))
    g = parser.add_argument_group(gettext("grounding"))
    g.add_argument("--variant", help=gettext("3-3-3 (default), 3-3-3-still or 5-4-3-2-1"))
    g.add_argument("--pace", type=_number, help=gettext("default seconds per item (3-60)"))
    g = parser.add_argument_group(gettext("muscle relaxation"))
    g.add_argument("--groups", type=_whole, help=gettext("16 (default), 7 or 4 muscle groups"))
    g.add_argument(
        "--release-only", action="store_true", help=gettext("no tensing: for pain or flares")
    )
    g.add_argument(
        "--learning", action="store_true", help=gettext("each group twice, for your first weeks")
    )
    g.add_argument(
        "--gentle", help=gettext("lighter tension for these groups, e.g. neck,shoulders")
    )
    g.add_argument("--skip", help=gettext("leave these groups out, e.g. left-hand,jaw"))
    g.add_argument("--side", choices=("left", "right"), help=gettext("your dominant side"))
    g = parser.add_argument_group(gettext("session"))
    g.add_argument(
        "--voice", action=argparse.BooleanOptionalAction, help=gettext("spoken guidance")
    )
    g.add_argument(
        "--sounds", action=argparse.BooleanOptionalAction, help=gettext("soft cue tones")
    )
    g.add_argument("--fullscreen", action="store_true", help=gettext("fill the screen"))
    g.add_argument("--screen", type=_whole, help=gettext("show on screen N (from 1), e.g. 2"))
    g.add_argument("--presenter", action="store_true", help=gettext("therapist presenter mode"))
    g.add_argument(
        "--record", action="store_true", help=gettext("presenter mode: record for the client")
    )
    g.add_argument("--private", action="store_true", help=gettext("record nothing in history"))
    g.add_argument("--quit-at-end", action="store_true", help=gettext("close breathe when done"))


PRACTICE_KEYS = (
    "pattern",
    "bpm",
    "ratio",
    "from_bpm",
    "minutes",
    "cycles",
    "variant",
    "pace",
    "groups",
    "release_only",
    "learning",
    "gentle",
    "skip",
    "side",
)


def parse(words: list[str]) -> argparse.Namespace:
    """The command line's words parsed, argparse's own words in the language in force.

    Raises:
        UsageError: bad input (one line with an example).
        SystemExit: after ``--help`` or ``--version`` was printed.
    """
    with in_language():
        return build_parser().parse_args(words)


def build_parser() -> OneLineParser:
    common = OneLineParser(add_help=False)
    common.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        default=argparse.SUPPRESS,
        help=gettext("log to stderr too"),
    )
    common.add_argument(
        "--lang",
        metavar="CODE",
        default=argparse.SUPPRESS,
        help=gettext("the language to use, e.g. de (unknown: English)"),
    )
    parser = OneLineParser(
        prog="breathe",
        description=gettext("Calm, private grounding, paced breathing and muscle relaxation."),
        epilog=gettext(
            "Language: --lang CODE (e.g. de), else the one chosen in Settings, else the "
            "system's (LANGUAGE, LC_ALL, LC_MESSAGES, LANG). Languages: {codes}."
        ).format(codes=", ".join(LANGUAGES)),
        parents=[common],
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"breathe {__version__}",
        # given here: Python 3.11's argparse does not look its own text up
        help=gettext("show program's version number and exit"),
    )
    parser.add_argument(
        "--install-desktop-entry",
        action="store_true",
        help=gettext("add breathe to your desktop's app menu (this user only)"),
    )
    parser.add_argument(
        "--uninstall-desktop-entry", action="store_true", help=gettext("remove it again")
    )
    parser.add_argument(
        "--open",
        metavar="FILE",
        nargs="?",
        help=gettext("open the app offering the programme in FILE (what a double-click does)"),
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    start = sub.add_parser(
        "start",
        parents=[common],
        help=gettext("open straight into a session"),
        description=gettext(
            "Open breathe straight into a session. PRACTICE is breathing, grounding, "
            "relaxation or a breathing preset (box, 4-7-8, coherent, extended-exhale, sigh, "
            "resonance); or leave it out and give --programme FILE."
        ),
    )
    start.add_argument("practice", metavar="PRACTICE", nargs="?")
    start.add_argument(
        "--programme",
        metavar="FILE",
        help=gettext("start the programme in a .breathe-programme file (instead of PRACTICE)"),
    )
    _practice_options(start)

    plan = sub.add_parser(
        "plan",
        parents=[common],
        help=gettext("print a session's timeline"),
        description=gettext("Print the timeline of a session without starting it."),
    )
    plan.add_argument("practice", metavar="PRACTICE")
    _practice_options(plan)
    plan.add_argument("--json", action="store_true", help=gettext("machine-readable output"))

    sub.add_parser("list", parents=[common], help=gettext("practices and presets, one line each"))

    explain = sub.add_parser(
        "explain",
        parents=[common],
        help=gettext("why a practice helps (educational, not medical advice)"),
    )
    explain.add_argument("practice", metavar="PRACTICE", nargs="?", default="overview")

    history = sub.add_parser(
        "history", parents=[common], help=gettext("your session history (stays on this computer)")
    )
    history.add_argument("--format", choices=("table", "csv", "json"), default="table")
    history.add_argument(
        "--output", metavar="FILE", help=gettext("write to FILE instead of the screen")
    )
    history.add_argument(
        "--import", dest="import_file", metavar="FILE", help=gettext("merge an export")
    )

    programmes = sub.add_parser(
        "programmes",
        parents=[common],
        help=gettext("your named programmes: list, export to a file, import a file"),
        # the examples' file names must not be broken across lines
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description=gettext(
            "List your named programmes, or hand one to someone as a small\n"
            ".breathe-programme file (JSON, readable in any text editor), and add one\n"
            "from such a file. Importing checks every field; a file that is not valid\n"
            "changes nothing, and nothing in a file is ever run."
        ),
        epilog=gettext(
            "examples:\n"
            "  breathe programmes\n"
            '  breathe programmes --export "Client A" --output client-a.breathe-programme\n'
            "  breathe programmes --import client-a.breathe-programme\n"
            "  breathe start --programme client-a.breathe-programme"
        ),
    )
    programmes.add_argument(
        "--export", metavar="NAME", help=gettext("write the programme called NAME")
    )
    programmes.add_argument(
        "--output", metavar="FILE", help=gettext("the file --export writes (default: the screen)")
    )
    programmes.add_argument(
        "--import", dest="import_file", metavar="FILE", help=gettext("add the programme in FILE")
    )
    return parser


def asked_language(argv: list[str]) -> str | None:
    """The ``--lang`` given anywhere in ``argv``, read before the parser is built (its help
    texts are in that language). The last one wins, as argparse would have it."""
    found = None
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == "--lang" and i + 1 < len(argv):
            found = argv[i + 1]
        elif arg.startswith("--lang="):
            found = arg.partition("=")[2]
    return found


def practice_options(args: argparse.Namespace) -> dict[str, Any]:
    """The practice options given on the command line (others left out)."""
    # ``is``, not ``in (None, False)``: 0 == False, and ``--cycles 0`` must reach the checks
    values = {k: getattr(args, k, None) for k in PRACTICE_KEYS}
    return {k: v for k, v in values.items() if v is not None and v is not False}
