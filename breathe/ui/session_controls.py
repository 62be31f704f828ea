"""The session's controls: one table gives each its button text, its keys and its name."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget


@dataclass(frozen=True)
class Control:
    """One control: a button showing ``text`` and ``key_text``, and its keys."""

    id: str
    text: str
    key_text: str
    keys: tuple[Qt.Key, ...]
    name: str  # what a screen reader says


CONTROLS = (
    Control("pause", "Pause", "Space", (Qt.Key.Key_Space,), "Pause or resume"),
    Control("skip", "Skip", "→", (Qt.Key.Key_Right,), "Skip to the next step"),
    Control("gentler", "Gentler", "G", (Qt.Key.Key_G,), "Gentler breathing"),
    Control("slower", "Slower", "−", (Qt.Key.Key_Minus,), "Slower pace"),
    # + is Shift+= on most keyboards: = alone does it too
    Control("faster", "Faster", "+", (Qt.Key.Key_Plus, Qt.Key.Key_Equal), "Faster pace"),
    Control("voice", "Voice", "V", (Qt.Key.Key_V,), "Spoken guidance"),
    Control("mute", "Mute", "M", (Qt.Key.Key_M,), "Mute all sound"),
    Control("fullscreen", "Full screen", "F11", (Qt.Key.Key_F11,), "Full screen"),
    Control("stop", "Stop", "Esc", (Qt.Key.Key_Escape,), "Stop the session"),
)


def button_text(control: Control, text: str | None = None) -> str:
    return f"{text or control.text}  {control.key_text}"


class SessionControls(QWidget):
    """A row of buttons, each also reachable by its keys while the row can be seen.

    Args:
        actions: what each control does, by ``Control.id``.
    """

    def __init__(
        self, actions: Mapping[str, Callable[[], None]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._buttons: dict[str, QPushButton] = {}
        self._shortcuts: list[QShortcut] = []
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addStretch(1)
        for control in CONTROLS:
            action = actions[control.id]
            button = QPushButton(button_text(control))
            button.setAccessibleName(control.name)
            button.setToolTip(f"{control.name} ({control.key_text})")
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
        """Relabel a control, keeping its key shown (e.g. Pause -> Resume)."""
        control = next(c for c in CONTROLS if c.id == control_id)
        self._buttons[control_id].setText(button_text(control, text))

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
