"""Rendered speech on disk: one WAV per (text, voice, rate, volume), written atomically."""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from breathe.language import base
from breathe.paths import ensure_private_dir

log = logging.getLogger(__name__)

#: bump when the way speech is rendered changes, so old files are not reused
FORMAT_VERSION = 1
#: rendered cues kept on disk; a session uses a few dozen at most
KEEP_FILES = 400


def _language_in_force() -> str:
    return base()


@dataclass(frozen=True)
class RenderSettings:
    """How a cue is spoken: engine voice id (``None``: the language's voice, else the
    engine's default), words/min, 0-1, and the language (``de``; default: the one in force).
    """

    voice_id: str | None = None
    rate: int = 150
    volume: float = 1.0
    language: str = field(default_factory=_language_in_force)

    def key(self, text: str) -> str:
        """A file-name-safe key for ``text`` spoken with these settings.

        The language is part of it: the same letters ("Hand") sound different in German.
        """
        import hashlib  # only once a voice speaks: it loads OpenSSL, ~3 MiB of memory

        blob = json.dumps(
            [FORMAT_VERSION, text, self.voice_id, self.rate, round(self.volume, 3), self.language],
            ensure_ascii=False,
        )
        return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:32]


class RenderError(Exception):
    """The engine did not produce a usable WAV."""


def wav_seconds(path: Path) -> float:
    """Length of a WAV file in seconds; raises ``RenderError`` if it is not a usable WAV."""
    import wave  # only once speech is rendered or played from the cache

    try:
        with wave.open(str(path), "rb") as f:
            frames, rate = f.getnframes(), f.getframerate()
    except (OSError, EOFError, wave.Error) as exc:
        # never the file's name: it is a hash of the words, and says what a session spoke
        raise RenderError(f"the rendered file is not a WAV file: {exc}") from exc
    if frames == 0 or rate <= 0:
        raise RenderError("the rendered file holds no sound")
    return frames / rate


class SpeechCache:
    """A folder of rendered cues, named by ``RenderSettings.key``.

    Args:
        folder: where new renders go.
        shared: a cache to look in as well, never written to (a private session reads the
            person's usual cache, and leaves nothing in it).
    """

    def __init__(self, folder: Path, shared: SpeechCache | None = None) -> None:
        self.folder = folder
        self.shared = shared

    def path_for(self, key: str) -> Path:
        return self.folder / f"{key}.wav"

    def lookup(self, key: str) -> Path | None:
        """The rendered file for ``key`` if it exists and is a non-empty WAV."""
        path = self.path_for(key)
        if not path.is_file():
            return None if self.shared is None else self.shared.lookup(key)
        try:
            wav_seconds(path)
        except RenderError:
            log.info("Discarding an unusable rendered cue %s", path.name)
            path.unlink(missing_ok=True)
            return None
        return path

    def store(self, key: str, render: Callable[[Path], None]) -> Path:
        """Let ``render`` write a temporary file, check it, then move it into place atomically.

        Raises:
            RenderError: ``render`` wrote nothing usable (the temporary file is removed).
        """
        ensure_private_dir(self.folder)
        final = self.path_for(key)
        tmp = self.folder / f".{key}.{os.getpid()}.tmp.wav"
        try:
            render(tmp)
            wav_seconds(tmp)
            tmp.chmod(0o600)  # like every file breathe writes: the user's only
            tmp.replace(final)
        finally:
            tmp.unlink(missing_ok=True)
        return final

    def prune(self, keep: int = KEEP_FILES) -> int:
        """Delete the oldest rendered files beyond ``keep``; returns how many went.

        A folder that cannot be read (not made yet, or unusable) has nothing to prune.
        """
        try:
            files = sorted(self.folder.glob("*.wav"), key=_mtime)
        except OSError:
            return 0
        extra = files[: max(0, len(files) - keep)]
        for path in extra:
            path.unlink(missing_ok=True)
        return len(extra)


def _mtime(path: Path) -> float:
    """Modification time, or 0 for a file that vanished or cannot be read (pruned first)."""
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0
