"""The explainers: short "why this helps" articles shipped as Markdown in ``assets/explainers``.

One per practice plus an overview ("Why pain and anxiety loop"). The app shows them with
``QTextBrowser.setMarkdown``; ``breathe explain`` prints them through :func:`as_plain_text`.
English ones live in ``assets/explainers``, translations in ``assets/explainers/<lang>``
(paraphrased, citing the same English articles); a language without its own falls back to
English. No Qt here.
"""

from __future__ import annotations

import logging
import re
import textwrap
from pathlib import Path

from breathe.engine.practices.errors import PracticeError
from breathe.language import base, gettext
from breathe.paths import asset

log = logging.getLogger(__name__)

EXPLAINERS: tuple[str, ...] = ("overview", "breathing", "grounding", "relaxation")

# Breathing presets a person may name instead of "breathing" (docs/contract.md, Commands).
BREATHING_PRESETS: tuple[str, ...] = (
    "box",
    "4-7-8",
    "coherent",
    "extended-exhale",
    "sigh",
    "resonance",
)

# The articles the explainers are paraphrased from, titled exactly as the articles are.
ARTICLE_TITLES: tuple[str, ...] = (
    "Why Anxiety and Chronic Pain Often Go Hand in Hand – And What You Can Do About It",
    "The Nervous System and Chronic Pain: What's the Connection?",
    "The Connection Between Mental Health and Chronic Back Pain",
    "Can Anxiety Cause Back Pain? Understanding the Mind-Body Connection",
    "Mental Health and Chronic Pain",
)

WIDTH = 78  # plain-text line width for the terminal

_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_ITEM = re.compile(r"^([-*+]|\d+[.)])\s+(.*)$")
# "Sources:" in each language an explainer is written in
_SOURCES = re.compile(r"^(?:sources?|quellen|fuentes)\s*:\s*(.*)$", re.IGNORECASE)
# a cited title may be followed by the language it is in, e.g. "(englisch)"
_TITLE_LANGUAGE = re.compile(r"\s*\((?:english|englisch|en inglés|en anglais)\)$", re.IGNORECASE)
_INLINE: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)"), r"\1 (\2)"),  # [text](url)
    (re.compile(r"`([^`]+)`"), r"\1"),
    (re.compile(r"\*\*(.+?)\*\*"), r"\1"),
    (re.compile(r"(?<!\w)__(.+?)__(?!\w)"), r"\1"),
    (re.compile(r"(?<![\w*\\])\*(?=\S)(.+?)(?<=[^\s\\])\*(?![\w*])"), r"\1"),
    (re.compile(r"(?<![\w\\])_(?=\S)(.+?)(?<=[^\s\\])_(?!\w)"), r"\1"),
    (re.compile(r"\\([\\`*_{}\[\]()#+\-.!])"), r"\1"),  # backslash escapes
)
_APOSTROPHES = re.compile(r"[’‘ʼ`´]")
_DASHES = re.compile(r"\s*[-‐‑‒–—―−]+\s*")


def explainer_id(name: str) -> str:
    """The explainer for a practice, a breathing preset or ``overview``.

    Raises:
        PracticeError: for a name breathe does not know.
    """
    key = name.strip().lower()
    if key in EXPLAINERS:
        return key
    if key in BREATHING_PRESETS:
        return "breathing"
    message = gettext(
        "unknown practice '{name}': choose breathing, grounding or relaxation, "
        "e.g. breathe explain grounding"
    )
    raise PracticeError(message.format(name=name))


def path_for(name: str, language: str | None = None) -> Path:
    """The file of an explainer in ``language`` (default: the one in force), else English."""
    file_name = f"{explainer_id(name)}.md"
    translated = asset("explainers", base(language), file_name)
    return translated if translated.is_file() else asset("explainers", file_name)


def load(name: str, language: str | None = None) -> str:
    """The Markdown text of an explainer (``name`` as :func:`explainer_id` accepts)."""
    path = path_for(name, language)
    log.debug("loading explainer %s", path)
    return path.read_text(encoding="utf-8")


def title(name: str) -> str:
    """An explainer's title: its first heading (else its id), without Markdown."""
    return markdown_title(load(name)) or explainer_id(name)


def markdown_title(markdown: str) -> str:
    """The first heading of a Markdown text without its markup, or ``""`` if it has none."""
    for line in markdown.splitlines():
        match = _HEADING.match(line.strip())
        if match:
            return _plain_inline(match.group(2))
    return ""


def _plain_inline(text: str) -> str:
    """``text`` without inline Markdown (emphasis, code, links, escapes)."""
    for pattern, replacement in _INLINE:
        text = pattern.sub(replacement, text)
    return text


def as_plain_text(markdown: str, width: int = WIDTH) -> str:
    """Markdown made readable in a terminal.

    Headings are underlined, paragraphs and list items are wrapped to ``width``, list items
    get a hanging indent, and emphasis, code and link markup are removed.
    """
    out: list[str] = []
    words: list[str] = []
    first, rest = "", ""

    def flush() -> None:
        if words:
            out.append(
                textwrap.fill(
                    " ".join(words),
                    width=width,
                    initial_indent=first,
                    subsequent_indent=rest,
                    break_on_hyphens=False,
                )
            )
            words.clear()

    for raw in markdown.splitlines():
        line = raw.strip()
        heading = _HEADING.match(line)
        item = _ITEM.match(line)
        if not line:
            flush()
            out.append("")
        elif heading:
            flush()
            text = _plain_inline(heading.group(2))
            rule = "=" if len(heading.group(1)) == 1 else "-"
            out.extend(["", text, rule * len(text), ""])
        elif item:
            flush()
            marker = item.group(1) if item.group(1)[0].isdigit() else "-"
            first = f"  {marker} "
            rest = " " * len(first)
            words.append(_plain_inline(item.group(2)))
        else:
            if not words:
                first, rest = "", ""
            words.append(_plain_inline(line))
    flush()
    text = "\n".join(out)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def cited_titles(text: str) -> list[str]:
    """The titles cited on the ``Sources:`` lines of an explainer, as written, in order.

    A Sources line lists titles separated by ``;``, e.g.
    ``**Sources:** *Mental Health and Chronic Pain*; *Another Title*``.
    """
    titles: list[str] = []
    for line in text.splitlines():
        match = _SOURCES.match(_plain_inline(line.strip()))
        if match:
            for part in match.group(1).split(";"):
                cited = _TITLE_LANGUAGE.sub("", part.strip().rstrip(".").strip())
                if cited:
                    titles.append(cited)
    return titles


def title_key(title: str) -> str:
    """A title for comparing: apostrophe and dash style and spacing do not matter."""
    text = _APOSTROPHES.sub("'", title)
    text = _DASHES.sub("-", text)
    return " ".join(text.split())
