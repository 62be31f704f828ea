"""Every screen of breathe, in a state a person meets it, for the fit sweep and the gallery.

``open_screen(name, stage)`` builds one screen the way the app does (the main window first,
then the page or dialog on top), in the look in force, and returns the top-level widget to
look at. ``test_fit.py`` checks each one at every size in each look; ``tools/gallery.py``
saves the same matrix as pictures for people to look at.

Nothing is stubbed: real widgets, a real history in the ``BREATHE_HOME`` of the moment, and
a clock that only moves when a screen's recipe moves it (so a session is always caught at
the same breath).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from breathe.app.session_host import SessionHost
from breathe.app.session_setup import SessionSetup
from breathe.engine.planning import plan_for
from breathe.launch import LaunchRequest
from breathe.ui.main_window import MainWindow
from breathe.ui.theme import Theme

#: the type size of a usual Linux desktop (GNOME's and Ubuntu's 11 pt); large type is 1.3x
DESKTOP_POINT_SIZE = 11.0


class Size(NamedTuple):
    name: str
    width: int
    height: int


#: the smallest window breathe must serve, its default, and full HD full screen
SIZES = (Size("small", 640, 480), Size("default", 960, 680), Size("full", 1920, 1080))


class Look(NamedTuple):
    scheme: str  # light or dark
    large: bool  # large type

    @property
    def name(self) -> str:
        return f"{self.scheme}-{'large' if self.large else 'normal'}"


LOOKS = tuple(Look(scheme, large) for scheme in ("light", "dark") for large in (False, True))


class Clock:
    """A monotonic clock that only moves when a recipe moves it."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@contextlib.contextmanager
def look_applied(app: QApplication, look: Look) -> Iterator[Theme]:
    """``look`` on the whole application, from a usual desktop type size; undone after."""
    saved = (app.font(), app.palette(), app.styleSheet(), app.property("breatheBasePointSize"))
    font = QFont(app.font())
    font.setPointSizeF(DESKTOP_POINT_SIZE)
    app.setFont(font)
    app.setProperty("breatheBasePointSize", None)  # the theme scales from the font set here
    theme = Theme(look.scheme, large_type=look.large)
    theme.apply(app)
    try:
        yield theme
    finally:
        font, palette, sheet, base = saved
        app.setStyleSheet(sheet)
        app.setPalette(palette)
        app.setFont(font)
        app.setProperty("breatheBasePointSize", base)


@dataclass
class Stage:
    """What a recipe builds on: the main window, a clock, and what to tidy up afterwards."""

    theme: Theme
    clock: Clock = field(default_factory=Clock)
    owned: list[QObject] = field(default_factory=list)
    closers: list[Callable[[], object]] = field(default_factory=list)
    _window: MainWindow | None = None

    def window(self) -> MainWindow:
        """The main window, on home, shown at the smallest size first (as on a small screen)."""
        if self._window is None:
            window = MainWindow(new_to={"grounding"})
            first = SIZES[0]
            window.resize(first.width, first.height)
            window.show()
            settle()
            self._window = window
            self.owned.append(window)
        return self._window

    def keep(self, obj: QObject) -> QObject:
        self.owned.append(obj)
        return obj

    def close(self) -> None:
        """Close every window and free every widget made here (on this thread, now)."""
        for closer in reversed(self.closers):
            closer()
        for obj in reversed(self.owned):
            if isinstance(obj, QWidget):
                obj.close()
            obj.deleteLater()
        self.owned.clear()
        self.closers.clear()
        self._window = None
        settle()
        # deleteLater's events wait for an event loop; a sweep has none: delete them now
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        settle()


def settle() -> None:
    """Let layouts, polish and posted events run (twice: a layout can post another)."""
    app = QApplication.instance()
    assert app is not None
    for _ in range(2):
        app.processEvents()


# -- the recipes ---------------------------------------------------------------------------
Recipe = Callable[[Stage], QWidget]
SCREENS: dict[str, Recipe] = {}


def screen(name: str) -> Callable[[Recipe], Recipe]:
    def add(recipe: Recipe) -> Recipe:
        SCREENS[name] = recipe
        return recipe

    return add


@screen("home")
def _home(stage: Stage) -> QWidget:
    return stage.window()


@screen("home-notices")
def _home_notices(stage: Stage) -> QWidget:
    window = stage.window()
    window.show_banner("Your history file could not be read, so it was set aside safely.")
    window.set_flare_day(True)
    return window


def _customise(stage: Stage, practice: str) -> QWidget:
    window = stage.window()
    card = window.home.cards[practice]
    card.customise_button.setChecked(True)
    settle()
    return window


@screen("customise-breathing")
def _customise_breathing(stage: Stage) -> QWidget:
    from breathe.ui.home.breathing_panel import BreathingPanel

    window = _customise(stage, "breathing")
    panel = window.home.panel("breathing")
    assert isinstance(panel, BreathingPanel)
    panel.preset.setCurrentIndex(panel.preset.findData("custom"))
    panel.pattern.setText("4-x")  # a pattern with a problem: the message shows
    settle()
    return window


@screen("customise-grounding")
def _customise_grounding(stage: Stage) -> QWidget:
    return _customise(stage, "grounding")


@screen("customise-relaxation")
def _customise_relaxation(stage: Stage) -> QWidget:
    return _customise(stage, "relaxation")


def _session(
    stage: Stage, practice: str, seconds: float, *, presenter: bool = False, **options: object
) -> SessionHost:
    """A session of ``practice`` shown in the main window, ``seconds`` in."""
    window = stage.window()
    request = LaunchRequest(practice=practice, options=dict(options), presenter=presenter)
    setup = SessionSetup(
        request,
        plan_for(practice, options),
        voice_on=False,
        sounds_on=True,
        self_paced=True,
        offer_explainer=practice == "grounding",
    )
    host = SessionHost(setup, clock=stage.clock)
    stage.keep(host)
    stage.closers.append(host.end)
    window.show_page(host.view)
    host.start()
    advance(stage, host, seconds)
    return host


def advance(stage: Stage, host: SessionHost, seconds: float) -> None:
    """Move the session's clock ``seconds`` on, and let every screen of it follow."""
    from breathe.ui.session.screen import SessionScreen

    stage.clock.now += seconds
    host.controller.tick()
    windows = [host.view, *([host.presenter] if host.presenter is not None else [])]
    for window in windows:
        for screen in window.findChildren(SessionScreen):
            screen.refresh()
    settle()


@screen("session-lead-in")
def _session_lead_in(stage: Stage) -> QWidget:
    _session(stage, "box", 1.0)
    return stage.window()


@screen("session-breathing")
def _session_breathing(stage: Stage) -> QWidget:
    _session(stage, "breathing", 26.0, pattern="4-6")
    return stage.window()


@screen("session-paused")
def _session_paused(stage: Stage) -> QWidget:
    host = _session(stage, "resonance", 40.0)
    host.controller.toggle_pause()
    settle()
    return stage.window()


@screen("session-grounding")
def _session_grounding(stage: Stage) -> QWidget:
    _session(stage, "grounding", 6.0)
    return stage.window()


@screen("session-relaxation")
def _session_relaxation(stage: Stage) -> QWidget:
    host = _session(stage, "relaxation", 1.0, groups=16)
    tense = next(s for s in host.controller.plan.steps if s.kind == "tense")
    advance(stage, host, tense.start + tense.duration / 2 - 1.0)
    return stage.window()


@screen("session-summary")
def _session_summary(stage: Stage) -> QWidget:
    host = _session(stage, "coherent", 1.0)
    host.view.stress_before.button(7).click()
    advance(stage, host, 70.0)
    host.controller.stop()
    settle()
    return stage.window()


def _presenter(stage: Stage, *, ended: bool) -> SessionHost:
    """Presenter mode: the therapist's control window in the main window, and the client's
    screen (on this one screen, beside it)."""
    host = _session(stage, "coherent", 30.0, presenter=True)
    host.show_presenter(QGuiApplication.screens())
    assert host.presenter is not None
    stage.keep(host.presenter)
    first = SIZES[0]
    host.presenter.resize(first.width, first.height)
    advance(stage, host, 0.0)
    if ended:
        host.controller.stop()
    settle()
    return host


@screen("presenter")
def _presenter_running(stage: Stage) -> QWidget:
    host = _presenter(stage, ended=False)
    assert host.presenter is not None
    return host.presenter


@screen("presenter-end")
def _presenter_end(stage: Stage) -> QWidget:
    host = _presenter(stage, ended=True)
    assert host.presenter is not None
    return host.presenter


@screen("presenter-control")
def _presenter_control(stage: Stage) -> QWidget:
    _presenter(stage, ended=False)
    return stage.window()  # the therapist's control window


@screen("tap-rate")
def _tap_rate(stage: Stage) -> QWidget:
    window = stage.window()
    window.show_tap_rate(stage.clock)  # "Start where you are": tap your own pace
    return window


@screen("history")
def _history(stage: Stage) -> QWidget:
    from breathe.store.history import History
    from breathe.ui.history.page import HistoryPage

    history = History.open()
    stage.closers.append(history.close)
    for practice, preset, before, after in (
        ("breathing", "coherent", 7, 4),
        ("grounding", None, 8, 5),
        ("relaxation", None, None, None),
    ):
        session = history.begin(practice, preset, {}, 300.0, rating_before=before)
        history.finish(session, "completed", 300.0)
        if after is not None:
            history.update(session, rating_after=after, tags=["work"])
    page = HistoryPage(history, keep_notes=True)
    window = stage.window()
    window.show_page(page)
    return window


@screen("explainer")
def _explainer(stage: Stage) -> QWidget:
    window = stage.window()
    window.show_explainer("overview")
    return window


@screen("crisis")
def _crisis(stage: Stage) -> QWidget:
    from breathe.ui.crisis_page import CrisisPage

    window = stage.window()
    page = CrisisPage(
        [
            {"name": "Sam (my sister)", "number": "07700 900123"},
            {"name": "Local crisis line, open day and night", "number": "0800 000 0000"},
        ]
    )
    window.show_page(page)
    return window


@screen("pain-map")
def _pain_map(stage: Stage) -> QWidget:
    from breathe.ui.relaxation.pain_map_editor import PainMapEditor

    window = stage.window()
    editor = PainMapEditor()
    editor.set_pain_map({"left-hand": "skip", "neck": "gentle", "right-calf": "gentle"})
    window.show_page(editor)
    return window


def _settings(stage: Stage, section: int) -> QWidget:
    from breathe.store.settings import Settings
    from breathe.ui.settings.dialog import SettingsDialog

    settings = Settings.load()
    settings.crisis_contacts = [{"name": "Sam", "number": "07700 900123"}]
    settings.reminders = True
    dialog = SettingsDialog(settings, theme=stage.theme, parent=stage.window())
    stage.keep(dialog)
    dialog.sections.setCurrentRow(section)
    dialog.show()
    settle()
    return dialog


SETTINGS_SECTIONS = ("practice", "voice", "look", "privacy", "reminders", "contacts", "backup")
for _index, _section in enumerate(SETTINGS_SECTIONS):
    screen(f"settings-{_section}")(lambda stage, i=_index: _settings(stage, i))


@screen("about")
def _about(stage: Stage) -> QWidget:
    from breathe.paths import locations
    from breathe.ui.about_dialog import AboutDialog

    dialog = AboutDialog(locations(), stage.window())
    stage.keep(dialog)
    dialog.show()
    settle()
    return dialog


@screen("programmes")
def _programmes(stage: Stage) -> QWidget:
    from breathe.store.programmes import Programmes
    from breathe.ui.programmes_dialog import ProgrammesDialog

    programmes = Programmes()
    programmes.add("Before the dentist", "breathing", {"pattern": "4-6", "minutes": 8})
    programmes.add("Evening wind-down", "relaxation", {"groups": 7})
    current = LaunchRequest(practice="coherent")
    dialog = ProgrammesDialog(programmes, current=current, parent=stage.window())
    stage.keep(dialog)
    dialog.show()
    settle()
    return dialog


@screen("shortcuts")
def _shortcuts(stage: Stage) -> QWidget:
    dialog = stage.window().show_shortcuts()
    settle()
    return dialog


@screen("report")
def _report(stage: Stage) -> QWidget:
    from breathe.engine.practices.breathing import breathing_plan
    from breathe.ui.session.report import report_for
    from breathe.ui.session.report_dialog import ReportDialog

    report = report_for(
        breathing_plan(preset="box"),
        "completed",
        243.0,
        {"rating_before": 7, "rating_after": 4, "pain_before": 5, "pain_after": 5},
    )
    dialog = ReportDialog(report, stage.window())
    stage.keep(dialog)
    dialog.show()
    settle()
    return dialog


def open_screen(name: str, stage: Stage) -> QWidget:
    """Build screen ``name`` on ``stage`` and return its top-level widget."""
    top = SCREENS[name](stage)
    settle()
    return top
