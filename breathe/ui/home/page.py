"""The home screen: one obvious Start now, three practice cards, and a quiet header.

Nothing here asks a question before starting: Enter right after launch starts what the
person chose in Settings for Start now (coherent breathing, 5 minutes, until they choose),
keys 1/2/3 start a card. Browsing a card or a session ended early never changes Start now.

The Customise panels are built when first needed (Customise, a Start, or
``build_panels`` once the window is on screen): until then a card shows its saved choice,
and starting a card always goes through its panel, which tidies an old or hand-edited one.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Iterable, Mapping
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from breathe.engine import choices
from breathe.engine.practices.catalog import PRACTICES
from breathe.i18n import fill
from breathe.ui.home.practice_card import (
    PracticeCard,
    apply_type_scale,
    link_button,
    set_type_scale,
)
from breathe.ui.home.start_now import start_now_choice, start_now_target
from breathe.ui.home.top import HomeHeader, StartNowRow
from breathe.ui.widgets.vertical_scroll import VerticalScroll

if TYPE_CHECKING:
    from breathe.ui.home.customiser import Customiser

log = logging.getLogger(__name__)

NUMBER_KEYS = {Qt.Key.Key_1: 0, Qt.Key.Key_2: 1, Qt.Key.Key_3: 2}
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)

STYLE = """
#home { background: palette(window); }
#card { background: palette(base); border: 1px solid palette(midlight); border-radius: 16px; }
#card[highlighted="true"] { border: 2px solid palette(highlight); }
#hero { background: transparent; }
QLabel#muted { color: palette(placeholder-text); }
QLabel#problem { color: palette(text); background: palette(alternate-base);
                 border: 1px solid palette(highlight); border-radius: 8px; padding: 8px 12px; }
QPushButton#primary {
    background: palette(highlight); color: palette(highlighted-text);
    border: 3px solid palette(highlight); border-radius: 18px; padding: 18px 44px; }
QPushButton#start {
    min-width: 200px;
    background: palette(base); color: palette(text);
    border: 2px solid palette(highlight); border-radius: 12px; padding: 10px 24px; }
QPushButton#start:hover { background: palette(alternate-base); }
QPushButton#primary:focus { border: 3px solid palette(text); }
QPushButton#start:focus { border: 3px solid palette(text); }
QPushButton#start:disabled { color: palette(placeholder-text); border-color: palette(midlight); }
QPushButton#link, QPushButton#header {
    background: transparent; color: palette(link); border: 2px solid transparent;
    border-radius: 8px; padding: 4px 6px; text-decoration: underline; }
QPushButton#header { color: palette(text); text-decoration: none; padding: 6px 12px; }
QPushButton#header:hover, QPushButton#link:hover { background: palette(alternate-base); }
QPushButton#link:focus, QPushButton#header:focus { border: 2px solid palette(highlight); }
QPushButton#link:checked { text-decoration: none; }
"""


class HomePage(QWidget):
    """Home: Start now, three practice cards, History / Settings / Help and urgent help.

    Args:
        initial: the last choice per practice (``settings.last_choice``), as
            :mod:`breathe.engine.choices` describes; missing or broken entries use defaults.
        start_now: what Start now begins (``settings.start_now``: a breathing preset,
            ``grounding`` or ``relaxation``); anything else means coherent breathing.
        new_to: practices the person has never done; their cards invite them to read why
            the practice helps.
        voice, sounds: the settings in force, shown by the breathing card's checkboxes
            (a request carries them only once the person changes them there).

    Signals:
        start_requested(LaunchRequest): start a session now.
        choice_changed(str, dict): a card's customised choice, to remember in settings
            (only valid choices are sent).
        explain_requested(str): show the explainer of a practice (or ``overview``).
        history_requested(), settings_requested(), help_requested(), crisis_requested()
    """

    start_requested = Signal(object)
    choice_changed = Signal(str, object)
    explain_requested = Signal(str)
    history_requested = Signal()
    settings_requested = Signal()
    help_requested = Signal()
    crisis_requested = Signal()
    pain_map_requested = Signal()
    #: "Start where you are": tap your own rhythm first (the window opens the tapping page)
    tap_rate_requested = Signal()
    #: the flare-day notice's "Turn off" was pressed (False)
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
        self.setObjectName("home")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(STYLE)
        self.start_now_choice = start_now_choice(start_now)
        self._choice: dict[str, dict[str, Any]] = {}
        self._valid: dict[str, dict[str, Any]] = {}
        self.cards: dict[str, PracticeCard] = {}
        self._saved: dict[str, dict[str, Any]] = {}
        self._customisers: dict[str, Customiser] = {}
        self._voice, self._sounds = voice, sounds
        self._your_pace: float | None = None
        self.your_pace_button: QPushButton | None = None  # made when there is a pace

        self.others_label = QLabel(self.tr("Or choose a practice"), self)
        self.others_label.setObjectName("muted")
        set_type_scale(self.others_label, 1.1, bold=True)
        # one scroll area for the whole page: a small window (or large type) scrolls it all,
        # rather than squeezing the cards into a slit under a fixed header
        content = QWidget()
        content.setObjectName("home")
        self._column = QVBoxLayout(content)
        self._column.setContentsMargins(36, 20, 36, 24)
        self._column.setSpacing(18)
        self._add_top()
        self._column.addSpacing(10)
        self._column.addWidget(self.others_label)
        self.flare_notice: QWidget | None = None  # built on a flare day only
        self._build_cards(initial or {}, set(new_to))
        self._column.addStretch(1)
        self.scroll_area = VerticalScroll(content, self)
        self.scroll_area.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        page.addWidget(self.scroll_area)

        self._show_default()
        self._set_tab_order()
        apply_type_scale(self)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    def _add_top(self) -> None:
        """The header and Start now, wired to the page's signals."""
        header = HomeHeader(self)
        self.name_label, self.crisis_button = header.name_label, header.crisis_button
        self.history_button, self.settings_button = header.history, header.settings
        self.help_button, self.programmes_menu = header.help, header.programmes_menu
        self.crisis_button.clicked.connect(self.crisis_requested)
        self.history_button.clicked.connect(self.history_requested)
        self.settings_button.clicked.connect(self.settings_requested)
        self.help_button.clicked.connect(self.help_requested)
        self._column.addLayout(header.row)
        self._column.addSpacing(8)
        hero = StartNowRow(self)
        self.start_now, self.start_now_detail = hero.button, hero.detail
        self.start_now.clicked.connect(self.start_default)
        self._column.addLayout(hero.row)

    def _build_flare_notice(self) -> QWidget:
        """On a flare day: relaxation is release-only, said plainly, with a way to undo it."""
        notice = QWidget(self)
        label = QLabel(
            self.tr("Flare day: muscle relaxation lets go only, with no tensing."), notice
        )
        label.setWordWrap(True)
        self.flare_off = link_button(self.tr("Turn off"), self.tr("Turn off the flare day"), notice)
        self.flare_off.clicked.connect(lambda: self.flare_day_changed.emit(False))
        row = QHBoxLayout(notice)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(label, 1)
        row.addWidget(self.flare_off)
        self._column.insertWidget(self._column.indexOf(self.others_label) + 1, notice)
        apply_type_scale(notice)
        return notice

    def set_flare_day(self, on: bool) -> None:
        """Show (or hide) the flare-day line above the cards."""
        if on and self.flare_notice is None:
            self.flare_notice = self._build_flare_notice()
        if self.flare_notice is not None:
            self.flare_notice.setVisible(on)

    def _build_cards(self, initial: Mapping[str, Mapping[str, Any]], new: set[str]) -> None:
        """The three cards, top to bottom (Customise makes them grow; the page scrolls)."""
        cards = QWidget()
        cards_layout = QVBoxLayout(cards)
        cards_layout.setContentsMargins(0, 0, 0, 0)
        cards_layout.setSpacing(16)
        for practice in choices.PRACTICE_ORDER:
            cards_layout.addWidget(
                self._build_card(practice, saved=initial.get(practice), new=new, parent=cards)
            )
        self._column.addWidget(cards)

    def _build_card(
        self, practice: str, *, saved: object, new: set[str], parent: QWidget
    ) -> PracticeCard:
        card = PracticeCard(
            practice,
            choices.card_title(practice),
            PRACTICES[practice].summary,
            customisable=True,
            new=practice in new,
            parent=parent,
        )
        card.start_clicked.connect(self.start)
        card.explain_clicked.connect(self.explain_requested)
        card.customise_toggled.connect(self._customise_toggled)
        card.panel_needed.connect(self.customiser)
        if practice == "breathing":
            # breathing fast? tap that rhythm, and the session glides down from it
            self.tap_rate = card.add_link(
                self.tr("Start where you are"),
                self.tr("Start where you are: tap your own rhythm first"),
            )
            self.tap_rate.setToolTip(
                self.tr("Tap at each breath in; the session starts at your pace and slows gently")
            )
            self.tap_rate.clicked.connect(self.tap_rate_requested)
        self.cards[practice] = card
        self._valid[practice] = choices.default_choice(practice)
        self._saved[practice] = choices.normalise(practice, saved)
        self._update(practice, self._saved[practice], announce=False)
        return card

    def customiser(self, practice: str) -> Customiser:
        """``practice``'s Customise panel, built (and given to its card) on first use."""
        found = self._customisers.get(practice)
        if found is not None:
            return found
        from breathe.ui.home.customiser import customiser_for

        customiser = customiser_for(practice, self._saved[practice], self._voice, self._sounds)
        self._customisers[practice] = customiser
        customiser.changed.connect(lambda c, p=practice: self._update(p, c))
        if customiser.pain_map is not None:
            customiser.pain_map.connect(self.pain_map_requested)
        self.cards[practice].set_panel(customiser.panel)
        apply_type_scale(self)
        self._set_tab_order()
        self._update(practice, customiser.read(), announce=False)
        return customiser

    def panel(self, practice: str) -> QWidget:
        """``practice``'s Customise panel (built now if it was not yet)."""
        return self.customiser(practice).panel

    def build_panels(self) -> None:
        """Build every Customise panel now (e.g. once the window is on screen)."""
        for practice in choices.PRACTICE_ORDER:
            self.customiser(practice)

    # -- public ------------------------------------------------------------------------
    def choice(self, practice: str) -> dict[str, Any]:
        """What ``practice``'s card would start now (possibly not startable)."""
        return dict(self._choice[practice])

    def start(self, practice: str) -> bool:
        """Start ``practice`` as its card shows it; False while its options have a problem."""
        self.customiser(practice)  # its choice, as the panel reads it
        card = self.cards[practice]
        if not card.start_button.isEnabled():
            log.info("not starting %s: its options need a look", practice)
            return False
        request = choices.request_for(practice, self._choice[practice])
        log.info("start %s from home", request.practice)
        self.start_requested.emit(request)
        return True

    def start_from_pace(self, rate: float | None) -> bool:
        """Start the breathing card's choice, gliding down from ``rate`` breaths a minute
        (the person's tapped pace); None: at the usual pace. False while it cannot start."""
        self.customiser("breathing")
        if not self.cards["breathing"].start_button.isEnabled():
            return False
        request = choices.request_for("breathing", self._choice["breathing"])
        if rate is not None:
            options = {**request.options, "from_bpm": round(rate, 1)}
            request = replace(request, options=options)
        log.info("start %s from a tapped pace", request.practice)
        self.start_requested.emit(request)
        return True

    def start_default(self) -> None:
        """Start now: what the person chose in Settings, as it comes (never a card's choice)."""
        practice, choice = start_now_target(self.start_now_choice)
        log.info("start now: %s", self.start_now_choice)
        self.start_requested.emit(choices.request_for(practice, choice))

    def set_start_now(self, start_now: str) -> None:
        """Make Start now begin ``start_now`` (the person changed it in Settings)."""
        self.start_now_choice = start_now_choice(start_now)
        self._show_default()

    def set_new_to(self, practices: Iterable[str]) -> None:
        """Practices still new to the person (their cards invite reading why they help)."""
        new = set(practices)
        for practice, card in self.cards.items():
            card.set_new(practice in new)

    def set_your_pace(self, pace: float | None) -> None:
        """Offer "your pace" (marked after resonance) on the breathing card; None: don't."""
        self._your_pace = pace
        button = self.your_pace_button
        if pace is None:
            if button is not None:
                button.hide()
            return
        if button is None:
            button = self.cards["breathing"].add_link("", "")
            button.clicked.connect(self.start_your_pace)
            self.your_pace_button = button
            apply_type_scale(self)
        shown = QLocale().toString(float(pace), "g", 6)  # 5,5 where a comma is usual
        button.setText(fill(self.tr("Your pace: %1 a minute"), shown))
        button.setAccessibleName(
            fill(self.tr("Start breathing at your pace, %1 breaths a minute"), shown)
        )
        button.setToolTip(self.tr("The pace you marked easiest after resonance breathing"))
        button.show()
        self._set_tab_order()

    def start_your_pace(self) -> None:
        """Start paced breathing at your pace."""
        if self._your_pace is not None:
            self.start_requested.emit(choices.your_pace_request(self._your_pace))

    def focus_start_now(self) -> None:
        self.start_now.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- reactions ---------------------------------------------------------------------
    def _update(self, practice: str, choice: Mapping[str, Any], *, announce: bool = True) -> None:
        choice = dict(choice)
        customiser = self._customisers.get(practice)
        if customiser is not None and customiser.problem is not None:
            problem = customiser.problem()
        else:
            problem = choices.problem(practice, choice)
        self._choice[practice] = choice
        card = self.cards[practice]
        card.set_problem(problem)
        if problem is not None:
            return
        self._valid[practice] = choice
        card.set_summary(choices.summary(practice, choice))
        if announce:
            self.choice_changed.emit(practice, dict(choice))

    def _show_default(self) -> None:
        text = choices.headline(*start_now_target(self.start_now_choice))
        self.start_now_detail.setText(text)
        self.start_now.setAccessibleName(fill(self.tr("Start now: %1"), text))
        self.start_now.setToolTip(fill(self.tr("%1 (Enter)"), text))

    def _customise_toggled(self, practice: str, shown: bool) -> None:
        panel = self.panel(practice)
        if shown:
            # once the card has grown: bring its options into view
            QTimer.singleShot(0, lambda: self.scroll_area.ensureWidgetVisible(panel, 0, 24))

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        for card in self.cards.values():
            card.set_highlighted(new is not None and card.isAncestorOf(new))

    def _set_tab_order(self) -> None:
        """Start now first, then each card top to bottom, then the header."""
        chain: list[QWidget] = [self.start_now]
        for practice, card in self.cards.items():
            chain += [card.start_button, card.why_button, card.customise_button]
            if practice == "breathing":
                chain.append(self.tap_rate)
            if practice == "breathing" and self.your_pace_button is not None:
                chain.append(self.your_pace_button)
            if card.panel is not None:
                chain += [
                    w
                    for w in card.panel.findChildren(QWidget)
                    if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.parentWidget() is card.panel
                ]
        chain += [self.crisis_button, self.history_button, self.settings_button, self.help_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # -- events ------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        if key in NUMBER_KEYS and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.start(choices.PRACTICE_ORDER[NUMBER_KEYS[key]])
            return
        if key in ENTER_KEYS:
            focus = QApplication.focusWidget()
            for practice, card in self.cards.items():
                if focus is not None and card.isAncestorOf(focus):
                    self.start(practice)
                    return
            self.start_default()
            return
        super().keyPressEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        focus = QApplication.focusWidget()
        if focus is None or not self.isAncestorOf(focus):
            self.focus_start_now()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange):
            apply_type_scale(self)
        super().changeEvent(event)
