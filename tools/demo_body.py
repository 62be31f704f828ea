"""Show the grounding card, the body map, the pain map editor and the relaxation panel.

    python tools/demo_body.py [--dark] [--show card,body|editor|panel|all] [--full-after S]
        [--grab PREFIX]

A fake clock puts each pacer at a telling moment (the second "see" item, waiting, with a
word typed; the abdomen half-way through tensing, a calf skipped). The window opens at a
normal size and goes full screen after ``--full-after`` seconds (0: never), so screenshots
taken at two moments of one run show both sizes. ``--grab PREFIX`` needs no display and no
timing: it saves PREFIX-normal.png and PREFIX-full.png (1920x1080) and exits.
"""

from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLineEdit, QWidget

from breathe.engine.practices.grounding import SELF_PACED_KINDS, grounding_plan
from breathe.engine.practices.relaxation import relaxation_plan
from breathe.engine.practices.steps import Plan
from breathe.engine.runner import SessionRunner
from breathe.ui.grounding.card import GroundingCard
from breathe.ui.home.relaxation_panel import RelaxationPanel
from breathe.ui.relaxation.body_map import BodyMap
from breathe.ui.relaxation.pain_map_editor import PainMapEditor
from breathe.ui.theme import Theme


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def relaxation_demo_plan() -> Plan:
    """A 16-group plan with the left calf skipped and the right thigh gentle."""
    return relaxation_plan(groups=16, skip=["left-calf"], gentle=["right-thigh"])


def build(show: set[str]) -> QWidget:
    window = QWidget()
    window.setWindowTitle("breathe: grounding and body map")
    row = QHBoxLayout(window)
    if "card" in show:
        clock = Clock()
        plan = grounding_plan()
        runner = SessionRunner(plan, clock, gated_kinds=SELF_PACED_KINDS)
        card = GroundingCard()
        card.set_plan(plan)
        card.advance_requested.connect(runner.advance)
        card.advance_requested.connect(lambda: card.show_position(runner.position()))
        runner.start()
        clock.now = 5.0
        card.show_position(runner.position())
        word = card.findChild(QLineEdit, "word")
        assert word is not None
        QTest.keyClicks(word, "blue mug")
        QTest.keyClick(word, Qt.Key.Key_Return)
        clock.now = 25.0
        card.show_position(runner.position())
        row.addWidget(card, 3)
    if "body" in show:
        clock = Clock()
        plan = relaxation_demo_plan()
        runner = SessionRunner(plan, clock)
        body = BodyMap()
        body.set_plan(plan)
        runner.start()
        tense = next(s for s in plan.steps if s.kind == "tense" and s.group == "abdomen")
        clock.now = tense.start + tense.duration * 0.55
        body.show_position(runner.position())
        row.addWidget(body, 2)
    if "editor" in show:
        editor = PainMapEditor()
        editor.set_pain_map({"right-calf": "skip", "abdomen": "gentle", "neck": "gentle"})
        row.addWidget(editor, 3)
    if "panel" in show:
        row.addWidget(RelaxationPanel(), 2)
    return window


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dark", action="store_true", help="a dark palette")
    parser.add_argument("--show", default="card,body", help="card,body,editor,panel or all")
    parser.add_argument("--full-after", type=float, default=1.2, help="seconds; 0: never")
    parser.add_argument("--grab", metavar="PREFIX", help="save PREFIX-normal/-full.png and exit")
    args = parser.parse_args()
    show = {"card", "body", "editor", "panel"} if args.show == "all" else set(args.show.split(","))

    app = QApplication(sys.argv[:1])
    Theme("dark" if args.dark else "light").apply(app)
    window = build(show)
    window.resize(1100, 640)
    if args.grab:  # no timing involved: both sizes straight to PNG files, then exit
        for name, size in (("normal", (1100, 640)), ("full", (1920, 1080))):
            window.resize(*size)
            window.grab().save(f"{args.grab}-{name}.png")
            print(f"{args.grab}-{name}.png")
        return 0
    window.show()
    if args.full_after > 0:

        def full_screen() -> None:
            window.showFullScreen()
            # without a window manager (Xvfb) the request is ignored: cover the screen
            window.setGeometry(window.screen().geometry())

        QTimer.singleShot(round(args.full_after * 1000), full_screen)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
