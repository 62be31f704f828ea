"""The person's settings and pain map, held in memory while breathe runs, saved at once.

Reading never fails: a damaged file is set aside with one notice, and a configuration
folder that cannot be used gives the defaults (the line about unusable folders says so).
A save that fails is said once, never again in the same run. Nothing here is shown: the
shell passes changes on to the window.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication

from breathe.app.unusable import unusable_line
from breathe.i18n import fill
from breathe.paths import Locations
from breathe.store.painmap import PainMap
from breathe.store.settings import Settings

log = logging.getLogger(__name__)

PRACTICE_ORDER = ("breathing", "grounding", "relaxation")


class Preferences:
    """The settings and the pain map, with what is said about them.

    Args:
        locations: where the files live.
        unusable: folders that could not be made (``Locations.ensure``).
        notify: shows one calm line to the person (used when a save fails).

    Attributes:
        notices: lines to say once at start-up (unusable folders, a file set aside).
    """

    def __init__(
        self,
        locations: Locations,
        unusable: Mapping[str, OSError],
        notify: Callable[[str], None],
    ) -> None:
        self._locations = locations
        self._config_off = "config" in unusable
        self._notify = notify
        self._said_unsaved = False  # that settings could not be saved (once is enough)
        self.notices: list[str] = []
        line = unusable_line(dict(unusable))
        if line is not None:
            self.notices.append(line)
        if self._config_off:  # nothing to read there; the line says so
            self.settings, self.pain_map = Settings(), PainMap()
            self.settings.path = locations.settings
            return
        self.settings = Settings.load(locations.settings)
        self.pain_map = PainMap.load(locations.config / PainMap.FILE_NAME)
        self.notices += [n for n in (self.settings.notice, self.pain_map.notice) if n]

    def save(self) -> None:
        """Write the settings; a failure is logged, and said to the person once."""
        try:
            self.settings.save(self._locations.settings)
        except OSError as exc:
            log.warning("settings not saved: %s", exc)
            if not self._said_unsaved and not self._config_off:  # that line said it already
                self._said_unsaved = True
                line = QCoreApplication.translate(
                    "Preferences", "Your settings could not be saved: %1."
                )
                self._notify(fill(line, exc.strerror or exc))

    def remember_choice(self, practice: str, options: Mapping[str, object]) -> None:
        """A card's customised choice, kept for next time."""
        self.settings.remember_choice(practice, options)
        self.save()

    def mark_seen(self, explainer: str) -> bool:
        """Remember that ``explainer`` was read (or a first session done); True if new."""
        if explainer in self.settings.seen_explainers:
            return False
        self.settings.seen_explainers = [*self.settings.seen_explainers, explainer]
        self.save()
        return True

    def new_to(self) -> list[str]:
        """The practices the person has never read about nor done."""
        seen = set(self.settings.seen_explainers)
        return [p for p in PRACTICE_ORDER if p not in seen]

    def keep_your_pace(self, pace: float) -> None:
        """The pace marked easiest after resonance."""
        self.settings.your_pace = pace
        self.save()

    def set_flare_day(self, on: bool) -> bool:
        """A flare day on or off; True if that changed anything."""
        if self.settings.flare_day == on:
            return False
        self.settings.flare_day = on
        self.save()
        return True
