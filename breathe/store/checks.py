"""Checks several store modules share, and how a refused value is shown in a message."""

from __future__ import annotations

import re
from typing import TypeGuard

#: a practice or preset id as breathe spells them: breathing, box, 4-7-8, extended-exhale
PRACTICE_ID = re.compile(r"[a-z0-9][a-z0-9-]{0,39}")


def is_practice_id(value: object) -> TypeGuard[str]:
    return isinstance(value, str) and PRACTICE_ID.fullmatch(value) is not None


def shown(value: object, limit: int = 40) -> str:
    """``repr(value)`` on one line, cut to ``limit`` characters."""
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."
