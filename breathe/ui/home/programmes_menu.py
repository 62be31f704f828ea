"""Home's header "Programmes" button: its menu starts a named programme, saves or manages.

Kept apart from :mod:`breathe.ui.programmes_dialog` so the home screen loads only this.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMenu, QPushButton, QWidget

from breathe.engine.choices import describe
from breathe.launch import LaunchRequest


def item_text(name: str, request: LaunchRequest) -> str:
    """A programme as a menu or list entry: ``Client A · 4-6 breathing, 8 min``."""
    return f"{name} \u00b7 {describe(request.practice or '', request.options)}"


class ProgrammesMenu(QPushButton):
    """A quiet "Programmes" button for the home header; its menu starts one, saves the
    current choice, manages them, imports one from a file or exports one to a file.

    Signals:
        start_requested(LaunchRequest), save_requested(), manage_requested(),
        import_requested(), export_requested(str): export the programme of that name.
    """

    start_requested = Signal(object)
    save_requested = Signal()
    manage_requested = Signal()
    import_requested = Signal()
    export_requested = Signal(str)

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
        self.export_menu: QMenu | None = None  # built once there is something to export
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
        self.menu_.addSeparator()
        self.menu_.addAction(self.tr("Import from a file\u2026")).triggered.connect(
            self.import_requested
        )
        if not programmes:  # nothing to export: no submenu to build (home is on its way)
            self.menu_.addAction(self.tr("Export to a file")).setEnabled(False)
            return
        # the submenu lives as long as the button: clearing the menu removes only its entry
        if self.export_menu is None:
            self.export_menu = QMenu(self.tr("Export to a file"), self.menu_)
            self.export_menu.setAccessibleName(self.tr("Export a programme to a file"))
        self.export_menu.clear()
        self.menu_.addMenu(self.export_menu)
        for name, _request in programmes:
            action = self.export_menu.addAction(name.replace("&", "&&") + "\u2026")
            action.triggered.connect(lambda _checked=False, n=name: self.export_requested.emit(n))
