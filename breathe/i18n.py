"""Translations: breathe's own ``assets/i18n/breathe_<locale>.qm`` and Qt's, for the locale.

Every user-visible string in ``breathe/ui`` goes through ``self.tr()`` or
``QCoreApplication.translate()`` (a test checks the calls that show text);
``assets/i18n/breathe.ts`` is the template for translators, made with ``pyside6-lupdate``
(see ``assets/i18n/README.md``). Texts that come from the Qt-free practice engines (step
words such as "Breathe in", muscle-group names, grounding prompts) are English for now.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from breathe.paths import asset

if TYPE_CHECKING:

    def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802
        """Qt's marker for lupdate, typed as returning ``str`` (PySide6's stub says object)."""
        ...

else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP  # noqa: F401 - re-exported, typed above

log = logging.getLogger(__name__)

_PLACEHOLDER = re.compile(r"%(\d+)")


def fill(text: str, *values: object) -> str:
    """Qt-style numbered placeholders: ``fill("Version %1", "0.1")`` -> ``"Version 0.1"``.

    Translators may reorder ``%1``, ``%2``...; a value is never searched for placeholders.
    """

    def value(match: re.Match[str]) -> str:
        index = int(match[1]) - 1
        return str(values[index]) if 0 <= index < len(values) else match[0]

    return _PLACEHOLDER.sub(value, text)


def translations_dir() -> Path:
    """Where breathe's compiled translations (``.qm``) are shipped."""
    return asset("i18n")


def install_translators(
    app: QCoreApplication, locale: QLocale | None = None, folder: Path | None = None
) -> list[QTranslator]:
    """Install breathe's and Qt's translators for ``locale`` (default: the system's).

    Returns the translators installed (children of ``app``, so they live as long as it);
    an empty list when there is no translation for this locale, which is fine: the
    interface then stays in English.
    """
    locale = QLocale.system() if locale is None else locale
    folder = translations_dir() if folder is None else folder
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    installed = []
    for name, where in (("breathe", str(folder)), ("qtbase", qt_folder)):
        translator = QTranslator(app)
        # load() tries e.g. breathe_de_DE.qm, then breathe_de.qm, for the locale's languages
        if translator.load(locale, name, "_", where, ".qm") and app.installTranslator(translator):
            installed.append(translator)
            log.info("translation %s for %s", translator.filePath(), locale.name())
        else:
            translator.deleteLater()
    return installed
