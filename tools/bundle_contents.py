"""What breathe's bundle leaves out: imported by the PyInstaller spec, tested by tests/.

PyInstaller's Qt hooks collect every plugin of every Qt module the app imports, and every
system library they link. breathe needs the platform plugins, image formats and input
methods; it ships no system libraries of its own (the .deb's ``Depends:`` brings them).
"""

from __future__ import annotations

import sys
from pathlib import PurePath

#: Python modules breathe never uses (``ssl`` and ``_hashlib`` would pull in OpenSSL;
#: ``hashlib`` falls back to its built-in SHA-256)
EXCLUDED_MODULES = [
    "tkinter",
    "unittest",
    "pydoc",
    "doctest",
    "ssl",
    "_ssl",
    "_hashlib",
    "pytest",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtPdf",
    "PySide6.QtOpenGL",
]

#: Qt plugin folders breathe needs; every other plugin folder is left out (``multimedia``
#: too: QSoundEffect plays WAV files without an FFmpeg back-end, which would pull in QML)
QT_PLUGINS = {
    "platforms",
    "platformthemes",
    "platforminputcontexts",
    "imageformats",
    "iconengines",
    "xcbglintegrations",
    "wayland-decoration-client",
    "wayland-shell-integration",
}
#: single plugins inside kept folders that drag in what breathe does not need
DROPPED_PLUGINS = (
    "qgtk3",  # the GTK 3 theme: GTK itself
    "qpdf",  # PDF as an image format: QtPdf
    # breathe shows PNG (built into Qt) and SVG only; these embed their own libjpeg, libtiff...
    "qjpeg",
    "qtiff",
    "qwebp",
    "qgif",
    "qtga",
    "qwbmp",
    "qicns",
    "qico",
    "qtvirtualkeyboardplugin",  # the virtual keyboard: QML
    "qvnc",  # remote framebuffer platform
    "qminimalegl",  # needs Qt OpenGL
    "qeglfs",  # embedded platforms
    "qlinuxfb",
    "qvkkhrdisplay",
)
#: Qt libraries only dropped plugins or modules use (Linux, where dpkg-shlibdeps checks
#: that every kept file still finds what it links)
DROPPED_QT_LIBRARIES = (
    "Qt6Qml",
    "Qt6Quick",
    "Qt6Pdf",
    "Qt6VirtualKeyboard",
    "Qt6OpenGL.",
    "Qt6OpenGLWidgets",
    "Qt6EglFSDeviceIntegration",
    "Qt6EglFsKmsSupport",
    "Qt6VirtualKeyboardQml",
    "Qt6LabsQmlModels",
    "avcodec",
    "avformat",
    "avutil",
    "swresample",
    "swscale",
    "Qt6FFmpegStub",  # only the FFmpeg media back-end loads these
)
#: the Python runtime and PySide6 are ours; any other library found on the build machine
#: (GTK, libpulse, libxcb, libstdc++) is the system's, declared in the package instead
OWN_LIBRARY_PREFIXES = ("libpython", "libshiboken6", "libpyside6", "libQt6", "libicu")


def keep(destination: str, platform: str = sys.platform) -> bool:
    """Whether a file PyInstaller collected (its path inside the bundle) ships."""
    path = PurePath(destination)
    parts = path.parts
    name = path.name
    bare = name.removeprefix("lib")
    if "plugins" in parts:
        below = parts[parts.index("plugins") + 1 :]
        if not below or below[0] not in QT_PLUGINS:
            return False
        return not bare.startswith(DROPPED_PLUGINS)
    if "qml" in parts:
        return False
    if "translations" in parts and "PySide6" in parts:
        return name.startswith("qtbase_")  # Qt's own dialogs; not Designer's or Assistant's
    if not platform.startswith("linux"):
        # Windows and macOS bundles carry what they link (there is no Depends), and what
        # their kept plugins link has not been checked there: only plugins are left out
        return True
    if bare.startswith(DROPPED_QT_LIBRARIES):
        return False
    # Python's extension modules sit in lib-dynload/ or beside their package; a top-level
    # lib*.so* that is not ours came from the build machine's /usr/lib
    top_level_library = len(parts) == 1 and name.startswith("lib") and ".so" in name
    return not top_level_library or name.startswith(OWN_LIBRARY_PREFIXES)
