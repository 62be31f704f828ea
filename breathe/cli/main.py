"""The command line: argparse, one-line errors with exit status 2, nothing imported early.

Only what a command needs is imported: ``breathe plan`` never loads Qt, and
``breathe start`` validates its options before Qt is touched.
"""

from __future__ import annotations

import argparse
import json
import logging
import math
import os
import sys
from collections.abc import Sequence
from typing import Any, NoReturn

from breathe import __version__
from breathe.engine.practices.errors import PracticeError

log = logging.getLogger(__name__)

EXAMPLES = {
    "breathe": "breathe start box",
    "start": "breathe start coherent --minutes 5",
    "plan": "breathe plan box --json",
    "list": "breathe list",
    "explain": "breathe explain grounding",
    "history": "breathe history --format csv --output sessions.csv",
}


class UsageError(Exception):
    """Bad input on the command line: printed on one line, exit status 2."""


class OneLineParser(argparse.ArgumentParser):
    """An ArgumentParser whose errors are one line with an example, exit status 2."""

    def error(self, message: str) -> NoReturn:
        command = self.prog.split()[-1]
        example = EXAMPLES.get(command, EXAMPLES["breathe"])
        message = message.replace("unrecognized arguments", "unknown option")
        raise UsageError(f"{self.prog}: {message}, e.g. {example}")


def _number(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not math.isfinite(value):
        raise argparse.ArgumentTypeError(f"{text!r} is not a usable number")
    return value


def _whole(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None


def _practice_options(parser: argparse.ArgumentParser) -> None:
    g = parser.add_argument_group("breathing")
    g.add_argument("--pattern", help="seconds in-hold-out-hold, e.g. 4-7-8 or 4-6")
    g.add_argument("--bpm", type=_number, help="breaths per minute (2-30), e.g. 6")
    g.add_argument("--ratio", help="inhale:exhale, e.g. 1:2 (at 6 breaths/min alone)")
    g.add_argument("--from-bpm", type=_number, help="start at your current rate, then slow down")
    g.add_argument("--minutes", type=_number, help="session length in minutes (0.5-120)")
    g.add_argument("--cycles", type=_whole, help="number of breaths instead of minutes")
    g = parser.add_argument_group("grounding")
    g.add_argument("--variant", help="3-3-3 (default), 3-3-3-still or 5-4-3-2-1")
    g.add_argument("--pace", type=_number, help="default seconds per item (3-60)")
    g = parser.add_argument_group("muscle relaxation")
    g.add_argument("--groups", type=_whole, help="16 (default), 7 or 4 muscle groups")
    g.add_argument("--release-only", action="store_true", help="no tensing: for pain or flares")
    g.add_argument("--gentle", help="lighter tension for these groups, e.g. neck,shoulders")
    g.add_argument("--skip", help="leave these groups out, e.g. left-hand,jaw")
    g.add_argument("--side", choices=("left", "right"), help="your dominant side")
    g = parser.add_argument_group("session")
    g.add_argument("--voice", action=argparse.BooleanOptionalAction, help="spoken guidance")
    g.add_argument("--sounds", action=argparse.BooleanOptionalAction, help="soft cue tones")
    g.add_argument("--fullscreen", action="store_true", help="fill the screen")
    g.add_argument("--screen", type=_whole, help="show on screen N (from 1), e.g. 2")
    g.add_argument("--presenter", action="store_true", help="therapist presenter mode")
    g.add_argument("--record", action="store_true", help="presenter mode: record for the client")
    g.add_argument("--private", action="store_true", help="record nothing in history")
    g.add_argument("--quit-at-end", action="store_true", help="close breathe when done")


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
    "gentle",
    "skip",
    "side",
)


def build_parser() -> OneLineParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "-v", "--verbose", action="store_true", default=argparse.SUPPRESS, help="log to stderr too"
    )
    parser = OneLineParser(
        prog="breathe",
        description="Calm, private grounding, paced breathing and muscle relaxation.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"breathe {__version__}")
    parser.add_argument(
        "--install-desktop-entry",
        action="store_true",
        help="add breathe to your desktop's app menu (this user only)",
    )
    parser.add_argument("--uninstall-desktop-entry", action="store_true", help="remove it again")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    start = sub.add_parser(
        "start",
        parents=[common],
        help="open straight into a session",
        description=(
            "Open breathe straight into a session. PRACTICE is breathing, grounding, "
            "relaxation or a breathing preset (box, 4-7-8, coherent, extended-exhale, sigh, "
            "resonance)."
        ),
    )
    start.add_argument("practice", metavar="PRACTICE")
    _practice_options(start)

    plan = sub.add_parser(
        "plan",
        parents=[common],
        help="print a session's timeline",
        description="Print the timeline of a session without starting it.",
    )
    plan.add_argument("practice", metavar="PRACTICE")
    _practice_options(plan)
    plan.add_argument("--json", action="store_true", help="machine-readable output")

    sub.add_parser("list", parents=[common], help="practices and presets, one line each")

    explain = sub.add_parser(
        "explain", parents=[common], help="why a practice helps (educational, not medical advice)"
    )
    explain.add_argument("practice", metavar="PRACTICE", nargs="?", default="overview")

    history = sub.add_parser(
        "history", parents=[common], help="your session history (stays on this computer)"
    )
    history.add_argument("--format", choices=("table", "csv", "json"), default="table")
    history.add_argument("--output", metavar="FILE", help="write to FILE instead of the screen")
    history.add_argument("--import", dest="import_file", metavar="FILE", help="merge an export")
    return parser


def practice_options(args: argparse.Namespace) -> dict[str, Any]:
    """The practice options given on the command line (others left out)."""
    # ``is``, not ``in (None, False)``: 0 == False, and ``--cycles 0`` must reach the checks
    values = {k: getattr(args, k, None) for k in PRACTICE_KEYS}
    return {k: v for k, v in values.items() if v is not None and v is not False}


def one_line(text: str) -> str:
    """``text`` on one printable line: line breaks and control characters are escaped.

    An argument is echoed in its error message; a newline or a terminal escape in it must
    neither break the one-line contract nor drive the terminal.
    """
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode() for c in text)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    try:
        args = build_parser().parse_args(argv)
    except UsageError as exc:
        print(one_line(str(exc)), file=sys.stderr)
        return 2
    from breathe import paths
    from breathe.app import logging_setup

    locs = paths.locations()
    # the app rotates its log after its first paint (logging_setup.start_rotating)
    logging_setup.configure(
        locs.log_file, verbose=getattr(args, "verbose", False), rotating=not _opens_app(args)
    )
    try:
        return _dispatch(args)
    except (UsageError, PracticeError, ValueError) as exc:
        # every bad-input error type in breathe is a ValueError subclass with a readable text
        print(one_line(f"breathe: {exc}"), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `breathe history | head`: the reader left; that is not an error
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except Exception as exc:
        log.exception("unexpected error")
        problem = f"breathe: unexpected error: {exc} (details in {locs.log_file})"
        print(one_line(problem), file=sys.stderr)
        return 1


def _desktop_entry_asked(args: argparse.Namespace) -> bool:
    return bool(args.install_desktop_entry or args.uninstall_desktop_entry)


def _opens_app(args: argparse.Namespace) -> bool:
    return args.command in (None, "start") and not _desktop_entry_asked(args)


def _dispatch(args: argparse.Namespace) -> int:
    if _desktop_entry_asked(args):
        from breathe.desktop import desktop_entry

        if args.install_desktop_entry:
            print(desktop_entry.install())
        else:
            print(desktop_entry.uninstall())
        return 0
    if args.command == "plan":
        return _plan(args)
    if args.command == "list":
        return _list()
    if args.command == "explain":
        return _explain(args.practice)
    if args.command == "history":
        from breathe.cli.history import run as history_run

        return history_run(args.format, args.output, args.import_file)
    return _open_app(args)


def _saved_choices() -> tuple[dict[str, str], str]:
    """The person's pain map and dominant side (defaults when nothing is saved)."""
    from breathe.store.settings import PainMap, Settings

    return PainMap.load().regions, Settings.load().dominant_side


def make_plan(name: str, options: dict[str, Any]) -> Any:
    """The plan for ``name`` with the person's saved pain map and side applied."""
    from breathe.engine.practices.catalog import build_plan, resolve

    practice, _ = resolve(name)
    if practice == "relaxation":
        pain_map, side = _saved_choices()
        return build_plan(name, options, pain_map=pain_map, side=side)
    return build_plan(name, options)


def _plan(args: argparse.Namespace) -> int:
    plan = make_plan(args.practice, practice_options(args))
    if args.json:
        print(json.dumps(plan.to_json(), indent=1, ensure_ascii=False))
        return 0
    title = plan.practice if plan.preset is None else f"{plan.practice} ({plan.preset})"
    print(f"{title}: {len(plan.steps)} steps, {_clock(plan.total_seconds)}")
    for s in plan.steps:
        group = f"  [{s.group}]" if s.group else ""
        print(f"{_clock(s.start):>8}  {s.duration:6.1f}s  {s.kind:<8} {s.label}{group}")
    return 0


def _clock(seconds: float) -> str:
    m, s = divmod(round(seconds), 60)
    return f"{m}:{s:02d}"


def _list() -> int:
    from breathe.engine.practices.catalog import PRACTICES, presets

    for p in PRACTICES.values():
        print(f"{p.id:<17} {p.title}: {p.summary}")
        if p.id == "breathing":
            for name, description in presets().items():
                print(f"  {name:<15} {description}")
    return 0


def _explain(name: str) -> int:
    from breathe.engine import explainers

    text = explainers.load(explainers.explainer_id(name))
    print(explainers.as_plain_text(text))
    return 0


def display_problem() -> str | None:
    """Why no window can be shown here, or None (Qt would abort instead of saying so)."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return None
    if sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")) and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        return (
            "breathe needs a display: neither DISPLAY nor WAYLAND_DISPLAY is set "
            "(start it from your desktop, or set QT_QPA_PLATFORM=offscreen for a test run)"
        )
    return None


def _open_app(args: argparse.Namespace) -> int:
    from breathe.launch import LaunchRequest

    request = LaunchRequest()
    if args.command == "start":
        options = practice_options(args)
        make_plan(args.practice, options)  # validate before any window: bad input is exit 2
        request = LaunchRequest(
            practice=args.practice,
            options=options,
            voice=args.voice,
            sounds=args.sounds,
            fullscreen=args.fullscreen,
            screen=args.screen,
            presenter=args.presenter,
            record=args.record,
            private=args.private,
            quit_at_end=args.quit_at_end,
        )
        if args.screen is not None and args.screen < 1:
            raise UsageError("--screen counts from 1, e.g. breathe start box --screen 2")
    problem = display_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 1
    from breathe.app.startup import run

    return run(request)
