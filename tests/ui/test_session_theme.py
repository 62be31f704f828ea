"""Calm light and dark palettes that stay readable (WCAG AA), and large type."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette, QStyleHints
from PySide6.QtWidgets import QApplication, QStyle

from breathe.ui.theme import (
    DARK,
    LARGE_TYPE_SCALE,
    LIGHT,
    MARK_PAIRS,
    TEXT_PAIRS,
    Theme,
    check_palette,
    contrast_ratio,
    palette_for,
    relative_luminance,
)


def test_contrast_ratio_matches_wcag() -> None:
    assert contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast_ratio("#FFFFFF", "#000000") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#777777") == pytest.approx(1.0)
    assert contrast_ratio("#767676", "#FFFFFF") == pytest.approx(4.54, abs=0.01)  # AA's edge
    assert relative_luminance("#ffffff") == pytest.approx(1.0)
    with pytest.raises(ValueError, match="#rrggbb"):
        relative_luminance("#fff")


@pytest.mark.parametrize("palette", [LIGHT, DARK], ids=["light", "dark"])
def test_every_text_colour_reaches_aa_on_its_background(palette: object) -> None:
    assert check_palette(palette) == []  # type: ignore[arg-type]
    for fg, bg in TEXT_PAIRS:
        assert contrast_ratio(getattr(palette, fg), getattr(palette, bg)) >= 4.5, (fg, bg)
    for fg, bg in MARK_PAIRS:
        assert contrast_ratio(getattr(palette, fg), getattr(palette, bg)) >= 3.0, (fg, bg)


def test_check_palette_names_what_is_too_faint() -> None:
    faint = LIGHT._replace(muted="#C8C8C8")
    problems = check_palette(faint)
    assert problems and all(p.startswith("muted on") for p in problems)


def test_palettes_are_complete_and_different() -> None:
    for name in LIGHT._fields:
        assert getattr(LIGHT, name) and getattr(DARK, name)
    assert relative_luminance(DARK.window) < relative_luminance(LIGHT.window)


def test_scheme_choice() -> None:
    assert palette_for("system", system_is_dark=True) is DARK
    assert palette_for("system", system_is_dark=False) is LIGHT
    assert palette_for("light", system_is_dark=True) is LIGHT
    assert palette_for("dark", system_is_dark=False) is DARK
    with pytest.raises(ValueError, match="system, light or dark"):
        Theme("sepia")


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    """The application, with its look restored after the test."""
    saved = (qapp.palette(), qapp.font(), qapp.styleSheet(), qapp.style().name())
    yield qapp
    palette, font, sheet, style = saved
    qapp.setStyleSheet(sheet)
    qapp.setStyle(style)
    qapp.setPalette(palette)
    qapp.setFont(font)
    qapp.setProperty("breatheBasePointSize", None)
    qapp.setProperty("breatheThemeId", None)
    qapp.setProperty("breatheFusion", None)


def test_apply_sets_palette_fonts_and_focus_rings(app: QApplication) -> None:
    base = app.font().pointSizeF()
    shown = Theme("dark", large_type=True).apply(app)
    assert shown is DARK
    assert app.palette().color(QPalette.ColorRole.Window).name() == DARK.window.lower()
    assert app.palette().color(QPalette.ColorRole.Highlight).name() == DARK.accent.lower()
    assert app.font().pointSizeF() == pytest.approx(base * LARGE_TYPE_SCALE)
    assert f"border: 3px solid {DARK.focus}" in app.styleSheet()
    Theme("light").apply(app)  # re-applying never compounds the scale
    assert app.font().pointSizeF() == pytest.approx(base)
    assert app.palette().color(QPalette.ColorRole.Window).name() == LIGHT.window.lower()


def test_system_scheme_follows_the_desktop(
    app: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    # offscreen Qt has no desktop colour scheme to change: stand in for the platform's answer
    scheme = [Qt.ColorScheme.Light]
    monkeypatch.setattr(QStyleHints, "colorScheme", lambda self: scheme[0])
    system, forced = Theme("system"), Theme("light")
    assert system.apply(app) is LIGHT
    scheme[0] = Qt.ColorScheme.Dark
    app.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert app.palette().color(QPalette.ColorRole.Window).name() == DARK.window.lower()
    forced.apply(app)  # a later theme takes over; the earlier one no longer reacts
    app.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert app.palette().color(QPalette.ColorRole.Window).name() == LIGHT.window.lower()
    forced.apply(app)  # applying twice connects once
    assert forced.scale == 1.0 and not forced.reduced_motion


def style_under_sheet(app: QApplication) -> QStyle:
    """The style the app's style sheet draws with (``app.style()`` is the sheet's own)."""
    sheet = app.styleSheet()
    app.setStyleSheet("")
    style = app.style()
    app.setStyleSheet(sheet)
    return style


def test_apply_puts_the_app_in_fusion_once(app: QApplication) -> None:
    app.setStyle("Windows")
    Theme("light").apply(app)
    fusion = style_under_sheet(app)
    assert fusion.name() == "fusion"
    Theme("dark").apply(app)  # a live theme change keeps the style it has
    assert style_under_sheet(app) is fusion


def test_a_new_application_starts_in_fusion_whatever_the_desktop_asks() -> None:
    script = (
        "import sys; from breathe.ui.theme import new_application; "
        "app = new_application(sys.argv); print(app.style().name(), app.arguments()[1:])"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_STYLE_OVERRIDE="windows")
    done = subprocess.run(
        [sys.executable, "-c", script],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["fusion", "[]"]  # asked by argument, not left in argv
