"""What one session will be, decided from the request and the person's settings.

``setup_for`` turns a ``LaunchRequest`` into a ``SessionSetup`` with everything in memory
(the settings and the pain map the shell holds): the plan, shaped by the pain map, the
dominant side and a flare day, and the voice, sounds and pacing the request leaves to the
settings. Nothing here touches the disk or Qt.
"""

from __future__ import annotations

from breathe.engine.planning import Personal, plan_for
from breathe.engine.practices.catalog import resolve
from breathe.engine.practices.steps import Plan
from breathe.launch import LaunchRequest
from breathe.store.painmap import PainMap
from breathe.store.settings import Settings


class SessionSetup:
    """Everything one session needs to know, decided before it starts.

    A plain class, not a dataclass: it is made on the way to the first breath, and a
    dataclass writes and compiles its methods when it is defined.

    Attributes:
        request: what was asked (practice, options, presenter, private...).
        plan: the timeline, already shaped by the person's pain map, side and flare day.
        voice_on, sounds_on, self_paced: the request's choice, else the setting.
        voice_name, voice_rate: the voice and words a minute it speaks with (a programme's
            own, else the setting's).
        pacer_style, reduced_motion, keep_notes: the person's settings.
        offer_explainer: offer "why this helps" in the lead-in (a practice still new).
        presenter_screen: the setting's screen for presenter mode (counted from 1).
    """

    __slots__ = (
        "keep_notes",
        "offer_explainer",
        "pacer_style",
        "plan",
        "presenter_screen",
        "reduced_motion",
        "request",
        "self_paced",
        "sounds_on",
        "voice_name",
        "voice_on",
        "voice_rate",
    )

    def __init__(
        self,
        request: LaunchRequest,
        plan: Plan,
        *,
        voice_on: bool,
        sounds_on: bool,
        self_paced: bool,
        pacer_style: str = "circle",
        reduced_motion: bool = False,
        keep_notes: bool = False,
        offer_explainer: bool = False,
        presenter_screen: int = 2,
        voice_name: str | None = None,
        voice_rate: int = 150,
    ) -> None:
        self.request = request
        self.plan = plan
        self.voice_on = voice_on
        self.sounds_on = sounds_on
        self.self_paced = self_paced
        self.pacer_style = pacer_style
        self.reduced_motion = reduced_motion
        self.keep_notes = keep_notes
        self.offer_explainer = offer_explainer
        self.presenter_screen = presenter_screen
        self.voice_name = voice_name
        self.voice_rate = voice_rate

    @property
    def practice(self) -> str:
        return self.plan.practice

    @property
    def private(self) -> bool:
        """Private sessions write nothing; presenter mode is private unless it records."""
        return self.request.private or (self.request.presenter and not self.request.record)


def personal(settings: Settings, pain_map: PainMap) -> Personal:
    """What shapes the person's plans: their pain map, dominant side and flare day."""
    return Personal(pain_map.regions, settings.dominant_side, settings.flare_day)


def setup_for(request: LaunchRequest, settings: Settings, pain_map: PainMap) -> SessionSetup:
    """The session ``request`` asks for, with the person's settings filled in.

    Raises:
        PracticeError: the request's practice or options are not valid.
    """
    assert request.practice is not None
    s = settings
    plan = plan_for(request.practice, request.options, personal(settings, pain_map))
    practice, _preset = resolve(request.practice)
    return SessionSetup(
        request=request,
        plan=plan,
        voice_on=s.voice if request.voice is None else request.voice,
        sounds_on=s.sounds if request.sounds is None else request.sounds,
        self_paced=s.grounding_self_paced if request.self_paced is None else request.self_paced,
        pacer_style=s.pacer_style,
        reduced_motion=s.reduced_motion,
        keep_notes=s.keep_notes,
        offer_explainer=s.show_explainers and practice not in s.seen_explainers,
        presenter_screen=s.presenter_screen,
        voice_name=s.voice_name if request.voice_name is None else request.voice_name,
        voice_rate=s.voice_rate if request.voice_rate is None else request.voice_rate,
    )
