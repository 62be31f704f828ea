"""Undo what a PyInstaller bundle's start-up changes in the environment (no Qt here).

The bundle's bootloader puts its own library folder first in ``LD_LIBRARY_PATH`` (keeping
the person's value in ``LD_LIBRARY_PATH_ORIG``), and PyInstaller's PySide6 hook points
``QT_PLUGIN_PATH`` and ``QML2_IMPORT_PATH`` into the bundle (and, on Windows and macOS,
``PATH`` and ``DYLD_LIBRARY_PATH``). Every program breathe starts (a browser for a link,
``caffeinate`` on macOS) would inherit them and load the bundle's libraries and plugins
instead of its own. :func:`restore` puts the person's values back before the app is
imported. Qt still finds its plugins: PySide6 registers an embedded ``qt.conf`` naming its
own folder when it is imported, which affects this process only.

A frozen interpreter also skips Python's C-locale coercion: under a bare ``LANG=C`` Qt
would treat file names and text as ASCII. ``LC_CTYPE`` is set to ``C.UTF-8`` there, as
Python itself would (the bundle runs Python in UTF-8 mode for its own side).
"""

from __future__ import annotations

import os
import sys
from collections.abc import MutableMapping

#: search paths the bootloader or a runtime hook may have pointed into the bundle
SEARCH_PATHS = ("LD_LIBRARY_PATH", "LIBPATH", "DYLD_LIBRARY_PATH", "PATH")
#: set by the PySide6 runtime hook: meant for this process, never for its children
QT_PATHS = ("QT_PLUGIN_PATH", "QML2_IMPORT_PATH")
#: locales Python would coerce to UTF-8 when it starts (PEP 538)
C_LOCALES = ("", "C", "POSIX")


def bundle_folder() -> str | None:
    """The bundle's ``_internal`` folder inside a PyInstaller bundle, else None."""
    if not getattr(sys, "frozen", False):
        return None
    folder = getattr(sys, "_MEIPASS", None)
    return str(folder) if folder else None


def restore(environ: MutableMapping[str, str], bundle: str | None) -> None:
    """Give ``environ`` back the values the person started breathe with.

    Args:
        environ: the environment to mend (``os.environ`` in the bundle; a dict in tests).
        bundle: the bundle's folder (:func:`bundle_folder`); None leaves ``environ`` alone.
    """
    if bundle is None:
        return
    for name in SEARCH_PATHS:
        original = environ.pop(f"{name}_ORIG", None)
        if original is not None:
            environ[name] = original
        elif name in environ:
            kept = [p for p in environ[name].split(os.pathsep) if not _inside(p, bundle)]
            if kept or name == "PATH":
                environ[name] = os.pathsep.join(kept)
            else:
                del environ[name]
    for name in QT_PATHS:
        environ.pop(name, None)
    if _effective_ctype(environ) in C_LOCALES:
        environ["LC_CTYPE"] = "C.UTF-8"


def _inside(path: str, bundle: str) -> bool:
    if not path:
        return False
    path, bundle = os.path.normpath(path), os.path.normpath(bundle)
    return path == bundle or path.startswith(bundle + os.sep)


def _effective_ctype(environ: MutableMapping[str, str]) -> str:
    for name in ("LC_ALL", "LC_CTYPE", "LANG"):
        value = environ.get(name)
        if value:
            return value
    return ""
