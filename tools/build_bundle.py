"""Build breathe's self-contained bundle (PyInstaller, one folder) and, on Linux, its .deb.

    .venv/bin/pip install '.[bundle]'
    .venv/bin/python tools/build_bundle.py            # dist/breathe/ and the .deb
    .venv/bin/python tools/build_bundle.py --lintian  # ... then check the .deb with lintian

Writes ``dist/breathe/`` (run ``dist/breathe/breathe``; no Python needed) and, on Linux,
``dist/breathe-desktop_<version>_amd64.deb``, which installs the bundle under
``/usr/lib/breathe`` with ``/usr/bin/breathe``, the desktop entry, icons, man page and
AppStream metadata. What goes in, and why, is in ``docs/packaging.md``; the packaging
files themselves are in ``packaging/``. Needs ``dpkg-deb``, ``dpkg-shlibdeps`` (dpkg-dev),
``patchelf`` and ``strip`` (binutils) on Linux.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

from debian_package import build_deb, run_lintian  # noqa: E402 - after the path is set

SPEC = ROOT / "packaging" / "pyinstaller" / "breathe.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build"
ELF_MAGIC = b"\x7fELF"


def version() -> str:
    """breathe's version, read from the package without importing it."""
    text = (ROOT / "breathe" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    if found is None:
        raise SystemExit("build_bundle: no __version__ in breathe/__init__.py")
    return found.group(1)


def build_bundle() -> Path:
    """Run PyInstaller on the spec; the one-folder bundle it made."""
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(DIST),
            "--workpath",
            str(WORK / "pyinstaller"),
            str(SPEC),
        ],
        cwd=ROOT,
        check=True,
    )
    return DIST / "breathe"


def drop_foreign_runpaths(bundle: Path) -> int:
    """Remove RUNPATHs that point outside the bundle (pyenv bakes its prefix into
    libpython and extension modules); returns how many files changed."""
    changed = 0
    for path in sorted(bundle.rglob("*")):
        if path.is_symlink() or not path.is_file() or not _is_elf(path):
            continue
        found = subprocess.run(
            ["patchelf", "--print-rpath", str(path)], capture_output=True, text=True, check=False
        )
        entries = [e for e in found.stdout.strip().split(":") if e]
        kept = [e for e in entries if e.startswith("$ORIGIN")]
        if kept != entries:
            if kept:
                subprocess.run(["patchelf", "--set-rpath", ":".join(kept), str(path)], check=True)
            else:
                subprocess.run(["patchelf", "--remove-rpath", str(path)], check=True)
            changed += 1
    return changed


def _is_elf(path: Path) -> bool:
    with path.open("rb") as f:
        return f.read(4) == ELF_MAGIC


def folder_bytes(folder: Path) -> int:
    """Bytes of the regular files under ``folder`` (symlinks not followed)."""
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--no-deb", action="store_true", help="build only dist/breathe/")
    parser.add_argument("--lintian", action="store_true", help="check the .deb with lintian")
    args = parser.parse_args(argv)
    began = time.monotonic()
    bundle = build_bundle()
    linux = sys.platform.startswith("linux")
    if linux:
        changed = drop_foreign_runpaths(bundle)
        print(f"build_bundle: removed build-machine RUNPATHs from {changed} files")
    built = time.monotonic()
    print(f"build_bundle: {bundle} ({folder_bytes(bundle) / 1e6:.0f} MB, {built - began:.0f} s)")
    if not linux or args.no_deb:
        return 0
    deb = build_deb(bundle, version(), DIST, WORK / "deb")
    print(
        f"build_bundle: {deb} ({deb.stat().st_size / 1e6:.0f} MB, {time.monotonic() - built:.0f} s)"
    )
    if args.lintian:
        return run_lintian(deb)
    return 0


if __name__ == "__main__":
    os.umask(0o022)  # packaged files are world-readable whatever the builder's umask
    sys.exit(main())
