"""A page that scrolls up and down, never sideways.

Large type or a small window makes a page taller than its window: it scrolls. It must
never be cut off at the side instead: this scroll area is never narrower than its page's
narrowest layout, so the window (and the layouts above) keep that room for it.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


class VerticalScroll(QScrollArea):
    """``page`` in a frameless area that scrolls vertically only."""

    def __init__(self, page: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidget(page)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def sizeHint(self) -> QSize:
        """The page's own size (and a scroll bar's room): where there is room, it all shows
        (a scroll area's own hint is a few dozen lines at most)."""
        page = self.widget()
        if page is None:  # pragma: no cover - always given one
            return super().sizeHint()
        frame = self.frameWidth() * 2
        bar = self.verticalScrollBar().sizeHint().width()
        hint = page.sizeHint()
        return QSize(hint.width() + bar + frame, hint.height() + frame)

    def minimumSizeHint(self) -> QSize:
        """As wide as the page's narrowest layout and a scroll bar; as short as it likes."""
        least = super().minimumSizeHint()
        page = self.widget()
        if page is None:  # pragma: no cover - always given one
            return least
        frame = self.frameWidth() * 2
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(page.minimumSizeHint().width() + bar + frame, least.height())
