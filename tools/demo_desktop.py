"""Look at breathe's desktop pieces: ``python tools/demo_desktop.py crisis|about|icon|tray``.

Options: ``--dark`` for the dark palette, ``--large`` for large type, ``--contacts N`` for the
crisis page (0 shows the invitation to add some), ``--tab N`` for the About box's tab.
``tray`` pops its menu up and shows a reminder if a system tray runs (e.g. Debian's
``trayer``: ``trayer --edge top --align right & python tools/demo_desktop.py tray``).
"""

from __future__ import annotations

import argparse
import logging
import sys

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QGridLayout, QLabel, QWidget

from breathe.desktop.app_icon import SIZES, app_icon
from breathe.desktop.reminder_timer import ReminderTimer
from breathe.desktop.tray import Tray
from breathe.engine.reminders import ReminderSchedule
from breathe.i18n import install_translators
from breathe.launch import LaunchRequest
from breathe.paths import locations
from breathe.ui.about_dialog import AboutDialog
from breathe.ui.crisis_page import CrisisPage
from breathe.ui.theme import Theme

CONTACTS = [
    {"name": "Dr Amara Osei (my therapist)", "number": "+44 20 7946 0321"},
    {"name": "Crisis line", "number": "0800 123 4567"},
    {"name": "Sam (sister)", "number": "07700 900123"},
]


def icon_sheet() -> QWidget:
    sheet = QWidget()
    sheet.setWindowTitle("breathe icon")
    grid = QGridLayout(sheet)
    for column, size in enumerate(SIZES):
        image = QLabel(sheet)
        image.setPixmap(app_icon().pixmap(size, size))
        grid.addWidget(image, 0, column, Qt.AlignmentFlag.AlignBottom)
        grid.addWidget(QLabel(f"{size}", sheet), 1, column, Qt.AlignmentFlag.AlignHCenter)
    return sheet


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("what", choices=("crisis", "about", "icon", "tray"))
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--large", action="store_true")
    parser.add_argument("--contacts", type=int, default=2)
    parser.add_argument("--tab", type=int, default=0)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)
    app = QApplication(sys.argv[:1])
    app.setWindowIcon(app_icon())
    install_translators(app)
    Theme("dark" if args.dark else "light", large_type=args.large).apply(app)
    keep: list[object] = []
    if args.what == "crisis":
        page = CrisisPage(CONTACTS[: args.contacts])
        page.back_requested.connect(lambda: print("back", flush=True))
        page.edit_contacts_requested.connect(lambda: print("edit contacts", flush=True))
        page.resize(1000, 720)
        page.show()
        page.setFocus()
        keep.append(page)
    elif args.what == "about":
        dialog = AboutDialog(locations())
        dialog.tabs.setCurrentIndex(args.tab)
        dialog.show()
        keep.append(dialog)
    elif args.what == "icon":
        sheet = icon_sheet()
        sheet.show()
        keep.append(sheet)
    else:
        tray = Tray([("Client A: 4-6, 8 min", LaunchRequest(practice="breathing"))])
        print("system tray available:", tray.show(), flush=True)
        reminders = ReminderTimer(ReminderSchedule(), tray)
        print("notification shown:", tray.notify(*reminders.message()), flush=True)
        tray.menu.popup(QPoint(40, 40))
        keep += [tray, reminders]
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
