"""Show the session screen on the real clock, to look at it (and screenshot it).

python tools/demo_session.py [--preset box] [--dark] [--large] [--square]
    [--reduced-motion] [--skip-to SECONDS] [--end]

../shared/tools/screenshot --at 1,5 --out /tmp/shots/session -- python tools/demo_session.py
"""

from __future__ import annotations

import argparse
import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from breathe.cues import NullCues
from breathe.practices.breathing import breathing_plan
from breathe.ui.session_controller import SessionController
from breathe.ui.session_view import SessionView
from breathe.ui.theme import Theme


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
    args = parser.parse_args(argv)

    app = QApplication(sys.argv[:1])
    Theme("dark" if args.dark else "light", large_type=args.large).apply(app)
    plan = (
        breathing_plan(pattern=args.pattern) if args.pattern else breathing_plan(preset=args.preset)
    )
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
    view.done_requested.connect(app.quit)
    view.setWindowTitle("breathe")
    view.resize(1100, 760)
    view.show()
    controller.start()
    shift[0] = args.skip_to
    controller.tick()
    if args.end:
        QTimer.singleShot(1000, controller.stop)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
