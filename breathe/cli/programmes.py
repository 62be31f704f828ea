"""``breathe programmes``: list the named programmes, export one to a file, import a file."""

from __future__ import annotations

import sys
from pathlib import Path

from breathe.cli.parser import UsageError
from breathe.engine.choices import describe
from breathe.language import N_, gettext
from breathe.store import programme_file
from breathe.store.programmes import Programme, Programmes, session_words

IMPORT_EXAMPLE = N_("e.g. breathe programmes --import client-a.breathe-programme")
EXPORT_EXAMPLE = N_(
    'e.g. breathe programmes --export "Client A" --output client-a.breathe-programme'
)
#: names longer than this do not push the descriptions further right
NAME_COLUMN = 24


def run(export: str | None, output: str | None, import_file: str | None) -> int:
    """Run the command; bad input raises a ValueError subclass (exit 2 in the CLI)."""
    if export is not None and import_file is not None:
        message = gettext("--export and --import are two commands; give one, {example}")
        raise UsageError(message.format(example=gettext(EXPORT_EXAMPLE)))
    if output is not None and export is None:
        message = gettext("--output goes with --export NAME, {example}")
        raise UsageError(message.format(example=gettext(EXPORT_EXAMPLE)))
    programmes = Programmes.load()
    if programmes.notice:
        print(f"breathe: {programmes.notice}", file=sys.stderr)
    if import_file is not None:
        return _import(programmes, import_file)
    if export is not None:
        return _export(programmes, export, output)
    return _list(programmes)


def summary(programme: Programme) -> str:
    """``4-6 breathing, 8 min · voice on · tones off``."""
    return " \u00b7 ".join(
        [describe(programme.practice, programme.options), *session_words(programme)]
    )


def _list(programmes: Programmes) -> int:
    names = programmes.names()
    if not names:
        print(
            gettext(
                "No programmes yet: save one in the app (Programmes, on the home screen), "
                "or add a file with breathe programmes --import FILE."
            )
        )
        return 0
    width = min(NAME_COLUMN, max(len(n) for n in names))
    for name in names:
        print(f"{name:<{width}}  {summary(programmes.get(name))}")
    return 0


def _export(programmes: Programmes, name: str, output: str | None) -> int:
    if name not in programmes:
        yours = ", ".join(repr(n) for n in programmes.names()) or gettext("none yet")
        message = gettext("there is no programme called {name} (yours: {yours}), {example}")
        raise UsageError(
            message.format(name=repr(name), yours=yours, example=gettext(EXPORT_EXAMPLE))
        )
    kept = programmes.kept_name(name)
    programme = programmes.get(kept)
    if output is None:
        sys.stdout.write(programme_file.text(kept, programme))
        return 0
    try:
        programme_file.write(Path(output), kept, programme)
    except OSError as exc:
        message = gettext("cannot write {file}: {reason}, {example}")
        reason = exc.strerror or exc
        raise UsageError(
            message.format(file=output, reason=reason, example=gettext(EXPORT_EXAMPLE))
        ) from None
    wrote = gettext("Wrote {file}: {name}, {summary}.")
    print(wrote.format(file=output, name=repr(kept), summary=summary(programme)), file=sys.stderr)
    return 0


def read_file(path: str, example: str = IMPORT_EXAMPLE) -> programme_file.ProgrammeFile:
    """The programme in the file at ``path``; a bad file is bad input (one line, exit 2).

    ``example`` (marked with ``N_``) follows the problem, unless the problem has one.
    """
    try:
        return programme_file.read(Path(path))
    except programme_file.ProgrammeFileError as exc:
        message = str(exc)
        # Translators: "for example" as your language shortens it in these messages
        # ("e.g. 150"): a problem that holds it already has its example
        if gettext("e.g.") in message:
            raise UsageError(message) from None
        # Translators: a problem with a programme file, then an example of the command
        problem = gettext("{problem}, {example}")
        raise UsageError(problem.format(problem=message, example=gettext(example))) from None


def _import(programmes: Programmes, path: str) -> int:
    found = read_file(path)  # a bad file is bad input: exit 2, nothing changed
    same = programmes.find(found.programme)
    if same is not None:
        print(
            gettext("You already have this programme, as {name}; nothing changed.").format(
                name=repr(same)
            )
        )
        return 0
    name = programmes.free_name(found.name)
    programmes.add_programme(name, found.programme)
    try:
        programmes.save()
    except OSError as exc:
        message = gettext("breathe: could not save your programmes ({reason}); nothing was added")
        print(message.format(reason=exc.strerror or exc), file=sys.stderr)
        return 1
    added = gettext("Added the programme {name}: {summary}.")
    print(added.format(name=repr(name), summary=summary(found.programme)))
    if name != found.name:
        kept = gettext("(You already had a programme called {name}; it is unchanged.)")
        print(kept.format(name=repr(found.name)))
    return 0
