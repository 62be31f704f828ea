"""Render every screen in every look and size to PNGs, for people to look at.

    python tools/gallery.py [--out gallery] [--screens home,session-summary]
                            [--looks light-normal,dark-large] [--sizes small,default,full]

The matrix is the fit sweep's (``tests/ui/test_fit.py``): each screen in light and dark,
normal and large type, at 640x480, the default size and 1920x1080. The pictures are offscreen
grabs of the real widgets (no window frame); for a real window under a window manager, use a
screenshot of ``breathe`` under Xvfb. Each picture's layout and colour problems, as the sweep
measures them, are printed too (and written to ``problems.txt``); an ``index.html`` shows
them side by side.
"""

from __future__ import annotations

import argparse
import html
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("gallery"), help="folder for the PNGs")
    parser.add_argument("--screens", help="comma-separated screen names (default: all)")
    parser.add_argument("--looks", help="e.g. light-normal,dark-large (default: all four)")
    parser.add_argument("--sizes", help="small, default, full (default: all three)")
    return parser.parse_args(argv)


def _chosen(value: str | None, known: list[str], what: str) -> list[str]:
    if not value:
        return known
    chosen = [v.strip() for v in value.split(",") if v.strip()]
    unknown = [v for v in chosen if v not in known]
    if unknown:
        raise SystemExit(f"gallery: unknown {what} {', '.join(unknown)}; known: {', '.join(known)}")
    return chosen


def main(argv: list[str] | None = None) -> int:
    args = _parse(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # a private BREATHE_HOME: the pictures never show (or change) the person's own data
    home = tempfile.TemporaryDirectory(prefix="breathe-gallery-")
    os.environ["BREATHE_HOME"] = home.name
    sys.path.insert(0, str(ROOT))  # the screens are the sweep's, in tests/ui

    from breathe.ui.theme import new_application
    from tests.ui import layout_rules
    from tests.ui.screen_catalogue import LOOKS, SCREENS, SIZES, Stage, look_applied, open_screen

    screens = _chosen(args.screens, list(SCREENS), "screen")
    looks = [
        look
        for look in LOOKS
        if look.name in _chosen(args.looks, [look.name for look in LOOKS], "look")
    ]
    sizes = [s for s in SIZES if s.name in _chosen(args.sizes, [s.name for s in SIZES], "size")]
    app = new_application(sys.argv[:1])
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    report: list[str] = []
    rows: list[str] = []
    for name in screens:
        for look in looks:
            cells = []
            with look_applied(app, look) as theme:
                stage = Stage(theme)
                try:
                    top = open_screen(name, stage)
                    for size in sizes:
                        top.resize(size.width, size.height)
                        app.processEvents()
                        app.processEvents()
                        picture = f"{name}--{look.name}--{size.name}.png"
                        top.grab().save(str(out / picture))
                        problems = layout_rules.layout_problems(top, size.width, size.height)
                        if size.name == "default":
                            problems += layout_rules.colour_problems(top)
                        for problem in problems:
                            line = f"{name} {look.name} {size.name}: {problem}"
                            report.append(line)
                            print(line)
                        title = html.escape("\n".join(problems) or "no problems found")
                        mark = f" ({len(problems)} problems)" if problems else ""
                        cells.append(
                            f'<td><a href="{picture}"><img src="{picture}" width="320" '
                            f'title="{title}"></a><br>{size.name}{mark}</td>'
                        )
                finally:
                    stage.close()
            rows.append(f"<tr><th>{name}<br>{look.name}</th>{''.join(cells)}</tr>")
    (out / "problems.txt").write_text("\n".join(report) + "\n", encoding="utf-8")
    (out / "index.html").write_text(
        "<!doctype html><meta charset='utf-8'><title>breathe gallery</title>"
        f"<table>{''.join(rows)}</table>\n",
        encoding="utf-8",
    )
    print(f"{len(screens) * len(looks) * len(sizes)} pictures in {out}, {len(report)} problems")
    home.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
