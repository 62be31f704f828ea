"""Programmes to and from files: export one for a client, and see one from a file before
it is added (``ProgrammeOffer``: what it is, then Add or Try it).

The offer opens on a double-click on a ``.breathe-programme`` file, on "Import from a
file…" in the Programmes menu, or when a running breathe is handed such a file. Nothing
changes until the person presses Add; "Try it now" starts it once without keeping it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from breathe.engine.choices import describe
from breathe.i18n import QT_TRANSLATE_NOOP, fill
from breathe.launch import LaunchRequest
from breathe.store import programme_file
from breathe.store.errors import ConfigError
from breathe.store.programme_file import ProgrammeFile
from breathe.store.programmes import MAX_NAME, Programme, Programmes
from breathe.ui.home.practice_card import apply_type_scale, set_type_scale
from breathe.ui.widgets.prompts import choose_file

log = logging.getLogger(__name__)

# marked for translation here, translated where shown
PROGRAMME_FILTER = QT_TRANSLATE_NOOP(
    "ProgrammesDialog", "breathe programmes (*.breathe-programme);;All files (*)"
)


def choose_programme_file(parent: QWidget, on_chosen: Callable[[Path], object]) -> QFileDialog:
    """Ask which programme file to open (nothing is read until one is chosen)."""
    return choose_file(
        parent,
        QCoreApplication.translate("ProgrammesDialog", "Import a programme"),
        on_chosen,
        save=False,
        name_filter=QCoreApplication.translate("ProgrammesDialog", PROGRAMME_FILTER),
    )


def export_programme(
    parent: QWidget, name: str, programme: Programme, say: Callable[[str], object]
) -> QFileDialog:
    """Ask where to save ``programme`` as a file (in Documents by default), then save it.

    ``say`` gets one line: where it was saved, or why it could not be.
    """
    folder = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation
    ) or str(Path.home())

    def save(path: Path) -> None:
        try:
            programme_file.write(path, name, programme)
        except OSError as exc:
            log.warning("programme not exported: %s", exc)
            text = QCoreApplication.translate(
                "ProgrammesDialog", "The programme could not be saved: %1"
            )
            say(fill(text, exc.strerror or exc))
            return
        text = QCoreApplication.translate(
            "ProgrammesDialog", "Saved \u201c%1\u201d as %2, to hand to your client."
        )
        say(fill(text, name, path))

    return choose_file(
        parent,
        fill(QCoreApplication.translate("ProgrammesDialog", "Export \u201c%1\u201d"), name),
        save,
        save=True,
        name_filter=QCoreApplication.translate("ProgrammesDialog", PROGRAMME_FILTER),
        suggested=str(Path(folder) / programme_file.file_name(name)),
        suffix=programme_file.SUFFIX.lstrip("."),
    )


STYLE = """
QFrame#what, QLabel#what { background: palette(alternate-base); border: 1px solid palette(mid);
                           border-radius: 8px; padding: 10px 12px; }
QLabel#problem { color: palette(text); background: palette(alternate-base);
                 border: 1px solid palette(highlight); border-radius: 8px; padding: 6px 10px; }
"""


class ProgrammeOffer(QDialog):
    """Show the programme in a file and add it under a name, or try it once.

    Args:
        found: the checked programme and the name the file gives it.
        programmes: the person's programmes (added to and saved on Add).
        source: how to name where it came from (the file's name).

    Signals:
        added(str): it was added and saved under this name.
        start_requested(LaunchRequest): "Try it now" (or Start, when it is here already).
    """

    added = Signal(str)
    start_requested = Signal(object)

    def __init__(
        self,
        found: ProgrammeFile,
        programmes: Programmes,
        *,
        source: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.found = found
        self.programmes = programmes
        self.existing = programmes.find(found.programme)
        self.setWindowTitle(self.tr("A programme from a file"))
        self.setAccessibleName(self.tr("A programme from a file"))
        self.setStyleSheet(STYLE)
        heading = QLabel(
            self.tr("Add this programme?")
            if self.existing is None
            else self.tr("You have this programme already")
        )
        set_type_scale(heading, 1.35, bold=True)
        origin = QLabel(fill(self.tr("From %1"), source))
        origin.setTextFormat(Qt.TextFormat.PlainText)
        origin.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        origin.setWordWrap(True)
        self.what = QLabel(self.what_text(found.programme))
        self.what.setObjectName("what")
        self.what.setTextFormat(Qt.TextFormat.PlainText)  # a file's words are never markup
        self.what.setWordWrap(True)
        self.what.setAccessibleName(self.tr("What the programme does"))
        self.what.setAccessibleDescription(self.what.text())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(origin)
        layout.addWidget(self.what)
        self._build_name(layout)
        self.message = QLabel(self)
        self.message.setObjectName("problem")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setAccessibleName(self.tr("Programme message"))
        self.message.hide()
        layout.addWidget(self.message)
        layout.addLayout(self._build_buttons())
        apply_type_scale(self)
        self.resize(max(480, self.fontMetrics().averageCharWidth() * 64), self.sizeHint().height())

    def _build_name(self, layout: QVBoxLayout) -> None:
        """The name to keep it as (a taken one already numbered), or where it is already."""
        self.name = QLineEdit(self)
        self.name.setMaxLength(MAX_NAME)
        self.name.setAccessibleName(self.tr("Name for the programme"))
        if self.existing is not None:
            note = QLabel(fill(self.tr("It is saved as \u201c%1\u201d."), self.existing))
            note.setTextFormat(Qt.TextFormat.PlainText)
            note.setWordWrap(True)
            layout.addWidget(note)
            self.name.hide()
            return
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Keep it as")))
        row.addWidget(self.name, 1)
        layout.addLayout(row)
        self.name.setText(self.programmes.free_name(self.found.name))
        self.name.returnPressed.connect(self.add)

    def _build_buttons(self) -> QHBoxLayout:
        """Add (the default), Try it now, Not now; Start it when it is here already."""
        new = self.existing is None
        self.add_button = QPushButton(self.tr("Add to my programmes"), self)
        self.add_button.setAccessibleName(self.tr("Add to my programmes"))
        self.add_button.clicked.connect(self.add)
        self.add_button.setVisible(new)
        self.try_button = QPushButton(self.tr("Try it now") if new else self.tr("Start it"), self)
        self.try_button.setAccessibleName(
            self.tr("Start it once without adding it") if new else self.tr("Start this programme")
        )
        self.try_button.clicked.connect(self.try_it)
        close = QPushButton(self.tr("Not now"), self)
        close.setAccessibleName(self.tr("Not now: add nothing"))
        close.clicked.connect(self.reject)
        for button in (self.add_button, self.try_button, close):
            button.setAutoDefault(True)
        (self.add_button if new else self.try_button).setDefault(True)
        row = QHBoxLayout()
        row.addStretch(1)
        for button in (self.add_button, self.try_button, close):
            row.addWidget(button)
        return row

    def what_text(self, programme: Programme) -> str:
        """``“Client A”: 4-6 breathing, 8 min`` and what it sets, one per line."""
        lines = [
            fill(
                self.tr("\u201c%1\u201d: %2"),
                self.found.name,
                describe(programme.practice, programme.options),
            )
        ]
        lines += [f"\u2022 {line}" for line in self.session_lines(programme)]
        return "\n".join(lines)

    def session_lines(self, programme: Programme) -> list[str]:
        """What it sets besides the practice, in words (the rest follows your settings)."""
        lines = []
        if programme.voice is not None:
            if not programme.voice:
                lines.append(self.tr("Voice off"))
            elif programme.voice_rate:
                lines.append(
                    fill(self.tr("Spoken guidance, %1 words a minute"), programme.voice_rate)
                )
            else:
                lines.append(self.tr("Spoken guidance"))
        if programme.sounds is not None:
            lines.append(self.tr("Cue tones on") if programme.sounds else self.tr("Cue tones off"))
        if programme.self_paced is not None:
            lines.append(
                self.tr("At your own pace") if programme.self_paced else self.tr("Timed items")
            )
        if programme.presenter:
            lines.append(self.tr("Shown on a second screen (presenter mode)"))
        if len(lines) < 4:
            lines.append(self.tr("Everything else as in your settings"))
        return lines

    def request(self) -> LaunchRequest:
        programme = self.found.programme
        return LaunchRequest(
            practice=programme.practice, options=dict(programme.options), **programme.session()
        )

    # -- actions -----------------------------------------------------------------------------
    def add(self) -> bool:
        """Add it under the name typed and save; False (with why) when it cannot."""
        if self.existing is not None:
            return False
        try:
            name = self.programmes.add_programme(self.name.text(), self.found.programme)
        except ConfigError as exc:
            self._say(str(exc))
            return False
        try:
            self.programmes.save()
        except OSError as exc:
            self.programmes.delete(name)  # kept only if it is on disk
            log.warning("programme not added: %s", exc)
            self._say(
                fill(
                    self.tr("It could not be saved, so nothing was added: %1"), exc.strerror or exc
                )
            )
            return False
        log.info("programme added from a file")
        self.added.emit(name)
        self.accept()
        return True

    def try_it(self) -> None:
        """Start it once (it is not added)."""
        self.start_requested.emit(self.request())
        self.accept()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setAccessibleDescription(text)
        self.message.setVisible(bool(text))
