"""Before the first breath: the client's screen is not connected; where should it go?

Asked once, in one place, when the therapist starts a presenter session from the app. A
command line never waits for an answer (it falls back, and the control window says so).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from breathe.i18n import fill
from breathe.ui.home.practice_card import apply_type_scale, set_type_scale
from breathe.ui.presenter.screens import Placement, other_screens


def screen_name(screens: Sequence[QScreen], index: int) -> str:
    """``2 (Projector, 1920 × 1080)``: a screen's number from 1, its name and size."""
    screen = screens[index]
    size = screen.size()
    return f"{index + 1} ({screen.name()}, {size.width()} \u00d7 {size.height()})"


def placement_text(where: Placement, screens: Sequence[QScreen]) -> str:
    """Where the client's session is, in a line for the therapist's window."""
    if where.index is None:
        text = QCoreApplication.translate(
            "ScreenQuestion", "The client's session is in a window on this screen."
        )
    else:
        text = fill(
            QCoreApplication.translate("ScreenQuestion", "The client's session is on screen %1."),
            screen_name(screens, where.index),
        )
    if where.missing is None:
        return text
    missing = QCoreApplication.translate("ScreenQuestion", "Screen %1 is not connected.")
    return f"{fill(missing, where.missing)} {text}"


class ScreenQuestion(QDialog):
    """Offer every other screen (full screen), a window on this screen, or not starting.

    Args:
        wanted: the screen asked for (from 1), which is not connected.
        screens: the screens there are (``QGuiApplication.screens()``).
        own: the therapist's screen (from 0), where the control window is.

    Signals:
        chosen(Placement): where the client's session goes (not emitted on Cancel).
    """

    chosen = Signal(object)

    def __init__(
        self, wanted: int, screens: Sequence[QScreen], own: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.wanted = wanted
        self.setWindowTitle(self.tr("The client's screen"))
        self.setAccessibleName(self.tr("Where should the client's session go?"))
        heading = QLabel(fill(self.tr("Screen %1 is not connected"), wanted), self)
        set_type_scale(heading, 1.3, bold=True)
        text = QLabel(self.tr("Where should the client's session go?"), self)
        text.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(text)
        self.choices: list[QPushButton] = []
        for index in other_screens(len(screens), own):
            label = fill(self.tr("Full screen on screen %1"), screen_name(screens, index))
            self._choice(label, Placement(index, missing=wanted), layout)
        self._choice(self.tr("In a window on this screen"), Placement(None, missing=wanted), layout)
        self.cancel = QPushButton(self.tr("Do not start"), self)
        self.cancel.setAccessibleName(self.tr("Do not start the session"))
        self.cancel.setAutoDefault(True)
        self.cancel.clicked.connect(self.reject)
        layout.addSpacing(6)
        layout.addWidget(self.cancel, 0, Qt.AlignmentFlag.AlignRight)
        self.choices[0].setDefault(True)
        self.choices[0].setFocus()
        apply_type_scale(self)

    def _choice(self, label: str, where: Placement, layout: QVBoxLayout) -> None:
        button = QPushButton(label, self)
        button.setAccessibleName(label)
        button.setAutoDefault(True)
        button.clicked.connect(lambda: self._choose(where))
        layout.addWidget(button)
        self.choices.append(button)

    def _choose(self, where: Placement) -> None:
        self.accept()
        self.chosen.emit(where)


def ask_screen(
    parent: QWidget,
    wanted: int,
    screens: Sequence[QScreen],
    own: int,
    on_chosen: Callable[[Placement], object],
) -> ScreenQuestion:
    """Ask (window-modal, without blocking the event loop) and call ``on_chosen``."""
    question = ScreenQuestion(wanted, screens, own, parent)
    question.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    question.setWindowModality(Qt.WindowModality.WindowModal)
    question.chosen.connect(on_chosen)
    question.open()
    return question
