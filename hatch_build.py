"""Build step: compile each language's ``.po`` catalogue into the ``.mo`` file breathe loads.

The ``.po`` files in ``assets/locale`` are the sources translators edit; the compiled ``.mo``
files are never committed. Hatchling runs this hook for the wheel (Babel, a build
requirement, does the compiling); each ``.mo`` lands beside its ``.po`` in the package's
``assets``. A source checkout without a build reads the ``.po`` files instead
(``breathe/po_file.py``).
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class CatalogueBuildHook(BuildHookInterface):  # type: ignore[type-arg]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel":
            return
        from babel.messages.mofile import write_mo
        from babel.messages.pofile import read_po

        self._out = Path(tempfile.mkdtemp(prefix="breathe-mo-"))
        for po in sorted(Path(self.root, "assets", "locale").glob("*/LC_MESSAGES/breathe.po")):
            lang = po.parents[1].name
            with po.open("rb") as f:
                catalog = read_po(f, locale=None)
            mo = self._out / lang / "breathe.mo"
            mo.parent.mkdir(parents=True)
            with mo.open("wb") as f:
                write_mo(f, catalog, use_fuzzy=False)
            target = f"breathe/assets/locale/{lang}/LC_MESSAGES/breathe.mo"
            build_data["force_include"][str(mo)] = target

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        out = getattr(self, "_out", None)
        if out is not None:
            shutil.rmtree(out, ignore_errors=True)
