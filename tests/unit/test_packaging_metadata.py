"""The packaging files agree with the app: AppStream, the changelog, the man page, the bundle.

``appstreamcli validate --no-net`` must report no error and no warning (infos are fine);
it is skipped, with a reason, only where appstreamcli is missing (``.ci/run`` installs it).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import datetime, timezone
from pathlib import Path

import pytest

from breathe import __version__
from breathe.paths import APP_ID

REPO = Path(__file__).resolve().parents[2]
METAINFO = REPO / "packaging" / f"{APP_ID}.metainfo.xml"
sys.path.insert(0, str(REPO / "tools"))

import bundle_contents  # noqa: E402 - from tools/
import debian_package  # noqa: E402 - from tools/


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="needs appstreamcli (apt)")
def test_appstream_metadata_validates_with_no_error_or_warning() -> None:
    done = subprocess.run(
        ["appstreamcli", "validate", "--no-net", "--no-color", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    problems = [ln for ln in done.stdout.splitlines() if ln.startswith(("E:", "W:"))]
    assert problems == []


def changelog_versions() -> list[str]:
    text = (REPO / "CHANGELOG.md").read_text(encoding="utf-8")
    return re.findall(r"^## (\d+\.\d+\.\d+)\b", text, re.MULTILINE)


def test_appstream_names_the_app_its_entry_and_every_release_in_the_changelog() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == f"{APP_ID}.desktop"
    assert (REPO / "assets" / "icons" / f"{APP_ID}.desktop").is_file()
    assert root.findtext("project_license") == "GPL-3.0-or-later"
    assert root.find("content_rating") is not None
    releases = [r.get("version") for r in root.iter("release")]
    assert releases == changelog_versions()
    assert releases[0] == __version__
    for shot in root.iter("image"):  # the gallery's pictures, from the upstream repository
        assert shot.text is not None
        prefix = "https://raw.githubusercontent.com/breathe-desktop/breathe/main/"
        assert shot.text.startswith(prefix)
        assert (REPO / shot.text.removeprefix(prefix)).is_file()


def test_the_debian_changelog_has_every_release_in_debian_format() -> None:
    date = datetime(2026, 12, 6, 21, 32, tzinfo=timezone.utc)
    markdown = (REPO / "CHANGELOG.md").read_text(encoding="utf-8")
    text = debian_package.debian_changelog(markdown, __version__, date)
    headings = re.findall(r"^breathe-desktop \(([^)]+)\) unstable; urgency=medium$", text, re.M)
    assert headings == changelog_versions()
    assert all(len(line) <= 80 for line in text.splitlines() if line.startswith("  "))
    assert " -- The breathe developers <" in text and "Sun, 06 Dec 2026 21:32:00 +0000" in text
    assert "  * Paced breathing" in text
    with pytest.raises(SystemExit, match=r"not 9\.9\.9"):
        debian_package.debian_changelog(markdown, "9.9.9", date)


def test_only_versions_of_shlibs_only_libraries_are_dropped_from_depends(tmp_path: Path) -> None:
    (tmp_path / "libc6:amd64.symbols").write_text("")
    assert debian_package.loosen("libc6 (>= 2.35)", tmp_path) == "libc6 (>= 2.35)"
    assert debian_package.loosen("libzstd1 (>= 1.5.2)", tmp_path) == "libzstd1"
    assert debian_package.loosen("libx11-6", tmp_path) == "libx11-6"


def test_the_man_page_names_every_command_and_the_version() -> None:
    page = (REPO / "packaging" / "breathe.1").read_text(encoding="utf-8")
    for command in ("start", "plan", "list", "explain", "history"):
        assert f".B {command}" in page
    assert f'"breathe {__version__}"' in page


@pytest.mark.parametrize(
    ("inside", "ships"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
        ("PySide6/Qt/plugins/imageformats/libqjpeg.so", False),  # embeds libjpeg
        ("PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins", False),
        ("PySide6/Qt/lib/libQt6Core.so.6", True),
        ("PySide6/Qt/lib/libQt6Quick.so.6", False),
        ("PySide6/Qt/qml/QtQuick/qmldir", False),
        ("PySide6/Qt/translations/qtbase_de.qm", True),
        ("PySide6/Qt/translations/designer_de.qm", False),
        ("libpython3.11.so.1.0", True),
        ("libstdc++.so.6", False),  # the build machine's: Depends brings it
        ("python3.11/lib-dynload/_ctypes.cpython-311-x86_64-linux-gnu.so", True),
        ("breathe/assets/sounds/inhale.wav", True),
    ],
)
def test_the_bundle_keeps_what_breathe_uses_and_no_system_library(inside: str, ships: bool) -> None:
    assert bundle_contents.keep(inside, "linux") is ships


def test_windows_and_macos_bundles_carry_the_libraries_they_link() -> None:
    assert bundle_contents.keep("libstdc++.so.6", "darwin")
    assert not bundle_contents.keep("PySide6/plugins/multimedia/ffmpegmediaplugin.dll", "win32")


def test_plugins_are_left_out_by_name_whatever_the_system_calls_them() -> None:
    assert not bundle_contents.keep("PySide6/plugins/imageformats/qjpeg.dll", "win32")
    assert bundle_contents.keep("PySide6/plugins/platforms/qwindows.dll", "win32")
    assert not bundle_contents.keep("PySide6/Qt/plugins/imageformats/libqjpeg.dylib", "darwin")
    assert bundle_contents.keep("PySide6/Qt6Qml.dll", "win32")  # unchecked there: kept
