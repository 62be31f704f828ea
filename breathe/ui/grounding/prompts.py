"""What the grounding card says for each step: a heading and a gentle detail line.

The engine's prompts and suggestions in the language the plan was made in, and the card's
own words (section names, details) marked here and translated in GroundingCard's context.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from breathe import language
from breathe.engine.practices.grounding import VARIANTS, Sense, item_slots
from breathe.engine.practices.steps import Plan
from breathe.i18n import QT_TRANSLATE_NOOP, fill

# English, marked for translation here and translated where shown (GroundingCard's context)
SECTION_NAMES = {
    "see": QT_TRANSLATE_NOOP("GroundingCard", "See"),
    "hear": QT_TRANSLATE_NOOP("GroundingCard", "Hear"),
    "move": QT_TRANSLATE_NOOP("GroundingCard", "Move"),
    "touch": QT_TRANSLATE_NOOP("GroundingCard", "Touch"),
    "smell": QT_TRANSLATE_NOOP("GroundingCard", "Smell"),
    "taste": QT_TRANSLATE_NOOP("GroundingCard", "Taste"),
}
#: a gentle second line where the practice gives no suggestion of its own
DETAILS = {
    "intro": QT_TRANSLATE_NOOP(
        "GroundingCard", "One thing at a time. There's no hurry, and no wrong answer."
    ),
    "see": QT_TRANSLATE_NOOP("GroundingCard", "Its colour, its shape, one small detail."),
    "hear": QT_TRANSLATE_NOOP("GroundingCard", "Near or far, loud or very quiet."),
    "touch": QT_TRANSLATE_NOOP("GroundingCard", "Your clothes, the chair, the air on your skin."),
    "smell": QT_TRANSLATE_NOOP("GroundingCard", "Or a smell you like to remember."),
    "taste": QT_TRANSLATE_NOOP("GroundingCard", "Or simply notice your mouth, just as it is."),
    "outro": QT_TRANSLATE_NOOP(
        "GroundingCard", "In gently… and a long, soft breath out. You are here, right now."
    ),
}
COMFORT = QT_TRANSLATE_NOOP("GroundingCard", "Only as much as feels comfortable.")


def tr_card(text: str) -> str:
    """``text`` (marked above) translated in the card's context; empty stays empty."""
    return QCoreApplication.translate("GroundingCard", text) if text else ""


def _sense(variant: object, kind: str) -> Sense | None:
    chosen = VARIANTS.get(variant) if isinstance(variant, str) else None
    if chosen is None:
        return None
    return next((s for s in chosen.senses if s.kind == kind), None)


def prompt_for(plan: Plan, index: int) -> tuple[str, str]:
    """The heading and the gentle detail line shown for step ``index`` of ``plan``."""
    step = plan.steps[index]
    sense = _sense(plan.options.get("variant"), step.kind)
    if sense is None:
        return step.label, tr_card(DETAILS.get(step.kind, ""))
    # the engine's words, in the language the plan was made in
    prompt = language.gettext(sense.prompt)
    if prompt[-1:] not in (".", "?", "!"):
        prompt += "."
    heading = f"{language.gettext(sense.opener)}\n{prompt}"  # two calm lines, never a lone word
    slot, _count = item_slots(plan, index)
    if not sense.suggestions:
        return heading, tr_card(DETAILS.get(step.kind, ""))
    suggestion = language.gettext(sense.suggestions[(slot - 1) % len(sense.suggestions)])
    detail = fill(QCoreApplication.translate("GroundingCard", "Perhaps %1."), suggestion)
    if step.kind != "move":
        return heading, detail
    both = QCoreApplication.translate("GroundingCard", "%1 %2", "a suggestion, then COMFORT")
    return heading, fill(both, detail, tr_card(COMFORT))
