"""Calm light and dark palettes, large type and the app-wide look.

The palettes are plain data so their contrast can be checked without a screen: every text
colour reaches WCAG AA (4.5:1) on the backgrounds it is drawn on.
"""

from __future__ import annotations

import logging
from typing import NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

SCHEMES = ("system", "light", "dark")
#: how much larger every font is with "Large type" on
LARGE_TYPE_SCALE = 1.3
#: WCAG AA for normal text, and for focus rings and other non-text marks
AA_TEXT = 4.5
AA_NON_TEXT = 3.0
_BASE_SIZE = "breatheBasePointSize"  # the font size before any scaling, kept on the app
_ACTIVE = "breatheThemeId"  # which Theme last styled the app (it alone follows the system)
_FUSION = "breatheFusion"  # the app is in the Fusion style already
#: the object name of a 0-10 rating row, whose numbers the style sheet makes quiet
RATING_ROW = "ratingRow"


class Palette(NamedTuple):
    """The colours of one look, as ``#rrggbb`` (a named tuple: cheaper to define at start-up
    than a dataclass, which writes and compiles its methods)."""

    name: str
    window: str  # the page background
    surface: str  # buttons, fields, cards
    text: str  # body text and the phase word
    muted: str  # secondary text: countdown, breath count, hints
    accent: str  # the pacer and the chosen option
    on_accent: str  # text on the accent
    accent_soft: str  # the pacer's soft fill
    guide: str  # outlines, the pacer's resting ring, the progress track
    focus: str  # the keyboard focus ring


#: (foreground, background) pairs that carry text, held to AA_TEXT
TEXT_PAIRS = (
    ("text", "window"),
    ("text", "surface"),
    ("muted", "window"),
    ("muted", "surface"),
    ("on_accent", "accent"),
)
#: pairs that carry meaning without text (focus ring, pacer), held to AA_NON_TEXT
MARK_PAIRS = (("focus", "window"), ("focus", "surface"), ("accent", "window"))


LIGHT = Palette(
    name="light",
    window="#F3F0EA",
    surface="#FCFBF8",
    text="#1F2A33",
    muted="#4F5B63",
    accent="#2F6E78",
    on_accent="#FFFFFF",
    accent_soft="#BFD9DB",
    guide="#CFC8BC",
    focus="#1E5FA8",
)

DARK = Palette(
    name="dark",
    window="#151A20",
    surface="#1F262D",
    text="#E8EBEE",
    muted="#A9B4BB",
    accent="#8CC3CA",
    on_accent="#0F1A1D",
    accent_soft="#2C474C",
    guide="#3A444D",
    focus="#8FC1FF",
)


def _channel(value: int) -> float:
    c = value / 255.0
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(color: str) -> float:
    """WCAG relative luminance of ``#rrggbb``."""
    h = color.lstrip("#")
    if len(h) != 6:
        raise ValueError(f"colour {color!r}: expected #rrggbb, e.g. #1f2a33")
    r, g, b = (int(h[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast_ratio(c1: str, c2: str) -> float:
    """WCAG contrast ratio of two ``#rrggbb`` colours, from 1 (same) to 21 (black on white)."""
    hi, lo = sorted((relative_luminance(c1), relative_luminance(c2)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def palette_for(scheme: str, system_is_dark: bool) -> Palette:
    """The palette for a ``theme`` setting (system, light or dark)."""
    if scheme == "dark" or (scheme == "system" and system_is_dark):
        return DARK
    return LIGHT


def _stylesheet(p: Palette) -> str:
    # Buttons are drawn by us so the focus ring is always visible and thick enough to see.
    return f"""
    QPushButton, QToolButton {{
        background: {p.surface}; color: {p.text};
        border: 1px solid {p.guide}; border-radius: 10px; padding: 8px 16px;
    }}
    QPushButton:hover, QToolButton:hover, QPushButton:default {{ border-color: {p.accent}; }}
    QPushButton:pressed, QPushButton:checked, QToolButton:checked {{
        background: {p.accent}; color: {p.on_accent}; border-color: {p.accent};
    }}
    QPushButton:disabled, QToolButton:disabled {{ color: {p.guide}; border-color: {p.guide}; }}
    QPushButton:focus, QToolButton:focus {{ border: 3px solid {p.focus}; padding: 6px 14px; }}
    /* quiet offers that read as links, as home's do (a session's lead-in) */
    QPushButton:flat {{
        background: transparent; border-color: transparent; color: {p.focus};
        text-decoration: underline;
    }}
    QPushButton:flat:hover {{ border-color: {p.guide}; }}
    QPushButton:flat:focus {{ border: 3px solid {p.focus}; }}
    QLineEdit {{
        background: {p.surface}; color: {p.text}; border: 1px solid {p.guide};
        border-radius: 8px; padding: 6px 8px; placeholder-text-color: {p.muted};
    }}
    QLineEdit:focus {{ border: 3px solid {p.focus}; padding: 4px 6px; }}
    /* a style sheet colour would make the hint text half as strong (3:1): the muted one */
    QPlainTextEdit {{ placeholder-text-color: {p.muted}; }}
    /* check boxes and radio buttons: a ring round the whole control while it has the focus
       (Fusion shows none until the keyboard has moved the focus in that window) */
    QCheckBox, QRadioButton {{
        padding: 2px 4px 2px 1px; border: 2px solid transparent; border-radius: 6px;
    }}
    QCheckBox:focus, QRadioButton:focus {{ border-color: {p.focus}; }}
    QToolTip {{ background: {p.surface}; color: {p.text}; border: 1px solid {p.guide}; }}
    /* the 0-10 rating numbers (rating_row.py): quiet and compact, still ringed in focus */
    #{RATING_ROW} QPushButton {{ padding: 3px 0px; min-width: 1.8em; border-color: transparent; }}
    #{RATING_ROW} QPushButton:hover {{ border-color: {p.guide}; }}
    #{RATING_ROW} QPushButton:focus {{ border-color: {p.focus}; padding: 1px 0px; }}
    """


def qpalette(p: Palette) -> QPalette:
    """A QPalette with ``p``'s colours in the roles widgets read."""
    qp = QPalette()
    roles = {
        QPalette.ColorRole.Window: p.window,
        QPalette.ColorRole.WindowText: p.text,
        QPalette.ColorRole.Base: p.surface,
        QPalette.ColorRole.AlternateBase: p.window,
        QPalette.ColorRole.Text: p.text,
        QPalette.ColorRole.Button: p.surface,
        QPalette.ColorRole.ButtonText: p.text,
        QPalette.ColorRole.Highlight: p.accent,
        QPalette.ColorRole.HighlightedText: p.on_accent,
        QPalette.ColorRole.PlaceholderText: p.muted,  # also our "muted text" role
        QPalette.ColorRole.ToolTipBase: p.surface,
        QPalette.ColorRole.ToolTipText: p.text,
        QPalette.ColorRole.Link: p.focus,
        QPalette.ColorRole.Mid: p.guide,
        QPalette.ColorRole.Midlight: p.accent_soft,
        QPalette.ColorRole.Accent: p.accent,
    }
    for role, color in roles.items():
        qp.setColor(role, QColor(color))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
        qp.setColor(QPalette.ColorGroup.Disabled, role, QColor(p.guide))
    return qp


class Theme:
    """The look in force: colour scheme, large type, reduced motion.

    Args:
        scheme: ``system`` follows the desktop's light/dark setting (and its changes);
            ``light`` or ``dark`` force one.
        large_type: scale every font by ``LARGE_TYPE_SCALE``.
        reduced_motion: views replace movement with gentle fills (read by the views).
    """

    def __init__(
        self, scheme: str = "system", *, large_type: bool = False, reduced_motion: bool = False
    ) -> None:
        if scheme not in SCHEMES:
            raise ValueError(f"theme {scheme!r}: choose system, light or dark")
        self.scheme = scheme
        self.large_type = large_type
        self.reduced_motion = reduced_motion
        self._app: QApplication | None = None

    @property
    def scale(self) -> float:
        return LARGE_TYPE_SCALE if self.large_type else 1.0

    def palette(self, app: QApplication) -> Palette:
        """The palette this theme shows on ``app`` now."""
        dark = app.styleHints().colorScheme() == Qt.ColorScheme.Dark
        return palette_for(self.scheme, dark)

    def apply(self, app: QApplication) -> Palette:
        """Set style, palette, fonts and focus rings on the whole application."""
        p = self.palette(app)
        if not app.property(_FUSION):
            app.setStyle("Fusion")
            app.setProperty(_FUSION, True)
        app.setPalette(qpalette(p))
        base = app.property(_BASE_SIZE)
        if base is None:
            base = app.font().pointSizeF()
            app.setProperty(_BASE_SIZE, base)
        font = QFont(app.font())
        font.setPointSizeF(float(base) * self.scale)
        app.setFont(font)
        app.setStyleSheet(_stylesheet(p))
        app.setProperty(_ACTIVE, id(self))
        if self._app is None:
            self._app = app
            app.styleHints().colorSchemeChanged.connect(self._on_scheme_changed)
        log.debug("theme %s (%s), type x%.2f", self.scheme, p.name, self.scale)
        return p

    def _on_scheme_changed(self, _scheme: Qt.ColorScheme) -> None:
        app = self._app
        if app is not None and self.scheme == "system" and app.property(_ACTIVE) == id(self):
            self.apply(app)


def new_application(argv: list[str]) -> QApplication:
    """The QApplication, started in the Fusion style that :meth:`Theme.apply` wants.

    Asked for by argument, the style is set in C++. ``setStyle`` from Python would hand
    back the style object, for which PySide6 first builds QStyle's Python type and its
    eleven enums: about 25 M instructions before the first paint.
    """
    app = QApplication([*argv[:1], "-style", "fusion"])
    app.setProperty(_FUSION, True)
    return app


def check_palette(p: Palette) -> list[str]:
    """Pairs of ``p`` below WCAG AA, e.g. ``["muted on window: 3.9"]`` (empty when fine)."""
    problems = []
    for pairs, least in ((TEXT_PAIRS, AA_TEXT), (MARK_PAIRS, AA_NON_TEXT)):
        for fg, bg in pairs:
            ratio = contrast_ratio(getattr(p, fg), getattr(p, bg))
            if ratio < least:
                problems.append(f"{fg} on {bg}: {ratio:.2f}")
    return problems
