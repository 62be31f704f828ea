"""Show the home screen (MainWindow) to look at it: ``python tools/demo_home.py [--dark]``.

Options: ``--dark`` for the dark palette, ``--large`` for large type, ``--customise`` to open
the breathing card's options, ``--banner`` to show a notice, ``--explainer ID`` to open a
"why this helps" page, ``--shortcuts`` to open the shortcuts list.
"""

from __future__ import annotations

import argparse
import logging
import sys

from PySide6.QtWidgets import QApplication

from breathe.ui.main_window import MainWindow


def _apply_theme(app: QApplication, dark: bool, large: bool) -> None:
    from breathe.ui.theme import Theme

    Theme("dark" if dark else "light", large_type=large).apply(app)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--large", action="store_true")
    parser.add_argument("--customise", choices=("breathing", "grounding", "relaxation"))
    parser.add_argument("--pattern", help="type this custom breathing pattern (with --customise)")
    parser.add_argument("--banner", action="store_true")
    parser.add_argument("--explainer")
    parser.add_argument("--shortcuts", action="store_true")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)
    app = QApplication(sys.argv[:1])
    _apply_theme(app, args.dark, args.large)
    window = MainWindow(new_to={"grounding", "relaxation"})
    window.start_requested.connect(lambda r: print("start", r.to_json(), flush=True))
    window.choice_changed.connect(lambda p, c: print("choice", p, c, flush=True))
    if args.banner:
        window.show_banner(
            "Your history file could not be read; it was kept at "
            "~/.local/share/breathe/history.sqlite3.corrupt-20250101 and a fresh one started."
        )
    window.show()
    window.activateWindow()
    if args.customise:
        window.home.cards[args.customise].customise_button.setChecked(True)
        if args.pattern is not None:
            panel = window.home.panels["breathing"]
            panel.preset.setCurrentIndex(panel.preset.findData("custom"))  # type: ignore[attr-defined]
            panel.pattern.setText(args.pattern)  # type: ignore[attr-defined]
    if args.explainer:
        window.show_explainer(args.explainer)
    if args.shortcuts:
        window.show_shortcuts()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
