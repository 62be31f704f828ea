"""Home's header "Programmes" button: its menu starts a named programme, saves or manages.

Kept apart from :mod:`breathe.ui.programmes_dialog` so the home screen loads only this.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMenu, QPushButton, QWidget

from breathe.engine import choices
from breathe.engine.practices.catalog import resolve
from breathe.engine.practices.errors import PracticeError
from breathe.launch import LaunchRequest


def describe(practice: str, options: Mapping[str, Any]) -> str:
    """What a programme does in a few words, e.g. ``4-6 breathing, 8 min``."""
    try:
        kind, preset = resolve(practice)
    except PracticeError:
        return practice
    choice = dict(options)
    if kind == "breathing":
        choice["preset"] = preset or choices.CUSTOM
        if isinstance(choice.get("pattern"), list):
            choice["pattern"] = "-".join(f"{v:g}" for v in choice["pattern"])
    return choices.headline(kind, choice)


def item_text(name: str, request: LaunchRequest) -> str:
    """A programme as a menu or list entry: ``Client A · 4-6 breathing, 8 min``."""
    return f"{name} \u00b7 {describe(request.practice or '', request.options)}"


class ProgrammesMenu(QPushButton):
    """A quiet "Programmes" button for the home header; its menu starts one.

    Signals:
        start_requested(LaunchRequest), save_requested(), manage_requested()
    """

    start_requested = Signal(object)
    save_requested = Signal()
    manage_requested = Signal()

    def __init__(
        self,
        programmes: Sequence[tuple[str, LaunchRequest]] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Programmes"), parent)
        self.setObjectName("header")  # the home header's quiet button look
        self.setAccessibleName(self.tr("Your programmes"))
        self.setToolTip(self.tr("Start, save or manage your programmes"))
        self.setAutoDefault(True)
        self.menu_ = QMenu(self)
        self.menu_.setAccessibleName(self.tr("Your programmes"))
        self.setMenu(self.menu_)
        self.set_programmes(programmes)

    def set_programmes(self, programmes: Sequence[tuple[str, LaunchRequest]]) -> None:
        """Show these programmes (after a save, rename or delete)."""
        self.menu_.clear()
        for name, request in programmes:
            action = self.menu_.addAction(item_text(name, request).replace("&", "&&"))
            action.triggered.connect(lambda _checked=False, r=request: self.start_requested.emit(r))
        if not programmes:
            empty = self.menu_.addAction(self.tr("No programmes yet"))
            empty.setEnabled(False)
        self.menu_.addSeparator()
        self.menu_.addAction(self.tr("Save the current choice\u2026")).triggered.connect(
            self.save_requested
        )
        self.menu_.addAction(self.tr("Manage programmes\u2026")).triggered.connect(
            self.manage_requested
        )
