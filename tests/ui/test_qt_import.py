"""PySide6's look at each imported module: the same answer as its own, without the cost."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from breathe.app.qt_import import uses_pyside

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("module", "expected"),
    [
        ("breathe.ui.theme", True),  # imports PySide6
        ("breathe.engine.runner", False),  # pure Python
        ("sys", False),  # built in
        ("math", False),  # an extension module
        ("PySide6.QtCore", False),  # compiled: no source to read
        ("PySide6", True),  # its own package
    ],
)
def test_uses_pyside_answers_as_pyside6_does(module: str, expected: bool) -> None:
    import importlib

    assert uses_pyside(importlib.import_module(module)) is expected


def test_a_module_whose_file_is_gone_does_not_use_pyside(tmp_path: Path) -> None:
    source = tmp_path / "gone_module.py"
    source.write_text("import PySide6\n", encoding="utf-8")
    module = type(sys)("gone_module")
    module.__file__ = str(source)
    assert uses_pyside(module)
    source.unlink()
    assert not uses_pyside(module)


CHILD = """
import json, linecache, sys
if sys.argv[1] == "import_qt":
    from breathe.app.qt_import import import_qt
    assert import_qt()
else:
    import PySide6
import breathe.ui.theme, breathe.engine.runner, breathe.store.history, breathe.ui.main_window
feature = sys.modules["shibokensupport.feature"].pyside_feature_dict
print(json.dumps({"sorted": feature, "sources_kept": len(linecache.cache)}))
"""


def child(how: str) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-c", CHILD, how],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT)},
    )
    out: dict[str, Any] = json.loads(done.stdout)
    return out


def test_after_import_qt_modules_are_sorted_as_pyside6_sorts_them_and_no_source_is_kept() -> None:
    ours, theirs = child("import_qt"), child("plain")
    # 0: uses PySide6 (its features could be switched on there); -1: ignored by them
    assert ours["sorted"] == theirs["sorted"]
    assert ours["sorted"]["PySide6"] == 0
    assert ours["sorted"]["breathe.store.history_writer"] == -1
    assert theirs["sources_kept"] > 40  # every module's lines, for the life of the process
    assert ours["sources_kept"] == 0
