"""Small questions that never block the event loop: confirm, and choose a file.

Both open window-modal and call back when answered, so a running session keeps time while
the person thinks (``exec()`` would start a nested event loop).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

log = logging.getLogger(__name__)


def ask(
    parent: QWidget,
    title: str,
    text: str,
    yes: str,
    no: str,
    *,
    on_yes: Callable[[], object],  # what it returns is ignored (tests read it)
    detail: str | None = None,
) -> QMessageBox:
    """Ask a yes/no question; ``no`` is the default, so Enter never does the drastic thing."""
    box = QMessageBox(parent)
    box.setWindowTitle(title)
    box.setText(text)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if detail:
        box.setInformativeText(detail)
    box.setIcon(QMessageBox.Icon.Question)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    no_button = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    yes_button.setAccessibleName(yes)
    no_button.setAccessibleName(no)
    box.setDefaultButton(no_button)
    box.setEscapeButton(no_button)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def answered() -> None:
        if box.clickedButton() is yes_button:
            on_yes()

    box.finished.connect(answered)
    box.open()
    return box


def existing_folder(wanted: Path) -> Path:
    """``wanted`` if it is a folder, else the nearest folder above it that exists (the home
    folder at worst): a file dialog never opens on a folder that is not there (a fresh
    account may have no Documents folder)."""
    for folder in (wanted, *wanted.parents):
        if folder.is_dir():
            return folder
    return Path.home()


def choose_file(
    parent: QWidget,
    title: str,
    on_chosen: Callable[[Path], object],  # what it returns is ignored (tests read it)
    *,
    save: bool,
    name_filter: str,
    suggested: str = "",
    suffix: str = "",
) -> QFileDialog:
    """Let the person pick a file to save to (``save``) or to open; calls ``on_chosen``."""
    dialog = QFileDialog(parent, title)
    dialog.setAcceptMode(
        QFileDialog.AcceptMode.AcceptSave if save else QFileDialog.AcceptMode.AcceptOpen
    )
    dialog.setFileMode(QFileDialog.FileMode.AnyFile if save else QFileDialog.FileMode.ExistingFile)
    dialog.setNameFilter(name_filter)
    if suffix:
        dialog.setDefaultSuffix(suffix)
    if suggested:
        path = Path(suggested)
        dialog.setDirectory(str(existing_folder(path.parent)))
        dialog.selectFile(path.name)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.fileSelected.connect(lambda name: on_chosen(Path(name)))
    dialog.open()
    return dialog
