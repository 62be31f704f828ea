"""The top of home: the quiet header (the name, urgent help, Programmes, History, Settings,
Help) and the Start now row, the one obvious thing to do.

Their words are HomePage's (they are that page's top): they are looked up in its context.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from breathe.ui.home.practice_card import link_button, set_type_scale
from breathe.ui.widgets.flow_layout import FlowLayout


def _tr(text: str) -> str:
    return QCoreApplication.translate("HomePage", text)


class HomeHeader:
    """The header's widgets (children of ``page``) and the row that lays them out: the name
    on the left, the rest on the right, wrapping onto more lines in a narrow window."""

    def __init__(self, page: QWidget) -> None:
        self.name_label = QLabel("breathe", page)
        self.name_label.setObjectName("muted")
        set_type_scale(self.name_label, 1.15, bold=True)
        urgent = _tr("If you need urgent help")
        self.crisis_button = link_button(urgent, urgent, page)
        self.history = _button(page, _tr("History"), _tr("History of your sessions"))
        self.settings = _button(page, _tr("Settings"), _tr("Settings"))
        self.help = _button(page, _tr("? Help"), _tr("Help: why these practices help"))
        self.help.setToolTip(_tr("Why these practices help (F1). Press ? for shortcuts."))
        from breathe.ui.home.programmes_menu import ProgrammesMenu

        # filled by the app after the first paint (reading the file is not on the way)
        self.programmes_menu = ProgrammesMenu(parent=page)
        self.row = FlowLayout(spacing=8, align=Qt.AlignmentFlag.AlignRight)
        self.row.add(self.name_label, fill=True, least=8)
        for widget in (
            self.crisis_button,
            self.programmes_menu,
            self.history,
            self.settings,
            self.help,
        ):
            self.row.add(widget)


class StartNowRow:
    """Start now, with what it starts beside it (or under it, in a narrow window)."""

    def __init__(self, page: QWidget) -> None:
        self.button = QPushButton(_tr("Start now"), page)
        self.button.setObjectName("primary")
        self.button.setAutoDefault(True)
        self.button.setDefault(True)
        set_type_scale(self.button, 1.6, bold=True)
        self.detail = QLabel(page)
        self.detail.setWordWrap(True)
        set_type_scale(self.detail, 1.35, bold=True)
        self.hint = QLabel(_tr("Press Enter to begin. Stop whenever you like."), page)
        self.hint.setObjectName("muted")
        set_type_scale(self.hint, 1.05)
        self.hint.setWordWrap(True)
        text = QWidget(page)
        column = QVBoxLayout(text)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addWidget(self.detail)
        column.addWidget(self.hint)
        self.row = FlowLayout(spacing=28, line_spacing=12)
        self.row.add(self.button)
        self.row.add(text, fill=True, least=22)


def _button(page: QWidget, text: str, accessible: str) -> QPushButton:
    button = QPushButton(text, page)
    button.setObjectName("header")
    button.setAccessibleName(accessible)
    button.setAutoDefault(True)
    return button
