"""Render breathe's app icon from its SVG into PNGs with QtSvg: ``python tools/make_icons.py``.

Writes ``assets/icons/io.github.breathe_desktop.Breathe-<size>.png`` for every size in
``SIZES`` (square, transparent outside the circle). ``--preview FILE`` also writes one strip
of all sizes on a light and a dark background, to look at how the icon reads when small.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "assets" / "icons"
APP_ID = "io.github.breathe_desktop.Breathe"
SIZES = (16, 32, 48, 64, 128, 256, 512)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    """The icon at ``size`` x ``size`` pixels, antialiased, on transparency."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def preview(images: list[QImage], path: Path) -> None:
    """All sizes side by side, on light (top) and dark (bottom) backgrounds."""
    pad = 16
    width = sum(i.width() for i in images) + pad * (len(images) + 1)
    height = max(i.height() for i in images) + 2 * pad
    strip = QImage(width, height * 2, QImage.Format.Format_ARGB32)
    painter = QPainter(strip)
    painter.fillRect(0, 0, width, height, QColor("#F3F0EA"))
    painter.fillRect(0, height, width, height, QColor("#151A20"))
    for row in (0, height):
        x = pad
        for image in images:
            painter.drawImage(x, row + pad, image)
            x += image.width() + pad
    painter.end()
    strip.save(str(path))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ICONS, help="folder for the PNGs")
    parser.add_argument("--preview", type=Path, help="also write a strip of all sizes here")
    args = parser.parse_args(argv)
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ICONS / f"{APP_ID}.svg"))
    if not renderer.isValid():
        print(f"make_icons: {ICONS / f'{APP_ID}.svg'} is not a valid SVG", file=sys.stderr)
        return 1
    args.out.mkdir(parents=True, exist_ok=True)
    images = []
    for size in SIZES:
        image = render(renderer, size)
        target = args.out / f"{APP_ID}-{size}.png"
        if not image.save(str(target)):
            print(f"make_icons: could not write {target}", file=sys.stderr)
            return 1
        images.append(image)
        print(target)
    if args.preview:
        preview(images, args.preview)
        print(args.preview)
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
