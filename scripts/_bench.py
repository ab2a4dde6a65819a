"""Shared by the benchmark scripts: run one measurement in a fresh child process (so imports and
caches of one run never help the next) and read back the JSON line it prints last."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path


def run_child(script: str, mode: str, workers: int, files: list[str], cwd: Path) -> dict:
    """``python SCRIPT --child MODE WORKERS LISTFILE`` with ``files`` in LISTFILE; its last line, parsed."""
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as fh:
        fh.write("\n".join(files))
    try:
        res = subprocess.run([sys.executable, script, "--child", mode, str(workers), fh.name],
                             cwd=cwd, capture_output=True, text=True)
    finally:
        os.unlink(fh.name)
    if res.returncode != 0:
        raise SystemExit(f"bench child failed:\n{res.stderr[-2000:]}")
    return json.loads(res.stdout.strip().splitlines()[-1])
