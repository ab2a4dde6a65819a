"""Shared fixtures. Real documents are read in place from ../shared (or $RECMAP_SHARED), found
through :func:`extractor.shared_dir.shared_dir` only; tests that need them skip with a clear
message when it is absent (a fresh clone, or RECMAP_SHARED pointing at nothing as .ci/run's
second pass does)."""
from __future__ import annotations

from pathlib import Path

import pytest

from extractor.shared_dir import SHARED_ENV, shared_dir

ROOT = Path(__file__).resolve().parents[1]
SHARED = shared_dir()


def shared_path(*parts: str) -> Path:
    """Path under ../shared, or skip the calling test if it is not there."""
    p = SHARED.joinpath(*parts)
    if not p.exists():
        pytest.skip(f"../shared is absent ({p} not found; {SHARED_ENV} names another folder): "
                    "real-document test skipped")
    return p


def shared_glob(folder: str, pattern: str) -> list[Path]:
    """Files under ../shared/FOLDER matching PATTERN, sorted; [] when ../shared is absent (for
    tests that read the real documents in addition to the project's own)."""
    d = SHARED / folder
    return sorted(d.glob(pattern)) if d.is_dir() else []


@pytest.fixture
def shared() -> Path:
    return shared_path()


@pytest.fixture
def seed():
    """seed('000') -> path of the seed document whose name starts with that number."""

    def _seed(prefix: str) -> Path:
        d = shared_path("seeds")
        hits = sorted(d.glob(f"{prefix}_*.txt"))
        if not hits:
            pytest.skip(f"seed {prefix} not found in {d}")
        return hits[0]

    return _seed
