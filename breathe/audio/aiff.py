"""AIFF to WAV, for speech rendered on macOS (no Qt here).

NSSpeechSynthesizer writes AIFF whatever the file is called, and Qt's sound effects play
WAV only, so a cue rendered there is converted before it goes into the speech cache.
Uncompressed AIFF and AIFF-C (``NONE``, ``twos``, ``sowt``) with 8 to 32-bit samples are
read; anything else is reported as a ``ValueError``.
"""

from __future__ import annotations

import array
import math
import struct
import wave
from pathlib import Path

#: AIFF-C compression types that hold plain integer samples (``sowt``: little-endian)
PLAIN = (b"NONE", b"twos", b"sowt")


def aiff_to_wav(source: Path, target: Path) -> None:
    """Write the samples of the AIFF file ``source`` to ``target`` as a WAV file."""
    data = source.read_bytes()
    if len(data) < 12 or data[:4] != b"FORM" or data[8:12] not in (b"AIFF", b"AIFC"):
        raise ValueError(f"{source.name} is not an AIFF file")
    chunks = dict(_chunks(data, 12))
    if b"COMM" not in chunks or b"SSND" not in chunks:
        raise ValueError(f"{source.name} has no sound")
    comm = chunks[b"COMM"]
    channels, frames, bits = struct.unpack(">hIh", comm[:8])
    rate = _extended(comm[8:18])
    compression = comm[18:22] if data[8:12] == b"AIFC" else b"NONE"
    width = (bits + 7) // 8
    if compression not in PLAIN or not 1 <= width <= 4 or channels < 1 or rate <= 0:
        raise ValueError(f"{source.name}: unsupported AIFF ({compression!r}, {bits}-bit)")
    ssnd = chunks[b"SSND"]
    offset = struct.unpack(">I", ssnd[:4])[0]
    samples = ssnd[8 + offset : 8 + offset + frames * channels * width]
    if compression != b"sowt":  # big-endian in the file, little-endian in a WAV
        samples = _swap(samples, width)
    if width == 1:  # AIFF's 8-bit samples are signed, WAV's unsigned
        samples = bytes((b + 128) & 0xFF for b in samples)
    with wave.open(str(target), "wb") as out:
        out.setnchannels(channels)
        out.setsampwidth(width)
        out.setframerate(round(rate))
        out.writeframes(samples)


def _chunks(data: bytes, start: int) -> list[tuple[bytes, bytes]]:
    found = []
    at = start
    while at + 8 <= len(data):
        kind, size = data[at : at + 4], struct.unpack(">I", data[at + 4 : at + 8])[0]
        found.append((kind, data[at + 8 : at + 8 + size]))
        at += 8 + size + (size & 1)  # chunks are padded to an even length
    return found


def _extended(raw: bytes) -> float:
    """An IEEE 754 80-bit extended number (AIFF's sample rate)."""
    exponent, mantissa = struct.unpack(">HQ", raw)
    sign = -1 if exponent & 0x8000 else 1
    exponent &= 0x7FFF
    if exponent == 0 and mantissa == 0:
        return 0.0
    return sign * math.ldexp(mantissa, exponent - 16383 - 63)


def _swap(samples: bytes, width: int) -> bytes:
    if width == 1:
        return samples
    if width in (2, 4):
        words = array.array("h" if width == 2 else "i")
        words.frombytes(samples[: len(samples) - len(samples) % width])
        words.byteswap()
        return words.tobytes()
    usable = len(samples) - len(samples) % width
    return b"".join(samples[i : i + width][::-1] for i in range(0, usable, width))
