"""The .deb around breathe's bundle: staging tree, Depends, changelog, control, dpkg-deb.

Used by ``tools/build_bundle.py``. The package ships no system library: ``dpkg-shlibdeps``
names the Debian packages of every library the bundle links, and ``HAND_DEPENDS`` adds
what it cannot see (espeak-ng is loaded by name through ctypes; Qt needs a font).
"""

from __future__ import annotations

import email.utils
import gzip
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
PACKAGE = "breathe-desktop"
APP_ID = "io.github.breathe_desktop.Breathe"
MAINTAINER = "The breathe developers <breathe-desktop@users.noreply.github.com>"
DPKG_INFO = Path("/var/lib/dpkg/info")
ICON_SIZES = (16, 32, 48, 64, 128, 256, 512)
#: loaded at run time by name (ctypes), or needed without being linked
HAND_DEPENDS = ("libespeak-ng1", "fonts-dejavu-core | fonts-noto-core | fonts-liberation2")
SUMMARY = "calm paced breathing, grounding and muscle relaxation"
DESCRIPTION = """\
 breathe is a calm, fast desktop app for paced breathing, 3-3-3 grounding
 and progressive muscle relaxation, made for people living with anxiety and
 chronic pain, and for the therapists who work with them. It opens straight
 into a guided session, needs no account and no network, and keeps its
 history on this computer.
 .
 This package holds a self-contained build of breathe with its own Python
 runtime and Qt libraries."""
#: a release heading in CHANGELOG.md: "## 0.1.0 (unreleased)" or "## 0.2.0 - 2027-01-31"
RELEASE = re.compile(r"^## (\d+\.\d+\.\d+)\b(.*)$")


def build_deb(bundle: Path, version: str, dist: Path, work: Path) -> Path:
    """Stage the package tree from ``bundle`` and build ``<dist>/<package>.deb``."""
    root = work.resolve() / "root"
    shutil.rmtree(work, ignore_errors=True)
    stage(bundle, root, version, release_date())
    write_control(root, version, depends(root / "usr" / "lib" / "breathe"))
    write_md5sums(root)
    deb = dist / f"{PACKAGE}_{version}_amd64.deb"
    subprocess.run(
        [
            "dpkg-deb",
            "--root-owner-group",
            "-Zxz",
            "--threads-max=2",
            "--build",
            str(root),
            str(deb),
        ],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return deb


def stage(bundle: Path, root: Path, version: str, date: datetime) -> None:
    """Lay out the installed files under ``root`` (no DEBIAN/ yet)."""
    lib = root / "usr" / "lib" / "breathe"
    shutil.copytree(bundle, lib, symlinks=True)
    normalise_modes(lib)
    usr_bin = root / "usr" / "bin"
    usr_bin.mkdir(parents=True)
    (usr_bin / "breathe").symlink_to("../lib/breathe/breathe")
    share = root / "usr" / "share"
    _copy(ROOT / "assets" / "icons" / f"{APP_ID}.desktop", share / "applications")
    _copy(PACKAGING / f"{APP_ID}.metainfo.xml", share / "metainfo")
    # the programme files' type: dpkg's trigger runs update-mime-database for this folder
    _copy(ROOT / "assets" / "mime" / f"{APP_ID}.xml", share / "mime" / "packages")
    icons = share / "icons" / "hicolor"
    _copy(ROOT / "assets" / "icons" / f"{APP_ID}.svg", icons / "scalable" / "apps")
    for size in ICON_SIZES:
        png = ROOT / "assets" / "icons" / f"{APP_ID}-{size}.png"
        _copy(png, icons / f"{size}x{size}" / "apps", f"{APP_ID}.png")
    _gzip((PACKAGING / "breathe.1").read_bytes(), share / "man" / "man1" / "breathe.1.gz")
    doc = share / "doc" / PACKAGE
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(copyright_text(), encoding="utf-8")
    changelog = debian_changelog((ROOT / "CHANGELOG.md").read_text(encoding="utf-8"), version, date)
    _gzip(changelog.encode(), doc / "changelog.gz")
    _copy(PACKAGING / "debian" / "lintian-overrides", share / "lintian" / "overrides", PACKAGE)
    for folder in (root, *root.rglob("*")):
        if folder.is_dir() and not folder.is_symlink():
            folder.chmod(0o755)


def normalise_modes(folder: Path) -> None:
    """Executables 0755, everything else (shared libraries too) 0644, as Debian wants."""
    for path in folder.rglob("*"):
        if path.is_symlink() or not path.is_file():
            continue
        executable = path.name == "breathe" and path.parent == folder
        path.chmod(0o755 if executable else 0o644)


def depends(lib: Path) -> str:
    """The Depends line: dpkg-shlibdeps over every ELF file, plus ``HAND_DEPENDS``."""
    elves = [p for p in sorted(lib.rglob("*")) if _is_elf(p)]
    private = sorted({str(p.parent) for p in elves if ".so" in p.name})
    with tempfile.TemporaryDirectory(prefix="breathe-shlibdeps-") as tmp:
        (Path(tmp) / "debian").mkdir()
        (Path(tmp) / "debian" / "control").write_text(
            f"Source: {PACKAGE}\n\nPackage: {PACKAGE}\nArchitecture: amd64\n",
            encoding="utf-8",
        )
        found = subprocess.run(
            [
                "dpkg-shlibdeps",
                "-O",
                "--ignore-missing-info",
                "--warnings=0",
                *(f"-l{folder}" for folder in private),
                *(str(p) for p in elves),
            ],
            cwd=tmp,
            capture_output=True,
            text=True,
            check=False,
        )
    if found.returncode != 0:
        raise SystemExit(f"build_bundle: dpkg-shlibdeps failed: {found.stderr.strip()}")
    line = next(ln for ln in found.stdout.splitlines() if ln.startswith("shlibs:Depends="))
    found_depends = [d.strip() for d in line.split("=", 1)[1].split(",") if d.strip()]
    return ", ".join([*(loosen(d) for d in found_depends), *HAND_DEPENDS])


def loosen(dependency: str, info: Path = DPKG_INFO) -> str:
    """``dependency`` without its version when that version is only a guess.

    A library with a symbols file gets the oldest version that has every symbol used; one
    with only a shlibs file (libzstd1, libx11-xcb1 on Debian 12) names the version it was
    built as, newer than Ubuntu 22.04 has. The Qt wheels are built on an older system than
    either, so any version of such a library will do.
    """
    name = dependency.split(" ", 1)[0]
    if (
        "(" not in dependency
        or any(info.glob(f"{name}:*.symbols"))
        or (info / f"{name}.symbols").exists()
    ):
        return dependency
    return name


def _is_elf(path: Path) -> bool:
    if path.is_symlink() or not path.is_file():
        return False
    with path.open("rb") as f:
        return f.read(4) == b"\x7fELF"


def write_control(root: Path, version: str, depends_line: str) -> None:
    size_kib = sum((p.lstat().st_size + 1023) // 1024 for p in root.rglob("*") if not p.is_dir())
    control = root / "DEBIAN" / "control"
    control.parent.mkdir(mode=0o755)
    control.write_text(
        f"Package: {PACKAGE}\n"
        f"Version: {version}\n"
        "Architecture: amd64\n"
        f"Maintainer: {MAINTAINER}\n"
        f"Installed-Size: {size_kib}\n"
        f"Depends: {depends_line}\n"
        "Section: utils\n"
        "Priority: optional\n"
        "Homepage: https://github.com/breathe-desktop/breathe\n"
        f"Description: {SUMMARY}\n{DESCRIPTION}\n",
        encoding="utf-8",
    )


def write_md5sums(root: Path) -> None:
    lines = []
    for path in sorted(root.rglob("*")):
        if path.is_file() and not path.is_symlink() and "DEBIAN" not in path.parts:
            digest = hashlib.md5(path.read_bytes(), usedforsecurity=False).hexdigest()
            lines.append(f"{digest}  {path.relative_to(root)}\n")
    (root / "DEBIAN" / "md5sums").write_text("".join(lines), encoding="utf-8")


def copyright_text() -> str:
    """The DEP-5 copyright file, with the bundled Python's own licence text."""
    template = (PACKAGING / "debian" / "copyright.in").read_text(encoding="utf-8")
    licence = _python_licence()
    indented = "\n".join(f" {ln}" if ln.strip() else " ." for ln in licence.splitlines())
    return template.replace("@PSF_LICENSE@", indented.rstrip())


def _python_licence() -> str:
    version = f"python{sys.version_info.major}.{sys.version_info.minor}"
    for candidate in (
        Path(sys.base_prefix) / "lib" / version / "LICENSE.txt",
        Path("/usr/share/doc") / version / "copyright",
    ):
        if candidate.is_file():
            return candidate.read_text(encoding="utf-8")
    raise SystemExit("build_bundle: cannot find the Python licence text to ship")


def release_date() -> datetime:
    """The last commit's time (reproducible builds), else now."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch is None:
        found = subprocess.run(
            ["git", "log", "-1", "--format=%ct"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
        )
        epoch = found.stdout.strip() or None
    moment = float(epoch) if epoch else datetime.now(timezone.utc).timestamp()
    return datetime.fromtimestamp(moment, timezone.utc)


def debian_changelog(markdown: str, version: str, date: datetime) -> str:
    """CHANGELOG.md's releases as a Debian changelog (newest first, one entry each).

    Each "### Added/Changed/Fixed" bullet becomes one ``*`` line; the date of a release is
    ``date`` (the package is built from that release's commit).
    """
    entries: list[tuple[str, list[str]]] = []
    bullets: list[str] | None = None
    for line in markdown.splitlines():
        heading = RELEASE.match(line)
        if heading:
            bullets = []
            entries.append((heading.group(1), bullets))
        elif bullets is not None and line.startswith("- "):
            bullets.append(line[2:].strip())
        elif bullets is not None and line.startswith("  ") and bullets:
            bullets[-1] += " " + line.strip()
    if not entries or entries[0][0] != version:
        raise SystemExit(f"build_bundle: CHANGELOG.md's newest release is not {version}")
    stamp = email.utils.format_datetime(date)
    parts = []
    for release, items in entries:
        text = "\n".join(_wrap(item, "  * ", "    ") for item in items) or "  * Released."
        parts.append(
            f"{PACKAGE} ({release}) unstable; urgency=medium\n\n{text}\n\n"
            f" -- {MAINTAINER}  {stamp}\n"
        )
    return "\n".join(parts)


def _wrap(text: str, first: str, indent: str, width: int = 79) -> str:
    lines: list[str] = []
    current = first
    for word in text.split():
        if current.strip() and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = indent + word
        else:
            current = f"{current} {word}" if current.strip(" *") else current + word
    lines.append(current)
    return "\n".join(lines)


def run_lintian(deb: Path) -> int:
    """lintian's verdict on the package: 0 when it reports no error."""
    found = subprocess.run(
        ["lintian", "--fail-on", "error", "--display-info", str(deb)],
        capture_output=True,
        text=True,
        check=False,
    )
    print(found.stdout + found.stderr, end="")
    print(f"build_bundle: lintian {'passed' if found.returncode == 0 else 'FAILED'}")
    return found.returncode


def _copy(source: Path, folder: Path, name: str | None = None) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / (name or source.name)
    shutil.copyfile(source, target)
    target.chmod(0o644)


def _gzip(data: bytes, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(gzip.compress(data, compresslevel=9, mtime=0))
    target.chmod(0o644)
