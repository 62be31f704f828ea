"""Inside the bundle, programs breathe starts get the person's environment, not the bundle's."""

from __future__ import annotations

import os
import sys

import pytest

from breathe.desktop.frozen_env import bundle_folder, restore

BUNDLE = "/usr/lib/breathe/_internal"


def test_the_bootloaders_library_path_is_put_back_as_the_person_had_it() -> None:
    env = {
        "LD_LIBRARY_PATH": f"{BUNDLE}:/opt/mine",
        "LD_LIBRARY_PATH_ORIG": "/opt/mine",
        "QT_PLUGIN_PATH": f"{BUNDLE}/PySide6/Qt/plugins",
        "QML2_IMPORT_PATH": f"{BUNDLE}/PySide6/Qt/qml",
        "LANG": "en_GB.UTF-8",
        "HOME": "/home/someone",
    }
    restore(env, BUNDLE)
    assert env == {
        "LD_LIBRARY_PATH": "/opt/mine",
        "LANG": "en_GB.UTF-8",
        "HOME": "/home/someone",
    }


def test_paths_the_person_never_set_are_removed_and_path_keeps_its_own_entries() -> None:
    env = {
        "LD_LIBRARY_PATH": BUNDLE,
        "DYLD_LIBRARY_PATH": f"{BUNDLE}{os.pathsep}/opt/lib",  # macOS: prepended, no _ORIG
        "PATH": f"{BUNDLE}{os.pathsep}/usr/bin",  # Windows: prepended, no _ORIG
        "LC_ALL": "de_DE.UTF-8",
    }
    restore(env, BUNDLE)
    assert env == {"DYLD_LIBRARY_PATH": "/opt/lib", "PATH": "/usr/bin", "LC_ALL": "de_DE.UTF-8"}


def test_a_folder_that_merely_starts_like_the_bundle_is_kept() -> None:
    env = {"PATH": f"{BUNDLE}-old{os.pathsep}{os.pathsep}/bin", "LANG": "C.UTF-8"}
    restore(env, BUNDLE)
    assert env["PATH"] == f"{BUNDLE}-old{os.pathsep}{os.pathsep}/bin"


@pytest.mark.parametrize("given", [{}, {"LANG": "C"}, {"LC_ALL": "POSIX", "LANG": "en_US.UTF-8"}])
def test_a_c_locale_becomes_utf8_as_python_itself_would(given: dict[str, str]) -> None:
    env = dict(given)
    restore(env, BUNDLE)
    assert env["LC_CTYPE"] == "C.UTF-8"


def test_outside_a_bundle_nothing_is_touched(monkeypatch: pytest.MonkeyPatch) -> None:
    env = {"LD_LIBRARY_PATH": "/opt/mine", "QT_PLUGIN_PATH": "/opt/qt"}
    assert bundle_folder() is None  # pytest is not frozen
    restore(env, bundle_folder())
    assert env == {"LD_LIBRARY_PATH": "/opt/mine", "QT_PLUGIN_PATH": "/opt/qt"}
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", BUNDLE, raising=False)
    assert bundle_folder() == BUNDLE
