"""Reading a gettext ``.po`` file into a compiled catalogue in memory (no Qt, no Babel).

An installed breathe ships ``.mo`` files compiled from the ``.po`` sources when the wheel
is built. A source checkout has only the ``.po`` files; this reads one into the same
``.mo`` bytes, so that ``gettext.GNUTranslations`` serves both alike. Fuzzy entries and
empty translations are left out, as ``msgfmt`` leaves them out.
"""

from __future__ import annotations

import ast
import struct
from dataclasses import dataclass, field
from pathlib import Path

#: what gettext puts between a message's context and its id
CONTEXT_SEPARATOR = "\x04"


@dataclass
class _Entry:
    context: str | None = None
    msgid: str | None = None
    plural: str | None = None
    strings: dict[int, str] = field(default_factory=dict)
    fuzzy: bool = False


def _unquote(text: str) -> str:
    """The value of one quoted .po string, escapes included (``"a\\"b"`` -> ``a"b``)."""
    value = ast.literal_eval(text)
    if not isinstance(value, str):
        raise ValueError(f"not a quoted string: {text!r}")
    return value


def parse(text: str) -> dict[str, str]:
    """The messages of a .po file as a ``.mo`` file holds them: key -> translation.

    A key is ``msgid`` (``context`` + ``\\x04`` + ``msgid`` with a context; plural ids and
    plural translations are joined by NUL). The header (the empty ``msgid``) is kept.

    Raises:
        ValueError: the file is not a .po file breathe can read.
    """
    entries: list[_Entry] = []
    entry = _Entry()
    field_name: str | None = None
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        try:
            if not line or (line.startswith("#") and not line.startswith("#,")):
                if line.startswith("#~"):
                    continue  # an obsolete entry
                if not line and entry.msgid is not None:
                    entries.append(entry)
                    entry, field_name = _Entry(), None
                continue
            if line.startswith("#,"):
                entry.fuzzy = "fuzzy" in line
                continue
            if line.startswith('"'):
                _append(entry, field_name, _unquote(line))
                continue
            keyword, _, value = line.partition(" ")
            if keyword == "msgctxt" and entry.msgid is not None:
                entries.append(entry)  # a new entry with no blank line before it
                entry = _Entry()
            field_name = keyword
            _append(entry, keyword, _unquote(value), start=True)
        except (ValueError, SyntaxError) as exc:
            raise ValueError(f"line {number}: {exc}") from None
    if entry.msgid is not None:
        entries.append(entry)
    return dict(_compiled(e) for e in entries if _usable(e))


def _append(entry: _Entry, name: str | None, value: str, *, start: bool = False) -> None:
    if name == "msgctxt":
        entry.context = value if start else (entry.context or "") + value
    elif name == "msgid":
        entry.msgid = value if start else (entry.msgid or "") + value
    elif name == "msgid_plural":
        entry.plural = value if start else (entry.plural or "") + value
    elif name == "msgstr":
        entry.strings[0] = value if start else entry.strings.get(0, "") + value
    elif name is not None and name.startswith("msgstr[") and name.endswith("]"):
        index = int(name[7:-1])
        entry.strings[index] = value if start else entry.strings.get(index, "") + value
    else:
        raise ValueError(f"unknown keyword {name!r}")


def _usable(entry: _Entry) -> bool:
    if entry.msgid == "":
        return True  # the header: it holds the plural rule
    values = list(entry.strings.values())
    return not entry.fuzzy and bool(values) and all(values)


def _compiled(entry: _Entry) -> tuple[str, str]:
    key = entry.msgid or ""
    if entry.plural is not None:
        key += "\0" + entry.plural
    if entry.context is not None:
        key = entry.context + CONTEXT_SEPARATOR + key
    value = "\0".join(entry.strings[i] for i in sorted(entry.strings))
    return key, value


def mo_bytes(messages: dict[str, str]) -> bytes:
    """A little-endian ``.mo`` file holding ``messages`` (as ``parse`` returns them)."""
    keys = sorted(messages)
    ids = [k.encode("utf-8") for k in keys]
    strs = [messages[k].encode("utf-8") for k in keys]
    header_size = 7 * 4
    table_size = len(keys) * 8
    ids_start = header_size + 2 * table_size
    id_table, str_table = [], []
    offset = ids_start
    for data in ids:
        id_table.append((len(data), offset))
        offset += len(data) + 1
    for data in strs:
        str_table.append((len(data), offset))
        offset += len(data) + 1
    out = [
        struct.pack("<7I", 0x950412DE, 0, len(keys), header_size, header_size + table_size, 0, 0),
        *(struct.pack("<2I", *pair) for pair in id_table),
        *(struct.pack("<2I", *pair) for pair in str_table),
        *(data + b"\0" for data in ids),
        *(data + b"\0" for data in strs),
    ]
    return b"".join(out)


def compile_file(path: Path) -> bytes:
    """The ``.mo`` bytes of the ``.po`` file at ``path``.

    Raises:
        OSError: the file cannot be read.
        ValueError: it is not a .po file breathe can read.
    """
    return mo_bytes(parse(path.read_text(encoding="utf-8")))
