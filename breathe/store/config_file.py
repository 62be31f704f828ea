"""Loading and saving one JSON object file in the config folder, the same way for all."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Mapping
from pathlib import Path
from typing import Any, ClassVar, TypeVar

from breathe.paths import locations
from breathe.store.atomic import Unreadable, read_json_or_set_aside, write_json_atomic

C = TypeVar("C", bound="ConfigFile")


class ConfigFile(ABC):
    """A mixin: ``load`` survives a corrupt file (set aside, ``notice``); ``save`` is atomic.

    Subclasses name their file and contents and convert to and from JSON; ``from_json``
    with ``strict=False`` drops what is not valid (logged), with ``strict=True`` raises
    ``ConfigError`` naming the first problem.
    """

    UNREADABLE: ClassVar[Unreadable]
    FILE_NAME: ClassVar[str]
    path: Path | None
    notice: str | None

    @classmethod
    def default_path(cls) -> Path:
        return locations().config / cls.FILE_NAME

    @classmethod
    @abstractmethod
    def from_json(cls: type[C], data: Mapping[str, Any], *, strict: bool = False) -> C:
        """Build from the file's JSON object."""

    @abstractmethod
    def to_json(self) -> dict[str, Any]:
        """What this version uses, as a JSON object."""

    @abstractmethod
    def to_file(self) -> dict[str, Any]:
        """The JSON object to write: ``to_json`` plus anything read that this version could
        not use, kept as it was (a newer breathe's keys and values are never dropped)."""

    @classmethod
    def load(cls: type[C], path: Path | None = None) -> C:
        """Read ``path`` (default: the usual file); defaults when missing or unreadable."""
        path = path if path is not None else cls.default_path()
        data, notice = read_json_or_set_aside(path, unreadable=cls.UNREADABLE, expect=dict)
        loaded = cls.from_json(data if isinstance(data, dict) else {})
        loaded.path = path
        loaded.notice = notice
        return loaded

    def save(self, path: Path | None = None) -> None:
        """Write atomically to ``path`` (default: where it was loaded from, or the usual file).

        Raises:
            OSError: it could not be written; the previous file is left as it was.
        """
        target = path or self.path or self.default_path()
        write_json_atomic(target, self.to_file())
        self.path = target
