"""A label whose news a screen reader hears: a problem with what was typed, a hint, a result.

Its text is its accessible name (a fixed name such as "Pattern problem" would hide what it
says) and what it is for is its description; each new text is announced, because a screen
reader speaks a name change only for the control that has the focus. With nothing to say
it hides, so no empty node shows.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from breathe.ui.widgets.announce import announce


class LiveLabel(QLabel):
    """A message line; ``purpose`` (e.g. "Pattern problem") is its accessible description."""

    def __init__(self, text: str = "", parent: QWidget | None = None, *, purpose: str = "") -> None:
        super().__init__(text, parent)
        if purpose:
            self.setAccessibleDescription(purpose)
        self._emptied = False  # hidden because it had nothing to say
        if not text.strip():
            self._empty()

    def _empty(self) -> None:
        self._emptied = True
        self.hide()  # an empty label is an empty node to a screen reader

    def setText(self, text: str) -> None:
        """Show ``text`` and, when it is new and says something, announce it; with nothing
        to say the label hides (and comes back with its next words)."""
        new = text != self.text()
        super().setText(text)
        if not text.strip():
            self._empty()
            return
        if self._emptied:
            self._emptied = False
            self.show()
        if new:
            announce(self, text)

    def clear(self) -> None:
        """Nothing to say: the label hides (as ``setText("")`` does)."""
        self.setText("")
