"""The language breathe speaks, for the whole app and the command line (no Qt).

One gettext catalogue per language, ``assets/locale/<lang>/LC_MESSAGES/breathe.mo``, holds
every word: the engine's (step labels, spoken cues, muscle groups, grounding prompts), the
command line's and the windows' (``breathe.i18n`` hands the same catalogue to Qt). The
``.mo`` files are compiled from the ``.po`` sources when the wheel is built; a source
checkout has only the ``.po`` files, which are then read and compiled in memory.

The language is chosen once per process (``use``): ``--lang`` wins, then the language saved
in Settings, then the system's (``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``, ``LANG``; on
Windows the user's interface language). A language with no catalogue falls back to English,
silently. English loads nothing: the source texts are English.

Two pseudo-languages help find text that escapes translation (see ``docs/translating.md``):
``en-XA`` accents every letter, lengthens the text by about 40 % and wraps it in ``⟦ ⟧``;
``ar-XB`` writes every text right to left, and the windows mirror.
"""

from __future__ import annotations

import gettext as _gettext
import io
import logging
import os
import re
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path

from breathe.paths import asset

log = logging.getLogger(__name__)

DOMAIN = "breathe"
ENGLISH = "en"
PSEUDO = "en-XA"
PSEUDO_RTL = "ar-XB"
#: the languages Settings offers, each named in itself (a translation may still be missing)
LANGUAGES: dict[str, str] = {
    "en": "English",
    "de": "Deutsch",
    "es": "Español",
    "fr": "Français",
}
#: right-to-left languages: the windows mirror for these
RIGHT_TO_LEFT = frozenset({"ar", "fa", "he", "ur", PSEUDO_RTL})


class _InForce:
    """The language of this process and its translations (one per process, set by ``use``)."""

    def __init__(self) -> None:
        self.code = ENGLISH
        self.translations: _gettext.NullTranslations = _gettext.NullTranslations()


_in_force = _InForce()

# -- choosing ----------------------------------------------------------------------------------


def _candidates(tag: str) -> list[str]:
    """``de_AT.UTF-8@euro`` -> ``["de-AT", "de"]``; ``C`` and ``POSIX`` -> ``["en"]``."""
    tag = tag.strip().split(".")[0].split("@")[0].replace("_", "-")
    if not tag:
        return []
    if tag in ("C", "POSIX"):
        return [ENGLISH]
    if tag.lower() in (PSEUDO.lower(), PSEUDO_RTL.lower()):
        return [PSEUDO if tag.lower() == PSEUDO.lower() else PSEUDO_RTL]
    language, _, region = tag.partition("-")
    language = language.lower()
    return [f"{language}-{region.upper()}", language] if region else [language]


def system_languages(environ: Mapping[str, str] | None = None) -> list[str]:
    """The person's languages as the system states them, most wanted first.

    ``LANGUAGE`` may list several (``de:fr``); it counts only when a locale is set at all,
    as gettext has it. Windows states its interface language through its own call.
    """
    env = os.environ if environ is None else environ
    found: list[str] = []
    locale_name = next((env[n] for n in ("LC_ALL", "LC_MESSAGES", "LANG") if env.get(n)), "")
    if env.get("LANGUAGE") and locale_name not in ("C", "POSIX"):
        for part in env["LANGUAGE"].split(":"):
            found += _candidates(part)
    found += _candidates(locale_name)
    if not found and sys.platform == "win32":  # pragma: no cover - Windows only
        found += _candidates(_windows_language())
    return list(dict.fromkeys(found))


def _windows_language() -> str:  # pragma: no cover - Windows only
    import ctypes
    import locale

    lcid = ctypes.windll.kernel32.GetUserDefaultUILanguage()  # type: ignore[attr-defined]
    return str(locale.windows_locale.get(lcid, ""))


def catalogue_dir(code: str) -> Path:
    """The folder of one language's catalogue."""
    return asset("locale", code, "LC_MESSAGES")


def has_catalogue(code: str) -> bool:
    folder = catalogue_dir(code)
    return (folder / f"{DOMAIN}.mo").is_file() or (folder / f"{DOMAIN}.po").is_file()


def available() -> list[str]:
    """Languages with a catalogue, English first (it needs none)."""
    root = asset("locale")
    found = sorted(p.name for p in root.iterdir() if has_catalogue(p.name)) if root.is_dir() else []
    return [ENGLISH, *found]


def choose(
    asked: str | None = None,
    saved: str | None = None,
    system: Iterable[str] | None = None,
) -> str:
    """The language to use: ``asked`` (``--lang``), else ``saved`` (Settings), else the system's.

    The first language with a catalogue wins (``de-AT`` finds ``de``); a wish that cannot
    be met falls back to the next, and in the end to English, never to an error.
    """
    wishes: list[str] = []
    for wish in (asked, saved):
        if wish:
            wishes += _candidates(wish)
    wishes += system_languages() if system is None else [c for s in system for c in _candidates(s)]
    for code in wishes:
        if code in (ENGLISH, PSEUDO, PSEUDO_RTL) or has_catalogue(code):
            return code
    return ENGLISH


# -- loading -----------------------------------------------------------------------------------


def load(code: str) -> _gettext.NullTranslations:
    """The translations of ``code``: its catalogue, a pseudo-language, or English's none."""
    if code == PSEUDO:
        return PseudoTranslations()
    if code == PSEUDO_RTL:
        return PseudoTranslations(right_to_left=True)
    folder = catalogue_dir(code)
    compiled = folder / f"{DOMAIN}.mo"
    try:
        if compiled.is_file():
            with compiled.open("rb") as f:
                return _gettext.GNUTranslations(f)
        source = folder / f"{DOMAIN}.po"
        if source.is_file():  # a source checkout: no .mo was built
            from breathe.po_file import compile_file

            return _gettext.GNUTranslations(io.BytesIO(compile_file(source)))
    except (OSError, ValueError) as exc:
        log.warning("cannot read the %s translation, staying in English: %s", code, exc)
    return _gettext.NullTranslations()


def use(code: str) -> str:
    """Speak ``code`` from now on (English if it has no catalogue); returns the code in force."""
    chosen = code if code in (ENGLISH, PSEUDO, PSEUDO_RTL) or has_catalogue(code) else ENGLISH
    _in_force.translations = _gettext.NullTranslations() if chosen == ENGLISH else load(chosen)
    _in_force.code = chosen
    return chosen


def current() -> str:
    """The language in force, e.g. ``de`` (``en`` until ``use`` is called)."""
    return _in_force.code


def base(code: str | None = None) -> str:
    """The language without its region, e.g. ``de`` for ``de-AT``: what a voice is chosen by."""
    return (code or _in_force.code).partition("-")[0]


def right_to_left(code: str | None = None) -> bool:
    chosen = code or _in_force.code
    return chosen in RIGHT_TO_LEFT or base(chosen) in RIGHT_TO_LEFT


def translations() -> _gettext.NullTranslations:
    """The translations in force (``breathe.i18n`` hands them to Qt)."""
    return _in_force.translations


# -- looking up ----------------------------------------------------------------------------------


def gettext(message: str) -> str:
    """``message`` in the language in force."""
    return _in_force.translations.gettext(message)


def pgettext(context: str, message: str) -> str:
    """``message`` in the language in force, told apart from the same words elsewhere."""
    return _in_force.translations.pgettext(context, message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The form of a message for ``n`` (languages have one to six forms)."""
    return _in_force.translations.ngettext(singular, plural, n)


def npgettext(context: str, singular: str, plural: str, n: int) -> str:
    return _in_force.translations.npgettext(context, singular, plural, n)


#: the message whose translation is the decimal separator
DECIMAL_CONTEXT = "decimal separator"
#: the Qt disambiguation of a date pattern (Qt's format codes, translated per language)
DATE_FORMAT = "date format"


def decimal(number: str) -> str:
    """A number written with ``.`` (``"4.5"``) as the language in force writes it (``"4,5"``).

    Dates, times and numbers in windows follow Qt's locale; the command line and the
    engine's words take the separator from the catalogue, so nothing more is loaded.
    """
    # Translators: the decimal separator of your language ("," in German and French)
    return number.replace(".", _in_force.translations.pgettext("decimal separator", "."))


def N_(message: str) -> str:  # noqa: N802 - gettext's own name for the marker
    """Marks a constant for the template; it is translated where it is used."""
    return message


# -- pseudo-languages ----------------------------------------------------------------------------

_ACCENTED = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "àƀçđéƒĝĥíĵķĺɱñóþǫŕšţúṽŵẋýžÀɃÇĐÉƑĜĤÍĴĶĹṀÑÓÞǪŔŠŢÚṼŴẊÝŽ",
)
#: what must reach the program as it is: placeholders, markup, entities, accelerators
_KEEP = re.compile(
    r"%\d+|%n|%L\d+|%\([a-z_]+\)[sdfgr]|%[sdfgr]|\{[a-z_0-9]*\}|<[^>]*>|&[a-z]+;|&(?=\w)|https?://\S+"
)
OPEN, CLOSE = "⟦", "⟧"
#: RIGHT-TO-LEFT OVERRIDE ... POP DIRECTIONAL FORMATTING
_RLO, _PDF = "\u202e", "\u202c"


def pseudo(text: str, *, right_to_left: bool = False) -> str:
    """``text`` accented, about 40 % longer and wrapped in markers; placeholders kept.

    Each line is wrapped on its own, so a text shown as several lines stays marked on each.
    """
    if not text or text == "QT_LAYOUT_DIRECTION":
        return text
    return "\n".join(_pseudo_line(line, right_to_left) for line in text.split("\n"))


def _pseudo_line(line: str, right_to_left: bool) -> str:
    if not line.strip():
        return line
    parts: list[str] = []
    last = 0
    for match in _KEEP.finditer(line):
        parts.append(line[last : match.start()].translate(_ACCENTED))
        parts.append(match[0])
        last = match.end()
    parts.append(line[last:].translate(_ACCENTED))
    letters = sum(c.isalpha() for c in line)
    padded = "".join(parts) + " " + "·" * max(1, round(letters * 0.4))
    if right_to_left:
        return f"{_RLO}{OPEN}{padded}{CLOSE}{_PDF}"
    return f"{OPEN}{padded}{CLOSE}"


class PseudoTranslations(_gettext.NullTranslations):
    """Every message turned pseudo, whether or not the template has it yet."""

    def __init__(self, *, right_to_left: bool = False) -> None:
        super().__init__()
        self.rtl = right_to_left

    def gettext(self, message: str) -> str:
        return pseudo(message, right_to_left=self.rtl)

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        return self.gettext(msgid1 if n == 1 else msgid2)

    def pgettext(self, context: str, message: str) -> str:
        if context == DECIMAL_CONTEXT or context.endswith(f"|{DATE_FORMAT}"):
            return message  # a separator or a date pattern, not words: kept as they work
        return self.gettext(message)

    def npgettext(self, context: str, msgid1: str, msgid2: str, n: int) -> str:
        return self.ngettext(msgid1, msgid2, n)


def saved_language(settings: Path) -> str | None:
    """The language saved in the settings file ``settings``, read before anything is shown.

    A plain read of one key, without the settings' own module (a hand-off to a running
    breathe must start fast). A missing or damaged file (which ``Settings.load`` sets aside
    later, with its notice) or an unknown language gives None: the system's is used.
    """
    import json

    try:
        data = json.loads(settings.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    value = data.get("language") if isinstance(data, dict) else None
    return value if isinstance(value, str) and value in LANGUAGES else None
