"""Fill in the summary, then "Save as PDF…": ratings, tags, who it is for, practice at home.

Every line the therapist adds is optional; nothing here is saved anywhere but in the PDF
they choose to write. It opens on the therapist's screen (presenter mode keeps the
client's screen for the session).
"""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from breathe.i18n import QT_TRANSLATE_NOOP, fill
from breathe.ui.home.practice_card import apply_type_scale, link_button, set_type_scale
from breathe.ui.session.report import (
    MAX_CLIENT,
    MAX_HOME,
    MAX_NOTE,
    SessionReport,
    suggested_name,
    write_pdf,
)
from breathe.ui.session.summary import duration_text
from breathe.ui.widgets.focus_ring import RingedSpinBox
from breathe.ui.widgets.live_label import LiveLabel
from breathe.ui.widgets.prompts import choose_file
from breathe.ui.widgets.screen_fit import resize_within_screen
from breathe.ui.widgets.vertical_scroll import VerticalScroll

log = logging.getLogger(__name__)

# marked for translation here, translated where shown
PDF_FILTER = QT_TRANSLATE_NOOP("ReportDialog", "PDF documents (*.pdf)")
STYLE = """
QSpinBox QLineEdit { border: none; padding: 0px; background: transparent; }
QPlainTextEdit { background: palette(base); color: palette(text); border: 1px solid palette(mid);
                 border-radius: 8px; padding: 4px; }
QPlainTextEdit:focus { border: 2px solid palette(link); padding: 3px; }
"""


class ReportDialog(QDialog):
    """Fill in the ratings, who it is for, practice at home and a note; "Save as PDF…".

    Args:
        report: the session as it ended.
        home_suggestion: what "Same as today" puts in the practice-at-home line.

    Signals:
        saved(Path): the summary was written there.
    """

    saved = Signal(Path)

    def __init__(
        self,
        report: SessionReport,
        parent: QWidget | None = None,
        *,
        home_suggestion: str = "",
    ) -> None:
        super().__init__(parent)
        self.report = report
        self.home_suggestion = home_suggestion
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
        # the form scrolls on a small screen (large type); the buttons stay in sight
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(24, 20, 24, 8)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(facts)
        layout.addLayout(self._build_form())
        self.message = LiveLabel("", self, purpose=self.tr("Summary message"))
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)
        layout.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 16)
        outer.setSpacing(8)
        outer.addWidget(VerticalScroll(page), 1)
        buttons = self._build_buttons()
        buttons.setContentsMargins(24, 0, 24, 0)
        outer.addLayout(buttons)
        apply_type_scale(self)
        resize_within_screen(
            self, max(560, self.fontMetrics().averageCharWidth() * 76), self.sizeHint().height()
        )

    def _build_form(self) -> QFormLayout:
        form = QFormLayout()
        report = self.report
        self.client = self._line(
            report.client, MAX_CLIENT, self.tr("Initials or an alias (optional)")
        )
        self.client.setAccessibleName(self.tr("Who the summary is for (optional)"))
        form.addRow(self.tr("For"), self.client)
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
        if report.tags:
            tags = QLabel(", ".join(report.tags), self)
            tags.setTextFormat(Qt.TextFormat.PlainText)
            tags.setWordWrap(True)
            form.addRow(self.tr("Tags"), tags)
        self.home = self._line(
            report.home_practice, MAX_HOME, self.tr("e.g. 4-6 breathing, 8 min, each evening")
        )
        self.home.setAccessibleName(self.tr("Practice at home (optional)"))
        self.same_button = link_button(
            self.tr("Same as today"), self.tr("Practice at home: the same as today"), self
        )
        self.same_button.clicked.connect(lambda: self.home.setText(self.home_suggestion))
        self.same_button.setVisible(bool(self.home_suggestion))
        home = QHBoxLayout()
        home.addWidget(self.home, 1)
        home.addWidget(self.same_button)
        form.addRow(self.tr("Practice at home"), home)
        self.note = QPlainTextEdit(report.note, self)
        self.note.setAccessibleName(self.tr("A short note"))
        self.note.setPlaceholderText(self.tr("A short note for the record (optional)"))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.fontMetrics().lineSpacing() * 4)
        form.addRow(self.tr("Note"), self.note)
        return form

    def _build_buttons(self) -> QHBoxLayout:
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
        return bottom

    def _line(self, text: str, limit: int, placeholder: str) -> QLineEdit:
        line = QLineEdit(text, self)
        line.setMaxLength(limit)
        line.setPlaceholderText(placeholder)
        return line

    def _score(self, name: str, value: int | None) -> QSpinBox:
        box = RingedSpinBox(self)
        box.setMinimumWidth(box.fontMetrics().horizontalAdvance(self.tr("not asked")) + 48)
        box.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        box.setRange(-1, 10)
        box.setSpecialValueText(self.tr("not asked"))  # shown for -1
        box.setValue(-1 if value is None else value)
        box.setAccessibleName(fill(self.tr("%1, 0 to 10"), name))
        return box

    def filled_in(self) -> SessionReport:
        """The report with the ratings and lines as entered."""

        def score(box: QSpinBox) -> int | None:
            return None if box.value() < 0 else box.value()

        return replace(
            self.report,
            stress_before=score(self.stress_before),
            stress_after=score(self.stress_after),
            pain_before=score(self.pain_before),
            pain_after=score(self.pain_after),
            client=self.client.text().strip()[:MAX_CLIENT],
            home_practice=self.home.text().strip()[:MAX_HOME],
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
            name_filter=self.tr(PDF_FILTER),
            suggested=str(Path(folder) / suggested_name(self.report)),
            suffix="pdf",
        )

    def save_to(self, path: Path) -> bool:
        """Write the summary to ``path``; says how it went."""
        try:
            write_pdf(self.filled_in(), path)
        except OSError as exc:
            log.warning("summary not saved: %s", exc.strerror or type(exc).__name__)
            self.message.setText(
                fill(self.tr("The summary could not be saved: %1"), exc.strerror or exc)
            )
            return False
        self.message.setText(fill(self.tr("Saved to %1"), path))
        self.saved.emit(path)
        return True
