"""The muscle-relaxation pacer of a session: the body map with its legend underneath."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from breathe.engine.practices.steps import Plan
from breathe.engine.runner import Position
from breathe.ui.relaxation.body_map import BodyMap
from breathe.ui.relaxation.legend import SessionLegend
from breathe.ui.session.pacer import Pacer


class SessionBodyMap(Pacer):
    """A ``BodyMap`` that follows the session, and a legend of what its looks mean."""

    long_prompts = True  # each step's instruction is a sentence or two

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.map = BodyMap(self)
        self.legend = SessionLegend(self)
        self.setAccessibleName(self.tr("Body map"))
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.map, 1)
        column.addWidget(self.legend, 0, Qt.AlignmentFlag.AlignHCenter)

    def set_plan(self, plan: Plan) -> None:
        self.map.set_plan(plan)
        present = ["skip"] if self.map.skipped() else []
        if self.map.gentle_parts():
            present.append("session-gentle")
        self.legend.show_states(present)

    def show_position(self, position: Position) -> None:
        self.map.show_position(position)

    def set_reduced_motion(self, on: bool) -> None:
        self.map.set_reduced_motion(on)
