"""The pain map: which muscle groups relaxation treats gently or leaves out."""

from __future__ import annotations

import copy
import logging
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any, ClassVar

from breathe.language import N_, gettext
from breathe.store.atomic import Unreadable
from breathe.store.config_file import ConfigFile
from breathe.store.errors import ConfigError

log = logging.getLogger(__name__)

LEVELS = ("normal", "gentle", "skip")
#: a group id as docs/contract.md "Muscle groups" spells it: hand, upper-arm, right-thigh...
GROUP_ID = re.compile(r"(?:left-|right-)?[a-z]+(?:-[a-z]+)*")


class PainMap(ConfigFile):
    """``{group_id: "normal" | "gentle" | "skip"}``; a group not listed is normal.

    An entry this version cannot use (a newer breathe's level, say) is kept as it was in
    the file and written back, until the person sets that group here.
    """

    UNREADABLE: ClassVar[Unreadable] = Unreadable(
        N_(
            "Your pain map could not be read, so breathe treats every area as usual; "
            "the old file is kept at {kept}."
        ),
        N_(
            "Your pain map could not be read, so breathe treats every area as usual; "
            "the file is left as it was at {path}."
        ),
    )
    FILE_NAME: ClassVar[str] = "painmap.json"

    def __init__(self, regions: Mapping[str, str] | None = None) -> None:
        """Raises ``ConfigError`` for an unknown group id or level."""
        self.path: Path | None = None
        self.notice: str | None = None
        self._regions: dict[str, str] = {}
        self._unread: dict[str, Any] = {}
        for group, level in (regions or {}).items():
            self.set(group, level)

    @property
    def regions(self) -> dict[str, str]:
        """The groups that are not normal, with their level."""
        return dict(self._regions)

    def level(self, group: str) -> str:
        return self._regions.get(group, "normal")

    def set(self, group: str, level: str) -> None:
        """Treat ``group`` at ``level``; raises ``ConfigError`` for a bad id or level."""
        if not isinstance(group, str) or not GROUP_ID.fullmatch(group):
            message = gettext("{group} is not a muscle group, e.g. right-hand or neck")
            raise ConfigError(message.format(group=repr(group)))
        if level not in LEVELS:
            # Translators: normal, gentle and skip are the levels as a settings file writes them
            message = gettext("{level} is not a pain-map level: normal, gentle or skip")
            raise ConfigError(message.format(level=repr(level)))
        self._unread.pop(group, None)
        if level == "normal":
            self._regions.pop(group, None)
        else:
            self._regions[group] = level

    def gentle(self) -> frozenset[str]:
        return frozenset(g for g, v in self._regions.items() if v == "gentle")

    def skipped(self) -> frozenset[str]:
        return frozenset(g for g, v in self._regions.items() if v == "skip")

    def clear(self) -> None:
        self._regions.clear()

    @classmethod
    def from_json(cls, data: Mapping[str, Any], *, strict: bool = False) -> PainMap:
        """A pain map from JSON; an invalid entry raises with ``strict``, else it is kept
        aside (unused) to be written back as it was."""
        pain_map = cls()
        for group, level in data.items():
            try:
                pain_map.set(group, level)
            except ConfigError:
                if strict:
                    raise
                pain_map._unread[group] = copy.deepcopy(level)
                log.warning("pain map: an entry breathe cannot use is kept as it is")
        return pain_map

    def keep_unread_of(self, other: PainMap) -> None:
        """Keep the entries ``other`` could not use, except for groups set here."""
        for group, level in other._unread.items():
            if group not in self._regions:
                self._unread[group] = copy.deepcopy(level)

    def to_json(self) -> dict[str, Any]:
        return dict(sorted(self._regions.items()))

    def to_file(self) -> dict[str, Any]:
        return dict(sorted({**copy.deepcopy(self._unread), **self._regions}.items()))
