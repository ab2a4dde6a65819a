"""Where the project's shared corpus is: ``$RECMAP_SHARED``, else ``shared/`` beside the checkout.

The real reports, letters, seeds and gold are read in place from there by the tests, the
evaluation scripts and ``recmap train``'s default gold, and they all find it through
:func:`shared_dir` alone: pointing ``RECMAP_SHARED`` at another folder moves every reader at
once, and pointing it at a missing one shows that everything copes without it (``.ci/run``
runs the tests that way too). Nothing here requires the folder to exist.
"""
from __future__ import annotations

import os
from pathlib import Path

SHARED_ENV = "RECMAP_SHARED"


def shared_dir() -> Path:
    """The shared corpus folder (which may not exist: callers skip or say so)."""
    env = os.environ.get(SHARED_ENV, "").strip()
    return Path(env) if env else Path(__file__).resolve().parents[2] / "shared"
