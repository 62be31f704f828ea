"""The one-page session summary PDF: written whole, one page, and saying what happened."""

from __future__ import annotations

import re
from datetime import datetime, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from breathe.engine.practices.catalog import build_plan
from breathe.ui.session.report import (
    MAX_NOTE,
    ReportDialog,
    practice_title,
    report_for,
    suggested_name,
    write_pdf,
)

WHEN = datetime(2025, 3, 4, 14, 5, tzinfo=timezone.utc)


def pdf_text(path: Path) -> tuple[int, str]:
    """(pages, text of every page) as a PDF reader sees them."""
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    text = "\n".join(document.getAllText(i).text() for i in range(document.pageCount()))
    pages = document.pageCount()
    document.close()
    return pages, " ".join(text.split())


def test_a_summary_is_one_pdf_page_with_the_session_on_it(
    qapp: QApplication, tmp_path: Path
) -> None:
    plan = build_plan("breathing", {"pattern": "4-6", "minutes": 8})
    ratings = {"rating_before": 7, "rating_after": 4, "pain_before": 6, "pain_after": 5}
    report = report_for(plan, "completed", plan.total_seconds, ratings, note="Calmer after.")
    path = tmp_path / "summary.pdf"
    write_pdf(report, path)
    assert path.read_bytes().startswith(b"%PDF")
    pages, text = pdf_text(path)
    assert pages == 1
    assert "4-6 breathing" in text
    assert "4 s in, 6 s out" in text
    assert "7 / 10 before · 4 / 10 after" in text
    assert "6 / 10 before · 5 / 10 after" in text
    assert "Calmer after." in text
    assert "the whole session" in text
    assert [p.name for p in tmp_path.iterdir()] == ["summary.pdf"]  # no temp file left


def test_the_longest_summary_still_fits_one_page(qapp: QApplication, tmp_path: Path) -> None:
    plan = build_plan(
        "relaxation",
        {"groups": 16, "release_only": True, "gentle": "neck,jaw", "skip": "left-hand,right-foot"},
    )
    note = ("Worked on the neck and shoulders; " * 40)[: MAX_NOTE + 200]
    report = report_for(plan, "stopped", 95.0, note=note, started_at=WHEN)
    assert len(report.note) == MAX_NOTE
    path = tmp_path / "long.pdf"
    write_pdf(report, path)
    pages, text = pdf_text(path)
    assert pages == 1
    assert "Muscle relaxation" in text
    assert "release only" in text
    assert "left hand, right foot" in text
    assert "ended early, by choice" in text
    assert "Tuesday 04 March 2025, 14:05" in text


def test_the_persons_words_are_shown_as_typed(qapp: QApplication, tmp_path: Path) -> None:
    plan = build_plan("grounding", {})
    report = report_for(plan, "completed", plan.total_seconds, note="<b>felt & heard</b>")
    path = tmp_path / "g.pdf"
    write_pdf(report, path)
    _pages, text = pdf_text(path)
    assert "<b>felt & heard</b>" in text
    assert "– before · – after" in text  # not asked: a dash, never a zero


def test_a_folder_that_does_not_exist_raises_and_leaves_nothing(
    qapp: QApplication, tmp_path: Path
) -> None:
    plan = build_plan("box", {})
    with pytest.raises(OSError):
        write_pdf(report_for(plan, "completed", 10.0), tmp_path / "missing" / "s.pdf")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("name", "options", "title"),
    [
        ("box", {}, "Box breathing"),
        ("breathing", {"bpm": 5}, "Paced breathing"),
        ("grounding", {"variant": "5-4-3-2-1"}, "5-4-3-2-1 grounding"),
        ("relaxation", {}, "Muscle relaxation"),
    ],
)
def test_practice_titles(name: str, options: dict[str, object], title: str) -> None:
    assert practice_title(build_plan(name, options)) == title


def test_what_each_practice_reports() -> None:
    resonance = build_plan("resonance", {})
    details = dict(report_for(resonance, "completed", resonance.total_seconds).details)
    assert details["Rhythm"] == "6.5 down to 4.5 breaths a minute"
    bpm = build_plan("breathing", {"bpm": 5})
    details = dict(report_for(bpm, "stopped", 30.0).details)
    assert details["Rhythm"] == "5 breaths a minute"
    assert re.fullmatch(r"\d+ of 25", details["Breaths"])  # too short to say a rate
    box = build_plan("box", {})
    assert dict(report_for(box, "completed", 1.0).details)["Rhythm"] == (
        "4 s in, 4 s hold, 4 s out, 4 s hold"
    )
    grounding = build_plan("grounding", {})
    assert dict(report_for(grounding, "completed", 5.0).details) == {"Items": "9"}


def test_the_suggested_file_name() -> None:
    report = report_for(build_plan("4-7-8", {}), "completed", 1.0, started_at=WHEN)
    assert suggested_name(report) == "breathe-summary-2025-03-04-4-7-8-breathing.pdf"


def test_the_dialog_takes_ratings_and_a_note_and_saves(qtbot: QtBot, tmp_path: Path) -> None:
    plan = build_plan("coherent", {})
    dialog = ReportDialog(report_for(plan, "completed", plan.total_seconds, {"rating_before": 6}))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.stress_before.value() == 6
    assert dialog.stress_after.text() == "not asked"
    dialog.stress_after.setValue(3)
    dialog.note.setPlainText("Slower breathing helped.")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    chooser = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog) and w.isVisible()
    )
    assert chooser.selectedFiles()[0].endswith("-coherent-breathing.pdf")
    target = tmp_path / "client-a.pdf"
    chooser.selectFile(str(target))
    with qtbot.waitSignal(dialog.saved) as saved:
        chooser.accept()
    assert saved.args == [target]
    assert dialog.message.text() == f"Saved to {target}"
    _pages, text = pdf_text(target)
    assert "6 / 10 before · 3 / 10 after" in text
    assert "Slower breathing helped." in text
    assert not dialog.save_to(tmp_path / "missing" / "x.pdf")
    assert dialog.message.text().startswith("The summary could not be saved")
