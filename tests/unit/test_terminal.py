"""Text for a terminal: control characters shown, never obeyed; long echoes cut."""

from __future__ import annotations

from breathe.terminal import ECHO, LINE, one_line, printable


def test_printable_text_is_left_as_it_is() -> None:
    text = "Zoë breathes 🌬️ 夜 — calm, شعرت"
    assert printable(text) is text


def test_control_and_direction_characters_are_shown_escaped() -> None:
    assert printable("\x1b]0;title\x07 red\x1b[31m") == "\\x1b]0;title\\x07 red\\x1b[31m"
    assert printable("a\nb\tc\r") == "a\\nb\\tc\\r"
    assert printable("\u202eexe.txt") == "\\u202eexe.txt"


def test_one_line_cuts_a_long_value_and_keeps_the_words_around_it() -> None:
    line = one_line(f"breathe: pattern '{'9' * 5000}' is not valid, e.g. 4-6")
    assert line.startswith("breathe: pattern '")
    assert line.endswith("... is not valid, e.g. 4-6")
    assert max(len(word) for word in line.split()) == ECHO


def test_one_line_keeps_the_end_of_a_line_too_long_even_in_short_words() -> None:
    line = one_line("word " * 1000 + "e.g. breathe start box")
    assert len(line) <= LINE
    assert line.endswith("e.g. breathe start box")
    assert "\n" not in one_line("two\nlines")
