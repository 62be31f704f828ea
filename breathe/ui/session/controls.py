"""The session's controls: one table gives each its button text, its keys and its name.

A reusable row: the person's session page shows only the controls that apply to the
practice, with the rarely used ones under "More"; another window (a therapist's) can show
them all. Every control's keys work while the row is on screen, whether or not its button
shows. Toggles (voice, sound, gentler) say their state three ways: an icon, the checked
look, and words ("Voice: on") that a screen reader hears too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import QPushButton, QWidget

from breathe.i18n import QT_TRANSLATE_NOOP, fill
from breathe.ui.session.control_icons import toggle_icon
from breathe.ui.widgets.flow_layout import FlowLayout

if TYPE_CHECKING:  # the More menu is built when first opened
    from PySide6.QtWidgets import QMenu


class Control(NamedTuple):
    """One control: a button showing ``text`` and ``key_text``, and its keys.

    The texts are English, marked for translation and translated where shown.
    """

    id: str
    text: str
    key_text: str
    keys: tuple[Qt.Key, ...]
    name: str  # what a screen reader says


# Single letters, arrows and F11 are the keys themselves: they are not translated.
SPACE = QT_TRANSLATE_NOOP("SessionControls", "Space")
ESC = QT_TRANSLATE_NOOP("SessionControls", "Esc")
CONTROLS = (
    Control(
        "pause",
        QT_TRANSLATE_NOOP("SessionControls", "Pause"),
        SPACE,
        (Qt.Key.Key_Space,),
        QT_TRANSLATE_NOOP("SessionControls", "Pause or resume"),
    ),
    Control(
        "skip",
        QT_TRANSLATE_NOOP("SessionControls", "Skip"),
        "→",
        (Qt.Key.Key_Right,),
        QT_TRANSLATE_NOOP("SessionControls", "Skip to the next step"),
    ),
    Control(
        "gentler",
        QT_TRANSLATE_NOOP("SessionControls", "Gentler"),
        "G",
        (Qt.Key.Key_G,),
        QT_TRANSLATE_NOOP("SessionControls", "Gentler breathing"),
    ),
    Control(
        "slower",
        QT_TRANSLATE_NOOP("SessionControls", "Slower"),
        "−",
        (Qt.Key.Key_Minus,),
        QT_TRANSLATE_NOOP("SessionControls", "Slower pace"),
    ),
    # + is Shift+= on most keyboards: = alone does it too
    Control(
        "faster",
        QT_TRANSLATE_NOOP("SessionControls", "Faster"),
        "+",
        (Qt.Key.Key_Plus, Qt.Key.Key_Equal),
        QT_TRANSLATE_NOOP("SessionControls", "Faster pace"),
    ),
    Control(
        "voice",
        QT_TRANSLATE_NOOP("SessionControls", "Voice"),
        "V",
        (Qt.Key.Key_V,),
        QT_TRANSLATE_NOOP("SessionControls", "Spoken guidance"),
    ),
    Control(
        "sound",
        QT_TRANSLATE_NOOP("SessionControls", "Sound"),
        "M",
        (Qt.Key.Key_M,),
        QT_TRANSLATE_NOOP("SessionControls", "Cue sounds"),
    ),
    Control(
        "fullscreen",
        QT_TRANSLATE_NOOP("SessionControls", "Full screen"),
        "F11",
        (Qt.Key.Key_F11,),
        QT_TRANSLATE_NOOP("SessionControls", "Full screen"),
    ),
    Control(
        "stop",
        QT_TRANSLATE_NOOP("SessionControls", "Stop"),
        ESC,
        (Qt.Key.Key_Escape,),
        QT_TRANSLATE_NOOP("SessionControls", "Stop the session"),
    ),
)
#: the pause button's other text (the session view passes it to ``set_text``)
RESUME = QT_TRANSLATE_NOOP("SessionControls", "Resume")
#: the controls that switch something on or off, and so show their state
TOGGLES = ("voice", "sound", "gentler")
ON = QT_TRANSLATE_NOOP("SessionControls", "%1: on")
OFF = QT_TRANSLATE_NOOP("SessionControls", "%1: off")


class ControlButton(QPushButton):
    """A control's button: Enter presses it while it has the focus.

    Return and Enter are claimed here before any window shortcut (grounding binds them to
    Next), so the focused control does what it says. Space stays the session's key.
    """

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            event.accept()
            return True
        return super().event(event)


class SessionControls(QWidget):
    """A row of buttons, each also reachable by its keys while the row can be seen.

    Args:
        actions: what each control does, by ``Control.id``.
        in_more: controls offered under "More" instead of as buttons of their own.

    Signals:
        used(str): a control was used, by its button, its menu entry or its keys.
    """

    used = Signal(str)

    def __init__(
        self,
        actions: Mapping[str, Callable[[], object]],
        parent: QWidget | None = None,
        *,
        in_more: Iterable[str] = (),
    ) -> None:
        super().__init__(parent)
        self._actions = actions
        self._buttons: dict[str, ControlButton] = {}
        self._shortcuts: dict[str, list[QShortcut]] = {}
        self._in_more = [c for c in CONTROLS if c.id in set(in_more)]
        self._hidden: set[str] = set()
        # Space and Esc have names in each language; letters, arrows and F11 are the keys
        self._key_texts = {
            c.id: self.tr(c.key_text) if c.key_text in (SPACE, ESC) else c.key_text
            for c in CONTROLS
        }
        self._menu: QMenu | None = None
        self._words: dict[str, str] = {}  # each button's words, without its key
        self._keys_shown = True
        # centred, and onto a second line when large type or a small window needs it
        row = FlowLayout(self, spacing=6, align=Qt.AlignmentFlag.AlignHCenter)
        for control in CONTROLS:
            name = self.tr(control.name)
            button = ControlButton(self._button_text(control))
            button.setAccessibleName(name)
            button.setAutoDefault(True)  # Enter presses the focused button; Space pauses
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.clicked.connect(lambda _checked=False, c=control.id: self.trigger(c))
            row.add(button)
            self._buttons[control.id] = button
            self._set_tip(control.id)
            self.set_keys(control.id, control.keys)
            if control in self._in_more:
                button.hide()
        self.more = QPushButton(self.tr("More"))
        self.more.setAccessibleName(self.tr("More controls"))
        self.more.setAutoDefault(True)
        self.more.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.more.clicked.connect(self.show_more)
        self.more.setVisible(bool(self._in_more))
        row.insert(row.indexOf(self._buttons["stop"]), self.more)

    # -- what the owner asks ---------------------------------------------------------------
    def button(self, control_id: str) -> QPushButton:
        return self._buttons[control_id]

    def trigger(self, control_id: str) -> None:
        """Do what the control does (its button, menu entry and keys all come here)."""
        self.used.emit(control_id)
        self._actions[control_id]()

    def set_text(self, control_id: str, text: str) -> None:
        """Relabel a control, keeping its key shown (e.g. Pause -> Resume).

        ``text`` is translated here when it is one of ours (``RESUME``, a control's text);
        text already translated is shown as it is.
        """
        control = _control(control_id)
        self._buttons[control_id].setText(self._button_text(control, self.tr(text)))
        self._refit()

    def set_toggle(self, control_id: str, on: bool) -> None:
        """Show a toggle's state: checked, an icon, and "Voice: on" to eyes and ears alike.

        Gentler is an offer until it is on ("Gentler"), then says so ("Gentler: on").
        """
        control = _control(control_id)
        button = self._buttons[control_id]
        button.setCheckable(True)
        button.setChecked(on)
        words = ON if on else OFF
        if control_id == "gentler" and not on:
            text, name = self.tr(control.text), self.tr(control.name)
        else:
            text = fill(self.tr(words), self.tr(control.text))
            name = fill(self.tr(words), self.tr(control.name))
        button.setText(self._button_text(control, text))
        button.setAccessibleName(name)
        button.setIcon(toggle_icon(control_id, on, button.palette()))
        self._set_tip(control_id)
        self._refit()

    def set_applies(self, control_id: str, applies: bool) -> None:
        """Show a control only where it does something; its keys keep working regardless
        (a pace key on a preset says why it keeps its pace)."""
        if applies:
            self._hidden.discard(control_id)
        else:
            self._hidden.add(control_id)
        in_more = any(c.id == control_id for c in self._in_more)
        self._buttons[control_id].setVisible(applies and not in_more)
        self._refit()

    def set_keys(
        self, control_id: str, keys: Iterable[Qt.Key], key_text: str | None = None
    ) -> None:
        """Give a control other keys, shown as ``key_text`` (already translated).

        Grounding's Space is "Next", so there pause takes P.
        """
        for old in self._shortcuts.get(control_id, []):
            old.setEnabled(False)
            old.deleteLater()
        shortcuts = []
        for key in keys:
            # anywhere in the window, and only while the session's controls show
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.activated.connect(lambda c=control_id: self.trigger(c))
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcuts.append(shortcut)
        self._shortcuts[control_id] = shortcuts
        if key_text is not None:  # the button shows its key: keep it true
            self._key_texts[control_id] = key_text
            button = self._buttons[control_id]
            if button.isCheckable():
                self.set_toggle(control_id, button.isChecked())
            else:
                button.setText(self._button_text(_control(control_id)))
            self._set_tip(control_id)

    def show_more(self) -> QMenu:
        """The rarely used controls, each with its key, in a small menu under "More"."""
        if self._menu is None:
            from PySide6.QtWidgets import QMenu

            self._menu = QMenu(self)
            self._menu.setAccessibleName(self.tr("More controls"))
            for control in self._in_more:
                action = self._menu.addAction(
                    f"{self.tr(control.text)}\t{self._key_texts[control.id]}"
                )
                action.triggered.connect(lambda _checked=False, c=control.id: self.trigger(c))
        for action, control in zip(self._menu.actions(), self._in_more, strict=True):
            action.setVisible(control.id not in self._hidden)
        self._menu.popup(self.more.mapToGlobal(QPoint(0, self.more.height())))
        return self._menu

    def menu_open(self) -> bool:
        """Whether the More menu is showing (the row stays in sight meanwhile)."""
        return self._menu is not None and self._menu.isVisible()

    def defer_to_window(self) -> None:
        """Leave a key the window itself binds (e.g. F11) to the window.

        Two live bindings of one key cancel each other out in Qt (neither fires), so the
        window's own shortcuts win; the button still works.
        """
        window = self.window()
        ours = {s for shortcuts in self._shortcuts.values() for s in shortcuts}
        taken = set()
        for shortcut in window.findChildren(QShortcut):
            owner = shortcut.parent()
            if not isinstance(owner, QWidget) or shortcut in ours:
                continue
            if not shortcut.isEnabled():
                continue
            if owner is window or owner.isAncestorOf(self):
                taken.add(shortcut.key().toString())
        for shortcut in ours:
            shortcut.setEnabled(shortcut.key().toString() not in taken)

    def keys_in_use(self) -> list[str]:
        """The keys these controls answer to now, e.g. ``["Space", "Right", ...]``."""
        return [
            s.key().toString()
            for shortcuts in self._shortcuts.values()
            for s in shortcuts
            if s.isEnabled()
        ]

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:  # the theme changed: redraw the icons
            for control_id in TOGGLES:
                button = self._buttons[control_id]
                if button.isCheckable():
                    button.setIcon(toggle_icon(control_id, button.isChecked(), button.palette()))
        super().changeEvent(event)

    # -- inner workings ------------------------------------------------------------------
    def _button_text(self, control: Control, text: str | None = None) -> str:
        """``Pause  Space``: the control's text, then its key (the words alone where the
        keys would put the buttons on a third line: each key stays in the tooltip)."""
        words = self._words[control.id] = text or self.tr(control.text)
        return self._keyed(control, words) if self._keys_shown else words

    def _keyed(self, control: Control, words: str) -> str:
        return fill(
            self.tr("%1  %2", "a control's text, then its key"),
            words,
            self._key_texts.get(control.id, control.key_text),
        )

    def _fit_keys(self, width: int) -> None:
        """Keys on the buttons while they fit on ``KEYED_LINES`` lines, or add no line."""
        row = self.layout()
        assert row is not None
        with_keys, without = [], []
        for index in range(row.count()):
            item = row.itemAt(index)
            widget = item.widget() if item is not None else None
            if widget is None or widget.isHidden():
                continue
            natural = widget.sizeHint().width()
            control = next((c for c in CONTROLS if self._buttons.get(c.id) is widget), None)
            if control is None:  # More: the same either way
                with_keys.append(natural)
                without.append(natural)
                continue
            button = self._buttons[control.id]
            metrics, shown = button.fontMetrics(), button.text()
            words = self._words.get(control.id, shown)
            base = natural - metrics.horizontalAdvance(shown)
            with_keys.append(base + metrics.horizontalAdvance(self._keyed(control, words)))
            without.append(base + metrics.horizontalAdvance(words))
        spacing = row.spacing()
        keyed = _lines(with_keys, width, spacing)
        fits = keyed <= max(_lines(without, width, spacing), KEYED_LINES)
        if fits != self._keys_shown:
            self._keys_shown = fits
            for control in CONTROLS:
                if control.id in self._words:
                    text = self._button_text(control, self._words[control.id])
                    self._buttons[control.id].setText(text)

    def _refit(self) -> None:
        """Weigh the keys again: a button's words (or which buttons show) changed (not
        before the row shows: its first resize weighs them)."""
        if self.isVisible():
            self._fit_keys(self.width())

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._fit_keys(event.size().width())
        super().resizeEvent(event)

    def _set_tip(self, control_id: str) -> None:
        button = self._buttons[control_id]
        if button.toolTip() and not button.isEnabled():
            return  # a disabled control's tip says why (e.g. no voice on this computer)
        tip = self.tr("%1 (%2)", "a control's name (its key)")
        button.setToolTip(fill(tip, button.accessibleName(), self._key_texts[control_id]))


def _control(control_id: str) -> Control:
    return next(c for c in CONTROLS if c.id == control_id)


KEYED_LINES = 2  # the buttons keep their keys while they fit on this many lines


def _lines(widths: list[int], room: int, spacing: int) -> int:
    """How many lines buttons of these widths take in ``room`` (as the row wraps them)."""
    lines, used = 0, 0
    for width in widths:
        if lines and used + spacing + width <= room:
            used += spacing + width
        else:
            lines, used = lines + 1, width
    return lines
