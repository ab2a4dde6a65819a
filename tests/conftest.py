"""Shared fixtures. Real documents are read in place from ../shared; tests that need them
skip with a clear message when it is absent (e.g. on a machine without the shared corpus)."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("RECMAP_SHARED", ROOT.parent / "shared"))


def shared_path(*parts: str) -> Path:
    """Path under ../shared, or skip the calling test if it is not there."""
    p = SHARED.joinpath(*parts)
    if not p.exists():
        pytest.skip(f"../shared is absent ({p} not found): real-document test skipped")
    return p


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
