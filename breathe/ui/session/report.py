"""A one-page session summary as PDF, for the clinical record or for the client to keep.

``report_for`` gathers what the page says: the practice and its rhythm in words, the pace
(and whether it was changed; ``report_details`` words these), how long, stress and pain
before and after (drawn as a small chart, ``report_chart``), the tags, and two optional
lines the therapist chooses: who it is for (initials or an alias) and what to practise at
home. ``write_pdf`` lays it out with ``QTextDocument`` on an A4 ``QPdfWriter`` and saves it
whole or not at all. The dialog that fills it in is ``report_dialog.ReportDialog``.

Only what was entered for this session is on the page: no history, no private notes.
"""

from __future__ import annotations

import html
import logging
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QMarginsF,
    QSizeF,
    QTime,
    QUrl,
)
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from breathe import __version__
from breathe.engine.practices.steps import Plan
from breathe.i18n import fill
from breathe.store.atomic import atomic_target
from breathe.ui.session.report_chart import CHART_URL, CHART_WIDTH, rating_chart
from breathe.ui.session.report_details import details_for, practice_title
from breathe.ui.session.summary import TAG_NAMES, duration_text

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

#: a short note, "for" and home-practice line keep the summary on one page
MAX_NOTE = 600
MAX_CLIENT = 40
MAX_HOME = 200
MARGIN_CM = 2.0


@dataclass(frozen=True)
class SessionReport:
    """What the one-page summary says.

    ``client`` and ``home_practice`` are the therapist's own optional lines; ``note`` an
    optional note for the record.
    """

    practice: str
    details: tuple[tuple[str, str], ...]
    started_at: datetime
    duration_seconds: float
    planned_seconds: float
    completed: bool
    stress_before: int | None = None
    stress_after: int | None = None
    pain_before: int | None = None
    pain_after: int | None = None
    tags: tuple[str, ...] = ()
    client: str = ""
    home_practice: str = ""
    note: str = ""

    @property
    def rated(self) -> bool:
        scores = (self.stress_before, self.stress_after, self.pain_before, self.pain_after)
        return any(v is not None for v in scores)


def report_for(
    plan: Plan,
    status: str,
    elapsed: float,
    ratings: Mapping[str, int | None] | None = None,
    *,
    tags: Sequence[str] = (),
    note: str = "",
    started_at: datetime | None = None,
) -> SessionReport:
    """The summary of a session that ran ``elapsed`` seconds and ended with ``status``.

    ``ratings`` uses history's names: ``rating_before``, ``rating_after``,
    ``pain_before``, ``pain_after``.
    """
    ratings = ratings or {}
    return SessionReport(
        practice=practice_title(plan),
        details=details_for(plan, elapsed),
        started_at=started_at or datetime.now().astimezone(),
        duration_seconds=elapsed,
        planned_seconds=plan.total_seconds,
        completed=status == "completed",
        stress_before=ratings.get("rating_before"),
        stress_after=ratings.get("rating_after"),
        pain_before=ratings.get("pain_before"),
        pain_after=ratings.get("pain_after"),
        tags=tuple(tags),
        note=note[:MAX_NOTE],
    )


def _rating(before: int | None, after: int | None) -> str:
    shown = [
        translate("SessionReport", "not rated") if v is None else f"{v}" for v in (before, after)
    ]
    return fill(translate("SessionReport", "%1 before, %2 after"), *shown)


def _tags(tags: Sequence[str]) -> str:
    return ", ".join(
        translate("SessionSummary", TAG_NAMES[t]) if t in TAG_NAMES else t for t in tags
    )


def _length(report: SessionReport) -> str:
    if report.completed:
        return fill(
            translate("SessionReport", "%1, the whole session"),
            duration_text(report.duration_seconds),
        )
    return fill(
        translate("SessionReport", "%1 of %2 planned (ended early, by choice)"),
        duration_text(report.duration_seconds),
        duration_text(report.planned_seconds),
    )


def _table(rows: Sequence[tuple[str, str]]) -> str:
    """Label and value rows; a label is translated here (the details' are marked below)."""
    cells = "".join(
        f"<tr><td class='k' width='26%'>{html.escape(translate('SessionReport', k))}</td>"
        f"<td>{html.escape(v)}</td></tr>"
        for k, v in rows
    )
    return f"<table class='facts' cellspacing='0' cellpadding='6' width='100%'>{cells}</table>"


def _heading(text: str) -> str:
    return f"<h2>{html.escape(text)}</h2>"


#: the body's type in points; a long summary steps down until it fits one page
TYPE_SIZES = (13, 12, 11, 10, 9)


def _style(size: float) -> str:
    """The page's style sheet for body text of ``size`` points (the rest in proportion)."""

    def pt(factor: float) -> str:
        return f"{size * factor:.1f}pt"

    def px(factor: float) -> str:
        return f"{round(size * factor)}px"

    return (
        f"body {{ font-family: sans-serif; font-size: {pt(1)}; color: #1F2A33; }}"
        f"h1 {{ font-size: {pt(1.85)}; font-weight: 600; margin-bottom: 0px; }}"
        f".sub {{ color: #4F5B63; margin-top: {px(0.5)}; margin-bottom: {px(0.8)}; }}"
        f"h2 {{ font-size: {pt(1.08)}; font-weight: 600; color: #2E5E86;"
        f" margin-top: {px(2)}; margin-bottom: {px(0.5)}; }}"
        "td.k { color: #4F5B63; }"
        f".scale {{ color: #4F5B63; margin-top: 0px; margin-bottom: {px(0.6)}; }}"
        "table.home { background-color: #EEF3F7; border: 1px solid #9DB7CC;"
        f" margin-top: {px(2.3)}; }}"
        f".homehead {{ font-size: {pt(1.08)}; font-weight: 600; color: #2E5E86; margin: 0px; }}"
        f".home {{ font-size: {pt(1.08)}; margin-top: {px(0.5)}; }}"
        f".foot {{ color: #4F5B63; font-size: {pt(0.7)}; margin-top: {px(2.8)}; }}"
    )


def _when(moment: datetime) -> str:
    """The start as the session's own clock read it, in the words of the language in force."""
    shown = QDateTime(
        QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute)
    )
    # Translators: Qt date format codes (dddd: weekday, dd: day, MMMM: month, yyyy: year,
    # HH:mm: hours and minutes), written as your language writes a date in full
    pattern = translate("SessionReport", "dddd dd MMMM yyyy, HH:mm", "date format")
    return QLocale().toString(shown, pattern)


def report_html(report: SessionReport, size: float = TYPE_SIZES[0]) -> str:
    """The summary as simple HTML for ``QTextDocument`` (every entered word is escaped),
    with body text of ``size`` points."""
    when = _when(report.started_at)
    session = [
        (translate("SessionReport", "Practice"), report.practice),
        *report.details,
        (translate("SessionReport", "Length"), _length(report)),
        (translate("SessionReport", "Date"), when),
    ]
    if report.tags:
        session.append((translate("SessionReport", "Tags"), _tags(report.tags)))
    sub = [report.practice, when]
    if report.client.strip():
        sub.insert(0, fill(translate("SessionReport", "For %1"), report.client.strip()))
    parts = [
        f"<h1>{html.escape(translate('SessionReport', 'Session summary'))}</h1>",
        f"<p class='sub'>{html.escape(' · '.join(sub))}</p>",
        _heading(translate("SessionReport", "The session")),
        _table(session),
        _heading(translate("SessionReport", "Stress and pain")),
    ]
    if report.rated:
        stress = translate("SessionReport", "Stress")
        pain = translate("SessionReport", "Pain")
        scale = translate(
            "SessionReport", "From 0 (calm, no pain) to 10 (the worst), as the person said."
        )
        parts.append(f"<p class='scale'>{html.escape(scale)}</p>")
        parts.append(f"<p><img src='{CHART_URL}' width='{CHART_WIDTH}'></p>")
        parts.append(
            _table(
                [
                    (stress, _rating(report.stress_before, report.stress_after)),
                    (pain, _rating(report.pain_before, report.pain_after)),
                ]
            )
        )
    else:
        parts.append(
            f"<p>{html.escape(translate('SessionReport', 'Not rated in this session.'))}</p>"
        )
    if report.home_practice.strip():
        title = translate("SessionReport", "Practice at home")
        parts.append(
            "<table class='home' cellspacing='0' cellpadding='10' width='100%'><tr><td>"
            f"<p class='homehead'>{html.escape(title)}</p>"
            f"<p class='home'>{html.escape(report.home_practice.strip())}</p></td></tr></table>"
        )
    if report.note.strip():
        note = html.escape(report.note.strip()).replace("\n", "<br>")
        parts += [_heading(translate("SessionReport", "Note")), f"<p>{note}</p>"]
    foot = fill(
        translate(
            "SessionReport",
            "Made with breathe %1. Ratings are the person's own, given at the time. Only "
            "what was entered for this session is on this page; nothing was sent anywhere.",
        ),
        __version__,
    )
    parts.append(f"<p class='foot'>{html.escape(foot)}</p>")
    return f"<html><head><style>{_style(size)}</style></head><body>{''.join(parts)}</body></html>"


def one_page(report: SessionReport) -> QTextDocument:
    """The summary laid out on one A4 page (2 cm margins): the largest type that fits."""
    document = QTextDocument()
    if report.rated:
        chart = rating_chart(
            (report.stress_before, report.stress_after),
            (report.pain_before, report.pain_after),
        )
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(CHART_URL), chart)
    # laid out in screen pixels on a page of its own, so its page count is known before
    # printing; printing scales the page to the PDF's
    dpi = QGuiApplication.primaryScreen().logicalDotsPerInch()
    a4 = QPageSize(QPageSize.PageSizeId.A4).size(QPageSize.Unit.Inch)
    document.setPageSize(QSizeF(a4.width() * dpi, a4.height() * dpi))
    document.setDocumentMargin(MARGIN_CM / 2.54 * dpi)
    for size in TYPE_SIZES:
        document.setHtml(report_html(report, size))
        if document.pageCount() == 1:
            break
    return document


def write_pdf(report: SessionReport, path: Path) -> None:
    """Write the one-page A4 summary to ``path`` (whole or not at all).

    Raises:
        OSError: the file could not be written (its folder is missing or not writable).
    """
    document = one_page(report)
    with atomic_target(path) as tmp:
        writer = QPdfWriter(str(tmp))
        title = QCoreApplication.translate("SessionReport", "Session summary: %1")
        writer.setTitle(fill(title, report.practice))
        writer.setCreator("breathe")
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
        document.print_(writer)
        del writer  # finishes the file
    log.info("session summary saved")


def suggested_name(report: SessionReport) -> str:
    """``breathe-summary-2025-03-01-box-breathing.pdf`` (never the client's name)."""
    slug = re.sub(r"[^a-z0-9]+", "-", report.practice.lower()).strip("-")
    return f"breathe-summary-{report.started_at:%Y-%m-%d}-{slug}.pdf"
