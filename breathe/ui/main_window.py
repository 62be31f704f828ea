"""The main window: a calm notice banner above a stack of pages (home first).

Others' pages (session, history) are shown with ``show_page``; the window itself owns
home, the explainer reader, the shortcuts dialog, F11 full screen and ?/F1. It remembers
where the person came from: ``go_back`` returns there, with the keyboard focus where it
was (home is where every trail begins).

Home and the explainer reader are built when first needed: a quick start paints its
session without building a home screen it does not show (home comes on "Done").
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:  # imported when first shown
    from breathe.ui.explainer_panel import ExplainerPanel
    from breathe.ui.home.page import HomePage
    from breathe.ui.home.tap_rate import TapRate
    from breathe.ui.shortcuts_dialog import ShortcutsDialog

log = logging.getLogger(__name__)

DEFAULT_SIZE = (960, 680)
FRAME = (16, 48)  # room left for a window frame and title bar on a screen smaller than that


def _alive(widget: QWidget) -> bool:
    """False once Qt has deleted the widget (a page closed with ``deleteLater``)."""
    return shiboken6.isValid(widget)


BANNER_STYLE = """
#banner { background: palette(alternate-base); border-bottom: 1px solid palette(midlight); }
#banner QPushButton { background: transparent; border: 2px solid transparent; border-radius: 8px;
                      padding: 4px 12px; color: palette(text); }
#banner QPushButton:focus { border: 2px solid palette(highlight); }
"""


def place_beside(outer: QRect, inside: QRect, area: QRect, size: QSize) -> QPoint:
    """Where a small window of ``size`` leaves a window's middle (the breathing guide, the
    instruction) in sight: beside the window's ``outer`` frame where the screen's ``area`` has
    room, else in the top right corner ``inside`` it; always on the screen."""
    gap = 12
    top = max(area.top(), min(outer.top(), area.bottom() - size.height()))
    if outer.right() + gap + size.width() <= area.right():
        return QPoint(outer.right() + gap, top)
    if outer.left() - gap - size.width() >= area.left():
        return QPoint(outer.left() - gap - size.width(), top)
    x = min(inside.right() - size.width() - 2 * gap, area.right() - size.width())
    y = min(inside.top() + 2 * gap, area.bottom() - size.height())
    return QPoint(max(area.left(), x), max(area.top(), y))


class Banner(QFrame):
    """A quiet, dismissible notice along the top (e.g. a history file that was set aside)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(BANNER_STYLE)
        from breathe.ui.widgets.live_label import LiveLabel

        self.label = LiveLabel("", self, purpose=self.tr("Notice"))
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.dismiss = QPushButton(self.tr("Dismiss"), self)
        self.dismiss.setAccessibleName(self.tr("Dismiss notice"))
        self.dismiss.setAutoDefault(True)
        self.dismiss.clicked.connect(self.clear)
        row = QHBoxLayout(self)
        row.setContentsMargins(36, 10, 24, 10)
        row.setSpacing(16)
        row.addWidget(self.label, 1)
        row.addWidget(self.dismiss, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def add(self, text: str) -> None:
        """Show ``text``; notices that arrive together are listed one per line."""
        current = self.label.text()
        self.label.setText(f"{current}\n{text}" if current else text)
        self.label.setAccessibleDescription(self.label.text())
        self.show()

    def clear(self) -> None:
        self.label.clear()
        self.hide()


class MainWindow(QMainWindow):
    """The one window of breathe.

    Args are passed to :class:`HomePage` (last choices, what Start now begins, new
    practices, voice and sounds settings).

    Signals:
        start_requested(LaunchRequest), choice_changed(str, dict), history_requested(),
        settings_requested(), help_requested(), crisis_requested(), pain_map_requested(),
        programmes_requested(): save or manage named programmes (home's header menu),
        programme_import_requested(), programme_export_requested(str): a programme from or
            to a file (the same menu),
        explainer_shown(str): an explainer was opened (to remember it was seen).
        about_requested(): "About breathe" under Help.
        flare_day_changed(bool): home's flare-day notice was turned off (or on).
    """

    start_requested = Signal(object)
    choice_changed = Signal(str, object)
    history_requested = Signal()
    settings_requested = Signal()
    help_requested = Signal()
    crisis_requested = Signal()
    pain_map_requested = Signal()
    programmes_requested = Signal()
    programme_import_requested = Signal()
    programme_export_requested = Signal(str)
    explainer_shown = Signal(str)
    about_requested = Signal()
    flare_day_changed = Signal(bool)

    def __init__(
        self,
        initial: Mapping[str, Mapping[str, Any]] | None = None,
        start_now: str | None = None,
        new_to: Iterable[str] = (),
        parent: QWidget | None = None,
        *,
        voice: bool = False,
        sounds: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("breathe")
        self.setAccessibleName("breathe")
        self._home_args: dict[str, Any] = {
            "initial": initial,
            "start_now": start_now,
            "new_to": list(new_to),
            "voice": voice,
            "sounds": sounds,
            "flare_day": False,
            "your_pace": None,
        }
        self._home: HomePage | None = None
        self._programmes: list[tuple[str, Any]] | None = None
        self._explainer: ExplainerPanel | None = None
        #: the pages shown before the current one, each with the widget that had the focus
        self._trail: list[tuple[QWidget, QWidget | None]] = []
        self.shortcuts_dialog: ShortcutsDialog | None = None
        #: asked as the window closes; True keeps it open (the app decides, e.g. the tray)
        self.close_guard: Callable[[], bool] | None = None

        self._banner: Banner | None = None  # built with the first notice
        self.stack = QStackedWidget()
        central = QWidget(self)
        self._column = QVBoxLayout(central)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.setSpacing(0)
        self._column.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        for keys, slot in (
            (QKeySequence(Qt.Key.Key_F11), self.toggle_fullscreen),
            (QKeySequence(Qt.Key.Key_F1), self.show_shortcuts),
        ):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)
        self._place()

    # -- home, built when first needed ---------------------------------------------------
    @property
    def home(self) -> HomePage:
        """The home page (built now if it was not yet)."""
        if self._home is None:
            from breathe.ui.home.page import HomePage

            args = self._home_args
            home = HomePage(
                args["initial"],
                args["start_now"],
                args["new_to"],
                voice=args["voice"],
                sounds=args["sounds"],
            )
            home.start_requested.connect(self.start_requested)
            home.choice_changed.connect(self.choice_changed)
            home.history_requested.connect(self.history_requested)
            home.settings_requested.connect(self.settings_requested)
            home.crisis_requested.connect(self.crisis_requested)
            home.pain_map_requested.connect(self.pain_map_requested)
            home.help_requested.connect(self._help)
            home.explain_requested.connect(self.show_explainer)
            home.tap_rate_requested.connect(self.show_tap_rate)
            home.set_flare_day(args["flare_day"])
            home.flare_day_changed.connect(self.flare_day_changed)
            home.set_your_pace(args["your_pace"])
            menu = home.programmes_menu
            menu.start_requested.connect(self.start_requested)
            menu.save_requested.connect(self.programmes_requested)
            menu.manage_requested.connect(self.programmes_requested)
            menu.import_requested.connect(self.programme_import_requested)
            menu.export_requested.connect(self.programme_export_requested)
            if self._programmes is not None:
                menu.set_programmes(self._programmes)
            self.stack.insertWidget(0, home)
            self._home = home
        return self._home

    @property
    def has_home(self) -> bool:
        return self._home is not None

    def set_start_now(self, start_now: str) -> None:
        """What home's Start now begins (now, or once home is built)."""
        self._home_args["start_now"] = start_now
        if self._home is not None:
            self._home.set_start_now(start_now)

    def set_flare_day(self, on: bool) -> None:
        """Whether today is a flare day (home says so, with a way to turn it off)."""
        self._home_args["flare_day"] = on
        if self._home is not None:
            self._home.set_flare_day(on)

    def set_your_pace(self, pace: float | None) -> None:
        """The pace home offers as "your pace" (now, or once home is built)."""
        self._home_args["your_pace"] = pace
        if self._home is not None:
            self._home.set_your_pace(pace)

    def set_new_to(self, practices: Iterable[str]) -> None:
        """Practices still new to the person (home's cards invite reading why they help)."""
        self._home_args["new_to"] = list(practices)
        if self._home is not None:
            self._home.set_new_to(practices)

    def set_programmes(self, items: list[tuple[str, Any]]) -> None:
        """The named programmes for home's header menu: ``(name, LaunchRequest)`` pairs."""
        self._programmes = list(items)
        if self._home is not None:
            self._home.programmes_menu.set_programmes(self._programmes)

    @property
    def explainer(self) -> ExplainerPanel:
        """The explainer reader (built on first use)."""
        if self._explainer is None:
            from breathe.ui.explainer_panel import ExplainerPanel

            self._explainer = ExplainerPanel()
            self._explainer.closed.connect(self._close_explainer)
            self._explainer.about_requested.connect(self.about_requested)
            self.stack.addWidget(self._explainer)
        return self._explainer

    # -- pages -------------------------------------------------------------------------
    def show_page(self, widget: QWidget) -> None:
        """Show ``widget`` (a session, history...) in place of the current page.

        The page it replaces is where ``go_back`` returns.
        """
        self._leave_for(widget)
        if self.stack.indexOf(widget) < 0:
            self.stack.addWidget(widget)
        self.stack.setCurrentWidget(widget)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_home(self) -> None:
        """Home, with Start now focused: the start of every trail."""
        self._trail.clear()
        self.stack.setCurrentWidget(self.home)
        self.home.focus_start_now()

    def go_back(self) -> None:
        """Back to the page shown before this one, focus where it was (else home)."""
        current = self.stack.currentWidget()
        while self._trail:
            page, focus = self._trail.pop()
            if page is current or not _alive(page) or self.stack.indexOf(page) < 0:
                continue
            self.stack.setCurrentWidget(page)
            if focus is not None and _alive(focus) and focus.isVisibleTo(page):
                focus.setFocus(Qt.FocusReason.OtherFocusReason)
            elif page is self._home:
                self.home.focus_start_now()
            else:
                page.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.show_home()

    def _leave_for(self, widget: QWidget) -> None:
        """Remember the current page (and its focus) before ``widget`` replaces it."""
        current = self.stack.currentWidget()
        if current is None or current is widget:
            return
        focus = self.focusWidget()  # the window's own, even while another window is active
        self._trail.append((current, focus if focus and current.isAncestorOf(focus) else None))

    def current_page(self) -> QWidget | None:
        return self.stack.currentWidget()

    def show_explainer(self, explainer: str) -> None:
        """Open the reader on ``explainer`` (a practice or ``overview``); Back returns."""
        reader = self.explainer
        self._leave_for(reader)
        reader.show_explainer(explainer)
        self.stack.setCurrentWidget(reader)
        reader.back.setFocus(Qt.FocusReason.OtherFocusReason)
        self.explainer_shown.emit(reader.explainer)

    def _close_explainer(self) -> None:
        self.go_back()

    def show_tap_rate(self, clock: Callable[[], float] = time.monotonic) -> TapRate:
        """ "Start where you are": tap the rhythm, then the breathing card's session glides
        down from it (Back returns to the card)."""
        from breathe.ui.home.tap_rate import TapRate

        page = TapRate(clock)
        page.back_requested.connect(self.go_back)
        page.back_requested.connect(page.deleteLater)
        page.start_requested.connect(self.home.start_from_pace)
        page.start_requested.connect(page.deleteLater)  # the session replaces it
        self.show_page(page)
        return page

    def _help(self) -> None:
        self.show_explainer("overview")
        self.help_requested.emit()

    # -- notices, keys, size -----------------------------------------------------------
    @property
    def banner(self) -> Banner:
        """The notice along the top, built when first needed (most starts have none, and
        its message line's module need not load before the first paint)."""
        if self._banner is None:
            self._banner = Banner()
            self._column.insertWidget(0, self._banner)
        return self._banner

    def show_banner(self, text: str) -> None:
        """A one-time notice along the top; the person dismisses it when they like."""
        log.info("notice: %s", text)
        self.banner.add(text)

    def show_shortcuts(self) -> ShortcutsDialog:
        """Open (or raise) the small list of keyboard shortcuts."""
        if self.shortcuts_dialog is None:
            from breathe.ui.shortcuts_dialog import ShortcutsDialog

            self.shortcuts_dialog = ShortcutsDialog(self)
        dialog = self.shortcuts_dialog
        dialog.adjustSize()
        dialog.move(self._beside(dialog.frameGeometry().size()))
        dialog.show()
        dialog.activateWindow()
        return dialog

    def _beside(self, size: QSize) -> QPoint:
        screen = self.screen() or QGuiApplication.primaryScreen()
        outer = self.frameGeometry()
        area = screen.availableGeometry() if screen is not None else outer
        return place_beside(outer, self.geometry(), area, size)

    def toggle_fullscreen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing: ``close_guard`` (the app's) may keep the window, e.g. hidden in the tray."""
        if self.close_guard is not None and self.close_guard():
            event.ignore()
            return
        if self.shortcuts_dialog is not None:
            self.shortcuts_dialog.close()
        super().closeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        if self.stack.count() == 0:  # nothing to show yet: home, then
            self.stack.setCurrentWidget(self.home)
        super().showEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.text() == "?":
            self.show_shortcuts()
            return
        super().keyPressEvent(event)

    def _place(self) -> None:
        """A comfortable size, centred on the screen (no window geometry is stored)."""
        width, height = DEFAULT_SIZE
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:  # pragma: no cover - Qt always has a screen when a window exists
            self.resize(width, height)
            return
        area = screen.availableGeometry()
        # the window manager's frame is added outside this size (and is not known before
        # the window shows): on a small screen, leave room for it, so no edge is off screen
        room_w, room_h = area.width() - FRAME[0], area.height() - FRAME[1]
        width, height = min(width, room_w), min(height, room_h)
        self.resize(width, height)
        self.move(area.x() + (area.width() - width) // 2, area.y() + (area.height() - height) // 2)
