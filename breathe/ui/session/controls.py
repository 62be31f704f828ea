"""The session's controls: one table gives each its button text, its keys and its name."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from breathe.i18n import QT_TRANSLATE_NOOP, fill


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
        "mute",
        QT_TRANSLATE_NOOP("SessionControls", "Mute"),
        "M",
        (Qt.Key.Key_M,),
        QT_TRANSLATE_NOOP("SessionControls", "Mute all sound"),
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


class SessionControls(QWidget):
    """A row of buttons, each also reachable by its keys while the row can be seen.

    Args:
        actions: what each control does, by ``Control.id``.
    """

    def __init__(
        self, actions: Mapping[str, Callable[[], object]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._buttons: dict[str, QPushButton] = {}
        self._shortcuts: list[QShortcut] = []
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addStretch(1)
        for control in CONTROLS:
            action = actions[control.id]
            name, key_name = self.tr(control.name), self.tr(control.key_text)
            button = QPushButton(self._button_text(control))
            button.setAccessibleName(name)
            tip = self.tr("%1 (%2)", "a control's name (its key)")
            button.setToolTip(fill(tip, name, key_name))
            button.setAutoDefault(True)  # Enter presses the focused button; Space pauses
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.clicked.connect(action)
            row.addWidget(button)
            self._buttons[control.id] = button
            for key in control.keys:
                # anywhere in the window, and only while the session's controls show
                shortcut = QShortcut(QKeySequence(key), self, action)
                shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
                self._shortcuts.append(shortcut)
        row.addStretch(1)

    def button(self, control_id: str) -> QPushButton:
        return self._buttons[control_id]

    def set_text(self, control_id: str, text: str) -> None:
        """Relabel a control, keeping its key shown (e.g. Pause -> Resume).

        ``text`` is translated here when it is one of ours (``RESUME``, a control's text);
        text already translated is shown as it is.
        """
        control = next(c for c in CONTROLS if c.id == control_id)
        self._buttons[control_id].setText(self._button_text(control, self.tr(text)))

    def _button_text(self, control: Control, text: str | None = None) -> str:
        """``Pause  Space``: the control's text, then its key."""
        return fill(
            self.tr("%1  %2", "a control's text, then its key"),
            text or self.tr(control.text),
            self.tr(control.key_text),
        )

    def defer_to_window(self) -> None:
        """Leave a key the window itself binds (e.g. F11) to the window.

        Two live bindings of one key cancel each other out in Qt (neither fires), so the
        window's own shortcuts win; the button still works.
        """
        window = self.window()
        taken = set()
        for shortcut in window.findChildren(QShortcut):
            owner = shortcut.parent()
            if not isinstance(owner, QWidget) or shortcut in self._shortcuts:
                continue
            if not shortcut.isEnabled():
                continue
            if owner is window or owner.isAncestorOf(self):
                taken.add(shortcut.key().toString())
        for shortcut in self._shortcuts:
            shortcut.setEnabled(shortcut.key().toString() not in taken)

    def keys_in_use(self) -> list[str]:
        """The keys these controls answer to now, e.g. ``["Space", "Right", ...]``."""
        return [s.key().toString() for s in self._shortcuts if s.isEnabled()]
