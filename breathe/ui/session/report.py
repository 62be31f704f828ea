"""A one-page session summary as PDF, for the clinical record, made with Qt's own printing.

``report_for`` gathers what the page says (practice, its settings, date, duration, stress
and pain before and after, a short note); ``write_pdf`` lays it out with ``QTextDocument``
on an A4 ``QPdfWriter``; ``ReportDialog`` lets the therapist fill in the ratings and note
and choose where the file goes.
"""

from __future__ import annotations

import html
import logging
import os
import re
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMarginsF, QStandardPaths, Qt, Signal
from PySide6.QtGui import QIcon, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from breathe import __version__
from breathe.engine import choices
from breathe.engine.pacing import breath_count
from breathe.engine.practices.steps import Plan
from breathe.i18n import fill
from breathe.ui.home.practice_card import apply_type_scale, set_type_scale
from breathe.ui.session.summary import duration_text
from breathe.ui.widgets.focus_ring import RingedSpinBox
from breathe.ui.widgets.prompts import choose_file

log = logging.getLogger(__name__)

#: a short note keeps the summary on one page
MAX_NOTE = 600
PDF_FILTER = "PDF documents (*.pdf)"
STYLE = """
QSpinBox QLineEdit { border: none; padding: 0px; background: transparent; }
QPlainTextEdit { background: palette(base); color: palette(text); border: 1px solid palette(mid);
                 border-radius: 8px; padding: 4px; }
QPlainTextEdit:focus { border: 2px solid palette(link); padding: 3px; }
"""
_PHASES = {2: ("in", "out"), 3: ("in", "hold", "out"), 4: ("in", "hold", "out", "hold")}


@dataclass(frozen=True)
class SessionReport:
    """What the one-page summary says."""

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
    note: str = ""


def _seconds(value: float) -> str:
    return f"{value:g} s"


def practice_title(plan: Plan) -> str:
    """``Box breathing``, ``4-6 breathing``, ``5-4-3-2-1 grounding``, ``Muscle relaxation``."""
    options = plan.options
    if plan.practice == "breathing":
        if plan.preset:
            return f"{choices.PRESET_NAMES.get(plan.preset, plan.preset)} breathing"
        if options.get("pattern"):
            return "-".join(f"{v:g}" for v in options["pattern"]) + " breathing"
        return "Paced breathing"
    if plan.practice == "grounding":
        variant = str(options.get("variant") or "3-3-3")
        return choices.GROUNDING_TITLES.get(variant, f"{variant} grounding")
    return "Muscle relaxation"


def _breathing_details(plan: Plan, elapsed: float) -> list[tuple[str, str]]:
    options = plan.options
    details = []
    pattern = options.get("pattern")
    if pattern and len(pattern) in _PHASES:
        parts = zip(pattern, _PHASES[len(pattern)], strict=True)
        rhythm = ", ".join(f"{_seconds(v)} {phase}" for v, phase in parts if v)
        details.append(("Rhythm", rhythm))
    if options.get("rates"):
        rates = options["rates"]
        details.append(("Rhythm", f"{rates[0]:g} down to {rates[-1]:g} breaths a minute"))
    elif options.get("bpm"):
        details.append(("Rhythm", f"{options['bpm']:g} breaths a minute"))
    done, total = breath_count(plan, elapsed)
    breaths = f"{done} of {total}"
    if done and elapsed >= 60:
        breaths += f" (about {done / (elapsed / 60):.1f} a minute)"
    details.append(("Breaths", breaths))
    return details


def _relaxation_details(options: Mapping[str, Any]) -> list[tuple[str, str]]:
    details = [("Muscle groups", str(options.get("groups") or 16))]
    if options.get("release_only"):
        details.append(("Style", "release only, no tensing"))
    if options.get("side"):
        details.append(("Starting side", str(options["side"])))
    for key, label in (("gentle", "Gently"), ("skip", "Left out")):
        if options.get(key):
            details.append((label, ", ".join(options[key]).replace("-", " ")))
    return details


def report_for(
    plan: Plan,
    status: str,
    elapsed: float,
    ratings: Mapping[str, int | None] | None = None,
    *,
    note: str = "",
    started_at: datetime | None = None,
) -> SessionReport:
    """The summary of a session that ran ``elapsed`` seconds and ended with ``status``.

    ``ratings`` uses history's names: ``rating_before``, ``rating_after``,
    ``pain_before``, ``pain_after``.
    """
    ratings = ratings or {}
    if plan.practice == "breathing":
        details = _breathing_details(plan, elapsed)
    elif plan.practice == "relaxation":
        details = _relaxation_details(plan.options)
    else:
        details = [("Items", str(sum(1 for s in plan.steps if s.kind not in ("intro", "outro"))))]
    now = datetime.now().astimezone()
    return SessionReport(
        practice=practice_title(plan),
        details=tuple(details),
        started_at=started_at or now,
        duration_seconds=elapsed,
        planned_seconds=plan.total_seconds,
        completed=status == "completed",
        stress_before=ratings.get("rating_before"),
        stress_after=ratings.get("rating_after"),
        pain_before=ratings.get("pain_before"),
        pain_after=ratings.get("pain_after"),
        note=note[:MAX_NOTE],
    )


def _rating(before: int | None, after: int | None) -> str:
    shown = ["\u2013" if v is None else f"{v} / 10" for v in (before, after)]
    return f"{shown[0]} before \u00b7 {shown[1]} after"


def report_html(report: SessionReport) -> str:
    """The summary as simple HTML for ``QTextDocument`` (the person's words are escaped)."""
    when = report.started_at.strftime("%A %d %B %Y, %H:%M")
    rows = [("Practice", report.practice), *report.details, ("Date", when)]
    if report.completed:
        duration = f"{duration_text(report.duration_seconds)}, the whole session"
    else:
        duration = (
            f"{duration_text(report.duration_seconds)} of "
            f"{duration_text(report.planned_seconds)} planned (ended early, by choice)"
        )
    rows.append(("Duration", duration))
    rows.append(("Stress (0 calm, 10 worst)", _rating(report.stress_before, report.stress_after)))
    rows.append(("Pain (0 none, 10 worst)", _rating(report.pain_before, report.pain_after)))
    cells = "".join(
        f"<tr><td class='k' width='34%'>{html.escape(k)}</td><td>{html.escape(v)}</td></tr>"
        for k, v in rows
    )
    note = html.escape(report.note.strip()) or "\u2013"
    note = note.replace("\n", "<br>")
    return (
        "<html><head><style>"
        "body { font-family: sans-serif; font-size: 11pt; color: #1F2A33; }"
        "h1 { font-size: 18pt; font-weight: 600; margin-bottom: 2pt; }"
        ".sub { color: #4F5B63; margin-top: 0; margin-bottom: 10pt; }"
        "td.k { color: #4F5B63; }"
        "h2 { font-size: 12pt; font-weight: 600; margin-top: 16pt; }"
        ".foot { color: #4F5B63; font-size: 9pt; margin-top: 24pt; }"
        "</style></head><body>"
        "<h1>Session summary</h1>"
        "<p class='sub'>One session with breathe, for the record.</p>"
        f"<table cellspacing='0' cellpadding='4' width='100%'>{cells}</table>"
        f"<h2>Note</h2><p>{note}</p>"
        f"<p class='foot'>Made with breathe {html.escape(__version__)}. "
        "Ratings are the person's own, given at the time. Nothing was sent anywhere.</p>"
        "</body></html>"
    )


def write_pdf(report: SessionReport, path: Path) -> None:
    """Write the one-page A4 summary to ``path`` (whole or not at all).

    Raises:
        OSError: the file could not be written (its folder is missing or not writable).
    """
    fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        writer = QPdfWriter(str(tmp))
        writer.setTitle(f"Session summary: {report.practice}")
        writer.setCreator("breathe")
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        # QTextDocument.print_ adds its own 2 cm margin around the text
        writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
        document = QTextDocument()
        document.setHtml(report_html(report))
        document.print_(writer)
        del writer  # finishes the file
        if tmp.stat().st_size == 0:
            raise OSError(f"the PDF for {path.name} came out empty")
        tmp.replace(path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    log.info("session summary saved to %s", path)


def suggested_name(report: SessionReport) -> str:
    """``breathe-summary-2025-03-01-box-breathing.pdf``."""
    slug = re.sub(r"[^a-z0-9]+", "-", report.practice.lower()).strip("-")
    return f"breathe-summary-{report.started_at:%Y-%m-%d}-{slug}.pdf"


class ReportDialog(QDialog):
    """Fill in the ratings and a short note, then "Save as PDF…".

    Signals:
        saved(Path): the summary was written there.
    """

    saved = Signal(Path)

    def __init__(self, report: SessionReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(self.tr("Session summary"))
        self.setAccessibleName(self.tr("Session summary"))
        self.setStyleSheet(STYLE)
        heading = QLabel(self.tr("Session summary"), self)
        set_type_scale(heading, 1.35, bold=True)
        facts = QLabel(
            fill(self.tr("%1 \u00b7 %2"), report.practice, duration_text(report.duration_seconds)),
            self,
        )
        facts.setWordWrap(True)
        form = QFormLayout()
        self.stress_before = self._score(self.tr("Stress before"), report.stress_before)
        self.stress_after = self._score(self.tr("Stress after"), report.stress_after)
        self.pain_before = self._score(self.tr("Pain before"), report.pain_before)
        self.pain_after = self._score(self.tr("Pain after"), report.pain_after)
        for label, box in (
            (self.tr("Stress before"), self.stress_before),
            (self.tr("Stress after"), self.stress_after),
            (self.tr("Pain before"), self.pain_before),
            (self.tr("Pain after"), self.pain_after),
        ):
            form.addRow(label, box)
        self.note = QPlainTextEdit(report.note, self)
        self.note.setAccessibleName(self.tr("A short note"))
        self.note.setPlaceholderText(self.tr("A short note for the record (optional)"))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.fontMetrics().lineSpacing() * 5)
        form.addRow(self.tr("Note"), self.note)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Summary message"))
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.save_button = QPushButton(self.tr("Save as PDF\u2026"), self)
        self.save_button.setAccessibleName(self.tr("Save the summary as PDF"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.ask_save)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))
        close.setIcon(QIcon())
        bottom = QHBoxLayout()
        bottom.addWidget(self.save_button)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(facts)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(bottom)
        apply_type_scale(self)
        self.resize(max(520, self.fontMetrics().averageCharWidth() * 70), self.sizeHint().height())

    def _score(self, name: str, value: int | None) -> QSpinBox:
        box = RingedSpinBox(self)
        box.setMinimumWidth(box.fontMetrics().horizontalAdvance("not asked") + 48)
        box.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        box.setRange(-1, 10)
        box.setSpecialValueText(self.tr("not asked"))  # shown for -1
        box.setValue(-1 if value is None else value)
        box.setAccessibleName(fill(self.tr("%1, 0 to 10"), name))
        return box

    def filled_in(self) -> SessionReport:
        """The report with the ratings and note as entered."""

        def score(box: QSpinBox) -> int | None:
            return None if box.value() < 0 else box.value()

        return replace(
            self.report,
            stress_before=score(self.stress_before),
            stress_after=score(self.stress_after),
            pain_before=score(self.pain_before),
            pain_after=score(self.pain_after),
            note=self.note.toPlainText().strip()[:MAX_NOTE],
        )

    def ask_save(self) -> None:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        ) or str(Path.home())
        choose_file(
            self,
            self.tr("Save summary as PDF"),
            self.save_to,
            save=True,
            name_filter=PDF_FILTER,
            suggested=str(Path(folder) / suggested_name(self.report)),
            suffix="pdf",
        )

    def save_to(self, path: Path) -> bool:
        """Write the summary to ``path``; says how it went."""
        try:
            write_pdf(self.filled_in(), path)
        except OSError as exc:
            log.warning("summary not saved: %s", exc)
            self.message.setText(
                fill(self.tr("The summary could not be saved: %1"), exc.strerror or exc)
            )
            return False
        self.message.setText(fill(self.tr("Saved to %1"), path))
        self.saved.emit(path)
        return True
