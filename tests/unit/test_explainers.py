"""The explainers: paraphrased (never copied), cited, short, kind and safe; and their loader."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path

import pytest

from breathe.engine import explainers
from breathe.engine.explainers import (
    ARTICLE_TITLES,
    BREATHING_PRESETS,
    EXPLAINERS,
    as_plain_text,
    cited_titles,
    explainer_id,
    load,
    markdown_title,
    title,
    title_key,
)
from breathe.engine.practices.errors import PracticeError

REPO_ROOT = Path(__file__).resolve().parents[2]
# beside the repository (a worktree may sit a level deeper)
ARTICLES = next(
    (p / "shared" / "articles" for p in REPO_ROOT.parents if (p / "shared" / "articles").is_dir()),
    REPO_ROOT.parent / "shared" / "articles",
)
RUN = 8  # a run of this many words shared with an article counts as copied
#: English and every language with explainers of its own: each is checked the same way
LANGUAGES = ["en", *sorted(p.name for p in explainers.asset("explainers").iterdir() if p.is_dir())]
CASES = [(lang, e) for lang in LANGUAGES for e in EXPLAINERS]


# --- the copied-run checker ---------------------------------------------------------------


def _sloppy_decode(raw: bytes, encoding: str) -> str:
    """``raw`` decoded byte by byte as a browser does: gaps in a code page fall back to
    cp1252 (WHATWG windows-874 maps 0x99 to ™ as cp1252 does), then to latin-1."""
    chars = []
    for byte in raw:
        for fallback in (encoding, "cp1252", "latin-1"):
            try:
                chars.append(bytes([byte]).decode(fallback))
                break
            except UnicodeDecodeError:
                continue
    return "".join(chars)


def _mojibake_table() -> dict[str, str]:
    """Broken forms of typographic punctuation (UTF-8 read as cp1252, cp874, latin-1)."""
    return {
        _sloppy_decode(char.encode("utf-8"), encoding): char
        for char in "’‘“”–—…•″′"
        for encoding in ("cp1252", "cp874", "latin-1")
    }


MOJIBAKE = sorted(_mojibake_table().items(), key=lambda pair: -len(pair[0]))
APOSTROPHES = re.compile(r"['’‘ʼ`´′]")


def words(text: str) -> list[str]:
    """Lower-case words, with mojibake repaired, apostrophes dropped and dashes splitting."""
    for broken, char in MOJIBAKE:
        text = text.replace(broken, char)
    text = unicodedata.normalize("NFKC", text).casefold()
    text = APOSTROPHES.sub("", text)  # it's, it’s, itâ€™s and its all become "its"
    return re.findall(r"[^\W_]+", text)


def runs(text: str, n: int = RUN) -> set[tuple[str, ...]]:
    found = words(text)
    return {tuple(found[i : i + n]) for i in range(len(found) - n + 1)}


def copied_runs(text: str, sources: Iterable[str], n: int = RUN) -> list[str]:
    """Every run of ``n`` consecutive words of ``text`` that also appears in a source."""
    source_runs: set[tuple[str, ...]] = set()
    for source in sources:
        source_runs |= runs(source, n)
    found = words(text)
    return [
        " ".join(found[i : i + n])
        for i in range(len(found) - n + 1)
        if tuple(found[i : i + n]) in source_runs
    ]


def checked_text(markdown: str) -> str:
    """An explainer without its cited-title lines, which the contract leaves out of the check."""
    return "\n".join(line for line in markdown.splitlines() if not cited_titles(line))


@pytest.fixture(scope="module")
def articles() -> dict[str, str]:
    if not ARTICLES.is_dir():
        pytest.skip(f"source articles not found at {ARTICLES} (they live outside the repo)")
    texts = {p.name: p.read_text(encoding="utf-8") for p in sorted(ARTICLES.glob("*.txt"))}
    assert len(texts) == 5
    return texts


def test_words_ignore_case_punctuation_dashes_and_broken_apostrophes() -> None:
    assert words("It’s a Two-Way street — isn't it?") == [
        "its",
        "a",
        "two",
        "way",
        "street",
        "isnt",
        "it",
    ]
    assert words("a personâ€™s day") == words("a personโ€™s day") == words("a person's day")
    assert words("the conditionโ€”they are") == ["the", "condition", "they", "are"]
    assert words("conditionâ€”they") == words("condition – they") == ["condition", "they"]


def test_checker_finds_a_copied_sentence_however_it_is_dressed_up() -> None:
    source = "When pain limits a personโ€™s ability to work, feelings of isolation may follow."
    copied = "Some days, when PAIN limits a person's ability to work - feelings of isolation."
    assert copied_runs(copied, [source]) == [
        "when pain limits a persons ability to work",
        "pain limits a persons ability to work feelings",
        "limits a persons ability to work feelings of",
        "a persons ability to work feelings of isolation",
    ]


def test_checker_allows_seven_shared_words_and_a_real_paraphrase() -> None:
    source = "When pain limits a person's ability to work, feelings of isolation may follow."
    assert copied_runs("pain limits a person's ability to work, so", [source]) == []
    assert copied_runs("If pain stops you working, you may feel alone.", [source]) == []


def test_checker_catches_an_article_sentence_pasted_into_an_explainer(
    articles: dict[str, str],
) -> None:
    pasted = "Noticing the contact with your clothing or the surface you’re on can help."
    assert copied_runs(load("grounding") + "\n" + pasted, articles.values())
    sentence = "Pain is not simply the readout of tissue damage."
    assert copied_runs(load("overview") + "\n" + sentence, articles.values())


@pytest.mark.parametrize(("lang", "explainer"), CASES)
def test_explainer_copies_no_run_of_eight_words_from_any_article(
    lang: str, explainer: str, articles: dict[str, str]
) -> None:
    assert copied_runs(checked_text(load(explainer, lang)), articles.values()) == []


def test_cited_title_lines_are_the_only_lines_left_out_of_the_check() -> None:
    text = load("overview")
    left_out = set(text.splitlines()) - set(checked_text(text).splitlines())
    assert len(left_out) == 1
    assert next(iter(left_out)).startswith("**Sources:**")


# --- citations ----------------------------------------------------------------------------


def readme_titles() -> list[str]:
    """Titles from the table in shared/articles/README.md."""
    readme = ARTICLES / "README.md"
    if not readme.is_file():
        pytest.skip(f"source articles README not found at {readme}")
    rows = [line.split("|") for line in readme.read_text(encoding="utf-8").splitlines()]
    return [row[2].strip() for row in rows if len(row) > 3 and row[1].strip().endswith(".txt")]


def test_known_titles_are_the_readme_titles_exactly() -> None:
    assert list(ARTICLE_TITLES) == readme_titles()


@pytest.mark.parametrize(("lang", "explainer"), CASES)
def test_explainer_cites_article_titles_exactly(lang: str, explainer: str) -> None:
    cited = cited_titles(load(explainer, lang))
    assert cited, "an explainer names at least one source article"
    known = {title_key(t) for t in ARTICLE_TITLES}
    assert [t for t in cited if title_key(t) not in known] == []
    assert len(set(cited)) == len(cited)


def test_title_matching_ignores_apostrophe_and_dash_style_only() -> None:
    readme = "Why Anxiety and Chronic Pain Often Go Hand in Hand – And What You Can Do About It"
    assert title_key(readme) == title_key(
        "Why Anxiety and Chronic Pain Often Go Hand in Hand - And What You Can Do About It"
    )
    assert title_key(readme) == title_key(
        "Why Anxiety and Chronic Pain Often Go Hand in Hand—And What You Can Do  About It"
    )
    assert title_key("What's the Connection?") == title_key("What’s the Connection?")
    assert title_key("What's the Connection?") != title_key("Whats the Connection?")
    assert title_key("Mental Health and Chronic Pain") != title_key("Mental Health And Pain")


def test_cited_titles_reads_sources_lines_only() -> None:
    text = (
        "# A title\n\nSome sources: not this line.\n\n"
        "**Sources:** *First Title?*; *Second – Title*;  ; Third Title.\n"
        "Source: Fourth\n"
    )
    assert cited_titles(text) == ["First Title?", "Second – Title", "Third Title", "Fourth"]
    assert cited_titles("No citations here.") == []


# --- length, wording and safety -----------------------------------------------------------


def body(markdown: str) -> str:
    """The explainer without its Sources line and its not-medical-advice note."""
    return "\n".join(
        line
        for line in checked_text(markdown).splitlines()
        if not line.startswith("*breathe ")  # the note: "breathe is educational..." in any language
    )


def word_count(text: str) -> int:
    return len(re.findall(r"[^\W_]+(?:['’][^\W_]+)*", text))


@pytest.mark.parametrize(("lang", "explainer"), CASES)
def test_explainer_body_is_120_to_250_words(lang: str, explainer: str) -> None:
    text = load(explainer, lang)
    assert 120 <= word_count(body(text)) <= 250
    assert word_count(text) <= 330  # sources and note keep the whole file short too


@pytest.mark.parametrize(("lang", "explainer"), CASES)
def test_explainer_ends_with_the_educational_not_medical_advice_note(
    lang: str, explainer: str
) -> None:
    last = load(explainer, lang).strip().splitlines()[-1].lower()
    assert [phrase for phrase in NOTE[lang] if phrase not in last] == []


@pytest.mark.parametrize(("lang", "explainer"), CASES)
def test_explainer_has_three_parts_in_plain_markdown(lang: str, explainer: str) -> None:
    text = load(explainer, lang)
    assert text.startswith("# ")
    parts = [line for line in text.splitlines() if line.startswith("## ")]
    assert len(parts) == 3
    body_part, why, well = PARTS[lang]
    assert body_part in parts[0].lower()
    assert why in parts[1].lower()
    assert well in parts[2].lower()
    assert not re.search(r"<[a-zA-Z/][^>]*>", text), "no HTML: QTextBrowser shows Markdown"


@pytest.mark.parametrize(("lang", "explainer"), CASES)
def test_explainer_uses_short_sentences_and_validating_words(lang: str, explainer: str) -> None:
    text = body(load(explainer, lang))
    prose = re.sub(r"^#.*$", "", text, flags=re.MULTILINE)
    sentences = [s for s in re.split(r"[.!?:]\s+|\n\s*\n|\n- ", prose) if s.strip()]
    average = sum(word_count(s) for s in sentences) / len(sentences)
    assert average <= 14, f"average sentence is {average:.1f} words"
    for dismissive in DISMISSIVE[lang]:
        assert dismissive not in text.lower()


#: the not-medical-advice note, the three parts' headings and words never to use, per language
NOTE = {
    "en": [
        "breathe is educational",
        "not medical advice",
        "medical or psychological care",
        "persistent or severe",
        "professional",
    ],
    "de": [
        "breathe dient der information",
        "kein medizinischer rat",
        "ärztliche oder psychologische behandlung",
        "anhält oder stark",
        "fachperson",
    ],
    "es": [
        "breathe es informativo",
        "no es consejo médico",
        "atención médica o psicológica",
        "persistente o intenso",
        "profesional de la salud",
    ],
    "fr": [
        "breathe a une visée éducative",
        "pas un avis médical",
        "soins médicaux ou psychologiques",
        "persistante ou intense",
        "professionnel de santé",
    ],
}
PARTS = {
    "en": ("what happens in the body", "why", "well"),
    "de": ("was im körper", "warum", "gut"),
    "es": ("qué pasa en el cuerpo", "por qué", "bien"),
    "fr": ("ce qui se passe dans le corps", "pourquoi", "bien"),
}
DISMISSIVE = {
    "en": ("all in your head", "psychosomatic", "imaginary", "just relax"),
    "de": ("nur im kopf", "psychosomatisch", "eingebildet", "entspann dich einfach"),
    "es": ("en tu cabeza", "psicosomático", "imaginario", "simplemente relájate"),
    "fr": ("tout dans la tête", "psychosomatique", "imaginaire", "détendez-vous, c’est tout"),
}
SAFETY_DE = {
    "overview": [
        "geh sanft vor",
        "wenn der schmerz zunimmt, hör auf",
        "schwindlig",
        "atem wieder normal",
    ],
    "breathing": [
        "langsamer, nicht tiefer",
        "anhalten ist freiwillig",
        "panik",
        "schwindlig",
        "atme normal",
        "wenn der schmerz zunimmt, hör auf",
    ],
    "grounding": ["ohne bewegung", "wenn bewegung wehtut, bleib still", "ruh dich aus"],
    "relaxation": [
        "halbe kraft",
        "lass jeden bereich aus, der wehtut",
        "nur lösen",
        "schubtag",
        "atme ganz normal",
        "wenn der schmerz zunimmt, hör auf",
    ],
}
SAFETY_ES = {
    "overview": [
        "ve con suavidad",
        "si el dolor aumenta, para",
        "mareo",
        "respiración vuelva a la normalidad",
    ],
    "breathing": [
        "más lento, no más hondo",
        "las retenciones son opcionales",
        "pánico",
        "mareo",
        "respira con normalidad",
        "si el dolor aumenta, para",
    ],
    "grounding": ["sin movimiento", "si moverte duele, no te muevas", "para y descansa"],
    "relaxation": [
        "más o menos la mitad de tu fuerza",
        "omite cualquier zona que duela",
        "solo soltar",
        "día de brote",
        "respirando con normalidad",
        "si el dolor aumenta, para",
    ],
}
SAFETY_FR = {
    "overview": [
        "allez-y doucement",
        "si la douleur augmente, arrêtez",
        "la tête vous tourne",
        "respiration revenir à la normale",
    ],
    "breathing": [
        "plus lentement, pas plus profondément",
        "retenir son souffle est facultatif",
        "panique",
        "vertiges",
        "respirez normalement",
        "si la douleur augmente, arrêtez",
    ],
    "grounding": [
        "sans mouvement",
        "si bouger fait mal, restez immobile",
        "arrêtez et reposez-vous",
    ],
    "relaxation": [
        "environ la moitié de votre force",
        "laissez au repos toute zone douloureuse",
        "relâchement seul",
        "jour de poussée",
        "respirer normalement",
        "si la douleur augmente, arrêtez",
    ],
}


SAFETY = {
    "overview": ["go gently", "if pain grows, stop", "dizzy", "breathing go back to normal"],
    "breathing": [
        "slower, not deeper",
        "holds are optional",
        "panic",
        "dizzy",
        "breathe normally",
        "if pain grows, stop",
    ],
    "grounding": ["no-movement option", "if moving hurts, stay still", "stop and rest"],
    "relaxation": [
        "about half your strength",
        "skip any area that hurts",
        "release-only",
        "flare day",
        "breathing normally",
        "if pain grows, stop",
    ],
}


@pytest.mark.parametrize(("lang", "explainer"), CASES)
def test_explainer_gives_its_safety_advice(lang: str, explainer: str) -> None:
    how = load(explainer, lang).lower().split("## ")[-1]
    how = " ".join(how.split())  # list items wrap over lines
    phrases = {"en": SAFETY, "de": SAFETY_DE, "es": SAFETY_ES, "fr": SAFETY_FR}[lang][explainer]
    assert [phrase for phrase in phrases if phrase not in how] == []


def test_explainers_render_as_markdown_in_qt(qapp: object) -> None:
    from PySide6.QtGui import QTextDocument

    for lang, explainer in CASES:
        document = QTextDocument()
        document.setMarkdown(load(explainer, lang))
        levels = []
        block = document.begin()
        while block.isValid():
            levels.append(block.blockFormat().headingLevel())
            block = block.next()
        assert levels.count(1) == 1
        assert levels.count(2) == 3
        shown = document.toPlainText()
        assert markdown_title(load(explainer, lang)) in shown
        for noise in ("**", "# ", "](", "<"):
            assert noise not in shown


# --- the loader ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("overview", "overview"),
        ("breathing", "breathing"),
        ("grounding", "grounding"),
        ("relaxation", "relaxation"),
        *[(preset, "breathing") for preset in BREATHING_PRESETS],
        (" Box ", "breathing"),
        ("GROUNDING", "grounding"),
    ],
)
def test_explainer_id_for_every_practice_and_preset(name: str, expected: str) -> None:
    assert explainer_id(name) == expected


def test_every_spec_preset_has_an_explainer() -> None:
    spec = ("box", "4-7-8", "coherent", "extended-exhale", "sigh", "resonance")
    assert set(BREATHING_PRESETS) == set(spec)


@pytest.mark.parametrize("name", ["xyz", "", "pmr ", "breath"])
def test_unknown_practice_is_one_line_with_an_example(name: str) -> None:
    with pytest.raises(PracticeError) as raised:
        explainer_id(name)
    assert str(raised.value) == (
        f"unknown practice '{name}': choose breathing, grounding or relaxation, "
        "e.g. breathe explain grounding"
    )
    assert isinstance(raised.value, ValueError)
    with pytest.raises(PracticeError):
        load(name)


def test_load_and_title_accept_presets() -> None:
    assert load("4-7-8") == load("breathing")
    assert title("sigh") == "Paced breathing"
    assert [title(e) for e in EXPLAINERS] == [
        "Why pain and anxiety loop",
        "Paced breathing",
        "3-3-3 grounding",
        "Progressive muscle relaxation",
    ]


def test_explainers_are_shipped_assets() -> None:
    for explainer in EXPLAINERS:
        path = explainers.asset("explainers", f"{explainer}.md")
        assert path.is_file()
        assert path.read_text(encoding="utf-8") == load(explainer)


def test_markdown_title_strips_markup_and_is_empty_without_a_heading() -> None:
    assert markdown_title("intro\n\n## *Why* it **helps** ##\n# Later") == "Why it helps"
    assert markdown_title("no heading here\n#hashtag") == ""


# --- plain text for the terminal ----------------------------------------------------------


@pytest.mark.parametrize("explainer", EXPLAINERS)
def test_plain_text_is_readable_in_a_terminal(explainer: str) -> None:
    text = as_plain_text(load(explainer))
    lines = text.splitlines()
    assert lines[0] == title(explainer)
    assert lines[1] == "=" * len(title(explainer))
    assert max(len(line) for line in lines) <= explainers.WIDTH
    for noise in ("**", "*", "#", "`", "]("):
        assert noise not in text
    assert "  - " in text
    assert "\n\n\n" not in text
    assert text == text.strip(), "print() adds the one newline at the end"
    assert "breathe is educational" in text
    assert words(text) == words(load(explainer)), "no words lost or added"


def test_plain_text_headings_lists_and_inline_markup() -> None:
    markdown = (
        "# Title\n"
        "Intro with **bold**, *italic*, __strong__, _soft_, `code`, a \\*star\\* and\n"
        "a [link](https://example.org).\n"
        "\n"
        "## Part two\n"
        "\n"
        "1. first step that is long enough to wrap onto a second line of the output\n"
        "2) second\n"
        "* starred item\n"
        "  continued here\n"
        "\n"
        "After the list, snake_case stays."
    )
    assert as_plain_text(markdown, width=40) == (
        "Title\n"
        "=====\n"
        "\n"
        "Intro with bold, italic, strong, soft,\n"
        "code, a *star* and a link\n"
        "(https://example.org).\n"
        "\n"
        "Part two\n"
        "--------\n"
        "\n"
        "  1. first step that is long enough to\n"
        "     wrap onto a second line of the\n"
        "     output\n"
        "  2) second\n"
        "  - starred item continued here\n"
        "\n"
        "After the list, snake_case stays."
    )


def test_a_translation_cites_the_english_titles_marked_as_english() -> None:
    for lang in LANGUAGES[1:]:
        for explainer in EXPLAINERS:
            line = next(line for line in load(explainer, lang).splitlines() if cited_titles(line))
            # "**Quellen:**" in bold, then each title in italics
            assert (line.count("*") - 4) // 2 == len(cited_titles(line))
            marker = {"de": "(englisch)", "es": "(en inglés)", "fr": "(en anglais)"}[lang]
            assert line.count(marker) == len(cited_titles(line))


def test_a_language_without_its_own_explainer_reads_the_english_one() -> None:
    assert load("grounding", "fi") == load("grounding", "en")
    assert explainers.path_for("grounding", "de").parent.name == "de"
