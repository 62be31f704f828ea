"""The shipped cue sounds: soft, short, click-free, one for every step kind, reproducible."""

from __future__ import annotations

import array
import itertools
import subprocess
import sys
import wave
from pathlib import Path

import pytest

from breathe.audio.cue_player import CUE_FILES
from breathe.engine.practices.steps import KINDS
from breathe.paths import asset

REPO = Path(__file__).resolve().parents[2]
SOUNDS = sorted(set(CUE_FILES.values()))


def read(path: Path) -> tuple[wave._wave_params, array.array[int]]:
    with wave.open(str(path), "rb") as f:
        params = f.getparams()
        data = array.array("h", f.readframes(params.nframes))
    return params, data


def test_every_step_kind_and_the_end_has_a_shipped_sound() -> None:
    assert set(CUE_FILES) == {*KINDS, "end"}
    for name in SOUNDS:
        assert asset("sounds", name).is_file(), name


@pytest.mark.parametrize("name", SOUNDS)
def test_a_cue_is_soft_short_and_starts_and_ends_in_silence(name: str) -> None:
    params, data = read(asset("sounds", name))
    assert (params.nchannels, params.sampwidth) == (1, 2)
    assert params.framerate in (22_050, 44_100)
    assert 0.3 < params.nframes / params.framerate < 1.5
    peak = max(abs(s) for s in data) / 32_768
    assert 0.05 < peak <= 0.35
    # no click: it fades in from silence and out to silence, with no jump between samples
    assert abs(data[0]) < 0.005 * 32_768
    assert max(abs(s) for s in data[-(params.framerate // 200) :]) < 0.005 * 32_768  # last 5 ms
    assert max(abs(a - b) for a, b in itertools.pairwise(data)) < 0.1 * 32_768


def test_the_cues_can_be_told_apart() -> None:
    """Inhale rises and exhale falls (zero crossings per second early vs late)."""

    def pitch(data: array.array[int], rate: int, start: float, end: float) -> float:
        part = data[int(start * len(data)) : int(end * len(data))]
        crossings = sum(1 for a, b in itertools.pairwise(part) if a < 0 <= b)
        return crossings / (len(part) / rate)

    (p_in, d_in), (p_out, d_out) = (
        read(asset("sounds", "inhale.wav")),
        read(asset("sounds", "exhale.wav")),
    )
    assert pitch(d_in, p_in.framerate, 0.6, 0.9) > 1.2 * pitch(d_in, p_in.framerate, 0.1, 0.4)
    assert pitch(d_out, p_out.framerate, 0.1, 0.4) > 1.2 * pitch(d_out, p_out.framerate, 0.6, 0.9)
    durations = {n: read(asset("sounds", n))[0].nframes for n in SOUNDS}
    assert len(set(durations.values())) == len(SOUNDS)


def test_the_committed_sounds_are_what_the_generator_makes(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, str(REPO / "tools" / "make_sounds.py"), "--out", str(tmp_path)],
        check=True,
        capture_output=True,
    )
    for name in SOUNDS:
        assert (tmp_path / name).read_bytes() == asset("sounds", name).read_bytes(), name
