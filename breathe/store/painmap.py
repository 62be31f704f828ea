"""The pain map: which muscle groups relaxation treats gently or leaves out."""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any, ClassVar

from breathe.store.config_file import ConfigFile
from breathe.store.errors import ConfigError

log = logging.getLogger(__name__)

LEVELS = ("normal", "gentle", "skip")
#: a group id as docs/contract.md "Muscle groups" spells it: hand, upper-arm, right-thigh...
GROUP_ID = re.compile(r"(?:left-|right-)?[a-z]+(?:-[a-z]+)*")


class PainMap(ConfigFile):
    """``{group_id: "normal" | "gentle" | "skip"}``; a group not listed is normal."""

    WHAT: ClassVar[str] = "pain map"
    FILE_NAME: ClassVar[str] = "painmap.json"

    def __init__(self, regions: Mapping[str, str] | None = None) -> None:
        """Raises ``ConfigError`` for an unknown group id or level."""
        self.path: Path | None = None
        self.notice: str | None = None
        self._regions: dict[str, str] = {}
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
            raise ConfigError(f"{group!r} is not a muscle group, e.g. right-hand or neck")
        if level not in LEVELS:
            raise ConfigError(f"{level!r} is not a pain-map level: normal, gentle or skip")
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
        """A pain map from JSON; invalid entries raise with ``strict``, else are dropped."""
        pain_map = cls()
        for group, level in data.items():
            try:
                pain_map.set(group, level)
            except ConfigError as exc:
                if strict:
                    raise
                log.warning("pain map: %s; left out", exc)
        return pain_map

    def to_json(self) -> dict[str, Any]:
        return dict(sorted(self._regions.items()))
