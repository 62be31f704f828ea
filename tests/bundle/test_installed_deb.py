"""The .deb, unpacked into a temporary root, runs with an empty environment: no Python, no venv.

Run by ``.ci/run``'s bundle step after ``tools/build_bundle.py`` (marker ``bundle``, left out
of the normal suite)::

    .venv/bin/pytest -m bundle tests/bundle --no-cov

The package is ``$BREATHE_TEST_DEB`` or the one ``tools/build_bundle.py`` wrote to
``dist/``. Each command runs under ``env -i`` with ``PATH`` set to an empty folder, so
nothing from the build machine's Python can stand in for the bundle's own.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import wave
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

pytestmark = [pytest.mark.bundle, pytest.mark.timeout(300)]

REPO = Path(__file__).resolve().parents[2]
APP_ID = "io.github.breathe_desktop.Breathe"
#: system libraries the .deb must take from Debian, never ship (they are in Depends)
SYSTEM_LIBRARIES = ("libstdc++", "libgcc_s", "libglib-2.0", "libxcb.so", "libpulse", "libssl")


def the_deb() -> Path:
    given = os.environ.get("BREATHE_TEST_DEB")
    if given:
        return Path(given)
    found = sorted((REPO / "dist").glob("breathe-desktop_*_amd64.deb"))
    if not found:
        pytest.fail("no .deb: run tools/build_bundle.py first (or set BREATHE_TEST_DEB)")
    return found[-1]


@pytest.fixture(scope="module")
def root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The package's files, as ``dpkg -i`` would lay them out, under a temporary root."""
    target = tmp_path_factory.mktemp("root")
    subprocess.run(["dpkg-deb", "-x", str(the_deb()), str(target)], check=True)
    return target


@pytest.fixture(scope="module")
def empty_path(tmp_path_factory: pytest.TempPathFactory) -> str:
    return str(tmp_path_factory.mktemp("no-programs"))


def run_bare(
    root: Path, empty_path: str, *args: str, timeout: float = 60, **env: str
) -> subprocess.CompletedProcess[str]:
    """``/usr/bin/breathe args`` from the root, under ``env -i`` with only ``env`` set."""
    command = [
        "env",
        "-i",
        f"PATH={empty_path}",
        *(f"{k}={v}" for k, v in env.items()),
        str(root / "usr" / "bin" / "breathe"),
        *args,
    ]
    return subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)


def test_version_runs_with_no_python_and_an_empty_environment(root: Path, empty_path: str) -> None:
    done = run_bare(root, empty_path, "--version")
    assert done.returncode == 0, done.stderr
    init = (REPO / "breathe" / "__init__.py").read_text()
    version = re.search(r'__version__ = "([^"]+)"', init)
    assert version is not None
    assert done.stdout.strip() == f"breathe {version.group(1)}"


def test_plan_box_json_is_the_same_timeline_as_from_the_source(root: Path, empty_path: str) -> None:
    done = run_bare(root, empty_path, "plan", "box", "--json")
    assert done.returncode == 0, done.stderr
    plan = json.loads(done.stdout)
    assert (plan["practice"], plan["preset"]) == ("breathing", "box")
    assert plan["options"] == {"pattern": [4, 4, 4, 4], "minutes": 4}
    assert plan["steps"][0]["kind"] == "intro"
    assert done.stderr == ""


def test_bad_input_is_one_line_and_exit_2_in_the_bundle_too(root: Path, empty_path: str) -> None:
    done = run_bare(root, empty_path, "plan", "box", "--pattern", "4-x-8")
    assert done.returncode == 2
    assert len(done.stderr.strip().splitlines()) == 1
    assert "Traceback" not in done.stderr


@pytest.fixture
def display() -> Iterator[str]:
    read, write = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1024x768x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as numbers:
        number = numbers.readline().strip()  # written once Xvfb is ready
    try:
        yield f":{number}"
    finally:
        xvfb.terminate()
        xvfb.wait(timeout=30)


def test_a_half_minute_session_under_xvfb_completes_and_renders_its_spoken_cues(
    root: Path, empty_path: str, display: str, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    args = ("start", "coherent", "--minutes", "0.5", "--voice", "--quit-at-end")
    done = run_bare(root, empty_path, *args, timeout=120, DISPLAY=display, HOME=str(home))
    assert done.returncode == 0, done.stderr
    assert "No QtMultimedia backends" not in done.stderr  # WAV cues need no back-end
    database = home / ".local" / "share" / "breathe" / "history.sqlite3"
    with closing(sqlite3.connect(f"file:{database}?mode=ro", uri=True)) as db:
        rows = db.execute("SELECT preset, status, duration_seconds FROM sessions").fetchall()
    assert [(preset, status) for preset, status, _ in rows] == [("coherent", "completed")]
    plan = json.loads(run_bare(root, empty_path, "plan", *args[1:4], "--json").stdout)
    assert rows[0][2] == pytest.approx(plan["total_seconds"], abs=1.5)
    spoken = {step["say"] for step in plan["steps"] if step["say"]}
    rendered = sorted((home / ".cache" / "breathe" / "speech").glob("*.wav"))
    assert len(rendered) == len(spoken)  # every distinct cue, rendered by espeak-ng
    for path in rendered:
        with wave.open(str(path)) as audio:
            assert audio.getnframes() > audio.getframerate() // 4  # real speech, not silence
        assert path.stat().st_mode & 0o077 == 0


def test_the_package_installs_the_launcher_entry_icons_man_page_and_metadata(root: Path) -> None:
    share = root / "usr" / "share"
    assert str((root / "usr" / "bin" / "breathe").readlink()) == "../lib/breathe/breathe"
    entry = share / "applications" / f"{APP_ID}.desktop"
    assert "Actions=box;grounding;relaxation;" in entry.read_text()
    subprocess.run(["desktop-file-validate", str(entry)], check=True)
    for size in (16, 32, 48, 64, 128, 256, 512):
        assert (share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    assert (share / "man" / "man1" / "breathe.1.gz").is_file()
    assert (share / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    assert "MimeType=application/x-breathe-programme;" in entry.read_text()
    mime = (share / "mime" / "packages" / f"{APP_ID}.xml").read_text()
    assert 'type="application/x-breathe-programme"' in mime and "*.breathe-programme" in mime
    assert (share / "doc" / "breathe-desktop" / "copyright").is_file()


def test_the_bundle_ships_no_system_library_and_no_build_machine_paths(root: Path) -> None:
    lib = root / "usr" / "lib" / "breathe"
    names = [p.name for p in lib.rglob("*")]
    assert [n for n in names if n.startswith(SYSTEM_LIBRARIES)] == []
    assert not any("ffmpeg" in n.lower() or n.startswith("libQt6Qml") for n in names)
    for path in lib.rglob("*.so*"):
        if path.is_symlink():
            continue
        dynamic = subprocess.run(
            ["readelf", "-d", str(path)], capture_output=True, text=True, check=False
        ).stdout
        paths = [ln for ln in dynamic.splitlines() if "RUNPATH" in ln or "RPATH" in ln]
        assert all("$ORIGIN" in ln and "/root/" not in ln for ln in paths), (path, paths)
    control = subprocess.run(
        ["dpkg-deb", "-f", str(the_deb()), "Depends"], capture_output=True, text=True, check=True
    ).stdout
    for needed in ("libespeak-ng1", "libpulse0", "libxcb-cursor0", "fonts-dejavu-core"):
        assert needed in control
