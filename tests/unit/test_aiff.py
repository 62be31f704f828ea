"""macOS renders speech as AIFF: it is turned into a WAV with exactly the same samples.

Reference files are made, and read back as raw little-endian samples, by sox (apt).
"""

from __future__ import annotations

import shutil
import subprocess
import wave
from pathlib import Path

import pytest

from breathe.audio.aiff import aiff_to_wav

pytestmark = pytest.mark.skipif(shutil.which("sox") is None, reason="needs sox (apt)")


def sox(*args: str) -> None:
    subprocess.run(["sox", *args], check=True, capture_output=True)


@pytest.mark.parametrize(
    ("name", "channels", "bits"),
    [
        ("speech.aiff", 1, 16),  # what NSSpeechSynthesizer writes
        ("stereo8.aiff", 2, 8),
        ("deep.aiff", 1, 24),
        ("compressed-none.aifc", 1, 16),
        ("wide.aiff", 1, 32),
    ],
)
def test_an_aiff_becomes_a_wav_with_the_same_samples(
    tmp_path: Path, name: str, channels: int, bits: int
) -> None:
    source = tmp_path / name
    sox("-n", "-r", "22050", "-c", str(channels), "-b", str(bits), str(source), "synth", "0.3",
        "sine", "440", "sine", "523")  # fmt: skip
    target = tmp_path / "out.wav"
    aiff_to_wav(source, target)
    raw = tmp_path / "reference.raw"
    encoding = "unsigned" if bits == 8 else "signed"  # WAV's 8-bit samples are unsigned
    sox(str(source), "-t", "raw", "-e", encoding, "-b", str(bits), "-L", str(raw))
    with wave.open(str(target)) as out:
        assert (out.getnchannels(), out.getsampwidth(), out.getframerate()) == (
            channels,
            bits // 8,
            22050,
        )
        assert out.getnframes() == int(22050 * 0.3)
        assert out.readframes(out.getnframes()) == raw.read_bytes()


def test_a_file_that_is_not_aiff_is_refused(tmp_path: Path) -> None:
    wav = tmp_path / "already.wav"
    sox("-n", "-r", "22050", str(wav), "synth", "0.1", "sine", "440")
    with pytest.raises(ValueError, match="not an AIFF"):
        aiff_to_wav(wav, tmp_path / "out.wav")


def test_an_aiff_without_sound_or_with_compressed_sound_is_refused(tmp_path: Path) -> None:
    source = tmp_path / "speech.aiff"
    sox("-n", "-r", "22050", "-b", "16", str(source), "synth", "0.1", "sine", "440")
    data = source.read_bytes()
    header_only = tmp_path / "empty.aiff"
    header_only.write_bytes(data[:12])
    with pytest.raises(ValueError, match="no sound"):
        aiff_to_wav(header_only, tmp_path / "out.wav")
    aifc = tmp_path / "speech.aifc"
    sox(str(source), str(aifc))
    ulaw = tmp_path / "ulaw.aifc"  # sox cannot write one: mark its samples as u-law
    ulaw.write_bytes(aifc.read_bytes().replace(b"NONE", b"ulaw", 1))
    with pytest.raises(ValueError, match="unsupported"):
        aiff_to_wav(ulaw, tmp_path / "out.wav")
