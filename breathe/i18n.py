"""Translations for the windows: breathe's gettext catalogue handed to Qt, and Qt's own.

Every user-visible string in Qt code goes through ``self.tr()``,
``QCoreApplication.translate()`` or ``QT_TRANSLATE_NOOP`` (a test checks the calls that show
text), and ``plural()`` where a number decides the words. ``CatalogueTranslator`` answers
Qt's lookups from the same catalogue the engine and the command line use
(``breathe.language``), with the Qt context (the class name, for ``self.tr``) as the
message's ``msgctxt``; ``tools/messages.py`` writes the template from the source. Qt's own
``qtbase_<lang>.qm`` still translates its standard buttons and dialogs.
"""

from __future__ import annotations

import gettext
import logging
import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from breathe import language

if TYPE_CHECKING:

    def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802
        """Qt's marker for the template, typed as returning ``str`` (PySide6's says object)."""
        ...

else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP  # noqa: F401 - re-exported, typed above

log = logging.getLogger(__name__)

_PLACEHOLDER = re.compile(r"%(\d+)")
#: how a Qt disambiguation joins its context in the catalogue's ``msgctxt``
DISAMBIGUATION_SEPARATOR = "|"


def fill(text: str, *values: object) -> str:
    """Qt-style numbered placeholders: ``fill("Version %1", "0.1")`` -> ``"Version 0.1"``.

    Translators may reorder ``%1``, ``%2``...; a value is never searched for placeholders.
    """

    def value(match: re.Match[str]) -> str:
        index = int(match[1]) - 1
        return str(values[index]) if 0 <= index < len(values) else match[0]

    return _PLACEHOLDER.sub(value, text)


def message_context(context: str, disambiguation: str | None = None) -> str:
    """The ``msgctxt`` of a Qt message: its context, and its disambiguation if it has one."""
    if disambiguation:
        return f"{context}{DISAMBIGUATION_SEPARATOR}{disambiguation}"
    return context


def plural(context: str, singular: str, many: str, n: int) -> str:
    """The form of a message for ``n`` (``%n`` is replaced by ``n`` in the locale's digits).

    Qt's own ``tr(text, "", n)`` needs a translation even for English plurals; this asks
    the catalogue (``npgettext``), which knows both English forms and each language's rule.
    """
    text = language.npgettext(context, singular, many, n)
    return text.replace("%n", QLocale().toString(n))


class CatalogueTranslator(QTranslator):
    """Qt's lookups answered from a gettext catalogue (``breathe.language``).

    ``None`` (a null string to Qt, unlike ``""``) tells Qt to ask the next translator
    (Qt's own) or keep the source.
    """

    def __init__(
        self,
        translations: gettext.NullTranslations,
        parent: QCoreApplication | None = None,
        *,
        right_to_left: bool = False,
    ) -> None:
        super().__init__(parent)
        self._translations = translations
        self._right_to_left = right_to_left

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False

    def translate(
        self,
        context: str,
        sourceText: str,  # noqa: N803 - Qt's name, passed by keyword by PySide6
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        if context == "QGuiApplication" and sourceText == "QT_LAYOUT_DIRECTION":
            # how Qt learns that a language is written right to left: layouts mirror
            return "RTL" if self._right_to_left else None
        found = self._translations.pgettext(message_context(context, disambiguation), sourceText)
        return None if found == sourceText else found


def install_translators(
    app: QCoreApplication, code: str | None = None, qt_folder: Path | None = None
) -> list[QTranslator]:
    """Install breathe's and Qt's translators for language ``code`` (default: the one in force).

    Also makes Qt's locale follow it, so dates and numbers read as the words do. Returns the
    translators installed (children of ``app``, so they live as long as it); English needs
    none, and costs nothing at start-up.
    """
    code = language.current() if code is None else code
    if code == language.ENGLISH:
        return []
    installed: list[QTranslator] = []
    ours = CatalogueTranslator(
        language.translations(), app, right_to_left=language.right_to_left(code)
    )
    folder = qt_folder or Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    qt_own = QTranslator(app)
    locale = QLocale(code.replace("-", "_"))
    # Qt's own first, ours last: Qt asks the last installed first
    if qt_own.load(locale, "qtbase", "_", str(folder), ".qm") and app.installTranslator(qt_own):
        installed.append(qt_own)
    else:
        qt_own.deleteLater()
    if app.installTranslator(ours):
        installed.append(ours)
    if code not in (language.PSEUDO, language.PSEUDO_RTL):
        QLocale.setDefault(locale)
    log.info("translations for %s: %d", code, len(installed))
    return installed
