"""recmap as a user installs it: a wheel built from this source tree, installed (not editable)
into a fresh virtual environment, must carry the trained linker model and give the same check
as the checkout. Before the model was package data such an install silently scored with a
built-in fallback instead.

The wheel is built with pip (build isolation fetches setuptools from the configured index; the
test skips, saying why, when that is impossible). The fresh environment reuses this one's
third-party packages through a .pth file, so nothing else is downloaded; the .pth adds a path
only, so this environment's editable install of recmap is not active there.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "corpus" / "samples"
# What building the package reads: metadata, layout, the package and the model folder.
BUILD_INPUTS = ("pyproject.toml", "setup.py", "README.md", "extractor", "models")


def _run(cmd: list, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([str(c) for c in cmd], capture_output=True, text=True, timeout=600, **kw)


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """The python of a fresh venv with recmap installed from a freshly built wheel."""
    tmp = tmp_path_factory.mktemp("install")
    src = tmp / "src"  # built from a copy: pip builds in-tree and would leave build/ in the checkout
    for name in BUILD_INPUTS:
        p = ROOT / name
        if p.is_dir():
            shutil.copytree(p, src / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            src.mkdir(exist_ok=True)
            shutil.copy2(p, src / name)
    built = _run([sys.executable, "-m", "pip", "wheel", src, "--no-deps", "-w", tmp / "dist"])
    wheels = sorted((tmp / "dist").glob("recmap-*.whl"))
    if built.returncode != 0 or not wheels:
        pytest.skip(f"pip wheel is impossible here: {(built.stderr or built.stdout).strip()[-500:]}")
    venv = tmp / "venv"
    made = _run([sys.executable, "-m", "venv", "--without-pip", venv])
    assert made.returncode == 0, made.stderr
    python = venv / ("Scripts" if os.name == "nt" else "bin") / ("python.exe" if os.name == "nt" else "python")
    site = _run([python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"]).stdout.strip()
    Path(site, "_recmap_test_deps.pth").write_text(sysconfig.get_path("purelib") + "\n", "utf-8")
    inst = _run([sys.executable, "-m", "pip", "--python", python, "install", "--no-deps", "--no-index", wheels[0]])
    assert inst.returncode == 0, inst.stderr
    return python


def _clean_env() -> dict:
    return {k: v for k, v in os.environ.items() if k not in ("RECMAP_LINKER_MODEL", "PYTHONPATH")}


def _check(python: Path, cwd: Path) -> dict:
    res = _run([python, "-m", "extractor.cli", "check", "--report", SAMPLES / "inspection-report.pdf",
                "--plan", SAMPLES / "improvement-plan.docx", "--format", "json", "-q"], cwd=cwd, env=_clean_env())
    assert res.returncode == 0, res.stderr
    return json.loads(res.stdout)


def test_installed_wheel_carries_the_model_and_checks_like_the_checkout(installed, tmp_path):
    where = _run([installed, "-c", "import extractor.link.model as m; print(m.__file__); print(m.bundled_model())"],
                 cwd=tmp_path, env=_clean_env())
    assert where.returncode == 0, where.stderr
    module, model = where.stdout.split("\n")[:2]
    venv = installed.parents[1]
    assert Path(module).is_relative_to(venv) and Path(model).is_relative_to(venv), where.stdout
    assert Path(model).name == "linker.json" and Path(model).is_file()
    card = Path(model).with_name("MODEL_CARD.md")
    assert card.is_file(), "the model card ships next to the model"
    assert Path(model).with_name("finding_matcher.json").is_file(), "the batch's finding matcher ships with it"

    assert _check(installed, tmp_path) == _check(Path(sys.executable), ROOT)


def test_installed_wheel_without_its_model_fails_loudly(installed, tmp_path):
    """A broken install (model file deleted) is an error naming the file, not a silent fallback."""
    model = Path(_run([installed, "-c", "import extractor.link.model as m; print(m.bundled_model())"],
                      cwd=tmp_path, env=_clean_env()).stdout.strip())
    kept = model.with_suffix(".kept")
    model.rename(kept)
    try:
        res = _run([installed, "-m", "extractor.cli", "check", "--report", SAMPLES / "inspection-report.pdf",
                    "--plan", SAMPLES / "improvement-plan.docx", "--format", "json", "-q"],
                   cwd=tmp_path, env=_clean_env())
    finally:
        kept.rename(model)
    assert res.returncode == 2
    assert f"{model}: linker model not found. Reinstall recmap" in res.stderr
