"""Every spoken cue is heard to its end before its step is over, at the default speaking
rate and at the slowest one Settings allows.

Each distinct cue of every plan below (every practice and preset, every grounding variant at
its default and quickest pace, every relaxation programme and side, gentle, partly skipped,
release-only and learning, breathing glides and re-plans) is rendered once per rate with the
real espeak-ng through pyttsx3, and its speech (up to its last sample above -40 dBFS; espeak
pads each file with a little silence, which cuts nothing off) is compared with the shortest
step it is said on. The budgets the engine plans with (``CUE_SECONDS`` for breathing,
``Sense.cue_seconds`` for grounding) are checked against the same measurements.
"""

from __future__ import annotations

import array
import contextlib
import itertools
import math
import sys
import wave
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

from breathe import language
from breathe.audio.speech import Voice
from breathe.audio.speech_cache import RenderSettings
from breathe.engine.cues import DEFAULT_VOICE_RATE, SLOWEST_VOICE_RATE
from breathe.engine.practices.breathing import PRESETS, breathing_plan
from breathe.engine.practices.breathing_presets import CUE_SECONDS
from breathe.engine.practices.breathing_replan import change_pace, gentler, resume_at_inhale
from breathe.engine.practices.grounding import MIN_PACE, VARIANTS, grounding_plan
from breathe.engine.practices.muscle_groups import PARTS, programme
from breathe.engine.practices.relaxation import PROGRAMMES, relaxation_plan
from breathe.engine.practices.steps import Plan

RATES = (DEFAULT_VOICE_RATE, SLOWEST_VOICE_RATE)
QUIET = 328  # -40 dBFS in 16-bit samples: below this, speech has ended
RENDER_WAIT = 120.0  # for a few hundred renders on a busy 2-core machine
ATTEMPTS = 3  # espeak now and then leaves an empty file: such a cue is rendered again


# -- the plans ---------------------------------------------------------------------------------
# A plan, and when it was re-planned: the step running then was cut short by the person's
# own action (Gentler, a pause), so its cue is not held to the step's new end.
Planned = tuple[Plan, float | None]


def breathing_plans() -> Iterator[Planned]:
    for preset in PRESETS:
        plans = [breathing_plan(preset=preset)]
        plans += [breathing_plan(preset=preset, from_bpm=rate) for rate in (12, 30)]
        plans.append(breathing_plan(preset=preset, minutes=0.5))
        for plan in plans:
            yield plan, None
            for step in plan.steps[::7]:  # re-planned at many points of the session
                now = step.start + step.duration / 2
                yield gentler(plan, now), now
                yield resume_at_inhale(plan, now), now
    for options in ({"bpm": 6.0}, {"pattern": "1-1"}, {"pattern": "1-0.5-1-0.5"}):
        plan = breathing_plan(**options)  # type: ignore[arg-type]
        yield plan, None
        yield change_pace(plan, plan.steps[5].start, 1.5), None


def grounding_plans() -> Iterator[Planned]:
    for variant in VARIANTS:
        for pace in (None, MIN_PACE):
            yield grounding_plan(variant=variant, pace=pace), None


def partly(parts: tuple[str, ...]) -> Iterator[tuple[str, ...]]:
    """Every way to skip some but not all of ``parts``."""
    for n in range(1, len(parts)):
        yield from itertools.combinations(parts, n)


def relaxation_plans() -> Iterator[Planned]:
    for groups, side, release_only, learning in itertools.product(
        PROGRAMMES, ("right", "left"), (False, True), (False, True)
    ):
        order = programme(groups, side)
        every = [p for gid in order for p in PARTS[gid]]
        options = {"groups": groups, "side": side, "release_only": release_only}
        yield relaxation_plan(**options, learning=learning), None  # type: ignore[arg-type]
        yield relaxation_plan(**options, learning=learning, gentle=every), None  # type: ignore[arg-type]
        if learning:  # the same words as without
            continue
        for gid in order:
            for skipped in partly(PARTS[gid]):
                yield relaxation_plan(**options, skip=skipped), None  # type: ignore[arg-type]


def shortest_steps(plans: Iterable[Planned]) -> dict[str, float]:
    """Each cue that is said, with the shortest step it is said on."""
    shortest: dict[str, float] = {}
    for plan, cut_at in plans:
        for step in plan.steps:
            if step.say and not (cut_at is not None and math.isclose(step.end, cut_at)):
                shortest[step.say] = min(shortest.get(step.say, step.duration), step.duration)
    return shortest


# -- rendering and measuring -------------------------------------------------------------------
def speech_seconds(path: Path) -> float:
    """How long the speech in a WAV lasts, up to its last sample that is not quiet."""
    with wave.open(str(path), "rb") as f:
        assert (f.getnchannels(), f.getsampwidth()) == (1, 2)
        rate = f.getframerate()
        samples = array.array("h", f.readframes(f.getnframes()))
    if sys.byteorder == "big":  # pragma: no cover - WAV data is little-endian
        samples.byteswap()
    end = len(samples)
    while end > 0:  # from the end, a block at a time (max and min run in C)
        block = samples[max(0, end - 512) : end]
        if max(block) > QUIET or min(block) < -QUIET:
            last = next(i for i in range(len(block) - 1, -1, -1) if abs(block[i]) > QUIET)
            return (end - len(block) + last + 1) / rate
        end -= len(block)
    return 0.0


def render_all(texts: list[str], folder: Path, lang: str) -> dict[int, dict[str, float]]:
    """Seconds of speech of each text at each rate, each rendered once, in ``lang``'s voice."""
    voice = Voice(cache_dir=folder, settings=RenderSettings(rate=RATES[0], language=lang))
    try:
        assert voice.wait_started(RENDER_WAIT)
        if not voice.available:
            pytest.skip(f"no speech engine to measure cues with: {voice.unavailable_reason}")
        seconds: dict[int, dict[str, float]] = {}
        for rate in RATES:
            voice.configure(None, rate, RenderSettings().volume)
            for _ in range(ATTEMPTS):
                voice.prepare([t for t in texts if not voice.is_rendered(t)])
                assert voice.wait_idle(RENDER_WAIT)
            files = {t: voice.rendered_file(t) for t in texts}
            assert [t for t, f in files.items() if f is None] == [], "not rendered"
            seconds[rate] = {t: speech_seconds(f) for t, f in files.items() if f is not None}
        return seconds
    finally:
        voice.close()


@pytest.fixture(scope="session", params=language.available())
def lang(request: pytest.FixtureRequest) -> str:
    """Each language breathe speaks: German runs longer, so its cues are measured too."""
    return str(request.param)


@contextlib.contextmanager
def speaking(code: str) -> Iterator[None]:
    before = language.current()
    language.use(code)
    try:
        yield
    finally:
        language.use(before)


@pytest.fixture(scope="session")
def steps(lang: str) -> dict[str, float]:
    with speaking(lang):
        plans = itertools.chain(breathing_plans(), grounding_plans(), relaxation_plans())
        return shortest_steps(plans)


@pytest.fixture(scope="session")
def budgets(lang: str) -> dict[str, float]:
    """``CUE_SECONDS`` keyed by the cues as ``lang`` says them (every language keeps them)."""
    with speaking(lang):
        return {language.gettext(cue): seconds for cue, seconds in CUE_SECONDS.items()}


@pytest.fixture(scope="session")
def spoken(
    lang: str,
    steps: dict[str, float],
    budgets: dict[str, float],
    tmp_path_factory: pytest.TempPathFactory,
) -> dict[int, dict[str, float]]:
    texts = sorted({*steps, *budgets})
    return render_all(texts, tmp_path_factory.mktemp(f"speech-{lang}"), lang)


# -- the checks --------------------------------------------------------------------------------
def test_the_plans_cover_every_kind_of_cue(lang: str, steps: dict[str, float]) -> None:
    if lang != language.ENGLISH:
        pytest.skip("the words looked for are English; the plans are the same in every language")
    said = set(steps)
    assert set(CUE_SECONDS) <= said, "every breathing cue is said somewhere"
    assert any("still." in t for t in said), "partly skipped groups"
    assert any(t.startswith("Notice your") for t in said), "release-only"
    assert any("just a little" in t for t in said), "gentle groups"
    assert any(t.startswith("Another place you are held") for t in said), "3-3-3-still"
    assert len(steps) > 300


@pytest.mark.parametrize("rate", RATES)
def test_every_cue_ends_before_its_step_does(
    rate: int, steps: dict[str, float], spoken: dict[int, dict[str, float]]
) -> None:
    too_long = {
        text: f"{spoken[rate][text]:.2f} s in {seconds:g} s"
        for text, seconds in steps.items()
        if spoken[rate][text] > seconds
    }
    assert too_long == {}, "\n".join(f"{t}: {v}" for t, v in too_long.items())


@pytest.mark.parametrize("rate", RATES)
def test_breathing_cues_fit_their_budgets(
    rate: int, budgets: dict[str, float], spoken: dict[int, dict[str, float]]
) -> None:
    # the engine gives a cue only to a step at least as long as its budget, whatever
    # the pattern, glide or re-plan; so each budget must hold the cue
    over = {t: spoken[rate][t] for t, budget in budgets.items() if spoken[rate][t] > budget}
    assert over == {}


def test_the_slowest_rate_is_slower_in_every_cue(spoken: dict[int, dict[str, float]]) -> None:
    # a check on the measurement itself: the rate really reached espeak
    fast, slow = spoken[DEFAULT_VOICE_RATE], spoken[SLOWEST_VOICE_RATE]
    assert all(slow[t] > fast[t] for t in fast)


@pytest.mark.parametrize(
    ("samples", "seconds"),
    [
        ([0] * 100 + [5000] * 400 + [200] * 1500, 0.5),
        ([0] * 100 + [-5000] * 1200 + [-300] * 700, 1.3),
        ([0] * 2000, 0.0),
    ],
)
def test_speech_seconds_ignores_the_silence_after_the_words(
    tmp_path: Path, samples: list[int], seconds: float
) -> None:
    path = tmp_path / "cue.wav"
    with wave.open(str(path), "wb") as f:
        f.setnchannels(1)
        f.setsampwidth(2)
        f.setframerate(1000)
        f.writeframes(array.array("h", samples).tobytes())
    assert speech_seconds(path) == pytest.approx(seconds)
