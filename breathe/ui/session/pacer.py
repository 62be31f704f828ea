"""The interface every pacer widget follows."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from breathe.engine.practices.steps import Plan
from breathe.engine.runner import Position


class Pacer(QWidget):
    """A widget that paints one session position; it never reads a clock or a database.

    The session view calls ``show_position`` on every frame it paints (and once at each
    step change when reduced motion is on); a pacer repaints only what changed.
    """

    #: the person asked to move on from a self-paced step (grounding "Next")
    advance_requested = Signal()

    #: True when the pacer shows the step's prompt itself (the view then hides its own)
    shows_prompt = False
    #: True when Space and Enter mean "Next" here (grounding: pause then takes P)
    advances_on_space = False
    #: True when each step's words are a sentence (muscle relaxation): the phase label keeps
    #: room for the longest, so the pacer never jumps as shorter and longer ones come
    long_prompts = False

    def set_plan(self, plan: Plan) -> None:
        """A new or re-planned timeline (called at start and after every re-plan)."""
        self._plan = plan

    def show_position(self, position: Position) -> None:
        """Paint ``position``; the default just schedules a repaint."""
        self.update()

    def request_advance(self) -> None:
        """The person is ready to move on (Space or Enter where ``advances_on_space``)."""
        self.advance_requested.emit()

    def progress(self, position: Position) -> float | None:
        """How far the practice has come at ``position`` (0..1), where time is not the
        measure (grounding counts items); None: the session's time is."""
        return None

    def typed_words(self) -> list[str]:
        """What the person typed into this pacer, in order (a grounding card's notes)."""
        return []

    def set_reduced_motion(self, on: bool) -> None:
        """Replace movement with gentle fills and cross-fades when ``on``."""
        self._reduced_motion = on
        self.update()
