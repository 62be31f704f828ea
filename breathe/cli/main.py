"""The command line: argparse, one-line errors with exit status 2, nothing imported early.

Only what a command needs is imported: ``breathe plan`` never loads Qt, and
``breathe start`` validates its options before Qt is touched.
"""

from __future__ import annotations

import argparse
import io
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from breathe import language
from breathe.cli.parser import (
    CommandError,
    UsageError,
    asked_language,
    parse,
    practice_options,
)
from breathe.engine.practices.errors import PracticeError
from breathe.terminal import one_line

if TYPE_CHECKING:
    from breathe.launch import LaunchRequest

log = logging.getLogger(__name__)

START_FILE = language.N_("e.g. breathe start --programme evening.breathe-programme")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    from breathe import paths

    if isinstance(sys.stdout, io.TextIOWrapper):
        # an output that cannot hold every character (a redirected Windows console, a C
        # locale) gets escapes for the rest, never a failed command
        sys.stdout.reconfigure(errors="backslashreplace")
    words = sys.argv[1:] if argv is None else list(argv)
    locs = paths.locations()
    choose_language(asked_language(words), locs.settings)
    try:
        args = parse(words)
    except UsageError as exc:
        print(one_line(str(exc)), file=sys.stderr)
        return 2
    from breathe.app import logging_setup

    # the app rotates its log after its first paint (logging_setup.start_rotating)
    problem = logging_setup.configure(
        locs.log_file, verbose=getattr(args, "verbose", False), rotating=not _opens_app(args)
    )
    if problem is not None and not _opens_app(args):  # the app says it with its other notices
        from breathe.app.unusable import unusable_line

        print(one_line(f"breathe: {unusable_line({'log': problem})}"), file=sys.stderr)
    try:
        return _dispatch(args, log_problem=problem)
    except (UsageError, PracticeError, ValueError) as exc:
        # every bad-input error type in breathe is a ValueError subclass with a readable text
        print(one_line(f"breathe: {exc}"), file=sys.stderr)
        return 2
    except CommandError as exc:
        print(one_line(f"breathe: {exc}"), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `breathe history | head`: the reader left; that is not an error
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except Exception as exc:
        log.exception("unexpected error")
        if problem is None:
            line = language.gettext("breathe: unexpected error: {error} (details in {log})")
        else:  # the log could not be used: there are no details to point to
            line = language.gettext("breathe: unexpected error: {error}")
        print(one_line(line.format(error=exc, log=locs.log_file)), file=sys.stderr)
        return 1


def choose_language(asked: str | None, settings: Path) -> str:
    """Speak ``--lang``'s language, else the one saved in Settings, else the system's.

    An unknown code falls back to English, silently (the contract): a person who typed
    ``--lang xx`` still gets a working breathe.
    """
    saved = None if asked else language.saved_language(settings)
    return language.use(language.choose(asked, saved))


def _desktop_entry_asked(args: argparse.Namespace) -> bool:
    return bool(args.install_desktop_entry or args.uninstall_desktop_entry)


def _opens_app(args: argparse.Namespace) -> bool:
    return args.command in (None, "start") and not _desktop_entry_asked(args)


def _dispatch(args: argparse.Namespace, *, log_problem: OSError | None = None) -> int:
    if _desktop_entry_asked(args):
        from breathe.desktop import desktop_entry

        if args.install_desktop_entry:
            print(desktop_entry.install())
        else:
            print(desktop_entry.uninstall())
        return 0
    if args.command in ("plan", "list", "explain"):
        from breathe.cli import commands

        if args.command == "plan":
            return commands.plan(args)
        if args.command == "list":
            return commands.list_practices()
        return commands.explain(args.practice)
    if args.command == "history":
        from breathe.cli.history import run as history_run

        return history_run(args.format, args.output, args.import_file)
    if args.command == "programmes":
        from breathe.cli.programmes import run as programmes_run

        return programmes_run(args.export, args.output, args.import_file)
    return _open_app(args, log_problem)


def display_problem() -> str | None:
    """Why no window can be shown here, or None (Qt would abort instead of saying so)."""
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform not in ("", "xcb") or not sys.platform.startswith(
        ("linux", "freebsd", "openbsd", "netbsd")
    ):
        return None
    display, wayland = os.environ.get("DISPLAY"), os.environ.get("WAYLAND_DISPLAY")
    if not (display or (wayland and not platform)):
        return language.gettext(
            "breathe needs a display: neither DISPLAY nor WAYLAND_DISPLAY is set "
            "(start it from your desktop, or set QT_QPA_PLATFORM=offscreen for a test run)"
        )
    if display and (platform or not wayland):  # X11 it is: is anyone there?
        from breathe.cli.display import x_server_problem

        return x_server_problem(display)
    return None


def handed_off(request: LaunchRequest) -> bool:
    """Pass ``request`` to a breathe already open for this data folder; True if it took it.

    A desktop action, the tray or ``breathe start box`` while breathe is open is what a
    person uses most in a bad moment: over a plain Unix socket this costs no Qt at all.
    (Windows's named pipes need Qt: ``breathe.app.startup.run`` asks there.)
    """
    from breathe.desktop.instance_client import NAMED_PIPES, forward_to_running
    from breathe.launch import say_passed_on
    from breathe.paths import locations

    if NAMED_PIPES or not forward_to_running(locations().instance_key(), request):
        return False
    say_passed_on()
    return True


def _open_app(args: argparse.Namespace, log_problem: OSError | None) -> int:
    from breathe.launch import LaunchRequest

    request = LaunchRequest()
    if args.command == "start":
        request = start_request(args)
    elif args.open is not None:
        # the app reads the file and shows what it holds, or what is wrong with it: a
        # double-click has no terminal to print to
        request = LaunchRequest(open_file=str(Path(args.open).absolute()))
    if handed_off(request):  # a breathe is open already: it takes this, and no Qt loads here
        return 0
    problem = display_problem()
    if problem:
        print(one_line(problem), file=sys.stderr)
        return 1
    from breathe.app.qt_import import import_qt

    import_qt()  # before anything else imports PySide6
    from breathe.app.startup import run

    return run(request, log_problem=log_problem)


def start_request(args: argparse.Namespace) -> LaunchRequest:
    """What ``breathe start`` asks for, checked before any window: bad input is exit 2.

    With ``--programme FILE`` the file gives the practice, its options and its session
    settings; ``--voice``, ``--sounds`` and ``--presenter`` on the command line still win.
    """
    from breathe.cli.commands import make_plan, notice
    from breathe.launch import LaunchRequest

    options = practice_options(args)
    session: dict[str, Any] = {}
    if args.programme is not None:
        if args.practice is not None:
            message = language.gettext("give PRACTICE or --programme, not both, {example}")
            raise UsageError(message.format(example=language.gettext(START_FILE)))
        if options:
            flag = "--" + next(iter(options)).replace("_", "-")
            message = language.gettext(
                "{flag} does not go with --programme (the file sets the practice), {example}"
            )
            raise UsageError(message.format(flag=flag, example=language.gettext(START_FILE)))
        from breathe.cli.programmes import read_file

        programme = read_file(args.programme, START_FILE).programme
        practice, options, session = (
            programme.practice,
            dict(programme.options),
            programme.session(),
        )
    elif args.practice is None:
        raise UsageError(language.gettext("choose a practice, e.g. breathe start box"))
    else:
        practice = args.practice
    notice(make_plan(practice, options))  # bad input is exit 2 before any window
    if args.screen is not None and args.screen < 1:
        raise UsageError(
            language.gettext("--screen counts from 1, e.g. breathe start box --screen 2")
        )
    return LaunchRequest(
        practice=practice,
        options=options,
        voice=session.get("voice") if args.voice is None else args.voice,
        sounds=session.get("sounds") if args.sounds is None else args.sounds,
        self_paced=session.get("self_paced"),
        voice_name=session.get("voice_name"),
        voice_rate=session.get("voice_rate"),
        fullscreen=args.fullscreen,
        screen=args.screen,
        presenter=args.presenter or session.get("presenter", False),
        record=args.record,
        private=args.private,
        quit_at_end=args.quit_at_end,
    )
