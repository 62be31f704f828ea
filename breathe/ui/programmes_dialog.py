"""Named programmes ("Client A: 4-6, 8 minutes"): save, rename, delete and start them.

``ProgrammesDialog`` manages them (home's header menu is :mod:`breathe.ui.home.programmes_menu`);
``programme_requests`` gives the tray and that menu their ``(name, LaunchRequest)`` list.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from breathe.engine.choices import describe
from breathe.i18n import fill
from breathe.launch import LaunchRequest
from breathe.store.errors import ConfigError
from breathe.store.programmes import MAX_NAME, Programme, Programmes
from breathe.ui.home.practice_card import apply_type_scale, set_type_scale
from breathe.ui.home.programmes_menu import item_text
from breathe.ui.widgets.flow_layout import FlowLayout
from breathe.ui.widgets.live_label import LiveLabel
from breathe.ui.widgets.prompts import ask
from breathe.ui.widgets.screen_fit import resize_within_screen

if TYPE_CHECKING:
    from PySide6.QtWidgets import QFileDialog

log = logging.getLogger(__name__)


STYLE = """
QListWidget#programmes { background: palette(base); border: 1px solid palette(mid);
                         border-radius: 8px; padding: 4px; }
QListWidget#programmes:focus { border: 2px solid palette(link); }
QListWidget#programmes::item { padding: 8px 6px; }
QLabel#problem { color: palette(text); background: palette(alternate-base);
                 border: 1px solid palette(highlight); border-radius: 8px; padding: 6px 10px; }
"""


def programme_request(programme: Programme) -> LaunchRequest:
    """The launch request that starts ``programme`` (with its voice, sounds, screen...)."""
    return LaunchRequest(
        practice=programme.practice, options=dict(programme.options), **programme.session()
    )


def programme_requests(programmes: Programmes) -> list[tuple[str, LaunchRequest]]:
    """Every programme as ``(name, request)``, by name (for the tray and the menu)."""
    return [(name, programme_request(programmes.get(name))) for name in programmes.names()]


class ProgrammesDialog(QDialog):
    """The person's programmes: start, rename, delete, and save the current choice.

    Args:
        programmes: the programmes (changed in place, saved after every change).
        current: what would start now (e.g. the last session), offered to save under a name.

    Signals:
        start_requested(LaunchRequest): start this programme (the dialog then closes).
        programmes_changed(list): ``(name, LaunchRequest)`` for the tray and the home menu.
        import_requested(): "Import…": choose a file (the dialog then closes).
    """

    start_requested = Signal(object)
    programmes_changed = Signal(object)
    import_requested = Signal()

    def __init__(
        self,
        programmes: Programmes,
        *,
        current: LaunchRequest | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.programmes = programmes
        self.current = current
        self.setWindowTitle(self.tr("Your programmes"))
        self.setAccessibleName(self.tr("Your programmes"))
        self.setStyleSheet(STYLE)
        heading = QLabel(self.tr("Your programmes"), self)
        set_type_scale(heading, 1.35, bold=True)
        intro = QLabel(
            self.tr(
                "A practice with its settings, under a name such as \u201cClient A\u201d or "
                "\u201cEvening\u201d. Start one here, from the home screen or from the tray."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("programmes")
        self.list.setAccessibleName(self.tr("Programmes"))
        self.list.itemActivated.connect(lambda _item: self.start())
        self.list.currentRowChanged.connect(lambda _row: self._enable())
        actions = self._build_actions()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addLayout(actions)
        layout.addSpacing(8)
        layout.addLayout(self._build_save())
        self.message = LiveLabel("", self, purpose=self.tr("Programmes message"))
        self.message.setObjectName("problem")
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.setIcon(QIcon())
        layout.addWidget(buttons)
        self._show()
        apply_type_scale(self)
        metrics = self.fontMetrics()
        resize_within_screen(
            self, max(560, metrics.averageCharWidth() * 80), max(440, metrics.lineSpacing() * 24)
        )

    def _build_actions(self) -> FlowLayout:
        self.start_button = self._button(self.tr("Start"), self.tr("Start this programme"))
        self.rename_button = self._button(self.tr("Rename\u2026"), self.tr("Rename programme"))
        self.delete_button = self._button(self.tr("Delete\u2026"), self.tr("Delete programme"))
        self.export_button = self._button(
            self.tr("Export\u2026"), self.tr("Export programme to a file, for a client")
        )
        self.import_button = self._button(
            self.tr("Import\u2026"), self.tr("Import a programme from a file")
        )
        self.start_button.clicked.connect(self.start)
        self.rename_button.clicked.connect(self.ask_rename)
        self.delete_button.clicked.connect(self.ask_delete)
        self.export_button.clicked.connect(self.ask_export)
        self.import_button.clicked.connect(self.import_requested)
        # one programme's actions, then Import on the right; a second line when narrow
        own = QWidget(self)
        line = QHBoxLayout(own)
        line.setContentsMargins(0, 0, 0, 0)
        for button in (
            self.start_button,
            self.rename_button,
            self.delete_button,
            self.export_button,
        ):
            line.addWidget(button)
        actions = FlowLayout(spacing=12, line_spacing=8)
        actions.add(own, fill=True)
        actions.add(self.import_button)
        return actions

    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(name)
        button.setAutoDefault(True)
        return button

    def _build_save(self) -> QVBoxLayout:
        what = describe(self.current.practice or "", self.current.options) if self.current else ""
        self.save_label = QLabel(
            fill(self.tr("Save \u201c%1\u201d as a programme named"), what)
            if self.current is not None and self.current.practice
            else self.tr("Start a session first; then it can be saved here under a name."),
            self,
        )
        self.save_label.setWordWrap(True)
        self.name = QLineEdit(self)
        self.name.setMaxLength(MAX_NAME)
        self.name.setPlaceholderText(self.tr("e.g. Client A"))
        self.name.setAccessibleName(self.tr("Name for the new programme"))
        self.name.returnPressed.connect(self.save_current)
        self.save_button = self._button(self.tr("Save"), self.tr("Save as a programme"))
        self.save_button.clicked.connect(self.save_current)
        can_save = self.current is not None and bool(self.current.practice)
        self.name.setEnabled(can_save)
        self.save_button.setEnabled(can_save)
        row = QHBoxLayout()
        row.addWidget(self.name, 1)
        row.addWidget(self.save_button)
        column = QVBoxLayout()
        column.addWidget(self.save_label)
        column.addLayout(row)
        return column

    # -- the list ---------------------------------------------------------------------------
    def _show(self, select: str | None = None) -> None:
        self.list.clear()
        for name, request in programme_requests(self.programmes):
            item = QListWidgetItem(item_text(name, request))
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.list.addItem(item)
            if name == select:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        self._enable()

    def _enable(self) -> None:
        chosen = self.selected() is not None
        for button in (
            self.start_button,
            self.rename_button,
            self.delete_button,
            self.export_button,
        ):
            button.setEnabled(chosen)

    def selected(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setAccessibleDescription(text)
        self.message.setVisible(bool(text))

    def _saved(self, select: str | None) -> bool:
        try:
            self.programmes.save()
        except OSError as exc:
            log.warning("programmes not saved: %s", exc)
            self._say(fill(self.tr("Your programmes could not be saved: %1"), exc.strerror or exc))
            ok = False
        else:
            self._say("")
            ok = True
        self._show(select)
        self.programmes_changed.emit(programme_requests(self.programmes))
        return ok

    # -- actions ----------------------------------------------------------------------------
    def start(self) -> bool:
        """Start the chosen programme and close."""
        name = self.selected()
        if name is None:
            return False
        self.start_requested.emit(programme_request(self.programmes.get(name)))
        self.accept()
        return True

    def save_current(self) -> bool:
        """Save the current choice under the name typed; False (with why) when it cannot."""
        current = self.current
        if current is None or not current.practice:
            return False
        try:
            name = self.programmes.add(
                self.name.text(),
                current.practice,
                current.options,
                voice=current.voice,
                sounds=current.sounds,
                self_paced=current.self_paced,
                voice_name=current.voice_name,
                voice_rate=current.voice_rate,
                presenter=current.presenter,
            )
        except ConfigError as exc:
            self._say(str(exc))
            return False
        self.name.clear()
        return self._saved(name)

    def rename(self, old: str, new: str) -> bool:
        try:
            name = self.programmes.rename(old, new)
        except ConfigError as exc:
            self._say(str(exc))
            return False
        return self._saved(name)

    def delete(self, name: str) -> bool:
        self.programmes.delete(name)
        return self._saved(None)

    def ask_rename(self) -> QInputDialog | None:
        name = self.selected()
        if name is None:
            return None
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Rename programme"))
        dialog.setLabelText(fill(self.tr("New name for \u201c%1\u201d:"), name))
        dialog.setTextValue(name)
        dialog.setOkButtonText(self.tr("Rename"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.textValueSelected.connect(lambda new: self.rename(name, new))
        dialog.open()
        return dialog

    def ask_export(self) -> QFileDialog | None:
        """Save the chosen programme as a file to hand to a client."""
        from breathe.ui.programme_files import export_programme

        name = self.selected()
        if name is None:
            return None
        return export_programme(self, name, self.programmes.get(name), self._say)

    def ask_delete(self) -> None:
        name = self.selected()
        if name is None:
            return
        ask(
            self,
            self.tr("Delete programme"),
            fill(self.tr("Delete the programme \u201c%1\u201d?"), name),
            self.tr("Delete"),
            self.tr("Keep it"),
            on_yes=lambda: self.delete(name),
            detail=self.tr("Your history of its sessions is kept."),
        )
