"""``.breathe-programme`` files: one programme, to hand from a therapist to a client.

A small, human-readable JSON object::

    {"format": "breathe-programme", "version": 1, "name": "Evening wind-down",
     "practice": "breathing", "options": {"pattern": "4-6", "minutes": 8},
     "voice": true, "sounds": false}

Reading one is reading something from outside: every field is checked (types, ranges,
lengths, unknown fields, duplicate keys, the practice's own rules by building its plan)
and the first problem raises ``ProgrammeFileError`` with one line naming it. Nothing in a
file is ever run, opened or used as a path; a file is only ever read, never changed.
"""

from __future__ import annotations

import json
import os
import re
import stat
from collections.abc import Mapping
from pathlib import Path
from typing import Any, NamedTuple, NoReturn, TypeGuard

from breathe.engine.practices.catalog import build_plan
from breathe.engine.practices.errors import PracticeError
from breathe.language import N_, gettext
from breathe.store.atomic import write_text_atomic
from breathe.store.checks import shown
from breathe.store.errors import ConfigError
from breathe.store.programmes import MAX_NAME, SESSION_FIELDS, Programme

FORMAT = "breathe-programme"
VERSION = 1
SUFFIX = ".breathe-programme"
#: a programme is a few hundred bytes; anything this big is not one
MAX_BYTES = 64 * 1024
#: longest text and list an option may hold (a pattern, a list of muscle groups)
MAX_TEXT = 100
MAX_LIST = 32
FIELDS = ("format", "version", "name", "practice", "options", *SESSION_FIELDS)
EXAMPLE = "e.g. breathe programmes --import evening.breathe-programme"


class ProgrammeFileError(ConfigError):
    """A programme file that cannot be used; nothing was changed (the message says why)."""


class ProgrammeFile(NamedTuple):
    """What a file holds: the programme and the name it was given."""

    name: str
    programme: Programme


def read(path: Path) -> ProgrammeFile:
    """Read and check the programme file at ``path``.

    Raises:
        ProgrammeFileError: it cannot be read or is not a valid programme file.
    """
    return parse(_read_bytes(path), str(path))


def _read_bytes(path: Path) -> bytes:
    """At most ``MAX_BYTES`` of a regular file (a FIFO or a device is refused unopened)."""
    try:
        # O_NONBLOCK: opening a FIFO must not wait for a writer; O_NOCTTY: nor take a terminal
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:
        _fail(str(path), gettext("cannot be read ({reason})").format(reason=exc.strerror or exc))
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            _fail(str(path), gettext("is not a file"))
        with os.fdopen(fd, "rb") as f:  # the file object closes the descriptor from here
            fd = -1
            data = f.read(MAX_BYTES + 1)
    finally:
        if fd >= 0:
            os.close(fd)
    if len(data) > MAX_BYTES:
        _fail(str(path), _too_large())
    return data


def parse(data: bytes, where: str | None = None) -> ProgrammeFile:
    """Check a programme file's bytes; ``where`` names it in messages (else "the file").

    Raises:
        ProgrammeFileError: not a valid programme file (nothing is changed anywhere).
    """
    if where is None:
        # Translators: stands for a programme file's name in its problems ("the file is not...")
        where = gettext("the file")
    if len(data) > MAX_BYTES:
        _fail(where, _too_large())
    try:
        text = data.decode("utf-8-sig")  # a text editor may have added a byte-order mark
    except UnicodeDecodeError:
        _fail(where, gettext("is not a programme file (it is not UTF-8 text)"))
    try:
        value = json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except _UnusableJsonError as exc:
        _fail(where, str(exc))
    except (ValueError, RecursionError) as exc:  # bad JSON, a 5,000-digit number, deep nesting
        message = gettext("is not a programme file (not valid JSON: {detail})")
        _fail(where, message.format(detail=_first_line(exc)))
    if not isinstance(value, dict) or value.get("format") != FORMAT:
        message = gettext('is not a programme file (it has no "format": "{format}")')
        _fail(where, message.format(format=FORMAT))
    version = value.get("version")
    if type(version) is not int:
        _fail(where, gettext('has no format version (it needs "version": 1)'))
    if version > VERSION:
        message = gettext(
            "was made by a newer breathe (format version {version}; this one reads "
            "version {readable}): update breathe to use it"
        )
        _fail(where, message.format(version=version, readable=VERSION))
    if version < 1:
        message = gettext('has an unknown format version {version} (it needs "version": 1)')
        _fail(where, message.format(version=version))
    unknown = [k for k in value if k not in FIELDS]
    if unknown:
        message = gettext("has a field breathe does not know: {field}")
        _fail(where, message.format(field=shown(unknown[0])))
    try:
        return _programme(value)
    except ConfigError as exc:
        _fail(where, str(exc))


def _programme(value: Mapping[str, Any]) -> ProgrammeFile:
    name = _name(value.get("name"))
    practice = value.get("practice")
    if not _is_text(practice):
        raise ConfigError(gettext('has no practice (it needs e.g. "practice": "box")'))
    options = value.get("options", {})
    if not isinstance(options, dict):
        raise ConfigError(
            gettext('has options that are not named values (e.g. "options": {"minutes": 5})')
        )
    for key, option in options.items():
        _check_option(key, option)
    session = {k: value[k] for k in SESSION_FIELDS if k in value}
    try:
        programme = Programme(practice, options, **session)
        build_plan(practice, options)  # the practice's own rules, e.g. minutes 0.5 to 120
    except (ConfigError, PracticeError) as exc:
        raise ConfigError(gettext("cannot be used: {problem}").format(problem=exc)) from exc
    return ProgrammeFile(name, programme)


def _name(name: object) -> str:
    """The name as the app would keep it (trimmed), or why it cannot be one."""
    if not isinstance(name, str) or not name.strip():
        raise ConfigError(gettext('has no name (it needs e.g. "name": "Evening wind-down")'))
    name = name.strip()
    if len(name) > MAX_NAME:
        message = gettext("has a name longer than {limit} characters")
        raise ConfigError(message.format(limit=MAX_NAME))
    if not name.isprintable():
        raise ConfigError(gettext("has a name with a line break or a control character in it"))
    return name


#: what each option holds in a file (the command line's types; a pattern may be numbers)
OPTION_KINDS = {
    "pattern": "pattern",
    "bpm": "number",
    "ratio": "ratio",
    "from_bpm": "number",
    "minutes": "number",
    "cycles": "whole",
    "variant": "text",
    "pace": "number",
    "groups": "whole",
    "release_only": "flag",
    "learning": "flag",
    "gentle": "text",
    "skip": "text",
    "side": "text",
}
# Translators: what an option in a programme file must hold ("has an option minutes that is
# not a number: 'a'")
_WORDS = {
    "number": N_("a number"),
    "whole": N_("a whole number"),
    "text": N_("one short line of text"),
    "flag": N_("true or false"),
    "pattern": N_('seconds like "4-7-8" or [4, 7, 8]'),
    "ratio": N_('in:out like "1:2"'),
}


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _is_text(value: object) -> TypeGuard[str]:
    return isinstance(value, str) and len(value) <= MAX_TEXT and value.isprintable()


def _check_option(key: str, value: object) -> None:
    """Plain values of the option's own kind and a sane size (the engine checks ranges)."""
    kind = OPTION_KINDS.get(key)
    if kind is None:
        message = gettext("has an option breathe does not know: {option}")
        raise ConfigError(message.format(option=shown(key)))
    if kind == "pattern" and isinstance(value, list):
        ok = 0 < len(value) <= MAX_LIST and all(_is_number(v) for v in value)
    elif kind == "number":
        ok = _is_number(value)
    elif kind == "whole":
        ok = type(value) is int
    elif kind == "flag":
        ok = isinstance(value, bool)
    elif kind == "ratio":
        ok = _is_text(value) or _is_number(value)
    else:  # text, or a pattern written as text
        ok = _is_text(value)
    if not ok:
        message = gettext("has an option {option} that is not {kind}: {value}")
        raise ConfigError(
            message.format(option=key, kind=gettext(_WORDS[kind]), value=shown(value))
        )


def _fail(where: str, problem: str) -> NoReturn:
    # Translators: a programme file's problem: "evening.breathe-programme is not a file"
    raise ProgrammeFileError(gettext("{file} {problem}").format(file=where, problem=problem))


def _too_large() -> str:
    message = gettext("is too large for a programme file (at most {limit} KiB)")
    return message.format(limit=MAX_BYTES // 1024)


class _UnusableJsonError(ValueError):
    """JSON that is valid but not acceptable here (duplicate keys, NaN)."""


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    seen: set[str] = set()
    for key, _value in pairs:
        if key in seen:
            message = gettext("has the field {field} twice, so it is not clear which to use")
            raise _UnusableJsonError(message.format(field=shown(key)))
        seen.add(key)
    return dict(pairs)


def _no_constant(name: str) -> NoReturn:
    message = gettext("holds {name}, which is not a number a programme can use")
    raise _UnusableJsonError(message.format(name=name))


def _first_line(exc: BaseException) -> str:
    return (str(exc) or type(exc).__name__).splitlines()[0]


# -- writing ---------------------------------------------------------------------------------


def text(name: str, programme: Programme) -> str:
    """The file's text: the format first, then the programme, indented for people to read."""
    data: dict[str, Any] = {"format": FORMAT, "version": VERSION, "name": name}
    data.update(programme.to_json())
    return json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False) + "\n"


def write(path: Path, name: str, programme: Programme) -> None:
    """Write ``programme`` as a file at ``path`` (whole or not at all; the folder must exist).

    Raises:
        OSError: it could not be written; a file already there is left as it was.
    """
    write_text_atomic(path, text(name, programme), private_dir=False)


def file_name(name: str) -> str:
    """A safe file name for a programme: ``Client A.breathe-programme``.

    Only letters, digits, spaces, dashes and underscores are kept; a name that is a path
    (``../../x``) or hidden (``.x``) cannot come out as one.
    """
    stem = re.sub(r"[^\w \-]+", "-", name, flags=re.UNICODE).strip(" -._")[:MAX_NAME]
    return (stem or "programme") + SUFFIX
