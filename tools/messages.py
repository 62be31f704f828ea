"""The translation catalogues: extract the template, update each language, fill in metadata.

    python tools/messages.py extract   # breathe/ + desktop entry + AppStream -> breathe.pot
    python tools/messages.py update    # merge the template into every .po (msgmerge-style)
    python tools/messages.py metadata  # write each language's names into the desktop entry
                                       # and the AppStream file (from the .po files)
    python tools/messages.py all       # all three, in that order
    python tools/messages.py init LANG # start a new language's .po from the template

What counts as a message (an AST walk of ``breathe/``, no imports):

- ``self.tr("text"[, "disambiguation"])``: context = the class it is written in;
- ``QCoreApplication.translate("Context", "text"[, "disambiguation"])`` and
  ``QT_TRANSLATE_NOOP("Context", "text")``;
- a module's own ``_tr("text"[, "disambiguation"])`` whose body calls
  ``QCoreApplication.translate("Context", ...)``: that context;
- ``plural("Context", "%n thing", "%n things", n)`` (``breathe.i18n``);
- ``gettext``, ``N_``, ``pgettext``, ``ngettext``, ``npgettext`` (``breathe.language``).

A Qt disambiguation joins the context as ``Context|disambiguation``. A comment block
starting ``# Translators:`` just above the call, or above the statement it is in, becomes
the entry's ``#.`` comment. Needs Babel (a test and build requirement, not a runtime one).
"""

from __future__ import annotations

import ast
import re
import sys
import tokenize
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from xml.etree import ElementTree as ET

from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po, write_po

REPO = Path(__file__).resolve().parents[1]
PACKAGE = REPO / "breathe"
LOCALE = REPO / "assets" / "locale"
TEMPLATE = LOCALE / "breathe.pot"
DESKTOP = REPO / "assets" / "icons" / "io.github.breathe_desktop.Breathe.desktop"
APPSTREAM = REPO / "packaging" / "io.github.breathe_desktop.Breathe.metainfo.xml"
#: a fixed date keeps the template's header still between runs
TEMPLATE_DATE = datetime(2026, 12, 1, tzinfo=timezone.utc)
DESKTOP_CONTEXT = "desktop entry"
APPSTREAM_CONTEXT = "AppStream"
#: the desktop entry's keys that people read (Name is the app's name: not translated)
DESKTOP_KEYS = ("GenericName", "Comment", "Keywords")
WIDTH = 100

_GETTEXT = {"gettext": (None, 0), "N_": (None, 0), "pgettext": (0, 1)}
_PLURALS = {"ngettext": (None, 0, 1), "npgettext": (0, 1, 2)}
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


@dataclass
class Message:
    context: str | None
    text: str
    plural: str | None = None
    comments: list[str] = field(default_factory=list)
    locations: list[str] = field(default_factory=list)

    @property
    def key(self) -> tuple[str | None, str]:
        return (self.context, self.text)


# -- Python sources ----------------------------------------------------------------------------


def _literal(node: ast.expr | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else ""


def _owner(func: ast.expr) -> str:
    if isinstance(func, ast.Attribute):
        return _name(func.value)
    return ""


def _module_contexts(tree: ast.Module) -> dict[str, str]:
    """Module-level helpers such as ``_tr`` that translate in one fixed Qt context."""
    helpers = {}
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef):
            continue
        for call in ast.walk(node):
            if (
                isinstance(call, ast.Call)
                and _name(call.func) == "translate"
                and call.args
                and _literal(call.args[0]) is not None
            ):
                helpers[node.name] = str(_literal(call.args[0]))
    return helpers


def _comments(path: Path) -> dict[int, str]:
    """Line number -> comment text, for every comment in ``path``."""
    found = {}
    with path.open("rb") as f:
        for token in tokenize.tokenize(f.readline):
            if token.type == tokenize.COMMENT:
                found[token.start[0]] = token.string.lstrip("#").strip()
    return found


def _translator_comment(comments: dict[int, str], line: int) -> list[str]:
    """The ``Translators:`` comment block that ends just above ``line``, if any."""
    block: list[str] = []
    n = line - 1
    while n in comments:
        block.insert(0, comments[n])
        n -= 1
    for i, text in enumerate(block):
        if text.startswith("Translators:"):
            joined = " ".join(block[i:])
            return [joined.removeprefix("Translators:").strip()]
    return []


def _calls(tree: ast.Module) -> Iterator[tuple[ast.Call, str | None, int]]:
    """Every call with the class it is written in and the line its statement starts on."""

    def walk(
        node: ast.AST, cls: str | None, statement: int
    ) -> Iterator[tuple[ast.Call, str | None, int]]:
        for child in ast.iter_child_nodes(node):
            line = getattr(child, "lineno", statement) if isinstance(child, ast.stmt) else statement
            inner = child.name if isinstance(child, ast.ClassDef) else cls
            if isinstance(child, ast.Call):
                yield child, cls, line
            yield from walk(child, inner, line)

    yield from walk(tree, None, 1)


def python_messages(path: Path) -> Iterator[Message]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    helpers = _module_contexts(tree)
    comments = _comments(path)
    where = path.relative_to(REPO).as_posix()
    for call, cls, statement in _calls(tree):
        name, args = _name(call.func), call.args
        texts = [_literal(a) for a in args]
        message: Message | None = None
        if name == "tr" and _owner(call.func) == "self" and texts and texts[0] is not None:
            context = cls or ""
            message = Message(_qt_context(context, texts[1] if len(texts) > 1 else None), texts[0])
        elif name in ("translate", "QT_TRANSLATE_NOOP") and len(texts) >= 2:
            if texts[0] is not None and texts[1] is not None:
                message = Message(
                    _qt_context(texts[0], texts[2] if len(texts) > 2 else None), texts[1]
                )
        elif name in helpers and texts and texts[0] is not None and name != "translate":
            message = Message(
                _qt_context(helpers[name], texts[1] if len(texts) > 1 else None), texts[0]
            )
        elif name == "plural" and len(texts) >= 3 and None not in texts[:3]:
            message = Message(texts[0], str(texts[1]), texts[2])
        elif name in _GETTEXT and len(texts) > _GETTEXT[name][1]:
            ctx_at, text_at = _GETTEXT[name]
            text = texts[text_at]
            if text is not None and (ctx_at is None or texts[ctx_at] is not None):
                message = Message(None if ctx_at is None else texts[ctx_at], text)
        elif name in _PLURALS and len(texts) > _PLURALS[name][2]:
            ctx_at, one, many = _PLURALS[name]
            if texts[one] is not None and texts[many] is not None:
                message = Message(
                    None if ctx_at is None else texts[ctx_at], str(texts[one]), texts[many]
                )
        if message is None or not message.text:
            continue
        message.comments = _translator_comment(comments, call.lineno) or _translator_comment(
            comments, statement
        )
        message.locations = [where]
        yield message


def _qt_context(context: str, disambiguation: str | None) -> str:
    return f"{context}|{disambiguation}" if disambiguation else context


# -- the desktop entry and AppStream -----------------------------------------------------------


def desktop_messages() -> Iterator[Message]:
    where = DESKTOP.relative_to(REPO).as_posix()
    section = ""
    for line in DESKTOP.read_text(encoding="utf-8").splitlines():
        if line.startswith("["):
            section = line.strip("[]")
            continue
        key, _, value = line.partition("=")
        if key in DESKTOP_KEYS or (section.startswith("Desktop Action") and key == "Name"):
            note = {
                "Keywords": "search words, separated by ';' (keep the ';' at the end)",
                "Name": "a menu action that starts a practice",
            }.get(key, f"the app menu's {key}")
            yield Message(DESKTOP_CONTEXT, value, comments=[note], locations=[where])


def _text(element: ET.Element) -> str:
    return " ".join("".join(element.itertext()).split())


def appstream_elements(root: ET.Element) -> Iterator[ET.Element]:
    """The elements of an AppStream file that people read (English ones only)."""
    for element in root.iter():
        if element.get(_XML_LANG):
            continue
        if element.tag in ("summary", "caption", "keyword", "li") or (
            element.tag == "p" and element.text and element.text.strip()
        ):
            yield element


def appstream_messages() -> Iterator[Message]:
    where = APPSTREAM.relative_to(REPO).as_posix()
    for element in appstream_elements(ET.parse(APPSTREAM).getroot()):
        yield Message(
            APPSTREAM_CONTEXT,
            _text(element),
            comments=[f"the software centre's <{element.tag}>"],
            locations=[where],
        )


# -- the template and the catalogues -----------------------------------------------------------


def all_messages() -> list[Message]:
    found: dict[tuple[str | None, str], Message] = {}
    sources = sorted(PACKAGE.rglob("*.py"))
    streams = [python_messages(p) for p in sources] + [desktop_messages(), appstream_messages()]
    for stream in streams:
        for message in stream:
            known = found.get(message.key)
            if known is None:
                found[message.key] = message
                continue
            known.locations += [w for w in message.locations if w not in known.locations]
            known.comments += [c for c in message.comments if c not in known.comments]
            known.plural = known.plural or message.plural
    return list(found.values())


def template() -> Catalog:
    catalog = Catalog(
        project="breathe",
        copyright_holder="The breathe developers",
        msgid_bugs_address="https://github.com/breathe-desktop/breathe/issues",
        creation_date=TEMPLATE_DATE,
        revision_date=TEMPLATE_DATE,
        fuzzy=False,
    )
    for m in all_messages():
        catalog.add(
            (m.text, m.plural) if m.plural else m.text,
            context=m.context,
            auto_comments=m.comments,
            locations=[(w, None) for w in m.locations],
            flags=_flags(m),
        )
    return catalog


_QT_PLACEHOLDER = re.compile(r"%(\d+|n)")
_BRACES = re.compile(r"\{[a-z_0-9]*\}")


def _flags(m: Message) -> list[str]:
    """What a translation tool should check the placeholders of."""
    text = m.text + (m.plural or "")
    if _QT_PLACEHOLDER.search(text):
        return ["qt-format"]
    if _BRACES.search(text):
        return ["python-brace-format"]
    return []


def write(catalog: Catalog, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as f:
        write_po(f, catalog, width=WIDTH, sort_output=False, ignore_obsolete=True)


def read(path: Path) -> Catalog:
    with path.open("rb") as f:
        return read_po(f)


def catalogues() -> list[Path]:
    return sorted(LOCALE.glob("*/LC_MESSAGES/breathe.po"))


def update() -> None:
    fresh = read(TEMPLATE)
    for path in catalogues():
        catalog = read(path)
        catalog.update(fresh, update_creation_date=False)
        write(catalog, path)
        print(f"updated {path.relative_to(REPO)}")


# -- writing translations into the desktop entry and the AppStream file -----------------------


def _translated(catalog: Catalog, context: str, text: str) -> str | None:
    found = catalog.get(text, context=context)
    if found is None or found.fuzzy or not found.string:
        return None
    return str(found.string)


def desktop_entry_text(languages: dict[str, Catalog]) -> str:
    """The desktop entry with a ``Key[lang]=`` line after each translatable key."""
    out: list[str] = []
    section = ""
    for line in DESKTOP.read_text(encoding="utf-8").splitlines():
        if line.startswith("["):
            section = line.strip("[]")
        key, sep, value = line.partition("=")
        if sep and "[" in key:
            continue  # an older translation: written again below
        out.append(line)
        if key in DESKTOP_KEYS or (section.startswith("Desktop Action") and key == "Name"):
            for lang, catalog in languages.items():
                translated = _translated(catalog, DESKTOP_CONTEXT, value)
                if translated:
                    out.append(f"{key}[{lang}]={translated}")
    return "\n".join(out) + "\n"


def appstream_text(languages: dict[str, Catalog]) -> str:
    """The AppStream file with an ``xml:lang`` sibling after each translatable element."""
    lines = [
        line
        for line in APPSTREAM.read_text(encoding="utf-8").splitlines()
        if "xml:lang=" not in line
    ]
    out: list[str] = []
    i = 0
    while i < len(lines):
        match = re.match(r"(\s*)<(summary|caption|keyword|li|p)>", lines[i])
        if not match:
            out.append(lines[i])
            i += 1
            continue
        indent, tag = match.groups()
        j = i
        while f"</{tag}>" not in lines[j]:
            j += 1
        out.extend(lines[i : j + 1])
        inner = " ".join(" ".join(lines[i : j + 1]).split())
        text = _unescape(re.sub(r"</?[a-z]+>", "", inner).strip())
        for lang, catalog in languages.items():
            translated = _translated(catalog, APPSTREAM_CONTEXT, text)
            if translated:
                out.append(f'{indent}<{tag} xml:lang="{lang}">{_escape(translated)}</{tag}>')
        i = j + 1
    return "\n".join(out) + "\n"


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _unescape(text: str) -> str:
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def languages() -> dict[str, Catalog]:
    return {path.parents[1].name: read(path) for path in catalogues()}


def metadata() -> None:
    found = languages()
    DESKTOP.write_text(desktop_entry_text(found), encoding="utf-8")
    APPSTREAM.write_text(appstream_text(found), encoding="utf-8")
    print(f"wrote {DESKTOP.relative_to(REPO)} and {APPSTREAM.relative_to(REPO)}")


def init(lang: str) -> Path:
    """A new, empty catalogue for ``lang`` with its plural rule (see docs/translating.md)."""
    path = LOCALE / lang / "LC_MESSAGES" / "breathe.po"
    if path.exists():
        raise SystemExit(f"{path.relative_to(REPO)} exists already: use update")
    catalog = Catalog(
        locale=lang,
        project="breathe",
        copyright_holder="The breathe developers",
        creation_date=TEMPLATE_DATE,
        revision_date=TEMPLATE_DATE,
        fuzzy=False,
    )
    catalog.update(read(TEMPLATE))
    write(catalog, path)
    return path


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "all"
    if command == "init" and len(argv) == 2:
        print(f"wrote {init(argv[1]).relative_to(REPO)}")
        return 0
    if command not in ("extract", "update", "metadata", "all"):
        print(__doc__, file=sys.stderr)
        return 2
    if command in ("extract", "all"):
        write(template(), TEMPLATE)
        print(f"wrote {TEMPLATE.relative_to(REPO)}")
    if command in ("update", "all"):
        update()
    if command in ("metadata", "all"):
        metadata()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
