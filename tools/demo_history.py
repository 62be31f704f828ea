"""Show the history page with about 60 realistic sessions over 8 weeks, to look at it.

``python tools/demo_history.py [--dark] [--large] [--empty] [--sessions N] [--edit]
[--delete-all] [--sort COLUMN] [--keep-notes] [--bad-import]``

Everything goes into a fresh temporary BREATHE_HOME, never your own history.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import random
import sys
import tempfile
import uuid
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

#: (practice, preset, options, minutes, typical stress drop, weight)
PRACTICES = (
    ("breathing", "coherent", {"minutes": 5}, 5, 2, 6),
    ("breathing", "box", {"minutes": 4}, 4, 1, 3),
    ("breathing", "extended-exhale", {"minutes": 5}, 5, 2, 3),
    ("breathing", "sigh", {"minutes": 5}, 5, 3, 2),
    ("grounding", None, {"variant": "3-3-3", "pace": 8.0}, 2, 2, 3),
    ("relaxation", None, {"groups": 7, "release_only": False}, 12, 1, 2),
)
NOTES = ("Helped before the meeting.", "Hard to focus at first.", "Slept better after.")


def demo_records(n: int, seed: int = 7) -> list[object]:
    """``n`` sessions over the last 8 weeks, some rated, a few stopped or interrupted."""
    from breathe.store.history_record import SessionRecord

    rng = random.Random(seed)
    now = datetime.now().astimezone().replace(second=0, microsecond=0)
    records = []
    for _ in range(n):
        practice, preset, options, minutes, drop, _w = rng.choices(
            PRACTICES, weights=[p[5] for p in PRACTICES]
        )[0]
        day = now - timedelta(days=rng.randint(1, 55))
        started = day.replace(
            hour=rng.choice((7, 8, 12, 13, 17, 18, 21, 22)), minute=rng.randint(0, 59)
        )
        status = rng.choices(("completed", "stopped", "interrupted"), weights=(16, 3, 1))[0]
        planned = minutes * 60.0
        duration = planned if status == "completed" else planned * rng.uniform(0.2, 0.8)
        rated = rng.random() < 0.8
        before = rng.randint(4, 8) if rated else None
        after = max(0, before - max(0, drop + rng.randint(-1, 1))) if before is not None else None
        pain_before = rng.randint(3, 7) if rated and rng.random() < 0.5 else None
        pain_after = max(0, pain_before - rng.randint(0, 2)) if pain_before is not None else None
        tags = tuple(t for t in ("flare", "work", "night") if rng.random() < 0.18)
        records.append(
            SessionRecord(
                id=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                practice=practice,
                preset=preset,
                options=options,
                started_at=started.isoformat(),
                planned_seconds=planned,
                duration_seconds=round(duration, 1),
                status=status,
                rating_before=before,
                rating_after=after if status != "interrupted" else None,
                pain_before=pain_before,
                pain_after=pain_after if status != "interrupted" else None,
                tags=tags,
                note=rng.choice(NOTES) if rng.random() < 0.1 else None,
            )
        )
    return records


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--large", action="store_true")
    parser.add_argument("--empty", action="store_true", help="no sessions at all")
    parser.add_argument("--sessions", type=int, default=60)
    parser.add_argument("--edit", action="store_true", help="open the editor on the newest")
    parser.add_argument("--delete-all", action="store_true", help="show the confirmation")
    parser.add_argument("--sort", type=int, help="sort by this column (0-6), ascending")
    parser.add_argument("--keep-notes", action="store_true")
    parser.add_argument("--bad-import", action="store_true", help="import a file with a bad row")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)
    home = Path(tempfile.mkdtemp(prefix="breathe-demo-history-"))
    os.environ["BREATHE_HOME"] = str(home)

    from breathe.paths import locations
    from breathe.store.history import History
    from breathe.ui.history.page import HistoryPage
    from breathe.ui.main_window import MainWindow
    from breathe.ui.theme import Theme

    history = History.open(locations().database)
    if not args.empty:
        history.import_records(demo_records(args.sessions))  # type: ignore[arg-type]
    app = QApplication(sys.argv[:1])
    Theme("dark" if args.dark else "light", large_type=args.large).apply(app)
    window = MainWindow()
    page = HistoryPage(history, keep_notes=args.keep_notes)
    page.back_requested.connect(window.show_home)
    window.show_page(page)
    window.show()
    if args.sort is not None:
        page.table.sortByColumn(args.sort, page.table.horizontalHeader().sortIndicatorOrder())
    if args.edit:
        QTimer.singleShot(300, page.edit_selected)
    if args.delete_all:
        QTimer.singleShot(300, page.confirm_delete_all)
    if args.bad_import:
        bad = home / "from-my-laptop.json"
        rows = [r.to_json() for r in demo_records(3, seed=1)]  # type: ignore[attr-defined]
        rows[2]["rating_after"] = 12
        bad.write_text(json.dumps(rows), encoding="utf-8")
        page.files.import_from(bad)
    code = app.exec()
    history.close()
    return code


if __name__ == "__main__":
    sys.exit(main())
