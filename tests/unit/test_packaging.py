"""The wheel carries the assets, and breathe finds them from a wheel and from the source tree.

The top-level ``assets/`` folder is mapped to ``breathe/assets`` by the build backend, so
it exists as a package folder only in a built wheel; ``paths.assets_dir`` falls back to
the source tree's folder in a checkout or an editable install (docs/platform.md).
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from breathe import paths

REPO = Path(__file__).resolve().parents[2]
SHIPPED = ("explainers", "sounds", "icons", "mime")
EXPLAINERS = ("overview.md", "breathing.md", "grounding.md", "relaxation.md")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A wheel built from this checkout, as ``python -m build --wheel`` makes it."""
    out = tmp_path_factory.mktemp("dist")
    command = [sys.executable, "-m", "build", "--wheel", "--outdir", str(out), str(REPO)]
    if importlib.util.find_spec("hatchling") is not None:
        command.insert(4, "--no-isolation")  # the backend is here: no download needed
    done = subprocess.run(command, capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    (built,) = out.glob("breathe_desktop-*.whl")
    return built


def source_assets() -> list[str]:
    return sorted(
        f"breathe/assets/{p.relative_to(REPO / 'assets').as_posix()}"
        for folder in SHIPPED
        for p in (REPO / "assets" / folder).iterdir()
        if p.is_file()
    )


def test_the_wheel_holds_every_explainer_sound_and_icon(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as z:
        names = set(z.namelist())
        assert all(z.getinfo(n).file_size > 0 for n in names if n.startswith("breathe/assets/"))
    expected = source_assets()
    assert {f"breathe/assets/explainers/{name}" for name in EXPLAINERS} <= set(expected)
    assert any(n.endswith(".wav") for n in expected)
    assert any(n.startswith("breathe/assets/icons/") for n in expected)
    assert [n for n in expected if n not in names] == []
    assert not any(n.startswith(("tests/", "assets/")) for n in names)


FROM_SOURCE = """
import sys
sys.path.insert(0, sys.argv[1])
import breathe
from breathe import paths
print(breathe.__file__)
print(paths.assets_dir())
print(paths.asset("explainers", "overview.md").is_file())
"""


def test_assets_are_found_in_the_source_tree() -> None:
    """Run from the checkout itself (as an editable install would), whatever is installed."""
    done = subprocess.run(
        [sys.executable, "-c", FROM_SOURCE, str(REPO)],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
        cwd=REPO.parent,
    )
    module, found, explainer = done.stdout.splitlines()
    assert Path(module).resolve() == (REPO / "breathe" / "__init__.py").resolve()
    assert Path(found).resolve() == (REPO / "assets").resolve()
    assert explainer == "True"
    assert paths.asset("explainers", "overview.md").is_file()  # and from this test run


FROM_WHEEL = """
import breathe
from breathe.engine import explainers
from breathe import paths
print(breathe.__file__)
print(paths.assets_dir())
print(len(explainers.load(explainers.explainer_id("grounding"))))
print(sorted(p.name for p in paths.asset("sounds").iterdir()))
"""


def test_assets_are_found_in_an_installed_wheel(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    with zipfile.ZipFile(wheel) as z:
        z.extractall(site)
    # the unpacked wheel comes first on the path, ahead of the editable install
    env = {**os.environ, "PYTHONPATH": str(site)}
    done = subprocess.run(
        [sys.executable, "-c", FROM_WHEEL],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    module, assets, explainer_length, sounds = done.stdout.splitlines()
    assert Path(module).is_relative_to(site)
    assert Path(assets) == site / "breathe" / "assets"
    assert int(explainer_length) > 200
    wavs = sorted(p.name for p in (REPO / "assets" / "sounds").glob("*.wav"))
    assert [w for w in wavs if w not in sounds] == []


def test_the_wheel_holds_each_catalogue_compiled_from_its_po_file(wheel: Path) -> None:
    """The build compiles every .po into the .mo breathe loads; none is committed."""
    import gettext
    import io

    from breathe import po_file

    sources = sorted((REPO / "assets" / "locale").glob("*/LC_MESSAGES/breathe.po"))
    assert sources, "at least the German catalogue"
    assert not list((REPO / "assets" / "locale").rglob("*.mo")), ".mo files are built, not kept"
    with zipfile.ZipFile(wheel) as z:
        for po in sources:
            lang = po.parents[1].name
            name = f"breathe/assets/locale/{lang}/LC_MESSAGES/breathe.mo"
            assert name in z.namelist()
            built = gettext.GNUTranslations(io.BytesIO(z.read(name)))
            source = gettext.GNUTranslations(io.BytesIO(po_file.compile_file(po)))
            assert built._catalog == source._catalog  # type: ignore[attr-defined]
            assert len(built._catalog) > 500  # type: ignore[attr-defined]


FROM_WHEEL_IN_GERMAN = """
from breathe import language
print(language.load("de").__class__.__name__, language.catalogue_dir("de"))
language.use("de")
from breathe.engine.practices.catalog import build_plan
print(build_plan("box", {}).steps[1].label)
"""


def test_an_installed_wheel_reads_its_compiled_catalogue(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    with zipfile.ZipFile(wheel) as z:
        z.extractall(site)
    done = subprocess.run(
        [sys.executable, "-c", FROM_WHEEL_IN_GERMAN],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(site)},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    loaded, label = done.stdout.splitlines()
    assert loaded.startswith("GNUTranslations") and str(site) in loaded
    assert (site / "breathe/assets/locale/de/LC_MESSAGES/breathe.mo").is_file()
    assert label == "Einatmen"
