"""Show the session screen on the real clock, to look at it (and screenshot it).

python tools/demo_session.py [--preset box] [--dark] [--large] [--square]
    [--reduced-motion] [--skip-to SECONDS] [--end]

Take screenshots of it with any screenshot tool while it runs.
"""

from __future__ import annotations

import argparse
import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from breathe.engine.cues import NullCues
from breathe.engine.practices.breathing import breathing_plan
from breathe.ui.home.tap_rate import TapRate
from breathe.ui.session.controller import SessionController
from breathe.ui.session.view import SessionView
from breathe.ui.theme import Theme


def show_session(args: argparse.Namespace, from_bpm: float | None = None) -> SessionView:
    """A session window on the real clock (``--skip-to`` starts it that far in)."""
    options = {"pattern": args.pattern} if args.pattern else {"preset": args.preset}
    plan = breathing_plan(**options, from_bpm=from_bpm)
    shift = [0.0]  # --skip-to: the clock jumps ahead once the session has started
    controller = SessionController(
        plan, clock=lambda: time.monotonic() + shift[0], cues=NullCues(), voice=NullCues()
    )
    view = SessionView(
        controller,
        pacer_style="square" if args.square else "circle",
        reduced_motion=args.reduced_motion,
    )
    view.fullscreen_toggled.connect(
        lambda: view.showNormal() if view.isFullScreen() else view.showFullScreen()
    )
    view.done_requested.connect(QApplication.quit)
    view.setWindowTitle("breathe")
    view.resize(1100, 760)
    view.show()
    controller.start()
    shift[0] = args.skip_to
    controller.tick()
    if args.end:
        QTimer.singleShot(1000, controller.stop)
    return view


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--preset", default="box")
    parser.add_argument("--pattern", help="a custom pattern instead of a preset, e.g. 4-6")
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--large", action="store_true", help="large type")
    parser.add_argument("--square", action="store_true", help="box trace instead of circle")
    parser.add_argument("--reduced-motion", action="store_true")
    parser.add_argument("--skip-to", type=float, default=0.0, help="start this far in (s)")
    parser.add_argument("--end", action="store_true", help="show the summary after 1 s")
    parser.add_argument("--tap", action="store_true", help="start where you are: tap first")
    args = parser.parse_args(argv)

    app = QApplication(sys.argv[:1])
    Theme("dark" if args.dark else "light", large_type=args.large).apply(app)
    windows: list[QWidget] = []
    if args.tap:
        tap = TapRate()
        tap.setWindowTitle("breathe")
        tap.resize(1100, 760)

        def start(rate: float | None) -> None:
            tap.close()
            windows.append(show_session(args, rate))

        tap.start_requested.connect(start)
        tap.show()
    else:
        windows.append(show_session(args))
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
