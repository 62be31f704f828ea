"""Every screen is right at every size, in both themes and both type sizes.

Each screen of ``screen_catalogue`` is opened the way the app opens it, in light and dark,
normal and large type (from a usual desktop's 11 pt), and looked at in a 640x480 window, at
the default size and at 1920x1080: the window keeps the size it was given, no control gets
less room than its text needs, nothing overlaps or reaches outside its parent, nothing
scrolls sideways, elided text keeps its whole in a tooltip (``layout_rules``). At the
default size the rendered window is read back: every text reaches 4.5:1 against what is
behind it, every check box and radio indicator and every keyboard focus ring 3:1.

The look is applied once per look for the whole module (pytest orders the tests so), and
each screen is built once per look and resized through the three sizes.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget
from pytestqt.qtbot import QtBot

from breathe.ui.relaxation.body_figure import FigureColors, contrast
from breathe.ui.theme import AA_NON_TEXT, DARK, LIGHT, Theme, qpalette
from tests.ui import layout_rules
from tests.ui.screen_catalogue import LOOKS, SCREENS, SIZES, Look, Stage, look_applied, open_screen

FOCUS_KINDS_PER_SCREEN = 4  # focus rings: one control of each kind, at most this many kinds


@pytest.fixture(scope="module", params=LOOKS, ids=[look.name for look in LOOKS])
def look(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[tuple[Look, Theme]]:
    with look_applied(qapp, request.param) as theme:
        yield request.param, theme


@pytest.fixture
def stage(look: tuple[Look, Theme], qtbot: QtBot) -> Iterator[Stage]:
    made = Stage(look[1])
    yield made
    made.close()


def focus_problems(top: QWidget) -> list[str]:
    """The keyboard focus ring of one control of each kind shows at 3:1."""
    top.activateWindow()
    problems = []
    kinds: set[type] = set()
    for control in layout_rules.shown_widgets(top):
        kind = type(control)
        if (
            kind in kinds
            or not control.isEnabled()
            or not control.focusPolicy() & Qt.FocusPolicy.TabFocus
            or control.focusProxy() is not None
            or (
                not isinstance(control, QAbstractButton)
                and not control.inherits("QComboBox")
                and not control.inherits("QLineEdit")
            )
        ):
            continue
        kinds.add(kind)
        found = layout_rules.focus_ring_contrast(control)
        if found < AA_NON_TEXT:
            problems.append(
                f"{layout_rules.describe(control)}: its focus shows at {found:.2f}:1, below 3:1"
            )
        if len(kinds) >= FOCUS_KINDS_PER_SCREEN:
            break
    return problems


@pytest.mark.parametrize("name", list(SCREENS))
def test_screen_is_right_at_every_size(
    name: str, look: tuple[Look, Theme], stage: Stage, qapp: QApplication
) -> None:
    top = open_screen(name, stage)
    problems: list[str] = []
    screen = top.screen().availableGeometry()
    if top.width() > screen.width() or top.height() > screen.height():
        problems.append(
            f"opens at {top.width()}x{top.height()}, larger than the screen's "
            f"{screen.width()}x{screen.height()}"
        )
    for size in SIZES:
        top.resize(size.width, size.height)
        qapp.processEvents()
        qapp.processEvents()
        found = layout_rules.layout_problems(top, size.width, size.height)
        if size.name == "default":
            found += layout_rules.colour_problems(top)
            found += focus_problems(top)
        problems += [f"{size.name} ({size.width}x{size.height}): {p}" for p in found]
    assert problems == [], f"{name} in {look[0].name}:\n" + "\n".join(problems)


@pytest.mark.parametrize("palette", [LIGHT, DARK], ids=["light", "dark"])
def test_the_body_figure_stands_out_from_the_page(palette: object) -> None:
    """The figure's outline, and what marks a skipped area, reach 3:1 on the page."""
    colors = FigureColors.from_palette(qpalette(palette))  # type: ignore[arg-type]
    assert contrast(colors.line, colors.window) >= AA_NON_TEXT
    assert contrast(colors.hatch, colors.skip) >= AA_NON_TEXT
