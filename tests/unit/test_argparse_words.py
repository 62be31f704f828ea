"""argparse's own words follow the language while the command line parses, and argparse is
left as it was afterwards: the app a command opens, and anything else, finds it unchanged."""

from __future__ import annotations

import argparse
import gettext

import pytest

from breathe import language
from breathe.cli.parser import UsageError, parse

#: argparse's lookups as the standard library sets them
STANDARD = (gettext.gettext, gettext.ngettext)


def _lookups() -> tuple[object, object]:
    return (getattr(argparse, "_"), argparse.ngettext)  # noqa: B009 - not in argparse's stubs


def test_the_help_is_in_the_language_with_argparse_s_own_words(
    capsys: pytest.CaptureFixture[str],
) -> None:
    language.use("de")
    with pytest.raises(SystemExit) as done:
        parse(["--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("Aufruf: breathe ")
    assert "\nPositionsargumente:\n" in out and "\nOptionen:\n" in out
    assert "diese Hilfe zeigen und beenden" in out
    assert "die Versionsnummer zeigen und beenden" in out
    for english in ("usage", "positional", "options:", "show this", "show program"):
        assert english not in out
    assert _lookups() == STANDARD


def test_argparse_is_left_as_it_was_after_a_parse_and_after_a_problem() -> None:
    language.use("fr")
    with pytest.raises(UsageError, match=r"^breathe plan : il manque : PRACTICE, p\. ex\. "):
        parse(["plan"])
    assert _lookups() == STANDARD
    assert parse(["list"]).command == "list"
    assert _lookups() == STANDARD
    # a parser that is not breathe's command line speaks as argparse always does
    assert argparse.ArgumentParser(prog="other").format_usage().startswith("usage: other")


def test_the_pseudo_language_keeps_argparse_s_placeholders() -> None:
    language.use(language.PSEUDO)
    with pytest.raises(UsageError) as raised:
        parse(["history", "--format", "xml"])
    text = str(raised.value)
    assert "'xml'" in text and "'table', 'csv', 'json'" in text and "--format" in text
    assert "invalid choice" not in text and text.count(language.OPEN) == 3
