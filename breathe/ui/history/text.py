"""How a session reads in the history: its practice, start, status and ratings, in words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from breathe.engine.practices.breathing import describe
from breathe.engine.practices.grounding import VARIANTS
from breathe.i18n import plural
from breathe.store.history_record import SessionRecord
from breathe.store.insights import title


def sessions_text(n: int) -> str:
    """``1 session``, ``2,000 sessions``."""
    return plural("HistoryModel", "%n session", "%n sessions", n)


def status_text(status: str) -> str:
    """How a status reads to a person: a running session is "in progress"."""
    words = {
        "running": QCoreApplication.translate("HistoryModel", "In progress"),
        "completed": QCoreApplication.translate("HistoryModel", "Completed"),
        "stopped": QCoreApplication.translate("HistoryModel", "Ended early"),
        "interrupted": QCoreApplication.translate("HistoryModel", "Interrupted"),
    }
    return words.get(status, status)


def practice_text(r: SessionRecord) -> str:
    """``Box breathing · 4 min``, ``5-4-3-2-1 grounding``, ``Muscle relaxation · 7 groups``."""
    if r.practice == "breathing":
        return describe(r.options, r.preset)
    variant = VARIANTS.get(str(r.options.get("variant", "")))
    if r.practice == "grounding" and variant is not None:
        return variant.title
    text = title(r.practice, r.preset)
    groups = r.options.get("groups")
    if r.practice == "relaxation" and isinstance(groups, int):
        text += " · " + QCoreApplication.translate("HistoryModel", "%1 groups").replace(
            "%1", str(groups)
        )
    if r.practice == "relaxation" and r.options.get("release_only"):
        text += " · " + QCoreApplication.translate("HistoryModel", "release only")
    return text


def when_text(r: SessionRecord) -> str:
    """The start in the local time zone, e.g. ``Mon 3 Mar 2025, 09:30``."""
    moment = QDateTime.fromSecsSinceEpoch(round(r.started.timestamp()))
    # Translators: Qt date format codes (ddd: short weekday, d: day, MMM: short month,
    # yyyy: year, HH:mm: hours and minutes), written as your language writes a date
    pattern = QCoreApplication.translate("HistoryModel", "ddd d MMM yyyy, HH:mm", "date format")
    return QLocale().toString(moment, pattern)


def before_after(before: int | None, after: int | None) -> str:
    """``6 → 4``; ``6 → –`` when only one was rated; empty when neither was."""
    if before is None and after is None:
        return ""
    return f"{'–' if before is None else before} → {'–' if after is None else after}"


def spoken_change(subject: str, before: int | None, after: int | None) -> str:
    if before is None and after is None:
        return QCoreApplication.translate("HistoryModel", "%1 not rated").replace("%1", subject)
    parts = [
        f"{word} {value}"
        for word, value in (
            (QCoreApplication.translate("HistoryModel", "before"), before),
            (QCoreApplication.translate("HistoryModel", "after"), after),
        )
        if value is not None
    ]
    return f"{subject} " + ", ".join(parts)
