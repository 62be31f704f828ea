"""Export the history to a file the person chooses (CSV or JSON), and import a JSON export.

Both run on a worker thread, so a long history, a slow drive or a busy database never
stops the window. An import checks every row first: one bad row, one line, nothing
imported.
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from breathe.i18n import fill
from breathe.store.atomic import write_text_atomic
from breathe.store.errors import HistoryError, StoreError
from breathe.store.history import History
from breathe.store.history_export import parse_import, to_csv, to_json
from breathe.ui.history.text import sessions_text
from breathe.ui.widgets.background import Background
from breathe.ui.widgets.prompts import existing_folder

log = logging.getLogger(__name__)


def format_of(path: Path) -> str:
    """``json`` for a ``.json`` file, else ``csv``."""
    return "json" if path.suffix.lower() == ".json" else "csv"


def export_file(history: History, path: Path) -> int:
    """Write every session to ``path`` (CSV, or JSON for ``.json``); returns how many.

    Raises:
        OSError: the file could not be written; an existing file is left as it was.
    """
    records = history.sessions()
    text = to_json(records) if format_of(path) == "json" else to_csv(records)
    write_text_atomic(path, text, private_dir=False)
    log.info("exported %d session(s) to %s", len(records), path)
    return len(records)


def import_file(history: History, path: Path) -> tuple[int, int]:
    """Add the sessions of a JSON export; returns (added, already present).

    Raises:
        OSError, UnicodeDecodeError: the file cannot be read.
        HistoryImportError: one line naming the first bad row; nothing was imported.
    """
    text = path.read_text(encoding="utf-8-sig")  # a BOM from a Windows editor is fine
    return history.import_records(parse_import(text))


class HistoryFiles(QObject):
    """The Export and Import actions of the history page.

    Signals:
        message(str): one line for the page's status line.
        imported(): sessions were added.
        exporting(bool): an export started (True) or ended (False).
    """

    message = Signal(str)
    imported = Signal()
    exporting = Signal(bool)

    def __init__(
        self, history: History, parent: QWidget, *, background: Background | None = None
    ) -> None:
        super().__init__(parent)
        self.history = history
        self.page = parent
        self.dialog: QFileDialog | None = None
        self.background = background if background is not None else Background(self)

    def choose_export(self) -> QFileDialog:
        """Ask where to save (CSV or JSON, by the filter or the name's ending)."""
        start = Path.home() / f"breathe-sessions-{date.today().isoformat()}.csv"
        dialog = self._dialog(self.tr("Export your sessions"), start)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilters([self.tr("CSV, for spreadsheets (*.csv)"), self.tr("JSON (*.json)")])
        dialog.setDefaultSuffix("csv")
        dialog.filterSelected.connect(
            lambda f: dialog.setDefaultSuffix("json" if "json" in f else "csv")
        )
        dialog.fileSelected.connect(lambda name: self.export_to(Path(name)))
        dialog.open()
        return dialog

    def export_to(self, path: Path) -> None:
        """Write every session to ``path`` on a worker thread; ``message`` says when."""
        self.exporting.emit(True)
        self.message.emit(self.tr("Exporting…"))
        self.background.start(
            "export",
            lambda: (export_file(self.history, path), path),
            done=self._exported,
            failed=self._export_failed,
        )

    @property
    def busy(self) -> bool:
        return self.background.busy("export")

    def _exported(self, result: tuple[int, Path]) -> None:
        n, path = result
        self.exporting.emit(False)
        self.message.emit(fill(self.tr("Saved %1 to %2."), sessions_text(n), path))

    def _export_failed(self, exc: Exception) -> None:
        self.exporting.emit(False)
        if isinstance(exc, StoreError):  # reading the history, not writing the file
            self.message.emit(
                self.tr("Your sessions could not be read just now; nothing was exported.")
            )
            return
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        self.message.emit(fill(self.tr("The export could not be saved: %1."), reason))

    def choose_import(self) -> QFileDialog:
        """Ask which JSON export to add."""
        dialog = self._dialog(self.tr("Import sessions"), Path.home())
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters([self.tr("breathe JSON export (*.json)"), self.tr("Any file (*)")])
        dialog.fileSelected.connect(lambda name: self.import_from(Path(name)))
        dialog.open()
        return dialog

    def import_from(self, path: Path) -> None:
        """Add the sessions in ``path`` on the worker; a problem is one line, nothing added."""
        self.message.emit(self.tr("Importing…"))
        self.background.start(
            "import",
            lambda: import_file(self.history, path),
            done=lambda counts: self._imported(path, counts),
            failed=lambda exc: self._import_failed(path, exc),
        )

    def _imported(self, path: Path, counts: tuple[int, int]) -> None:
        added, skipped = counts
        if added == 0:
            self.message.emit(fill(self.tr("Everything in %1 was already here."), path.name))
            return
        already = fill(self.tr("; %1 already here"), skipped) if skipped else ""
        self.message.emit(
            fill(self.tr("Added %1 from %2%3."), sessions_text(added), path.name, already)
        )
        self.imported.emit()

    def _import_failed(self, path: Path, exc: Exception) -> None:
        if isinstance(exc, (OSError, UnicodeDecodeError)):
            reason = exc.strerror if isinstance(exc, OSError) else exc.reason
            self.message.emit(
                fill(self.tr("%1 could not be read (%2); nothing was imported."), path.name, reason)
            )
        elif isinstance(exc, HistoryError):  # the file's own problem, named by the store
            self.message.emit(f"{path.name}: {exc}")
        else:
            self.message.emit(
                fill(self.tr("%1 could not be added just now; nothing was imported."), path.name)
            )

    def _dialog(self, caption: str, start: Path) -> QFileDialog:
        folder = existing_folder(start if start.is_dir() else start.parent)
        dialog = QFileDialog(self.page, caption, str(folder))
        if not start.is_dir():
            dialog.selectFile(start.name)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        return dialog
