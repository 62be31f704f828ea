"""The commands that print and need no window: ``plan``, ``list`` and ``explain``."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Mapping
from typing import Any

from breathe.cli.parser import practice_options
from breathe.engine.planning import Personal, plan_for
from breathe.engine.practices.catalog import resolve
from breathe.engine.practices.steps import Plan
from breathe.language import gettext, ngettext


def saved_personal() -> Personal:
    """The person's saved pain map, dominant side and flare day (defaults when none)."""
    from breathe.store.painmap import PainMap
    from breathe.store.settings import Settings

    settings = Settings.load()
    return Personal(PainMap.load().regions, settings.dominant_side, settings.flare_day)


def make_plan(name: str, options: Mapping[str, Any]) -> Plan:
    """The plan for ``name`` as a session would run it (only relaxation reads the files)."""
    personal = saved_personal() if resolve(name)[0] == "relaxation" else None
    return plan_for(name, options, personal)


def notice(plan: Plan) -> None:
    """One line on stderr when the plan is not quite what was asked (4-7-8's limit)."""
    from breathe.engine.practices.breathing import cap_notice

    text = cap_notice(plan)
    if text:
        print(f"breathe: {text}", file=sys.stderr)


def plan(args: argparse.Namespace) -> int:
    plan = make_plan(args.practice, practice_options(args))
    notice(plan)
    if args.json:
        print(json.dumps(plan.to_json(), indent=1, ensure_ascii=False))
        return 0
    title = plan.practice if plan.preset is None else f"{plan.practice} ({plan.preset})"
    steps = ngettext("{count} step", "{count} steps", len(plan.steps)).format(count=len(plan.steps))
    # Translators: the first line of `breathe plan`: "breathing (box): 63 steps, 4:03"
    head = gettext("{title}: {steps}, {length}")
    print(head.format(title=title, steps=steps, length=_clock(plan.total_seconds)))
    for s in plan.steps:
        group = f"  [{s.group}]" if s.group else ""
        print(f"{_clock(s.start):>8}  {s.duration:6.1f}s  {s.kind:<8} {s.label}{group}")
    return 0


def _clock(seconds: float) -> str:
    m, s = divmod(round(seconds), 60)
    return f"{m}:{s:02d}"


def list_practices() -> int:
    from breathe.engine.practices.catalog import PRACTICES, presets
    from breathe.engine.resonance_finder import YOUR_PACE, your_pace_line
    from breathe.store.settings import Settings

    pace = Settings.load().your_pace  # marked after a resonance session, if ever
    for p in PRACTICES.values():
        print(f"{p.id:<17} {p.title}: {p.summary}")
        if p.id == "breathing":
            for name, description in presets().items():
                print(f"  {name:<15} {description}")
            if pace is not None:
                print(f"  {gettext(YOUR_PACE):<15} {your_pace_line(pace)}")
    return 0


def explain(name: str) -> int:
    from breathe.engine import explainers

    text = explainers.load(explainers.explainer_id(name))
    print(explainers.as_plain_text(text))
    return 0
