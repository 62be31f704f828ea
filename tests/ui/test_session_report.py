"""The one-page session summary PDF: written whole, one page, and saying what happened."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QImage
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from breathe import language
from breathe.engine.practices.breathing import change_pace
from breathe.engine.practices.catalog import build_plan
from breathe.i18n import install_translators
from breathe.ui.session.report import (
    MAX_CLIENT,
    MAX_HOME,
    MAX_NOTE,
    report_for,
    report_html,
    suggested_name,
    write_pdf,
)
from breathe.ui.session.report_chart import AFTER
from breathe.ui.session.report_details import home_practice_suggestion, practice_title
from breathe.ui.session.report_dialog import ReportDialog

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
    assert "Pace 6 breaths a minute" in text
    assert "Stress 7 before, 4 after" in text
    assert "Pain 6 before, 5 after" in text
    assert "Calmer after." in text
    assert "the whole session" in text
    assert [p.name for p in tmp_path.iterdir()] == ["summary.pdf"]  # no temp file left


def test_the_longest_summary_still_fits_one_page(qapp: QApplication, tmp_path: Path) -> None:
    plan = build_plan(
        "relaxation",
        {"groups": 16, "release_only": True, "gentle": "neck,jaw", "skip": "left-hand,right-foot"},
    )
    note = ("Worked on the neck and shoulders; " * 40)[: MAX_NOTE + 200]
    ratings = {"rating_before": 10, "rating_after": 0, "pain_before": 9, "pain_after": 8}
    report = report_for(
        plan, "stopped", 95.0, ratings, note=note, started_at=WHEN, tags=["flare", "x" * 40] * 5
    )
    report = replace(report, client="W" * MAX_CLIENT, home_practice="W " * (MAX_HOME // 2))
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
    report = replace(report, client="<i>J.</i>", home_practice="<a href='x'>grounding</a>")
    path = tmp_path / "g.pdf"
    write_pdf(report, path)
    _pages, text = pdf_text(path)
    assert "<b>felt & heard</b>" in text
    assert "For <i>J.</i>" in text
    assert "Practice at home <a href='x'>grounding</a>" in text
    assert "Not rated in this session." in text  # never a zero
    assert "9 of 9 prompts: 3 seen, 3 heard, 3 small movements" in text


def test_the_summary_reads_back_as_text_and_draws_its_chart(
    qapp: QApplication, tmp_path: Path
) -> None:
    """What pdftotext (poppler) reads, and what pdftoppm draws, as a second reader would."""
    if not (shutil.which("pdftotext") and shutil.which("pdftoppm")):
        pytest.skip("poppler-utils is missing (apt-get install poppler-utils; CI has it)")
    plan = change_pace(build_plan("box", {}), 20.0, 1.1)
    ratings = {"rating_before": 7, "rating_after": 3, "pain_before": 5}
    report = report_for(plan, "stopped", 200.0, ratings, tags=["work"], started_at=WHEN)
    report = replace(report, client="J.D.", home_practice="Box breathing, 4 min, twice a day")
    path = tmp_path / "s.pdf"
    write_pdf(report, path)
    text = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True, timeout=60
    ).stdout
    words = " ".join(text.split())
    for expected in (
        "Session summary",
        "For J.D. · Custom breathing, from box · Tuesday 04 March 2025, 14:05",
        "Pace 3.8 breaths a minute at the start, 3.4 at the end (changed during the session)",
        "Tags Work",
        "Stress 7 before, 3 after",
        "Pain 5 before, not rated after",
        "Practice at home Box breathing, 4 min, twice a day",
    ):
        assert expected in words
    subprocess.run(
        ["pdftoppm", "-r", "30", "-png", "-singlefile", str(path), str(tmp_path / "page")],
        check=True,
        timeout=60,
    )
    page = QImage(str(tmp_path / "page.png"))
    assert page.width() < page.height()  # portrait A4
    dark = AFTER.rgb() & 0xFFFFFF
    assert any(
        abs((page.pixel(x, y) & 0xFF) - (dark & 0xFF)) < 24
        and abs(((page.pixel(x, y) >> 16) & 0xFF) - (dark >> 16)) < 24
        for x in range(page.width())
        for y in range(page.height() // 3, page.height() * 2 // 3)
    )  # the chart's dark "after" bar is on the page


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
    grounding = build_plan("grounding", {"variant": "5-4-3-2-1"})
    assert dict(report_for(grounding, "stopped", 5.0).details) == {"Noticed": "0 of 15 prompts"}
    assert dict(report_for(grounding, "completed", grounding.total_seconds).details) == {
        "Noticed": "15 of 15 prompts: 5 seen, 3 heard, 4 felt, 2 smelled, 1 tasted"
    }
    slower = change_pace(box, 20.0, 1.1)
    details = dict(report_for(slower, "completed", slower.total_seconds).details)
    assert details["Pace"] == (
        "3.8 breaths a minute at the start, 3.4 at the end (changed during the session)"
    )
    assert practice_title(slower) == "Custom breathing, from box"


def test_same_as_today_suggests_the_practice_as_it_was_chosen() -> None:
    assert home_practice_suggestion(build_plan("box", {})) == "Box breathing, 4 min"
    slower = change_pace(build_plan("box", {}), 20.0, 1.1)
    assert home_practice_suggestion(slower) == "Box breathing, 4 min"
    custom = build_plan("breathing", {"pattern": "4-6", "minutes": 8})
    assert home_practice_suggestion(custom) == "4-6 breathing, 8 min"
    assert home_practice_suggestion(build_plan("grounding", {})) == "3-3-3 grounding"
    relaxation = build_plan("relaxation", {"groups": 7, "skip": "left-hand", "gentle": "neck"})
    assert home_practice_suggestion(relaxation).startswith("Muscle relaxation")


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
    assert "Stress 6 before, 3 after" in text
    assert "Slower breathing helped." in text
    assert not dialog.save_to(tmp_path / "missing" / "x.pdf")
    assert dialog.message.text().startswith("The summary could not be saved")


def test_the_dialog_takes_who_it_is_for_and_practice_at_home(qtbot: QtBot, tmp_path: Path) -> None:
    plan = build_plan("box", {})
    report = report_for(plan, "completed", plan.total_seconds, tags=["work"])
    dialog = ReportDialog(report, home_suggestion=home_practice_suggestion(plan))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.client.text() == "" and dialog.home.text() == ""  # never required
    assert dialog.client.maxLength() == MAX_CLIENT and dialog.home.maxLength() == MAX_HOME
    dialog.same_button.click()
    assert dialog.home.text() == "Box breathing, 4 min"
    dialog.home.setText("  Box breathing, 4 min, before bed ")
    dialog.client.setText(" J. ")
    filled = dialog.filled_in()
    assert (filled.client, filled.home_practice, filled.tags) == (
        "J.",
        "Box breathing, 4 min, before bed",
        ("work",),
    )
    target = tmp_path / "s.pdf"
    assert dialog.save_to(target)
    _pages, text = pdf_text(target)
    assert "For J. · Box breathing" in text
    assert "Practice at home Box breathing, 4 min, before bed" in text
    assert "Tags Work" in text
    without = ReportDialog(report)
    qtbot.addWidget(without)
    assert not without.same_button.isVisibleTo(without)  # nothing to suggest


def test_the_summary_is_in_the_language_in_force(qapp: QApplication) -> None:
    language.use("fr")
    installed = install_translators(qapp)
    try:
        box = change_pace(build_plan("box", {}), 20.0, 1.1)
        report = report_for(box, "completed", box.total_seconds, started_at=WHEN)
        details = dict(report.details)
        assert report.practice == "Respiration personnalisée, d’après box"
        assert details["Rhythm"].startswith("4 s d’inspiration, 4 s de rétention")
        assert details["Pace"].startswith("3,8 respirations par minute au début, 3,4 à la fin")
        assert "mardi 4 mars 2025 à 14:05" in report_html(report)
        grounding = build_plan("grounding", {})
        noticed = dict(report_for(grounding, "completed", grounding.total_seconds).details)
        assert noticed["Noticed"] == (
            "9 sur 9 éléments\u00a0: 3 par la vue, 3 par l’ouïe, 3 petits mouvements"
        )
        relaxation = build_plan("relaxation", {"release_only": True, "skip": "left-hand"})
        left_out = dict(report_for(relaxation, "completed", 10.0).details)
        assert left_out["Style"] == "relâchement seul, sans contraction"
        assert left_out["Left out"] == "main gauche"
        assert report_for(build_plan("box", {}), "completed", 1.0).practice == (
            "Respiration : Carrée"
        )
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        QLocale.setDefault(QLocale.c())
        QLocale.setDefault(QLocale.system())
