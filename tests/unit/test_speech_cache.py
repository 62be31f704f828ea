"""The speech cache: keys, atomic stores, unusable files, pruning."""

from __future__ import annotations

import os
import wave
from pathlib import Path

import pytest

from breathe.audio.speech_cache import RenderError, RenderSettings, SpeechCache, wav_seconds


def write_wav(path: Path, frames: int, rate: int = 22_050) -> None:
    with wave.open(str(path), "wb") as f:
        f.setnchannels(1)
        f.setsampwidth(2)
        f.setframerate(rate)
        f.writeframes(b"\x01\x00" * frames)


def test_key_depends_on_text_voice_rate_and_volume() -> None:
    base = RenderSettings("gmw/en", 150, 1.0)
    keys = {
        base.key("Breathe in"),
        base.key("Breathe out"),
        RenderSettings("gmw/en-us", 150, 1.0).key("Breathe in"),
        RenderSettings("gmw/en", 140, 1.0).key("Breathe in"),
        RenderSettings("gmw/en", 150, 0.5).key("Breathe in"),
    }
    assert len(keys) == 5
    assert base.key("Breathe in") == RenderSettings("gmw/en", 150, 1.0).key("Breathe in")
    assert all(k.isalnum() and len(k) == 32 for k in keys)


def test_wav_seconds_reads_length_and_rejects_empty_or_broken_files(tmp_path: Path) -> None:
    good, empty, broken = tmp_path / "good.wav", tmp_path / "empty.wav", tmp_path / "broken.wav"
    write_wav(good, 11_025)
    write_wav(empty, 0)
    broken.write_bytes(b"not a wav at all")
    assert wav_seconds(good) == pytest.approx(0.5)
    with pytest.raises(RenderError, match="no sound"):
        wav_seconds(empty)
    with pytest.raises(RenderError, match="not a WAV"):
        wav_seconds(broken)
    with pytest.raises(RenderError, match="not a WAV"):
        wav_seconds(tmp_path / "missing.wav")


def test_store_moves_a_good_render_into_place_and_lookup_finds_it(tmp_path: Path) -> None:
    cache = SpeechCache(tmp_path / "speech")
    assert cache.lookup("abc") is None
    path = cache.store("abc", lambda tmp: write_wav(tmp, 4410))
    assert path == cache.path_for("abc") == tmp_path / "speech" / "abc.wav"
    assert cache.lookup("abc") == path
    assert [p.name for p in (tmp_path / "speech").iterdir()] == ["abc.wav"]  # no temp file
    assert (tmp_path / "speech").stat().st_mode & 0o777 == 0o700
    assert path.stat().st_mode & 0o777 == 0o600  # rendered speech is private too


def test_a_failed_render_leaves_nothing_behind(tmp_path: Path) -> None:
    cache = SpeechCache(tmp_path)
    with pytest.raises(RenderError):
        cache.store("empty", lambda tmp: write_wav(tmp, 0))

    def crash(tmp: Path) -> None:
        tmp.write_bytes(b"half")
        raise RuntimeError("engine died")

    with pytest.raises(RuntimeError, match="engine died"):
        cache.store("crash", crash)
    assert list(tmp_path.iterdir()) == []


def test_an_unusable_cached_file_is_discarded(tmp_path: Path) -> None:
    cache = SpeechCache(tmp_path)
    cache.path_for("k").write_bytes(b"")
    assert cache.lookup("k") is None
    assert not cache.path_for("k").exists()


def test_prune_keeps_the_newest_files(tmp_path: Path) -> None:
    cache = SpeechCache(tmp_path)
    for i in range(5):
        write_wav(cache.path_for(f"k{i}"), 10)
        os.utime(cache.path_for(f"k{i}"), (1000 + i, 1000 + i))
    (tmp_path / "dangling.wav").symlink_to(tmp_path / "gone")  # stat fails: pruned first
    assert cache.prune(keep=3) == 3
    assert sorted(p.name for p in tmp_path.iterdir()) == ["k2.wav", "k3.wav", "k4.wav"]
    assert cache.prune(keep=3) == 0
    assert SpeechCache(tmp_path / "nowhere").prune() == 0
