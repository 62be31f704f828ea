"""Look at settings, programmes, presenter mode and the session report.

``python tools/demo_settings.py [settings|programmes|presenter|report|pdf]`` with ``--dark``,
``--large``, ``--section N`` (settings), ``--size WxH`` (presenter), ``--end`` (presenter:
jump to the end screen), ``--out FILE`` (pdf: where to write it). ``--presenter`` is short
for ``presenter``. Uses a throwaway BREATHE_HOME unless one is set.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget


def _settings_dialog(args: argparse.Namespace) -> QWidget:
    from breathe.store.settings import Settings
    from breathe.ui.settings.dialog import SettingsDialog

    settings = Settings.load()
    settings.crisis_contacts = [
        {"name": "Dr Amara Osei (my therapist)", "number": "+44 20 7946 0321"},
        {"name": "Sam (sister)", "number": "07700 900123"},
    ]
    voice = None
    if not args.no_voice:
        from breathe.audio.speech import Voice

        voice = Voice()
        voice.wait_started(5)
    dialog = SettingsDialog(settings, voice=voice, theme=args.theme)
    dialog.sections.setCurrentRow(args.section)
    dialog.settings_changed.connect(lambda names: print("changed", sorted(names), flush=True))
    return dialog


def _programmes(args: argparse.Namespace) -> QWidget:
    from breathe.launch import LaunchRequest
    from breathe.store.programmes import Programmes
    from breathe.ui.programmes_dialog import ProgrammesDialog

    programmes = Programmes.load()
    if not programmes.names():
        programmes.add("Client A", "breathing", {"pattern": "4-6", "minutes": 8})
        programmes.add("Evening wind-down", "coherent", {"minutes": 10})
        programmes.add("Flare day", "relaxation", {"groups": 4, "release_only": True})
        programmes.save()
    current = LaunchRequest(practice="box", options={"minutes": 3})
    dialog = ProgrammesDialog(programmes, current=current)
    dialog.start_requested.connect(lambda r: print("start", r, flush=True))
    return dialog


def _presenter(args: argparse.Namespace) -> QWidget:
    from breathe.cli.commands import make_plan
    from breathe.ui.presenter.view import PresenterView, show_presenter
    from breathe.ui.session.controller import SessionController

    plan = make_plan("breathing", {"pattern": "4-6", "minutes": 3})
    controller = SessionController(plan)
    view = PresenterView(controller, reduced_motion=args.large)
    width, height = (int(v) for v in args.size.split("x"))
    view.resize(width, height)
    if args.end:
        controller.start()
        controller.stop()
        view.show()
    else:
        choice = show_presenter(view, QApplication.screens(), None, 1)
        print("screen", choice, flush=True)
        controller.start()
    return view


def _report(args: argparse.Namespace) -> QWidget:
    from breathe.cli.commands import make_plan
    from breathe.ui.session.report import ReportDialog, report_for

    plan = make_plan("breathing", {"pattern": "4-6", "minutes": 8})
    report = report_for(plan, "completed", plan.total_seconds, {"rating_before": 7})
    dialog = ReportDialog(report)
    return dialog


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "what",
        nargs="?",
        default="settings",
        choices=("settings", "programmes", "presenter", "report", "pdf"),
    )
    parser.add_argument("--presenter", action="store_true")
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--large", action="store_true")
    parser.add_argument("--section", type=int, default=0)
    parser.add_argument("--size", default="1920x1080")
    parser.add_argument("--end", action="store_true")
    parser.add_argument("--no-voice", action="store_true")
    parser.add_argument("--out", default="/tmp/breathe-summary.pdf")
    args = parser.parse_args()
    if args.presenter:
        args.what = "presenter"
    os.environ.setdefault("BREATHE_HOME", tempfile.mkdtemp(prefix="breathe-demo-"))
    logging.basicConfig(level=logging.INFO)
    app = QApplication(sys.argv[:1])
    from breathe.ui.theme import Theme

    args.theme = Theme("dark" if args.dark else "light", large_type=args.large)
    args.theme.apply(app)
    if args.what == "pdf":
        from breathe.cli.commands import make_plan
        from breathe.ui.session.report import report_for, write_pdf

        plan = make_plan("breathing", {"pattern": "4-6", "minutes": 8})
        ratings = {"rating_before": 7, "rating_after": 4, "pain_before": 6, "pain_after": 5}
        report = report_for(plan, "completed", plan.total_seconds, ratings, note="Calmer.")
        write_pdf(report, Path(args.out))
        print(args.out)
        return 0
    build = {
        "settings": _settings_dialog,
        "programmes": _programmes,
        "presenter": _presenter,
        "report": _report,
    }[args.what]
    window = build(args)
    if args.what != "presenter":
        window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
