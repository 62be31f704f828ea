"""The practices breathe offers, their options, and one entry point to build any plan."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from breathe.engine.practices.errors import PracticeError
from breathe.engine.practices.steps import Plan
from breathe.language import N_, gettext

Replanner = Callable[[Plan, float], Plan]


@dataclass(frozen=True)
class Practice:
    """One practice as the home screen and ``breathe list`` show it.

    ``title_id`` and ``summary_id`` are English message ids; ``title`` and ``summary`` are
    in the language in force.
    """

    id: str
    title_id: str
    summary_id: str
    options: frozenset[str]
    example: str

    @property
    def title(self) -> str:
        return gettext(self.title_id)

    @property
    def summary(self) -> str:
        return gettext(self.summary_id)


PRACTICES: dict[str, Practice] = {
    p.id: p
    for p in (
        Practice(
            "breathing",
            N_("Paced breathing"),
            N_("Follow a gentle rhythm: slower, not deeper. Coherent breathing by default."),
            frozenset({"pattern", "bpm", "ratio", "from_bpm", "minutes", "cycles"}),
            "breathe start breathing --pattern 4-6",
        ),
        Practice(
            "grounding",
            N_("3-3-3 grounding"),
            N_("Come back to the room: three things you see, three you hear, three you move."),
            frozenset({"variant", "pace"}),
            "breathe start grounding --variant 5-4-3-2-1",
        ),
        Practice(
            "relaxation",
            N_("Muscle relaxation"),
            N_("Tense gently and let go, group by group; release-only for painful days."),
            frozenset({"groups", "release_only", "learning", "gentle", "skip", "side"}),
            "breathe start relaxation --groups 7 --skip left-hand",
        ),
    )
}

#: the command-line spelling of each option, for messages
FLAGS: dict[str, str] = {
    "pattern": "--pattern",
    "bpm": "--bpm",
    "ratio": "--ratio",
    "from_bpm": "--from-bpm",
    "minutes": "--minutes",
    "cycles": "--cycles",
    "variant": "--variant",
    "pace": "--pace",
    "groups": "--groups",
    "release_only": "--release-only",
    "learning": "--learning",
    "gentle": "--gentle",
    "skip": "--skip",
    "side": "--side",
}


def presets() -> dict[str, str]:
    """Breathing preset names with their one-line descriptions."""
    from breathe.engine.practices.breathing import PRESETS

    return {name: p.description for name, p in PRESETS.items()}


def resolve(name: str) -> tuple[str, str | None]:
    """``box`` -> ("breathing", "box"); ``grounding`` -> ("grounding", None)."""
    if name in PRACTICES:
        return name, None
    from breathe.engine.practices.breathing import PRESETS

    if name in PRESETS:
        return "breathing", name
    message = gettext(
        "unknown practice {name}: choose breathing, grounding or relaxation, "
        "or a breathing preset ({presets}), e.g. breathe start box"
    )
    raise PracticeError(message.format(name=repr(name), presets=", ".join(PRESETS)))


def build_plan(
    name: str,
    options: Mapping[str, Any],
    *,
    pain_map: Mapping[str, str] | None = None,
    side: str = "right",
) -> Plan:
    """Build the plan for practice or preset ``name`` with ``options``.

    ``options`` holds the option names of ``FLAGS``; ``None`` and ``False`` mean "not
    given". ``pain_map`` and ``side`` are the person's saved choices for relaxation;
    explicit options win over them.

    Raises:
        PracticeError: unknown practice, an option that does not apply, or bad values.
    """
    practice, preset = resolve(name)
    given = {k: v for k, v in options.items() if v is not None and v is not False}
    unknown = sorted(set(given) - set(FLAGS))
    if unknown:
        raise PracticeError(gettext("unknown option {name}").format(name=repr(unknown[0])))
    allowed = PRACTICES[practice].options
    stray = sorted(k for k in given if k not in allowed)
    if stray:
        message = gettext("{flag} does not apply to {practice}, e.g. {example}")
        example = PRACTICES[practice].example
        raise PracticeError(
            message.format(flag=FLAGS[stray[0]], practice=practice, example=example)
        )
    if practice == "breathing":
        from breathe.engine.practices.breathing import breathing_plan

        return breathing_plan(preset=preset, **given)
    if practice == "grounding":
        from breathe.engine.practices.grounding import grounding_plan

        return grounding_plan(**given)
    from breathe.engine.practices.relaxation import apply_pain_map, parse_groups, relaxation_plan

    gentle = parse_groups(given.pop("gentle")) if "gentle" in given else frozenset()
    skip = parse_groups(given.pop("skip")) if "skip" in given else frozenset()
    gentle, skip = apply_pain_map(pain_map or {}, gentle, skip)
    given.setdefault("side", side)
    return relaxation_plan(gentle=gentle, skip=skip, **given)


@dataclass(frozen=True)
class RunnerPolicy:
    """How a SessionRunner walks a practice: self-paced kinds and the resume rule."""

    gated_kinds: frozenset[str]
    on_resume: Replanner | None


def runner_policy(plan: Plan, *, self_paced: bool = True) -> RunnerPolicy:
    """Grounding waits for the person at each item; breathing resumes at an inhale."""
    if plan.practice == "grounding":
        from breathe.engine.practices.grounding import SELF_PACED_KINDS

        return RunnerPolicy(SELF_PACED_KINDS if self_paced else frozenset(), None)
    if plan.practice == "breathing":
        from breathe.engine.practices.breathing import resume_at_inhale

        return RunnerPolicy(frozenset(), resume_at_inhale)
    return RunnerPolicy(frozenset(), None)
